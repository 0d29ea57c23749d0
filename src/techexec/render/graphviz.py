"""Draw DOT as SVG or PNG with Graphviz's `dot` program, when it is installed.

Bounded: a chart with more boxes or lines than a slide can show is refused before `dot` runs
(with the numbers), `dot` gets TIMEOUT seconds ($TECHEXEC_GRAPHVIZ_TIMEOUT to change), and a
picture of no bytes is an error, never an empty file with exit code 0.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess

from techexec.errors import TechexecError

SLIDE = (20, 11.25)  # inches at 96 dpi: a 1920x1080 slide
DPI = 96
TIMEOUT = 30.0
MAX_BOXES = 400  # far beyond what a slide can show; Graphviz draws these in seconds (600 boxes and lines: 5 s)
MAX_LINES = 800
_NODE = re.compile(r"^\s*(?!graph\b|node\b|edge\b)[A-Za-z_]\w* \[", re.MULTILINE)


def draw(dot_source: str, fmt: str, scale: float = 1.0) -> bytes:
    """The picture in `fmt` (svg or png); a clear error if `dot` is missing, fails, hangs or draws nothing.

    A PNG is sized to fill a 1920x1080 slide (larger or smaller as it must), times `scale`:
    2 gives twice the pixels each way, for a 4K screen or print.
    """
    boxes, lines = len(_NODE.findall(dot_source)), dot_source.count("->")
    if boxes > MAX_BOXES or lines > MAX_LINES:
        raise TechexecError("chart_too_dense", boxes=boxes, lines=lines, max_boxes=MAX_BOXES, max_lines=MAX_LINES)
    program = shutil.which("dot")
    if program is None:
        raise TechexecError("graphviz_missing", fmt=fmt)
    sized = [f"-Gsize={SLIDE[0]},{SLIDE[1]}!", f"-Gdpi={DPI * scale:g}"] if fmt == "png" else []
    returncode, picture, errors = _run([program, f"-T{fmt}", *sized], dot_source.encode())
    if returncode != 0:
        lines_said = errors.decode(errors="replace").strip().splitlines()
        raise TechexecError("graphviz_failed", reason=(lines_said or ["no message"])[0])
    if not picture:
        raise TechexecError(
            "graphviz_failed", reason=f"it drew nothing (no {fmt} bytes); try --format dot or --format text"
        )
    return picture


def _run(command: list[str], source: bytes) -> tuple[int, bytes, bytes]:
    """Run `dot` in a session of its own, so that on timeout it and anything it started are ended."""
    seconds = _timeout()
    process = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        out, err = process.communicate(source, timeout=seconds)
    except BaseException as exc:  # the timeout, or Ctrl-C: never leave dot running
        _end(process)
        if isinstance(exc, subprocess.TimeoutExpired):
            raise TechexecError("graphviz_timeout", seconds=f"{seconds:g}") from None
        raise
    return process.returncode, out, err


def _end(process: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except OSError:
        process.kill()
    process.wait()


def _timeout() -> float:
    try:
        seconds = float(os.environ.get("TECHEXEC_GRAPHVIZ_TIMEOUT", TIMEOUT))
    except ValueError:
        return TIMEOUT
    return seconds if 0 < seconds < 3600 else TIMEOUT
