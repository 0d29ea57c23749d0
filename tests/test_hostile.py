"""Hostile or broken data files: a clear one-line error, and nothing interpreted or written (speed: bench/)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROLE = "role:\n  id: x\n  acronym: X\n  title: {en: X}\n  summary: {en: 'ok', source: general}\n"


def check_fails(run, directory: Path, expected: str) -> None:
    result = run("validate", str(directory))
    assert result.exit_code == 1
    assert expected in result.stdout, result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_object_building_tags_are_rejected(run, tmp_path):
    (tmp_path / "evil.yaml").write_text("role: !!python/object/apply:os.system ['touch pwned']\n")
    check_fails(
        run, tmp_path, "evil.yaml:1:7: YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed"
    )
    assert not Path("pwned").exists()


def test_billion_laughs_ends_at_the_first_alias(run, tmp_path):
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]"
        for i in range(9)
    ]
    (tmp_path / "bomb.yaml").write_text("\n".join(lines) + "\n")
    check_fails(run, tmp_path, "bomb.yaml:1:4: YAML aliases (*name) are not supported; write the value out")


def test_very_deep_nesting(run, tmp_path):
    (tmp_path / "deep.yaml").write_text("role: " + "[" * 50_000 + "]" * 50_000 + "\n")
    check_fails(run, tmp_path, "deep.yaml:1:")  # libyaml stops it ("exceeded maximum nesting depth")
    assert "nesting" in run("validate", str(tmp_path)).stdout


def test_moderately_deep_nesting_gets_the_depth_limit(run, tmp_path):
    (tmp_path / "deep.yaml").write_text("role: " + "[" * 40 + "]" * 40 + "\n")
    check_fails(run, tmp_path, "nesting is too deep (the limit is 32 levels)")


def test_huge_file(run, tmp_path):
    (tmp_path / "huge.yaml").write_text("# " + "x" * (17 * 1024 * 1024) + "\n")
    check_fails(run, tmp_path, "huge.yaml:1:1: file is 17 MiB; the limit is 16 MiB")


def test_not_utf8(run, tmp_path):
    (tmp_path / "latin1.yaml").write_bytes(ROLE.replace("ok", "caf\xe9").encode("latin-1"))
    check_fails(run, tmp_path, "latin1.yaml:5:1: not valid UTF-8 (byte 0xe9); save the file as UTF-8")


def test_binary_file(run, tmp_path):
    (tmp_path / "image.yaml").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    check_fails(run, tmp_path, "image.yaml:3:1: binary file (contains a NUL byte); data files are UTF-8 YAML")


MARKUP = "[bold red]boss[/] [link=https://evil.example]click[/link] [/]"
ESCAPES = "\x1b[31mred\x1b[0m \x1b]8;;https://evil.example\x07link\x1b]8;;\x07 \x9b2J bell\x07 back\x08"


@pytest.fixture
def nasty(tmp_path: Path) -> Path:
    role = {
        "role": {
            "id": "evil",
            "acronym": MARKUP,
            "title": {"en": ESCAPES},
            "summary": {"en": MARKUP + " " + ESCAPES, "source": "general"},
            "responsibilities": [{"en": "[on red]x" + ESCAPES, "source": "general"}],
        }
    }
    (tmp_path / "evil.json").write_text(json.dumps(role))
    (tmp_path / "tree.yaml").write_text(
        "structure:\n  id: evil-tree\n  name: {en: '[blink]t[/]'}\n  nodes:\n    - role: ceo\n    - {role: evil, parent: ceo}\n"
    )
    return tmp_path


@pytest.mark.parametrize(
    "args",
    [
        ["show", "evil"],
        ["list"],
        ["org-tree", "--structure", "evil-tree", "--highlight", "evil"],
        ["compare", "evil", "cto"],
        ["show", "evil", "-f", "json"],
    ],
)
@pytest.mark.parametrize("color", [None, "1"])
def test_markup_is_literal_and_escapes_are_stripped(run, nasty, args, color):
    result = run(*args, "--data", str(nasty), env={"NO_COLOR": color, "FORCE_COLOR": None if color else "1"})
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "\x1b]" not in out and "\x1b[31mred" not in out  # the data's OSC link and colour lost their ESC
    assert "\x07" not in out and "\x08" not in out and "\x9b" not in out
    if color:
        assert "\x1b" not in out
    if "json" not in args:
        assert "[bold red]boss[/]" in out or "[blink]t[/]" in out


def test_files_are_only_read(run, nasty):
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in nasty.iterdir()}
    for args in (["validate", str(nasty)], ["show", "evil", "--data", str(nasty)], ["org-tree", "--data", str(nasty)]):
        run(*args)
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in nasty.iterdir()} == before


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_json_exports_load_back(run, tmp_path, lang):
    role = run("show", "cto", "--lang", lang, "-f", "json").stdout
    tree = run("org-tree", "--structure", "merged", "--lang", lang, "-f", "json").stdout
    (tmp_path / "cto.json").write_text(role)
    (tmp_path / "merged.json").write_text(tree)
    assert run("validate", str(tmp_path)).exit_code == 0
    for args in (["show", "cto"], ["org-tree", "--structure", "merged"]):
        again = run(*args, "--lang", lang, "--data", str(tmp_path))
        assert again.stdout == run(*args, "--lang", lang).stdout
    reexported = run("show", "cto", "--lang", lang, "-f", "json", "--data", str(tmp_path)).stdout
    assert json.loads(reexported) == json.loads(role)
