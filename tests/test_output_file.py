"""-o FILE: the extension picks the format, the file is written whole and only on success, stderr says where."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from techexec.cli.formats import COMMAND_FORMATS, FORMATS


def test_saved_file_is_what_the_format_prints_and_only_stderr_says_so(run, tmp_path):
    target = tmp_path / "cto.md"
    result = run("show", "cto", "-o", str(target))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == f"Saved to {target}\n"
    assert target.read_text(encoding="utf-8") == run("show", "cto", "-f", "markdown").stdout


def test_saved_to_is_said_in_dutch(run, tmp_path):
    target = tmp_path / "cio-cto.json"
    result = run("compare", "cio", "cto", "-o", str(target), "--lang", "nl")
    assert result.stderr == f"Opgeslagen als {target}\n"
    assert json.loads(target.read_text(encoding="utf-8"))["lang"] == "nl"


@pytest.mark.parametrize(
    ("name", "check"),
    [
        ("chart.dot", lambda data: b"\ndigraph org {" in data),
        ("chart.mmd", lambda data: b"flowchart" in data[:300]),
        ("chart.yaml", lambda data: b"format: techexec/" in data),
        ("chart.txt", lambda data: b"CEO" in data and b"\x1b[" not in data),
    ],
)
def test_the_extension_names_the_format(run, tmp_path, name, check):
    target = tmp_path / name
    assert run("org-tree", "-o", str(target)).exit_code == 0
    assert check(target.read_bytes())


@pytest.mark.skipif(shutil.which("dot") is None, reason="needs Graphviz")
def test_a_picture_goes_to_a_file_even_from_a_terminal_session(run, tmp_path):
    target = tmp_path / "chart.png"
    assert run("org-tree", "--highlight", "cto", "-o", str(target)).exit_code == 0
    assert target.read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize(
    ("args", "name", "words"),
    [
        (["show", "cto", "-f", "json"], "x.md", "disagree"),  # --format and the extension disagree
        (["show", "cto"], "x.png", "show cannot write"),  # show draws no picture
    ],
)
def test_a_format_the_file_cannot_hold_is_refused_before_any_work(run, tmp_path, args, name, words):
    target = tmp_path / name
    result = run(*args, "-o", str(target))
    assert result.exit_code == 2
    assert words in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not target.exists()


def test_an_unknown_extension_asks_for_format(run, tmp_path):
    result = run("show", "cto", "-o", str(tmp_path / "cto.xyz"))
    assert result.exit_code == 2 and "--format" in result.stderr
    assert run("show", "cto", "-o", str(tmp_path / "cto.xyz"), "-f", "markdown").exit_code == 0


def test_an_extension_of_a_format_the_command_lacks_does_not_suggest_format(run, tmp_path):
    """show cannot draw an SVG: --format would only contradict the name, so only the extensions are offered."""
    result = run("show", "cto", "-o", str(tmp_path / "cto.svg"))
    assert result.exit_code == 2 and ".md" in result.stderr and "--format" not in result.stderr


def test_dash_is_standard_output_not_a_file_named_dash(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("show", "cto", "-o", "-", "-f", "json")
    assert result.exit_code == 0 and result.stdout.startswith("{") and "Saved" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_failing_command_leaves_an_existing_file_untouched_and_no_stray_file(run, tmp_path):
    target = tmp_path / "cto.md"
    target.write_text("my notes\n")
    result = run("show", "no-such-role", "-o", str(target))
    assert result.exit_code == 2
    assert "Saved" not in result.stderr
    assert target.read_text() == "my notes\n"
    assert os.listdir(tmp_path) == ["cto.md"]


def test_no_match_writes_no_file(run, tmp_path):
    target = tmp_path / "none.md"
    assert run("list", "--isco", "9999", "-o", str(target)).exit_code == 1
    assert not target.exists()


def test_an_unwritable_folder_is_one_line_and_no_file(run, tmp_path):
    target = tmp_path / "missing" / "cto.md"
    result = run("show", "cto", "-o", str(target))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Cannot write {target}") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_every_extension_names_one_format_per_command():
    """Only .txt is shared (plain text where a command has it, else its terminal text); every other names one format."""
    from techexec.cli.formats import pick

    shared = {ext for f in FORMATS.values() for ext in f.extensions if sum(ext in g.extensions for g in FORMATS.values()) > 1}
    assert shared == {".txt"}
    for command, offered in COMMAND_FORMATS.items():
        for ext in {ext for name in offered for ext in FORMATS[name].extensions}:
            fmt, _ = pick(command, None, Path(f"x{ext}"))
            assert fmt in offered and ext in FORMATS[fmt].extensions
    assert all(name in FORMATS for names in COMMAND_FORMATS.values() for name in names)


def test_a_txt_file_is_plain_text_where_the_command_has_it(run, tmp_path):
    """One line per paragraph (it pastes into Word whole); --format text keeps the terminal's wrapped text."""
    assert run("show", "cto", "-o", str(tmp_path / "cto.txt")).exit_code == 0
    assert (tmp_path / "cto.txt").read_text(encoding="utf-8") == run("show", "cto", "-f", "plain").stdout
    assert run("show", "cto", "-f", "text", "-o", str(tmp_path / "wrapped.txt")).exit_code == 0
    assert (tmp_path / "wrapped.txt").read_text(encoding="utf-8") == run("show", "cto").stdout
    assert run("search", "security", "-o", str(tmp_path / "found.txt")).exit_code == 0
    assert (tmp_path / "found.txt").read_text(encoding="utf-8") == run("search", "security", "-f", "plain").stdout
