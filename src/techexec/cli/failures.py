"""How a failure reaches the user: one line on stderr in their language and an exit code, never a traceback."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import typer

from techexec.errors import TechexecError


@contextmanager
def handled(lang_option: str | None = None) -> Iterator[None]:
    """Word our errors in the language the user asked for (English if that is what failed)."""
    try:
        yield
    except TechexecError as exc:
        from techexec.language import wording
        from techexec.render.messages import word
        from techexec.safe_text import clean

        text = word(exc, wording(lang_option, os.environ))
        sys.stderr.write(clean(text) + "\n")  # messages may quote what the user typed or the data held
        raise typer.Exit(exc.exit_code) from None
