"""The commands as the app registers them, so the tests that go over every command follow the app."""

from __future__ import annotations

from typer.main import get_command

from techexec.cli.app import app
from techexec.cli.commands import FOLDERS

COMMANDS: list[str] = list(get_command(app).commands)  # in the order --help lists them
WRITES_OR_READS_FOLDERS = set(FOLDERS)  # their examples need the user's own folder
