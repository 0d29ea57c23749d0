"""External programs the export tests feed output to: found, or skipped locally and failed in CI."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def require(name: str, path: str | None) -> str:
    """The program's path; without it a local run skips with the reason, and CI (CI=true) fails."""
    if path:
        return path
    message = f"{name} is not installed (.ci/run installs it)"
    if os.environ.get("CI"):
        pytest.fail(message + "; in CI no export test may skip")
    pytest.skip(message)


def dot() -> str:
    return require("Graphviz 'dot'", shutil.which("dot"))


def jq() -> str:
    return require("jq", shutil.which("jq"))


def chromium() -> str:
    return require("chromium", shutil.which("chromium") or shutil.which("chromium-browser"))


def mmdc() -> str:
    local = ROOT / ".tools" / "node_modules" / ".bin" / "mmdc"
    return require(
        "mermaid-cli (mmdc)",
        os.environ.get("TECHEXEC_MMDC") or (str(local) if local.exists() else shutil.which("mmdc")),
    )


def render_mermaid(source: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    """Run the real Mermaid renderer (mermaid-cli driving Debian's Chromium) on `source`."""
    config = tmp / "puppeteer.json"
    config.write_text(json.dumps({"executablePath": chromium(), "args": CHROMIUM_FLAGS}))
    (tmp / "chart.mmd").write_text(source, encoding="utf-8")
    return subprocess.run(
        [mmdc(), "-p", str(config), "-i", str(tmp / "chart.mmd"), "-o", str(tmp / "chart.svg")],
        capture_output=True,
        text=True,
        timeout=120,
    )
