"""JSON and YAML give every text as a plain string in the chosen language (techexec/2): `jq -r .role.title`
reads the title, a text taken from another language says which beside it, and an export loads back."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import yaml

import tools

OURS = """\
roles:
  - id: ours
    acronym: OUR
    title: {en: Head of Ours}
    summary: {en: Runs our things., source: general}
    responsibilities:
      - {en: Keeps the lights on., source: general}
  - id: theirs
    acronym: THR
    title: {en: Head of Theirs}
    summary: {en: Runs their things., source: general}
structure:
  id: mine
  name: {en: Our chart}
  description: {en: How we are organised.}
  nodes:
    - role: ours
    - {role: theirs, parent: ours}
  dotted:
    - {from: theirs, to: ours, en: plan the budget together}
"""
COMMANDS = [
    ["show", "cto"],
    ["show", "ciso"],  # classified, with credits
    ["compare", "cio", "cto"],
    ["list"],
    ["list", "--isco", "2529"],
    ["org-tree"],
    ["org-tree", "--list"],
    ["org-tree", "--structure", "all"],
    ["search", "security"],
]
# every object that still keys a text by language; every fallback marker but O*NET's English-only titles
KEYED = '[.. | objects | select(has("en") or has("nl"))] | length'
MARKERS = '[.. | objects | select(has("listed_as") | not) | keys[] | select(endswith("_lang"))] | length'


def jq(document: str, program: str) -> str:
    done = subprocess.run([tools.jq(), "-er", program], input=document, capture_output=True, text=True, check=True)
    return done.stdout.rstrip("\n")


@pytest.fixture
def ours(tmp_path: Path) -> Path:
    folder = tmp_path / "ours"
    folder.mkdir()
    (folder / "ours.yaml").write_text(OURS, encoding="utf-8")
    return folder


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_every_command_gives_plain_strings(run, args, lang):
    out = run(*args, "--lang", lang, "-f", "json").stdout
    assert jq(out, ".format") == "techexec/2"
    assert jq(out, ".lang") == lang
    assert jq(out, KEYED) == "0"
    assert jq(out, MARKERS) == "0"  # the bundled data has every other text in both languages
    assert yaml.safe_load(run(*args, "--lang", lang, "-f", "yaml").stdout) == json.loads(out)


def test_o_net_titles_are_english_and_say_so_in_dutch(run):
    out = run("show", "cto", "-f", "json", "--lang", "nl").stdout
    assert jq(out, '[.derived.classified.onet[] | .label_lang] | unique | join(",")') == "en"
    assert jq(out, '[.derived.classified.esco[] | has("label_lang")] | any | not') == "true"
    english = run("show", "cto", "-f", "json", "--lang", "en").stdout
    assert jq(english, '[.derived.classified.onet[] | has("label_lang")] | any | not') == "true"


def test_validate_json_says_techexec_2(run):
    out = run("validate", "-f", "json").stdout
    assert jq(out, ".format") == "techexec/2"
    assert jq(out, ".ok") == "true"


@pytest.mark.parametrize(
    ("lang", "title", "summary"),
    [("en", "Chief Technology Officer", "A technical"), ("nl", "Chief Technology Officer", "Een technische")],
)
def test_jq_reads_the_title_and_a_claim_as_strings(run, lang, title, summary):
    out = run("show", "cto", "-f", "json", "--lang", lang).stdout
    assert jq(out, ".role.title") == title
    assert jq(out, ".role.summary.text").startswith(summary)
    assert jq(out, '.role.summary | keys | join(",")') == "sentences,source,text"
    assert jq(out, ".role.audience.value") == "both"
    assert jq(out, '.role.aliases | map(type) | unique | join(",")') == "string"


def test_a_fallback_names_its_language_beside_the_text(run, ours):
    args = ["--data", str(ours), "--no-bundled", "--lang", "nl", "-f", "json"]
    shown = run("show", "ours", *args).stdout
    assert (jq(shown, ".role.title"), jq(shown, ".role.title_lang")) == ("Head of Ours", "en")
    assert (jq(shown, ".role.summary.text"), jq(shown, ".role.summary.text_lang")) == ("Runs our things.", "en")
    assert jq(shown, ".role.responsibilities[0].text_lang") == "en"
    assert jq(shown, ".lang") == "nl"
    tree = run("org-tree", *args).stdout
    assert (jq(tree, ".structure.name"), jq(tree, ".structure.name_lang")) == ("Our chart", "en")
    assert jq(tree, ".structure.description.text_lang") == "en"
    assert (jq(tree, ".structure.dotted[0].text"), jq(tree, ".structure.dotted[0].text_lang")) == (
        "plan the budget together",
        "en",
    )
    listed = run("org-tree", "--list", *args).stdout
    assert jq(listed, ".structures[0].name_lang") == "en"
    roles = run("list", *args).stdout
    assert jq(roles, '[.roles[] | .title_lang, .summary.text_lang] | unique | join(",")') == "en"
    compared = run("compare", "ours", "theirs", *args).stdout
    assert jq(compared, '[.derived.dimensions[].values[].claims[].text_lang] | unique | join(",")') == "en"


def test_no_marker_when_the_text_is_in_the_chosen_language(run, ours):
    for args in (["show", "ours"], ["org-tree"], ["list"], ["compare", "ours", "theirs"]):
        out = run(*args, "--data", str(ours), "--no-bundled", "--lang", "en", "-f", "json").stdout
        assert jq(out, MARKERS) == "0", args


@pytest.mark.parametrize("form", ["json", "yaml"])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_an_export_loads_back_with_the_same_text(run, ours, tmp_path, form, lang):
    back = tmp_path / "back"
    back.mkdir()
    args = ["--data", str(ours), "--no-bundled", "--lang", lang, "-f", "json"]
    for command, name in ((["show", "ours"], "ours"), (["show", "theirs"], "theirs"), (["org-tree"], "chart")):
        exported = run(*command, *args[:-1], form).stdout
        (back / f"{name}.{form}").write_text(exported, encoding="utf-8")
    assert run("validate", str(back), "--no-bundled").exit_code == 0
    again = ["--data", str(back), "--no-bundled"]
    for lang_again in ("en", "nl"):
        for command in (["show", "ours"], ["org-tree"]):
            first = json.loads(run(*command, *args[:-4], "--lang", lang_again, "-f", "json").stdout)
            second = json.loads(run(*command, *again, "--lang", lang_again, "-f", "json").stdout)
            key = "role" if command[0] == "show" else "structure"
            assert second[key] == first[key], (command, lang_again)


def test_a_dutch_export_of_bundled_text_reads_as_dutch(run, tmp_path):
    (tmp_path / "cto.json").write_text(run("show", "cto", "-f", "json", "--lang", "nl").stdout, encoding="utf-8")
    out = run("show", "cto", "--data", str(tmp_path), "-f", "json", "--lang", "en").stdout
    assert jq(out, ".role.summary.text").startswith("Een technische")
    assert jq(out, ".role.summary.text_lang") == "nl"


def test_a_techexec_1_export_still_loads(run, tmp_path):
    old = {
        "format": "techexec/1",
        "lang": "nl",
        "role": {
            "id": "ours",
            "acronym": "OUR",
            "title": {"en": "Head of Ours"},
            "summary": {"nl": "Doet onze dingen.", "source": "general"},
            "responsibilities": [{"en": "Keeps the lights on.", "source": "general"}],
        },
        "derived": {"reports_to": []},
    }
    (tmp_path / "ours.json").write_text(json.dumps(old), encoding="utf-8")
    out = run("show", "ours", "--data", str(tmp_path), "--no-bundled", "--lang", "nl", "-f", "json").stdout
    assert (jq(out, ".role.title"), jq(out, ".role.title_lang")) == ("Head of Ours", "en")
    assert jq(out, ".role.summary.text") == "Doet onze dingen."
    assert jq(out, ".role.responsibilities[0].text_lang") == "en"


HEAD = "format: techexec/2\nlang: nl\nrole:\n  id: ours\n  acronym: OUR\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "format: techexec/2\nrole:\n  id: ours\n  acronym: OUR\n  title: Ours\n  summary: {en: s, source: general}\n",
            "ours.yaml:5:10: title: plain text needs the file's top-level 'lang' (en, nl); or give it per language",
        ),
        (
            HEAD + "  title: {en: Ours}\n  title_lang: en\n  summary: {text: s, source: general}\n",
            "ours.yaml:7:15: title: has both 'title_lang' and text per language (en); keep one",
        ),
        (
            HEAD + "  title: Ours\n  summary: {text: s, en: t, source: general}\n",
            "ours.yaml:7:19: summary: has both 'text' and text per language (en); keep one",
        ),
        (
            HEAD + "  title: Ours\n  title_lang: fr\n  summary: {text: s, source: general}\n",
            "ours.yaml:7:15: title_lang 'fr' is not one of: en, nl.",
        ),
        (
            HEAD + "  title: Ours\n  summary: {text: s, text_lang: [en], source: general}\n",
            "ours.yaml:7:33: summary text_lang must be text, not a list (put quotes around it)",
        ),
        (
            HEAD.replace("lang: nl", "lang: fr") + "  title: Ours\n  summary: {en: s, source: general}\n",
            "ours.yaml:2:7: lang 'fr' is not one of: en, nl.",
        ),
        (
            HEAD + "  title: ''\n  summary: {text: s, source: general}\n",
            "ours.yaml:6:10: title (nl) must not be empty",
        ),
    ],
    ids=["no-lang", "marker-beside-keyed", "text-and-en", "bad-marker", "marker-a-list", "bad-lang", "empty"],
)
def test_a_broken_export_is_one_precise_line(run, tmp_path, body, expected):
    (tmp_path / "ours.yaml").write_text(body, encoding="utf-8")
    checked = run("validate", str(tmp_path), "--no-bundled")
    assert checked.exit_code == 1
    assert checked.stdout.splitlines()[0] == f"{tmp_path / expected}"
    shown = run("show", "ours", "--data", str(tmp_path), "--no-bundled", "-f", "json")
    assert shown.exit_code == 1 and shown.stdout == ""
    assert len(shown.stderr.splitlines()) == 1 and shown.stderr.startswith(f"{tmp_path / expected}")
    assert "Traceback" not in shown.stderr


def test_bundled_data_refuses_a_plain_string(tmp_path):
    from techexec.data.schema import read_file

    (tmp_path / "ours.yaml").write_text(HEAD + "  title: Ours\n  summary: {text: s, source: general}\n")
    problems = read_file(tmp_path / "ours.yaml", strict=True).found.problems
    assert [(p.line, p.key, p.facts.get("languages")) for p in problems][:2] == [
        (6, "missing_language", ["en"]),
        (7, "missing_language", ["en"]),
    ]
