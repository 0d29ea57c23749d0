"""The program as a whole: overview, version, errors and languages."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app_commands import COMMANDS
from techexec import __version__


def test_no_arguments_prints_an_overview(run):
    result = run()
    assert result.exit_code == 0
    for command in COMMANDS:
        assert f"  {command} " in result.stdout


def test_version(run):
    assert run("--version").stdout == f"techexec {__version__}\n"


def test_python_dash_m():
    result = subprocess.run(
        [sys.executable, "-m", "techexec", "show", "cso"], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("CSO — Chief Security Officer")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "ctoo"], "Unknown role 'ctoo'. Did you mean: cto?\n"),
        (
            ["show", "zzz"],
            "Unknown role 'zzz'. Known roles: cdo, ceo, cio, ciso, cso, cto. "
            "Related, not from the article: chief-data-officer, chief-strategy-officer, cpo, vpe.\n",
        ),
        (["compare", "cio", "cfo"], "Unknown role 'cfo'. Did you mean: cto, cso, cpo?\n"),
        (
            ["org-tree", "--structure", "merge"],
            "Unknown structure 'merge'. Did you mean: merged? Structures: ceo-both, cto-under-cio, merged.\n",
        ),
        (["org-tree", "--highlight", "cxo"], "Unknown role 'cxo'. Did you mean: cto, cso, cpo?\n"),
        (["show", "cto", "--lang", "fr"], "Unknown language 'fr'. Choose one of: en, nl.\n"),
        (
            ["show", "IT director"],
            "Role name 'IT director' is ambiguous: it can mean cio (Chief Information Officer) or cto (Chief Technology Officer). Use one of these ids.\n",
        ),
    ],
)
def test_bad_input_is_one_line_and_exit_2(run, args, message):
    result = run(*args)
    assert (result.stderr, result.exit_code, result.stdout) == (message, 2, "")


@pytest.mark.parametrize(
    ("env", "heading"),
    [
        ({"TECHEXEC_LANG": "nl"}, "Rapportagelijn"),
        ({"LANG": "nl_NL.UTF-8"}, "Rapportagelijn"),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "nl:en"}, "Rapportagelijn"),
        ({"LANGUAGE": "nl"}, "Reporting line"),  # LANGUAGE counts only when LANG is set
        ({"LANG": "C", "LANGUAGE": "nl"}, "Reporting line"),
        ({"LANG": "fr_FR.UTF-8"}, "Reporting line"),
        ({"TECHEXEC_LANG": "de", "LANG": "nl_BE.UTF-8"}, "Rapportagelijn"),
    ],
)
def test_language_from_the_environment(run, env, heading):
    assert heading in run("show", "cto", env=env).stdout


def test_lang_option_beats_environment(run):
    assert "Reporting line" in run("show", "cto", "--lang", "en", env={"TECHEXEC_LANG": "nl"}).stdout


def test_broken_pipe_is_one_line_never_a_traceback(tmp_path):
    script = f"{sys.executable} -m techexec list | head -1"
    result = subprocess.run(["bash", "-c", "set -o pipefail; " + script], capture_output=True, text=True)
    assert result.stdout.startswith("CEO")
    assert result.stderr in ("", "Output stopped early: the program reading it (such as head) closed the pipe.\n")
