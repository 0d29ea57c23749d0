"""A company's own data without traps: validate checks what the user is working on, init speaks their
language, and references to roles accept what the command line accepts."""

from __future__ import annotations

import json

import pytest

import layout
import tools

CHECKED_HERE = {
    "en": "Checked: the data files in the current folder (other commands read them with --data . or TECHEXEC_DATA).",
    "nl": "Gecontroleerd: de gegevensbestanden in de huidige map (andere opdrachten lezen ze met --data . of TECHEXEC_DATA).",
}
BROKEN = """\
structure:
  id: ours
  name: {en: Ours}
  nodes:
    - role: ceo
    - {role: cio, parent: ceoo}
"""


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_plain_validate_in_the_users_folder_checks_the_users_file(run, tmp_path, monkeypatch, lang):
    (tmp_path / "company.yaml").write_text(BROKEN, encoding="utf-8")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "other.yaml").write_text("not: data\n", encoding="utf-8")  # below: not read
    monkeypatch.chdir(tmp_path)
    result = run("validate", env={"TECHEXEC_LANG": lang})
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("company.yaml:6:")
    assert "ceoo" in lines[0]
    assert lines[-1] == CHECKED_HERE[lang]
    assert "other.yaml" not in result.stdout


def test_plain_validate_checks_techexec_data_and_says_so(run, tmp_path, monkeypatch):
    (tmp_path / "org").mkdir()
    (tmp_path / "org" / "company.yaml").write_text(BROKEN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("validate", env={"TECHEXEC_DATA": "org"})
    assert result.exit_code == 1
    assert "1 error in 1 file." in result.stdout
    assert result.stdout.splitlines()[-1] == "Checked: org (from TECHEXEC_DATA)."


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Checked: the bundled data only (no folder named, TECHEXEC_DATA not set, no data files here)."),
        (
            "nl",
            "Gecontroleerd: alleen de meegeleverde gegevens (geen map opgegeven, TECHEXEC_DATA niet gezet, geen gegevensbestanden hier).",
        ),
    ],
)
def test_plain_validate_elsewhere_says_it_checked_the_bundled_data(run, tmp_path, monkeypatch, lang, expected):
    monkeypatch.chdir(tmp_path)
    result = run("validate", env={"TECHEXEC_LANG": lang})
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1] == expected


@pytest.mark.parametrize(
    ("lang", "said", "comment"),
    [
        (
            "en",
            "Wrote {dir}/company.yaml. Next: techexec validate {dir} && techexec org-tree --data {dir}",
            "# Your own organisation",
        ),
        (
            "nl",
            "{dir}/company.yaml geschreven. Daarna: techexec validate {dir} && techexec org-tree --data {dir}",
            "# Uw eigen organisatie",
        ),
    ],
)
def test_init_speaks_the_users_language(run, tmp_path, lang, said, comment):
    folder = tmp_path / "own"
    result = run("init", str(folder), env={"LANG": f"{lang}_NL.UTF-8" if lang == "nl" else "en_GB.UTF-8"})
    assert result.exit_code == 0
    assert result.stdout.strip() == said.format(dir=folder)
    text = (folder / "company.yaml").read_text(encoding="utf-8")
    assert text.startswith(comment)
    comments = [line.split("#", 1)[1] for line in text.splitlines() if "#" in line]
    if lang == "nl":
        assert not any("the structure org-tree draws" in c for c in comments)
        assert any("de structuur die org-tree tekent" in c for c in comments)
    assert run("validate", str(folder)).exit_code == 0


