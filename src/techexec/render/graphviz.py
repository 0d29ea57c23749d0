"""Draw DOT as SVG or PNG with Graphviz's `dot` program, when it is installed."""

from __future__ import annotations

import shutil
import subprocess

from techexec.errors import TechexecError


def draw(dot_source: str, fmt: str) -> bytes:
    """The picture in `fmt` (svg or png); a clear error if `dot` is missing or fails."""
    program = shutil.which("dot")
    if program is None:
        raise TechexecError("graphviz_missing", fmt=fmt)
    result = subprocess.run([program, f"-T{fmt}"], input=dot_source.encode(), capture_output=True, timeout=60)
    if result.returncode != 0:
        lines = result.stderr.decode(errors="replace").strip().splitlines()
        raise TechexecError("graphviz_failed", reason=(lines or ["no message"])[0])
    return result.stdout
