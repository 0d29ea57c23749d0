"""A command line that forgives: 'vs' between roles, names in words without quotes, a role typed as a command."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def techexec(*args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    """The installed program as a user starts it (the role-as-command hint lives before the app)."""
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LANGUAGE", "TECHEXEC_DATA")}
    env |= {"TECHEXEC_LANG": lang, "NO_COLOR": "1", "COLUMNS": "80"}
    return subprocess.run(
        [sys.executable, "-m", "techexec", *args], capture_output=True, text=True, env=env, timeout=60
    )


@pytest.mark.parametrize("word", ["vs", "vs.", "versus", "and", "en", "VS"])
def test_compare_reads_a_word_between_two_roles_as_versus(run, word):
    result = run("compare", "cto", word, "cio", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert '"cto"' in result.stdout and '"cio"' in result.stdout
    assert "Unknown role" not in result.stderr


def test_compare_with_vs_says_the_same_as_without(run):
    assert run("compare", "cto", "vs", "cio").stdout == run("compare", "cto", "cio").stdout


def test_a_role_name_in_words_without_quotes_is_found(run):
    result = run("show", "chief", "data", "officer")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("CDO — Chief Data Officer")


def test_compare_groups_words_into_role_names(run):
    result = run("compare", "chief", "information", "officer", "vs", "chief", "technology", "officer")
    assert result.exit_code == 0, result.stderr
    assert "Comparing: CIO vs CTO" in result.stdout


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "show explains one role; to put 'cto' and 'cio' side by side: techexec compare cto cio"),
        ("nl", "show legt één rol uit; om 'cto' en 'cio' naast elkaar te zetten: techexec compare cto cio"),
    ],
)
def test_show_with_two_roles_points_to_compare(run, lang, expected):
    result = run("show", "cto", "cio", env={"TECHEXEC_LANG": lang})
    assert result.exit_code == 2
    assert result.stderr.strip() == expected


def test_words_that_name_no_role_are_still_unknown(run):
    result = run("show", "chief", "banana", "officer")
    assert result.exit_code == 2
    assert "Unknown role 'chief'" in result.stderr


@pytest.mark.parametrize(
    ("args", "lang", "expected"),
    [
        (["cso"], "en", "'cso' is not a command but names a role: did you mean techexec show cso?"),
        (["cso"], "nl", "'cso' is geen opdracht maar noemt een rol: bedoelde u techexec show cso?"),
        (["cio", "cto"], "en", "'cio cto' is not a command but names roles: did you mean techexec compare cio cto?"),
        (
            ["cio", "cto", "--sources"],
            "nl",
            "'cio cto' is geen opdracht maar noemt rollen: bedoelde u techexec compare cio cto --sources?",
        ),
        (
            ["chief", "data", "officer"],
            "en",
            "'chief data officer' is not a command but names a role: did you mean techexec show chief-data-officer?",
        ),
    ],
)
def test_a_role_typed_as_a_command_suggests_the_command(args, lang, expected):
    result = techexec(*args, lang=lang)
    assert result.returncode == 2
    assert result.stderr.strip() == expected
    assert result.stdout == ""


def test_an_unknown_command_that_names_no_role_is_still_no_such_command():
    result = techexec("frobnicate")
    assert result.returncode == 2
    assert "No such command 'frobnicate'" in result.stderr