MUNICIPALITY = """\
roles:
  - id: i-adviseur
    acronym: I-adviseur
    group: tech
    title: {nl: I-adviseur}
    summary: {nl: Adviseert het college over informatievoorziening.}
structures:
  - id: gemeente
    default: true
    name: {nl: Onze gemeente}
    nodes:
      - role: CEO
      - {role: Chief Information Officer, parent: CEO}
      - {role: CISO, parent: cio}
      - {role: i-adviseur, parent: Cio}
      - {role: CTO, parent: cioo}
    dotted:
      - {from: ciso, to: Ceo, nl: rapporteert over risico's}
"""


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            [
                "gemeente.yaml:4:12: group 'tech' is not one of: business, technology, security.",
                "gemeente.yaml:16:29: unknown role 'cioo'. Did you mean: cio, ciso?",
                "2 errors in 1 file.",
            ],
        ),
        (
            "nl",
            [
                "gemeente.yaml:4:12: group 'tech' is geen van de toegestane waarden: business, technology, security.",
                "gemeente.yaml:16:29: onbekende rol 'cioo'. Bedoelde u: cio, ciso?",
                "2 fouten in 1 bestand.",
            ],
        ),
    ],
)
def test_each_mistake_once_and_no_knock_on_errors(run, tmp_path, monkeypatch, lang, expected):
    """Capitals, a title, an acronym are roles; a role with a bad field is still known; a bad parent is said once."""
    (tmp_path / "gemeente.yaml").write_text(MUNICIPALITY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("validate", ".", env={"TECHEXEC_LANG": lang})
    assert result.stdout.splitlines() == expected


def test_names_in_references_are_resolved_to_ids(run, tmp_path):
    fixed = MUNICIPALITY.replace("group: tech", "group: technology").replace("parent: cioo", "parent: CIO")
    (tmp_path / "gemeente.yaml").write_text(fixed, encoding="utf-8")
    assert run("validate", str(tmp_path)).exit_code == 0
    doc = json.loads(run("org-tree", "--data", str(tmp_path), "-f", "json").stdout)
    nodes = {n["role"]: n.get("parent") for n in doc["structure"]["nodes"]}
    assert nodes == {"ceo": None, "cio": "ceo", "ciso": "cio", "i-adviseur": "cio", "cto": "cio"}
    assert doc["structure"]["dotted"][0]["from"] == "ciso" and doc["structure"]["dotted"][0]["to"] == "ceo"
    source = run("org-tree", "--data", str(tmp_path), "-f", "dot").stdout
    picture = layout.layout(tools.dot(), source)
    assert layout.problems(picture) == []


@pytest.mark.parametrize(
    ("name", "suggested"),
    [("Chief Data Oficer", "chief-data-officer"), ("chief-informatoin-officer", "cio"), ("I-adviser", "i-adviseur")],
)
def test_a_name_that_is_no_role_suggests_the_role_it_most_likely_means(run, tmp_path, name, suggested):
    (tmp_path / "gemeente.yaml").write_text(
        MUNICIPALITY.replace("group: tech", "group: technology").replace("parent: cioo", f"parent: {name}"),
        encoding="utf-8",
    )
    lines = run("validate", str(tmp_path)).stdout.splitlines()
    assert len(lines) == 2
    assert (
        lines[0].endswith(f"unknown role '{name}'. Did you mean: {suggested}?")
        or f"Did you mean: {suggested}," in lines[0]
    )


CONFUSED = {
    "cdo": (
        "      - role: cdo        # onze Chief Data Officer\n        parent: cio\n",
        "chief-data-officer",
        "Chief Data Officer",
        "data",
    ),
    "cso": (
        "      # strategie en beleid\n      - {role: cso, parent: ceo}\n",
        "chief-strategy-officer",
        "Chief Strategy Officer",
        "strategie",
    ),
}


@pytest.mark.parametrize("acronym", ["cdo", "cso"])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_an_acronym_among_words_of_its_look_alike_is_a_warning_naming_the_right_id(run, tmp_path, acronym, lang):
    lines, right, title, _word = CONFUSED[acronym]
    fixed = MUNICIPALITY.replace("group: tech", "group: technology").replace("parent: cioo", "parent: cio")
    (tmp_path / "gemeente.yaml").write_text(fixed.replace("    dotted:\n", lines + "    dotted:\n"), encoding="utf-8")
    result = run("validate", str(tmp_path), env={"TECHEXEC_LANG": lang})
    assert result.exit_code == 0  # a warning: the file is valid, it may mean what it says
    (warning,) = [line for line in result.stdout.splitlines() if ": warning: " in line or ": waarschuwing: " in line]
    assert f"write {right}." in warning if lang == "en" else f"schrijf voor de {title} {right}." in warning
    assert f"'{acronym}'" in warning


def test_an_acronym_without_words_of_the_other_meaning_is_not_warned_about(run, tmp_path):
    fixed = MUNICIPALITY.replace("group: tech", "group: technology").replace("parent: cioo", "parent: cio")
    plain = fixed.replace("    dotted:\n", "      - {role: cdo, parent: ceo}   # digitale transformatie\n    dotted:\n")
    (tmp_path / "gemeente.yaml").write_text(plain, encoding="utf-8")
    result = run("validate", str(tmp_path))
    assert (result.exit_code, "warning" in result.stdout) == (0, False)


@pytest.mark.parametrize(("lang", "shown"), [("en", "[your own data]"), ("nl", "[uw eigen gegevens]")])
def test_source_is_optional_in_own_data_and_shown_as_your_own_data(run, tmp_path, lang, shown):
    fixed = MUNICIPALITY.replace("group: tech", "group: technology").replace("parent: cioo", "parent: cio")
    (tmp_path / "gemeente.yaml").write_text(fixed, encoding="utf-8")
    result = run("show", "i-adviseur", "--data", str(tmp_path), "--sources", "--lang", lang)
    assert result.exit_code == 0, result.stderr
    assert shown in result.stdout
    doc = json.loads(run("show", "i-adviseur", "--data", str(tmp_path), "-f", "json").stdout)
    assert doc["role"]["summary"]["source"] == "own"


def test_the_bundled_data_still_requires_a_source(tmp_path):
    from techexec.data import check

    (tmp_path / "r.yaml").write_text(
        "role:\n  id: x\n  acronym: X\n  title: {en: X, nl: X}\n  summary: {en: x, nl: x}\n"
    )
    _, problems = check([(tmp_path, True)])
    assert [(p.key, p.facts.get("keys")) for p in problems if not p.warning] == [("missing_keys", ["source"])]


SPARSE = MUNICIPALITY.replace("group: tech", "group: technology").replace("parent: cioo", "parent: cio")


@pytest.mark.parametrize(("lang", "empty"), [("en", "Not described"), ("nl", "Niet beschreven")])
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_sections_with_nothing_to_say_are_left_out(run, tmp_path, lang, empty, fmt):
    (tmp_path / "gemeente.yaml").write_text(SPARSE, encoding="utf-8")
    result = run("show", "i-adviseur", "--data", str(tmp_path), "--lang", lang, "-f", fmt)
    assert result.exit_code == 0, result.stderr
    assert empty not in result.stdout
    heading = {"en": "Reporting line", "nl": "Rapportagelijn"}[lang]
    assert heading in result.stdout  # what there is to say is still said
    assert {"en": "Background and skills", "nl": "Achtergrond en vaardigheden"}[lang] not in result.stdout


def test_init_without_a_folder_writes_into_the_current_one(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("init", env={"LANG": "nl_NL.UTF-8"})
    assert result.exit_code == 0
    assert result.stdout.startswith("company.yaml geschreven.")
    assert run("validate").exit_code == 0


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "unknown role 'Gemeentesecretaris'. (also used at lines 9, 12) Define it under roles: (id, acronym, title, summary), or use a role from techexec list.",
        ),
        (
            "nl",
            "onbekende rol 'Gemeentesecretaris'. (ook gebruikt op regels 9, 12) Leg hem vast onder roles: (id, acronym, title, summary), of gebruik een rol uit techexec list.",
        ),
    ],
)
def test_a_missing_role_used_three_times_is_one_mistake(run, tmp_path, lang, expected):
    text = """\
structure:
  id: gemeente
  name: {nl: Gemeente}
  nodes:
    - role: Gemeentesecretaris
    - {role: cio, parent: Gemeentesecretaris}
    - {role: ciso, parent: cio}
  dotted:
    - {from: ciso, to: Gemeentesecretaris}
"""
    text = text.replace(
        "    - {role: cio, parent: Gemeentesecretaris}\n",
        "    - role: cio\n      parent: cio2\n\n    - {role: cto, parent: Gemeentesecretaris}\n",
    )
    (tmp_path / "g.yaml").write_text(text, encoding="utf-8")
    lines = run("validate", str(tmp_path), env={"TECHEXEC_LANG": lang}).stdout.splitlines()
    assert lines[0] == f"{tmp_path}/g.yaml:5:13: {expected}"


