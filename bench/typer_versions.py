"""Why typer is pinned below 0.29: a minimal Typer + Rich app, timed with each version.

Run: python bench/typer_versions.py [VERSION ...]   (default: 0.28.0 0.29.2)
Creates a throwaway virtual environment per version (needs the package index) and prints the
median wall time of 21 alternating runs of the same two-command app, and whether the run
imported pydantic.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

APP = """
import sys
import typer
app = typer.Typer()
@app.command()
def show(role: str, lang: str = "en") -> None:
    from rich.console import Console
    Console().print(role)
@app.command()
def other() -> None:
    pass
try:
    app(["show", "cto"])
except SystemExit:
    pass
print("pydantic" in sys.modules, file=sys.stderr)
"""


def main() -> None:
    versions = sys.argv[1:] or ["0.28.0", "0.29.2"]
    with tempfile.TemporaryDirectory() as tmp:
        app = Path(tmp, "app.py")
        app.write_text(APP)
        pythons = {}
        for version in versions:
            venv = Path(tmp, version)
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
            subprocess.run(
                [venv / "bin/pip", "install", "-q", f"typer=={version}", "rich"], check=True, capture_output=True
            )
            pythons[version] = str(venv / "bin/python")
        times: dict[str, list[float]] = {v: [] for v in versions}
        for _ in range(21):
            for version, python in pythons.items():
                started = time.perf_counter()
                subprocess.run([python, str(app)], check=True, capture_output=True)
                times[version].append(time.perf_counter() - started)
        print("| typer | median ms | imports pydantic |\n|---|---:|---|")
        for version, python in pythons.items():
            pydantic = subprocess.run([python, str(app)], capture_output=True, text=True).stderr.strip()
            print(f"| {version} | {statistics.median(times[version]) * 1000:.0f} | {pydantic} |")


if __name__ == "__main__":
    main()
