"""The `techexec` program: Tab completion of names is answered before the CLI (Typer, Rich) is imported."""

from __future__ import annotations

import os
import sys


def main() -> None:
    """Answer a bash completion request for a role, structure or language directly; else run the CLI."""
    if os.environ.get("_TECHEXEC_COMPLETE") == "complete_bash" and not os.environ.get("TECHEXEC_SLOW_COMPLETION"):
        from techexec.cli.fast_completion import complete_bash

        values = complete_bash(os.environ.get("COMP_WORDS", ""), os.environ.get("COMP_CWORD", ""))
        if values is not None:
            sys.stdout.write("\n".join(values) + "\n")
            return
    from techexec.cli.app import main as run_cli

    run_cli()
