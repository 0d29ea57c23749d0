"""Draw DOT as SVG or PNG with Graphviz's `dot` program, when it is installed."""

from __future__ import annotations

import shutil
import subprocess

from techexec.errors import TechexecError

SLIDE = (20, 11.25)  # inches at 96 dpi: a 1920x1080 slide
DPI = 96


def draw(dot_source: str, fmt: str, scale: float = 1.0) -> bytes:
    """The picture in `fmt` (svg or png); a clear error if `dot` is missing or fails.

    A PNG is sized to fill a 1920x1080 slide (larger or smaller as it must), times `scale`:
    2 gives twice the pixels each way, for a 4K screen or print.
    """
    program = shutil.which("dot")
    if program is None:
        raise TechexecError("graphviz_missing", fmt=fmt)
    sized = [f"-Gsize={SLIDE[0]},{SLIDE[1]}!", f"-Gdpi={DPI * scale:g}"] if fmt == "png" else []
    result = subprocess.run([program, f"-T{fmt}", *sized], input=dot_source.encode(), capture_output=True, timeout=60)
    if result.returncode != 0:
        lines = result.stderr.decode(errors="replace").strip().splitlines()
        raise TechexecError("graphviz_failed", reason=(lines or ["no message"])[0])
    return result.stdout
