"""Shell completion, exercised through a real bash with the script Typer generates."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import tools

EXE = Path(sys.executable).with_name("techexec")


@pytest.fixture(autouse=True)
def _bash_and_techexec() -> None:
    """Real shells and the installed program: skipped locally without them, a failure in CI."""
    tools.require("bash", shutil.which("bash"))
    tools.require("the installed techexec program", str(EXE) if EXE.exists() else None)


def complete(line: str) -> list[str]:
    """What bash offers after typing `line` and pressing Tab."""
    words = line.split(" ")
    script = f"""
        eval "$(_TECHEXEC_COMPLETE=source_bash {EXE})"
        COMP_WORDS=({" ".join(repr(w) for w in words)})
        COMP_CWORD={len(words) - 1}
        _techexec_completion {EXE}
        printf '%s\\n' "${{COMPREPLY[@]}}"
    """
    env = {k: v for k, v in os.environ.items() if k not in ("TECHEXEC_DATA", "TECHEXEC_LANG")}
    result = subprocess.run(["bash", "--norc", "-c", script], capture_output=True, text=True, env=env, check=True)
    return [line for line in result.stdout.splitlines() if line]


def test_commands():
    assert complete("techexec s") == ["show", "search"]


def test_role_ids_and_one_word_aliases():
    article, related = (
        ["cdo", "ceo", "cio", "ciso", "cso", "cto"],
        ["chief-data-officer", "cpo", "chief-strategy-officer"],
    )
    assert complete("techexec show c") == [*article, *related]  # the article's roles first
    assert complete("techexec show info") == ["informatiedirecteur"]
    assert complete("techexec show IT") == ["IT-directeur"]  # one alias of two roles, offered once
    assert complete("techexec show it-") == ["it-directeur"]  # as typed: lookups ignore case
    assert complete("techexec show technisch") == []  # 'technisch directeur' has a space: not offered


def test_roles_for_compare_and_highlight():
    assert complete("techexec compare cio ct") == ["cto"]
    assert complete("techexec org-tree --highlight ci") == ["cio", "ciso"]


def test_variants_and_languages():
    assert complete("techexec org-tree --variant ") == ["ceo-both", "cto-under-cio", "merged"]
    assert complete("techexec list --lang ") == ["en", "nl"]


def test_options():
    assert "--sources" in complete("techexec show cto --")


CASES = [
    "techexec show ",
    "techexec show c",
    "techexec show C",
    "techexec show it-",
    "techexec compare cio c",
    "techexec compare --sources cio ",
    "techexec show --lang nl c",
    "techexec org-tree --variant ",
    "techexec org-tree --variant m",
    "techexec org-tree -v c",
    "techexec org-tree --highlight ci",
    "techexec list --lang ",
    "techexec search --lang n",
    "techexec show cto c",
    "techexec show --format ",
    "techexec show --data ",
    "techexec s",
    "techexec compare cio 'ct",
]


def raw(line: str, slow: bool) -> str:
    """The completion program's own output, through the fast path or forced through Typer."""
    words = line.split(" ")
    env = {
        **{k: v for k, v in os.environ.items() if k != "TECHEXEC_DATA"},
        "_TECHEXEC_COMPLETE": "complete_bash",
        "COMP_WORDS": line,
        "COMP_CWORD": str(len(words) - 1),
    }
    if slow:
        env["TECHEXEC_SLOW_COMPLETION"] = "1"
    return subprocess.run([str(EXE)], capture_output=True, text=True, env=env, check=True).stdout


# Option names come from Typer on both paths, in an order that varies between runs; not compared.
@pytest.mark.parametrize("line", CASES)
def test_fast_path_answers_exactly_like_typer(line):
    assert raw(line, slow=False) == raw(line, slow=True)