def test_an_id_with_capitals_is_one_mistake_with_the_id_to_use(run, tmp_path):
    (tmp_path / "g.yaml").write_text(SPARSE.replace("id: i-adviseur", "id: I-adviseur"), encoding="utf-8")
    lines = run("validate", str(tmp_path)).stdout.splitlines()
    assert lines == [
        f"{tmp_path}/g.yaml:2:9: role id 'I-adviseur' must be lower-case letters, digits, '-' or '_' (at most 64 characters). Did you mean: i-adviseur?",
        "1 error in 1 file.",
    ]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_own_draws_and_lists_only_the_users_structures(run, tmp_path, lang):
    (tmp_path / "g.yaml").write_text(SPARSE, encoding="utf-8")
    listed = run("org-tree", "--own", "--list", "--data", str(tmp_path), "--lang", lang)
    assert [line.split(" — ")[0] for line in listed.stdout.splitlines()[1:]] == ["gemeente"]
    drawn = run("org-tree", "--own", "--data", str(tmp_path), "--lang", lang).stdout
    assert "ceo-both" not in drawn and "gemeente" in drawn
    doc = json.loads(run("org-tree", "--own", "--structure", "all", "--data", str(tmp_path), "-f", "json").stdout)
    assert doc["structure"]["id"] == "gemeente"  # 'all' of one structure is that structure
    refused = run("org-tree", "--own", "--lang", lang)
    assert refused.exit_code == 2
    assert refused.stderr.startswith("--own: ")
    assert ("leave out --own" if lang == "en" else "laat --own weg") in refused.stderr


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_page_of_your_own_data_does_not_say_it_comes_from_the_article(run, tmp_path, lang):
    """Sections of your own sources are yours: no 'From one article' line, no article named as the source."""
    assert run("init", str(tmp_path / "org"), env={"TECHEXEC_LANG": lang}).exit_code == 0
    page = run("show", "platform", "--data", str(tmp_path / "org"), "--lang", lang, "--sources", "-f", "plain").stdout
    article = "The New Technical Executive"
    assert article not in page and ("handbook" in page or "handboek" in page)
    assert article in run("show", "cto", "--data", str(tmp_path / "org"), "--lang", lang).stdout  # the article's own page
