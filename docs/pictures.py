"""Regenerate the pictures the README shows, with techexec itself.

Run: python docs/pictures.py   (tests/test_docs.py fails when the committed files are out of date)
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
PICTURES = {
    "org-chart.svg": (["org-tree", "--highlight", "cto", "--format", "svg"], None),
    "compare-cio-cto.svg": (["compare", "cio", "cto", "--export-svg"], "100"),
}


def render(name: str, folder: Path) -> Path:
    """Write picture `name` into `folder` and return its path."""
    args, width = PICTURES[name]
    target = folder / name
    env = {**os.environ, "COLUMNS": width or "80", "TECHEXEC_LANG": "en"}
    env.pop("NO_COLOR", None)
    command = [sys.executable, "-m", "techexec", *args]
    if args[-1] == "--export-svg":
        subprocess.run([*command, str(target)], check=True, env=env, stdout=subprocess.DEVNULL)
    else:
        target.write_bytes(subprocess.run(command, check=True, env=env, capture_output=True).stdout)
    return target


if __name__ == "__main__":
    for picture in PICTURES:
        print(render(picture, HERE))
