"""The user's environment failing (full disk, closed output, a poor encoding, an unwritable path):
one plain line naming the path and the cause, exit code 1, never 'internal error'. Real program, real fds."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

EXE = [sys.executable, "-m", "techexec"]
pytestmark = pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")


def run(*args: str, stdout=None, env: dict[str, str] | None = None, **kwargs) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "LANG": "C.UTF-8", "NO_COLOR": "1", **(env or {})}
    environment.pop("TECHEXEC_LANG", None)
    return subprocess.run(
        [*EXE, *args], stdout=stdout, stderr=subprocess.PIPE, text=True, env=environment, check=False, **kwargs
    )


def assert_one_plain_line(result: subprocess.CompletedProcess[str], *expected: str) -> None:
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "internal error" not in result.stderr and "Exception ignored" not in result.stderr
    for text in expected:
        assert text in lines[0]
    assert result.returncode == 1


@pytest.mark.parametrize("args", [["show", "cto"], ["org-tree", "-f", "json"], ["--help"], ["validate"]])
def test_a_full_disk(args):
    with open("/dev/full", "w") as full:
        result = run(*args, stdout=full)
    assert_one_plain_line(result, "/dev/full", "No space left on device")


def test_an_encoding_that_cannot_show_the_text():
    result = run("org-tree", stdout=subprocess.DEVNULL, env={"PYTHONIOENCODING": "ascii"})
    assert_one_plain_line(result, "'ascii'", "U+", "PYTHONIOENCODING=utf-8")


def test_a_closed_stdout():
    result = run("show", "cto", "-f", "json", pass_fds=(), preexec_fn=lambda: os.close(1))
    assert_one_plain_line(result, "standard output is closed")


def test_a_reader_that_stops_reading_gets_one_plain_line():
    """`| head -0`: the output was cut short, which the user is told in one line, exit 1."""
    proc = subprocess.Popen([*EXE, "compare", "cio", "cto"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    proc.stdout.close()  # before the program writes anything
    _, err = proc.communicate()
    assert err.decode() == "Output stopped early: the program reading it (such as head) closed the pipe.\n"
    assert proc.returncode == 1


@pytest.mark.parametrize(
    ("option", "path", "cause"),
    [("--export-html", "/dev/full", "No space left on device"), ("--export-svg", "/no/such/dir/x.svg", "No such file")],
)
def test_an_export_path_that_cannot_be_written(option, path, cause):
    result = run("show", "cto", option, path, stdout=subprocess.DEVNULL)
    assert_one_plain_line(result, f"Cannot write {path}", cause)
