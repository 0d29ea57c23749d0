"""Problems in data files read in Dutch under --lang nl, or under TECHEXEC_LANG=nl for validate (no --lang)."""

from __future__ import annotations

import pytest

from test_validate import ROLE, structure, write

CYCLE = "- role: ceo\n- {role: cto, parent: cio}\n- {role: cio, parent: cto}\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "role:\n  id: vpe\n  title: [oops\n",
            "bad.yaml:4:1: ongeldige YAML: hier werd ',' of ']' verwacht",
        ),
        (
            "role: id: vpe\n",
            "bad.yaml:1:9: ongeldige YAML: hier mag geen 'sleutel: waarde' staan"
            " (zet tekst met een dubbele punt tussen aanhalingstekens)",
        ),
        (ROLE.replace("summary:", "sumary:"), "bad.yaml:5:3: rol: onbekende sleutel 'sumary'. Bedoelde u: summary?"),
        (
            ROLE + "  works_with:\n    - {role: ctoo, en: x, source: general}\n",
            "bad.yaml:7:14: onbekende rol 'ctoo'. Bedoelde u: cto?",
        ),
        (ROLE.replace("  acronym: VPE\n", ""), "bad.yaml:2:3: rol: verplichte sleutel 'acronym' ontbreekt"),
        (
            ROLE.replace("acronym: VPE", "acronym: [V, P]"),
            "bad.yaml:3:12: acronym moet tekst zijn, maar is een lijst (zet er aanhalingstekens omheen)",
        ),
        (
            ROLE.replace("title: {en: VP of Engineering}", "title: {}"),
            "bad.yaml:4:10: title: heeft tekst nodig in minstens één taal (en, nl)",
        ),
        (structure(CYCLE), "bad.yaml:6:7: structuur 'ours': de rapportagelijnen lopen in een kring: cto -> cio -> cto"),
    ],
    ids=[
        "syntax-flow",
        "syntax-colon",
        "unknown-key",
        "unknown-role",
        "missing-key",
        "not-text",
        "no-language",
        "cycle",
    ],
)
def test_validate_words_problems_in_the_language_of_the_environment(run, tmp_path, text, expected):
    write(tmp_path, "bad.yaml", text)
    result = run("validate", str(tmp_path), env={"TECHEXEC_LANG": "nl"})
    assert result.exit_code == 1
    assert f"{tmp_path}/{expected}" in result.stdout.splitlines()
    assert result.stdout.endswith(" in 1 bestand.\n")


def test_validate_counts_in_dutch(run, tmp_path):
    write(tmp_path, "vpe.yaml", ROLE + "  aliases: [Chief Technical Officer]\n")
    result = run("validate", str(tmp_path), env={"LANG": "nl_NL.UTF-8"})
    assert result.exit_code == 0
    assert "vpe.yaml:2:3: waarschuwing: rol 'vpe' deelt de naam 'chief technical officer' met cto (" in result.stdout
    assert result.stdout.endswith("OK: 1 rol, 0 structuren in 1 bestand, 1 waarschuwing.\n")


@pytest.mark.parametrize("command", [["show", "vpe"], ["org-tree"]])
def test_commands_word_the_first_problem_and_the_hint_in_dutch(run, tmp_path, command):
    write(tmp_path, "a.yaml", ROLE.replace("summary:", "sumary:").replace("acronym: VPE", "acronym: [V, P]"))
    result = run(*command, "--data", str(tmp_path), "--lang", "nl")
    assert result.exit_code == 1
    assert result.stderr == (
        f"{tmp_path}/a.yaml:3:12: acronym moet tekst zijn, maar is een lijst (zet er aanhalingstekens omheen)"
        f" (en nog 1 probleem; voer 'techexec validate {tmp_path}' uit)\n"
    )


def test_the_hint_counts_problems_in_dutch_plural(run, tmp_path):
    write(
        tmp_path,
        "a.yaml",
        ROLE.replace("summary:", "sumary:").replace("acronym:", "acronim:").replace("title:", "titel:"),
    )
    result = run("show", "vpe", "--data", str(tmp_path), "--lang", "nl")
    assert "(en nog 2 problemen; voer 'techexec validate" in result.stderr


def test_a_cycle_stops_org_tree_in_dutch(run, tmp_path):
    write(tmp_path, "bad.yaml", structure(CYCLE))
    result = run("org-tree", "--data", str(tmp_path), "--lang", "nl")
    assert result.exit_code == 1
    assert result.stderr == f"{tmp_path}/bad.yaml:6:7: structuur 'ours': de rapportagelijnen lopen in een kring: cto -> cio -> cto\n"


def test_the_same_problem_reads_in_english_without_a_language(run, tmp_path):
    write(tmp_path, "bad.yaml", structure(CYCLE))
    result = run("org-tree", "--data", str(tmp_path), "--lang", "en", env={"TECHEXEC_LANG": "nl"})
    assert result.stderr == f"{tmp_path}/bad.yaml:6:7: structure 'ours' has a reporting cycle: cto -> cio -> cto\n"


def test_bundled_data_missing_a_language_is_named_in_dutch(tmp_path):
    """Only bundled data must hold both languages, so this rule is checked below the command line."""
    from techexec.data import check
    from techexec.i18n.problems import problem_line

    write(tmp_path, "vpe.yaml", ROLE)
    _, problems = check([(tmp_path, True)])
    lines = [problem_line(p, "nl") for p in problems]
    assert f"{tmp_path}/vpe.yaml:4:10: title: de Nederlandse tekst ontbreekt" in lines
