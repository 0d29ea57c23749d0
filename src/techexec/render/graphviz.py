"""Draw DOT as SVG with Graphviz's `dot` program, when it is installed."""

from __future__ import annotations

import shutil
import subprocess

from techexec.errors import TechexecError


def svg(dot_source: str) -> str:
    """The picture as SVG text; a clear error if `dot` is missing or fails."""
    program = shutil.which("dot")
    if program is None:
        raise TechexecError("graphviz_missing")
    result = subprocess.run([program, "-Tsvg"], input=dot_source, capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        first = (result.stderr.strip().splitlines() or ["no message"])[0]
        raise TechexecError("graphviz_failed", reason=first)
    return result.stdout
