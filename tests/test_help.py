"""Every command's --help teaches with real examples, and those examples work."""

from __future__ import annotations

import shlex

import pytest

from app_commands import COMMANDS, WRITES_OR_READS_FOLDERS


def examples(run, command: str) -> list[str]:
    text = run(command, "--help").stdout
    assert "Examples:" in text, command
    block = text.split("Examples:", 1)[1].split("\n\n", 1)[0]
    return [line.strip() for line in block.splitlines() if line.strip().startswith("techexec ")]


@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_examples(run, command):
    assert len(examples(run, command)) >= 1


@pytest.mark.parametrize("command", [c for c in COMMANDS if c not in WRITES_OR_READS_FOLDERS])
def test_examples_run(run, command, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # an example that saves a file saves it here
    found = examples(run, command)
    assert len(found) >= 2
    for example in found:
        words = shlex.split(example)[1:]
        result = run(*words)
        assert result.exit_code == 0, (example, result.stderr)
        if "-o" in words:  # a saved file: said on stderr, nothing on stdout, the file read back elsewhere
            saved = tmp_path / words[words.index("-o") + 1]
            assert result.stderr == f"Saved to {saved.name}\n" and saved.stat().st_size > 0 and not result.stdout
        else:
            assert result.stdout


def test_unknown_option_names_the_closest(run):
    result = run("show", "cto", "--lng", "nl")
    assert result.exit_code == 2
    assert "No such option: --lng" in result.stderr
    assert "--lang" in result.stderr
