"""The README shows real output: every `$ techexec ...` block must match what the command prints."""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

import pytest

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
DOCS = Path(__file__).parents[1] / "docs"
BLOCKS = re.findall(r"```console\n\$ techexec (.*?)\n(.*?)```", README, flags=re.S)


def test_readme_has_examples():
    assert [cmd for cmd, _ in BLOCKS] == ["show cto", "compare cio cto", "org-tree"]


@pytest.mark.parametrize(("command", "shown"), BLOCKS, ids=[c for c, _ in BLOCKS])
def test_readme_output_is_current(run, command, shown):
    assert run(*shlex.split(command)).stdout == shown


@pytest.mark.parametrize("name", ["org-chart.svg", "compare-cio-cto.svg"])
def test_readme_pictures_are_current(tmp_path, name):
    import tools

    sys.path.insert(0, str(DOCS))
    from pictures import render

    tools.dot()
    fresh = render(name, tmp_path).read_bytes()
    assert fresh == (DOCS / name).read_bytes(), f"docs/{name} is out of date: run python docs/pictures.py"
    assert f"docs/{name}" in README
