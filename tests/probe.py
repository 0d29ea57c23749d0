"""Runs the program as the `techexec` script does, then notes (in a file, so stdout stays the answer's)
which way the answer came: worked out through Typer or without it (cli/direct.py), Tab answered from the
names index, or anything served from the cache."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from techexec.cli import fast_answer

PROBE = """
import os, sys
sys.argv = ["techexec", *sys.argv[1:]]
from techexec.cli.entry import main
try:
    main()
except SystemExit as done:
    code = done.code
if "techexec.cli.running" in sys.modules:
    way = "typer" if "typer" in sys.modules else "direct"
else:
    way = "completed" if "techexec.cli.fast_completion" in sys.modules else "cached"
with open(os.environ["PROBE_NOTE"], "w") as note:
    note.write(way)
sys.exit(code)
"""


class Ran:
    """What one run said, and which way its answer came (`way`); `path`: 'normal' for either way of working it out."""

    def __init__(self, out: bytes, err: bytes, code: int, way: str) -> None:
        self.out, self.err, self.code, self.way = out, err, code, way
        self.path = "normal" if way in ("typer", "direct") else way

    def said(self) -> tuple[bytes, bytes, int]:
        return self.out, self.err, self.code


def plain_env(cache: Path, note: Path) -> dict[str, str]:
    """This environment without anything that is part of an answer's key, then a fixed, plain one."""
    base = {k: v for k, v in os.environ.items() if not fast_answer.covers(k)}
    base.update(TECHEXEC_CACHE_DIR=str(cache), PROBE_NOTE=str(note), TECHEXEC_LANG="en", NO_COLOR="1", COLUMNS="80")
    base["PYTHONPATH"] = os.environ.get("PYTHONPATH", "")
    return base


def probe(args: tuple[str, ...], env: dict[str, str], note: Path) -> Ran:
    """Run techexec with `args` (stdin empty, stdout and stderr piped) and note which way it answered."""
    command = [sys.executable, "-c", PROBE, *args]
    done = subprocess.run(command, capture_output=True, env=env, check=False, stdin=subprocess.DEVNULL)
    return Ran(done.stdout, done.stderr, done.returncode, note.read_text())
