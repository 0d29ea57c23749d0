"""The README shows real output: every `$ techexec ...` block must match what the command prints."""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

import pytest

from app_commands import COMMANDS

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
DOCS = Path(__file__).parents[1] / "docs"
BLOCKS = re.findall(r"```console\n\$ techexec (.*?)\n(.*?)```", README, flags=re.S)


def test_readme_has_examples():
    assert [cmd for cmd, _ in BLOCKS] == ["show cto", "compare cio cto", "org-tree"]


@pytest.mark.parametrize(("command", "shown"), BLOCKS, ids=[c for c, _ in BLOCKS])
def test_readme_output_is_current(run, command, shown):
    assert run(*shlex.split(command)).stdout == shown, "README.md is out of date: run python tools/regenerate.py"


@pytest.mark.parametrize("name", ["org-chart.svg", "compare-cio-cto.svg"])
def test_readme_pictures_are_current(tmp_path, name):
    import tools

    sys.path.insert(0, str(DOCS.parent / "tools"))
    from regenerate import picture

    tools.dot()
    fresh = picture(name, tmp_path).read_bytes()
    assert fresh == (DOCS / name).read_bytes(), f"docs/{name} is out of date: run python tools/regenerate.py"
    assert f"docs/{name}" in README


def _tables() -> list[list[list[str]]]:
    """Every table the README renders to (rows of cell texts), as a Markdown viewer shows them."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(README)
    tables: list[list[list[str]]] = []
    in_table = False
    for token in tokens:
        if token.type in ("table_open", "table_close"):
            in_table = token.type == "table_open"
            tables += [[]] if in_table else []
        elif token.type == "tr_open":
            tables[-1].append([])
        elif token.type == "inline" and in_table:
            tables[-1][-1].append(token.content)
    return tables


def test_the_commands_table_renders_every_command():
    """A blank line once cut the table in two: search, validate and init rendered as a paragraph."""
    commands = next(t for t in _tables() if t[0] == ["command", "what it answers"])
    names = [row[0].split()[1].strip("`") for row in commands[1:]]
    assert names == [c for c in COMMANDS if c != "init"]
    assert "techexec init DIR" in commands[-1][0]


def _options(*command: str) -> str:
    from typer.testing import CliRunner

    from techexec.cli.app import app

    return CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": "200"}).stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_what_the_readme_says_about_options_holds(command):
    said = re.search(r"`show`, `compare`.*?`init` takes neither\.", README, flags=re.S)
    assert said, "the README's sentence about --lang and --format moved; update this test"
    sentence = " ".join(said.group().split())
    takes_lang = command in sentence.split(" take `--lang")[0]
    takes_format = takes_lang or f"`{command}` takes `--format" in sentence
    help_text = _options(command)
    assert ("--lang" in help_text) == takes_lang
    assert ("--format" in help_text) == takes_format


def test_the_quick_start_is_what_ci_runs_and_names_the_user_install():
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    setup, tests = re.findall(r"```sh\n(.*?)\n```", quick, flags=re.S)
    assert setup.endswith("techexec show cto")
    ci = (Path(__file__).parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    assert setup.split(" && ")[0] in ci  # the same venv
    assert 'pip install -q --disable-pip-version-check -e ".[test]"' in ci
    assert tests == "python -m pytest" and "python -m pytest" in ci
    assert "`pipx install .`" in quick


def _paste_rows() -> list[tuple[str, str]]:
    """(command, format) for every row of the README's "Paste it into a doc" table, the format from -f or -o's extension."""
    from techexec.cli.formats import pick

    section = README.split("## Paste it into a doc", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in re.findall(r"^\| `techexec (.*?)` \|", section, flags=re.M):
        words = shlex.split(line)
        named = [words[i + 1] for i, word in enumerate(words[:-1]) if word in ("-f", "--format")]
        saved = [Path(words[i + 1]) for i, word in enumerate(words[:-1]) if word in ("-o", "--output")]
        given = named[0] if named else None
        rows += [(words[0], fmt) for fmt in named] + [(words[0], pick(words[0], given, path)[0]) for path in saved]
    return rows


def test_the_paste_section_offers_only_formats_the_command_has_and_shows_each_one():
    from techexec.cli.formats import FORMATS, names

    rows = _paste_rows()
    assert [row for row in rows if row[1] not in names(row[0])] == []
    assert {fmt for _, fmt in rows} == set(FORMATS) - {"text", "json"}  # text and json are shown above it


@pytest.mark.parametrize("command", [c for c in COMMANDS if c != "init"])
def test_help_offers_each_commands_own_formats(command):
    from techexec.cli.formats import names

    offered = re.search(r"--format <([^>]*)>", _options(command))
    assert offered and offered.group(1).split("|") == list(names(command))


def test_the_readme_names_every_extension_o_knows():
    from techexec.cli.formats import extensions

    listed = re.search(r"`-o FILE` \(`--output`\)[^(]*\(([^)]*)\)", README)
    assert listed and listed.group(1).split() == extensions()
