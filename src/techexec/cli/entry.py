"""The `techexec` program: Tab completion of names is answered before the CLI (Typer, Rich) is imported."""

from __future__ import annotations

import os
import sys


def main() -> None:
    """Answer a completion request for a role, structure or language directly; else run the CLI."""
    if os.environ.get("_TECHEXEC_COMPLETE", "").startswith("complete_") and not os.environ.get(
        "TECHEXEC_SLOW_COMPLETION"
    ):
        from techexec.cli.fast_completion import complete

        answer = complete(os.environ)
        if answer is not None:
            sys.stdout.write(answer.output)
            sys.exit(answer.exit_code)
    from techexec.cli.app import run

    run()
