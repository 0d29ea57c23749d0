"""Draw DOT as SVG with Graphviz's `dot` program, when it is installed."""

from __future__ import annotations

import shutil
import subprocess

from techexec.errors import TechexecError

INSTALL = "install Graphviz (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz) or use --format dot"


def svg(dot_source: str) -> str:
    """The picture as SVG text; a clear error if `dot` is missing or fails."""
    program = shutil.which("dot")
    if program is None:
        raise TechexecError(f"--format svg needs Graphviz's 'dot' program, which is not on PATH: {INSTALL}.")
    result = subprocess.run([program, "-Tsvg"], input=dot_source, capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        first = (result.stderr.strip().splitlines() or ["no message"])[0]
        raise TechexecError(f"Graphviz 'dot' failed: {first}")
    return result.stdout
