"""Rewrite the output shown under each `$ techexec ...` block of README.md with what the command prints now.

The same 80 columns and no colour as tests/test_docs.py, which fails until this has been run.
Usage: python tools/refresh_readme.py
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from typer.testing import CliRunner

from techexec.cli.app import app

README = Path(__file__).parents[1] / "README.md"
ENV = {"COLUMNS": "80", "NO_COLOR": "1", "TECHEXEC_LANG": None, "LANGUAGE": None, "LANG": None, "TECHEXEC_DATA": None}


def output(command: str) -> str:
    return CliRunner().invoke(app, shlex.split(command), env=ENV, prog_name="techexec").stdout


def main() -> None:
    text = README.read_text(encoding="utf-8")
    fresh = re.sub(
        r"(```console\n\$ techexec (.*?)\n)(.*?)(```)",
        lambda m: m.group(1) + output(m.group(2)) + m.group(4),
        text,
        flags=re.S,
    )
    README.write_text(fresh, encoding="utf-8")


if __name__ == "__main__":
    main()
