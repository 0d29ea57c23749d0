"""Long output on a terminal goes through a pager; never when piped, exported, or turned off."""

from __future__ import annotations

import fcntl
import os
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest


def in_terminal(args: list[str], env: dict[str, str], rows: int = 24, columns: int = 80) -> str:
    """Run techexec with a pseudo-terminal of rows x columns as its screen; what the screen showed."""
    main, screen = os.openpty()
    fcntl.ioctl(screen, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    clean = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "PAGER", "TECHEXEC_PAGER")}
    process = subprocess.Popen(
        [sys.executable, "-m", "techexec", *args],
        stdin=screen,
        stdout=screen,
        stderr=screen,
        env={**clean, "TERM": "xterm", "NO_COLOR": "1", "TECHEXEC_LANG": "en", **env},
        start_new_session=True,
    )
    os.close(screen)
    shown = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the screen is gone: the program has ended
            break
        if not chunk:
            break
        shown += chunk
    process.wait()
    os.close(main)
    return shown.decode(errors="replace").replace("\r\n", "\n")


@pytest.fixture
def pager(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """A pager that files what it is given, so a test can see whether it ran and with what."""
    paged = tmp_path / "paged.txt"
    return {"TECHEXEC_PAGER": f"cat > '{paged}'"}, paged


def test_output_taller_than_the_screen_goes_through_the_pager(pager):
    env, paged = pager
    shown = in_terminal(["show", "cto"], env, rows=24)
    assert "How the role is changing" in paged.read_text()
    assert "How the role is changing" not in shown


def test_output_that_fits_the_screen_is_printed(pager):
    env, paged = pager
    assert "How the role is changing" in in_terminal(["show", "cto"], env, rows=200)
    assert not paged.exists()


@pytest.mark.parametrize(
    ("args", "extra"),
    [
        (["--no-pager"], {}),
        ([], {"TECHEXEC_PAGER": "cat"}),
        ([], {"TECHEXEC_PAGER": ""}),
    ],
    ids=["--no-pager", "TECHEXEC_PAGER=cat", "TECHEXEC_PAGER="],
)
def test_paging_turned_off(pager, args, extra):
    env, paged = pager
    assert "How the role is changing" in in_terminal(["show", "cto", *args], {**env, **extra})
    assert not paged.exists()


def test_pager_variable_names_the_pager_when_techexec_pager_is_unset(tmp_path):
    paged = tmp_path / "paged.txt"
    in_terminal(["compare", "cio", "cto"], {"PAGER": f"cat > '{paged}'"})
    assert "Responsibilities" in paged.read_text()


def test_piped_or_exported_output_never_pages(pager, tmp_path):
    env, paged = pager
    piped = subprocess.run(
        [sys.executable, "-m", "techexec", "show", "cto"],
        capture_output=True,
        text=True,
        env={**os.environ, **env, "LINES": "10"},
        check=True,
    )
    assert "How the role is changing" in piped.stdout
    in_terminal(["show", "cto", "--export-html", str(tmp_path / "cto.html")], env)
    assert not paged.exists()


def test_a_missing_pager_program_still_shows_the_text():
    shown = in_terminal(["show", "cto"], {"TECHEXEC_PAGER": "no-such-pager-anywhere"})
    assert "How the role is changing" in shown


def test_png_is_not_poured_onto_a_terminal():
    shown = in_terminal(["org-tree", "--format", "png"], {})
    assert "--format png writes a file, not text" in shown
    assert "PNG" not in shown


@pytest.mark.parametrize(("given", "expected"), [({}, "utf-8"), ({"LESSCHARSET": "latin1"}, "latin1")])
def test_the_pager_is_told_the_text_is_utf8_unless_the_user_said_otherwise(tmp_path, given, expected):
    """A LANG naming a locale the machine lacks makes less show <E2><80><94> for a dash."""
    seen = tmp_path / "charset.txt"
    env = {"TECHEXEC_PAGER": f"printf %s \"$LESSCHARSET\" > '{seen}'; cat > /dev/null", "LANG": "nl_NL.UTF-8", **given}
    in_terminal(["show", "cto"], env, rows=24)
    assert seen.read_text() == expected
