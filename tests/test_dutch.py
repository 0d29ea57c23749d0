"""Under --lang nl (or a Dutch environment) everything techexec itself says is Dutch, errors included."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "ctoo"], "Onbekende rol 'ctoo'. Bedoelde u: cto?\n"),
        (
            ["show", "zzz"],
            "Onbekende rol 'zzz'. Bekende rollen: cdo, ceo, cio, ciso, cso, cto."
            " Verwant, niet uit het artikel: chief-data-officer, chief-strategy-officer, cpo, vpe.\n",
        ),
        (["compare", "cio", "cfo"], "Onbekende rol 'cfo'. Bedoelde u: cto, cso, cpo?\n"),
        (
            ["show", "IT director"],
            "De rolnaam 'IT director' is niet eenduidig: het kan gaan om cio (Chief Information Officer) "
            "of cto (Chief Technology Officer). Gebruik een van deze id's.\n",
        ),
        (
            ["org-tree", "--structure", "merge"],
            "Onbekende structuur 'merge'. Bedoelde u: merged? Structuren: ceo-both, cto-under-cio, merged.\n",
        ),
        (
            ["show"],
            "Welke rol? Geef er een op, bijvoorbeeld: techexec show cto. "
            "Bekende rollen: cdo, ceo, cio, ciso, cso, cto."
            " Verwant, niet uit het artikel: chief-data-officer, chief-strategy-officer, cpo, vpe.\n",
        ),
        (
            ["compare", "cio"],
            "Geef minstens twee rollen op om te vergelijken, bijvoorbeeld: techexec compare cio cto. "
            "Bekende rollen: cdo, ceo, cio, ciso, cso, cto."
            " Verwant, niet uit het artikel: chief-data-officer, chief-strategy-officer, cpo, vpe.\n",
        ),
        (
            ["compare", "cto", "technisch directeur"],
            "'cto' en 'technisch directeur' zijn één en dezelfde rol, cto (Chief Technology Officer): er valt niets te vergelijken. "
            "Noem een andere rol, of bekijk deze met: techexec show cto\n",
        ),
        (["list", "--data", "/nonexistent/our-org"], "Gegevensmap '/nonexistent/our-org' bestaat niet.\n"),
        (
            ["show", "cto", "-f", "json", "--export-svg", "cto.svg"],
            "--export-svg en --export-html slaan de tekstweergave op; laat --format weg of gebruik --format text.\n",
        ),
    ],
)
def test_errors_and_suggestions_in_dutch(run, args, message):
    result = run(*args, "--lang", "nl")
    assert (result.stderr, result.exit_code, result.stdout) == (message, 2, "")


def test_an_unknown_language_is_worded_in_the_language_of_the_environment(run):
    result = run("show", "cto", "--lang", "fr", env={"TECHEXEC_LANG": "nl"})
    assert (result.stderr, result.exit_code) == ("Onbekende taal 'fr'. Kies uit: en, nl.\n", 2)


def test_a_dutch_environment_is_enough(run):
    result = run("show", "ctoo", env={"LANG": "nl_NL.UTF-8"})
    assert result.stderr == "Onbekende rol 'ctoo'. Bedoelde u: cto?\n"


def test_command_line_usage_errors_stay_in_english(run):
    """Click reports these before techexec runs; the README says so."""
    result = run("show", "cto", "--lang", "nl", "--format", "pdf")
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in result.stderr
