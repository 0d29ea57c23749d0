"""compare never cuts a word: side by side while every column holds its words, stacked below that."""

from __future__ import annotations

import json
import re

import pytest
import yaml

from techexec.data.files import bundled_dir

WIDTHS = [40, 60, 80, 100, 200]
BOX_DRAWING = re.compile(r"[\u2500-\u257f]")


@pytest.fixture(scope="module")
def eight_roles(tmp_path_factory):
    """The six bundled roles and two more (copies of the CTO and CISO under new ids), as --data."""
    folder = tmp_path_factory.mktemp("eight")
    for source, new in (("cto", "cto2"), ("ciso", "ciso2")):
        role = yaml.safe_load((bundled_dir() / "roles" / f"{source}.yaml").read_text())["role"]
        role.update(id=new, acronym=new.upper(), aliases=[])
        (folder / f"{new}.yaml").write_text(yaml.safe_dump({"role": role}, allow_unicode=True))
    return folder


def _groups(ids: list[str], n: int) -> list[list[str]]:
    """Windows of n roles that between them hold every role."""
    return [[ids[(start + k) % len(ids)] for k in range(n)] for start in range(0, len(ids), n)]


def _words(run, roles: list[str], lang: str, data: str) -> set[str]:
    """Every word compare has to show: those of its answer as plain text (the same document, never wrapped),
    and of every claim the JSON holds that the page tells (a relation both roles name is told once)."""
    plain = run("compare", *roles, "--lang", lang, "--data", data, "-f", "plain").stdout
    doc = json.loads(run("compare", *roles, "--lang", lang, "--data", data, "-f", "json").stdout)
    words = _tokens(plain)
    for dim in doc["derived"]["dimensions"]:
        for cell in dim["values"].values():
            for claim in cell["claims"]:
                if claim["text"] in plain:
                    words.update(_tokens(claim["text"]))
    return words


def _tokens(text: str) -> set[str]:
    return {w.rstrip(":") for w in BOX_DRAWING.sub(" ", text).split()} - {"", "\u2022"}


IDS = ["cio", "cto", "cdo", "cso", "ciso", "ceo", "cto2", "ciso2"]
CASES = [(group, lang) for n in range(2, 9) for group in _groups(IDS, n) for lang in ["en", "nl"]]


@pytest.mark.parametrize(("roles", "lang"), CASES, ids=[f"{len(g)}-{'-'.join(g)}-{lang}" for g, lang in CASES])
def test_every_word_survives_every_width(run, eight_roles, roles, lang):
    data = str(eight_roles)
    expected = _words(run, roles, lang, data)
    for width in WIDTHS:
        out = run("compare", *roles, "--lang", lang, "--data", data, env={"COLUMNS": str(width)}).stdout
        assert max(len(line) for line in out.splitlines()) <= width
        assert "\u2026" not in out, f"a word was cut at {width} columns"
        tokens = _tokens(out)
        missing = sorted(expected - tokens)
        assert not missing, f"{len(missing)} words lost at {width} columns, e.g. {missing[:5]}"


def test_wide_terminals_put_roles_side_by_side_narrow_ones_stack(run):
    wide = run("compare", "cio", "cto", "cdo", env={"COLUMNS": "150"}).stdout
    narrow = run("compare", "cio", "cto", "cdo", env={"COLUMNS": "80"}).stdout
    assert "┃ Dimension" in wide
    assert "┃" not in narrow and "\n  CTO: " in narrow
