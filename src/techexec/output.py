"""Send a command's result to stdout in the chosen format."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from techexec.render_rich import Writer
    from techexec.session import Session


class Format(StrEnum):
    text = "text"
    json = "json"


def emit(
    fmt: Format,
    session: Session,
    doc: Callable[[], dict[str, Any]],
    draw: Callable[[Writer], None],
    sources: bool = False,
) -> None:
    """Structured formats get the document; text gets drawn with Rich (imported only then)."""
    if fmt is Format.json:
        sys.stdout.write(json.dumps(doc(), ensure_ascii=False, indent=2) + "\n")
        return
    from techexec.render_rich import Writer, make_console

    draw(Writer(make_console(), session.data, session.lang, sources))
