"""A company's own data without traps: validate checks what the user is working on, init speaks their
language, and references to roles accept what the command line accepts."""

from __future__ import annotations

import textwrap

import pytest

import tools

CHECKED_HERE = {
    "en": "Checked: the data file in the current folder (the other commands read it with --data . or TECHEXEC_DATA); the bundled data.",
    "nl": "Gecontroleerd: het gegevensbestand in de huidige map (de andere opdrachten lezen het met --data . of TECHEXEC_DATA); de meegeleverde gegevens.",
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
    assert result.stdout.splitlines()[-1] == "Checked: org (from TECHEXEC_DATA); the bundled data."


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Checked: the bundled data only: no folder named, TECHEXEC_DATA not set, no data files here."),
        (
            "nl",
            "Gecontroleerd: alleen de meegeleverde gegevens: geen map opgegeven, TECHEXEC_DATA niet gezet, geen gegevensbestanden hier.",
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
