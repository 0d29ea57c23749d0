"""Rewrite every stored whole output from the program itself: the one regenerator.

- README.md: the output under each `$ techexec ...` block (80 columns, no colour), from the bundled data;
- docs/*.svg: the pictures the README shows, from the bundled data;
- tests/golden/: the golden files, rendered from the test data (tests/fixtures/data).

Tests fail when any of these is out of date (tests/test_docs.py, tests/test_golden.py, tests/test_exports.py).
Run after a change of output or of data, then read the diff: python tools/regenerate.py
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]
README = ROOT / "README.md"
DOCS = ROOT / "docs"
ENV = {"COLUMNS": "80", "NO_COLOR": "1", "TECHEXEC_LANG": None, "LANGUAGE": None, "LANG": None, "TECHEXEC_DATA": None}
PICTURES = {
    "org-chart.svg": (["org-tree", "--highlight", "cto", "--format", "svg"], None),
    "compare-cio-cto.svg": (["compare", "cio", "cto", "--export-svg"], "100"),
}


def readme(text: str) -> str:
    """The README with the output under each `$ techexec ...` block made current."""
    from typer.testing import CliRunner

    from techexec.cli.app import app

    def output(command: str) -> str:
        return CliRunner().invoke(app, shlex.split(command), env=ENV, prog_name="techexec").stdout

    return re.sub(
        r"(```console\n\$ techexec (.*?)\n)(.*?)(```)",
        lambda m: m.group(1) + output(m.group(2)) + m.group(4),
        text,
        flags=re.S,
    )


def picture(name: str, folder: Path) -> Path:
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


def goldens() -> None:
    """Let the golden tests write what they render (they compare otherwise)."""
    env = {**os.environ, "TECHEXEC_UPDATE_GOLDEN": "1"}
    tests = ["tests/test_golden.py", "tests/test_exports.py::test_graph_sources_match_golden_files"]
    subprocess.run([sys.executable, "-m", "pytest", "-q", *tests], cwd=ROOT, env=env, check=True)


def main() -> None:
    README.write_text(readme(README.read_text(encoding="utf-8")), encoding="utf-8")
    for name in PICTURES:
        print(picture(name, DOCS))
    goldens()


if __name__ == "__main__":
    main()
