"""Control (Cc) and format (Cf) characters never reach a terminal; JSON and YAML keep them, escaped."""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import pytest
import yaml

from techexec.safe_text import clean, has_unsafe
from tools import dot

# Bidi overrides and isolates, zero-width characters, BOM, soft hyphen, a tag character, ESC, BEL, C1 NEL.
INVISIBLE = "\u202e\u2066\u2067\u2068\u2069\u200b\u200d\ufeff\u00ad\U000e0041\x1b\x07\x85"
TITLE = "Evil \u202egnirts\u202c \u2066x\u2069 zero\u200bwidth"


def test_the_table_covers_every_control_and_format_character():
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        category = unicodedata.category(char)
        if category in ("Cc", "Cf") and char not in "\n\t":
            assert has_unsafe(char), f"U+{code:04X} ({category}) is not removed"
        elif has_unsafe(char):
            assert category == "Cn", f"U+{code:04X} ({category}) is removed but harmless"


def test_clean_keeps_newline_and_tab():
    assert clean("a\tb\nc" + INVISIBLE) == "a\tb\nc"


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    role = {
        "id": "evil",
        "acronym": "EV\u202eIL",
        "title": {"en": TITLE},
        "aliases": ["al\u200bias"],
        "summary": {"en": "Says " + INVISIBLE + " things.", "source": "general"},
        "responsibilities": [{"en": "Work\u2067 hard\u2069.", "source": "general"}],
    }
    structure = {
        "id": "evil-tree",
        "name": {"en": "Tree\u202e name"},
        "nodes": [{"role": "ceo"}, {"role": "evil", "parent": "ceo", "source": "general"}],
        "dotted": [{"from": "evil", "to": "ceo", "en": "talks\u200b to\u202e", "source": "general"}],
    }
    (tmp_path / "evil.yaml").write_text(yaml.safe_dump({"role": role, "structure": structure}, allow_unicode=True))
    return tmp_path


TERMINAL = [
    ["show", "evil"],
    ["show", "evil", "-f", "markdown", "--sources"],
    ["list"],
    ["list", "-f", "markdown"],
    ["compare", "evil", "ceo"],
    ["compare", "evil", "ceo", "-f", "markdown"],
    ["org-tree", "--structure", "evil-tree", "--highlight", "evil"],
    ["org-tree", "--structure", "evil-tree", "-f", "mermaid"],
    ["org-tree", "--structure", "evil-tree", "-f", "dot"],
    ["search", "things"],
]


@pytest.mark.parametrize("args", TERMINAL, ids=" ".join)
def test_terminal_formats_show_none(run, hostile, args):
    result = run(*args, "--data", str(hostile))
    assert result.exit_code == 0, result.stderr
    assert not has_unsafe(result.stdout + result.stderr)
    assert "Evil gnirts" in result.stdout or "evil" in result.stdout


def test_svg_shows_none(run, hostile):
    dot()
    result = run("org-tree", "--structure", "evil-tree", "-f", "svg", "--data", str(hostile))
    assert result.exit_code == 0, result.stderr
    assert not has_unsafe(result.stdout)


def test_exported_pages_show_none(run, hostile, tmp_path):
    page = tmp_path / "page.html"
    run("show", "evil", "--data", str(hostile), "--export-html", str(page))
    assert "Evil gnirts" in page.read_text()
    assert not has_unsafe(page.read_text())


def test_json_and_yaml_keep_the_data_escaped(run, hostile):
    as_json = run("show", "evil", "-f", "json", "--data", str(hostile)).stdout
    as_yaml = run("show", "evil", "-f", "yaml", "--data", str(hostile)).stdout
    assert not has_unsafe(as_json) and not has_unsafe(as_yaml)
    for doc in (json.loads(as_json), yaml.safe_load(as_yaml)):
        assert doc["role"]["title"] == TITLE
        assert doc["role"]["acronym"] == "EV\u202eIL"


@pytest.mark.parametrize(
    "args", [["show", "c\u202eto\u200b"], ["org-tree", "--structure", "x\u2066y"], ["search", "zz\u202ezz"]], ids=str
)
def test_echoed_user_input_shows_none(run, args):
    result = run(*args)
    assert result.exit_code != 0
    assert not has_unsafe(result.stdout + result.stderr)
    assert result.stdout + result.stderr


def test_validate_lines_show_none(run, tmp_path):
    (tmp_path / "bad.yaml").write_text(
        'role:\n  id: x\n  acronym: X\n  title: {en: X}\n  summary: {en: s, source: "no\\u202ewhere"}\n'
    )
    result = run("validate", str(tmp_path), "--no-bundled")
    assert result.exit_code == 1
    assert "source 'nowhere'" in result.stdout and not has_unsafe(result.stdout)
