"""Bounded work and no lost output: Graphviz that hangs or draws nothing, charts too dense, odd widths, failing pagers (issue 20)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from test_pager import in_terminal

ROLE = "  - {{id: r{i}, acronym: R{i}, title: {{en: Role {i}}}, summary: {{en: Does {i}., source: general}}}}"


def techexec(*args: str, env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    full = {**os.environ, "NO_COLOR": "1", "TECHEXEC_LANG": "en", **(env or {})}
    return subprocess.run([sys.executable, "-m", "techexec", *args], env=full, capture_output=True, timeout=timeout)


def fake_dot(tmp_path: Path, body: str) -> dict[str, str]:
    """A `dot` on PATH that does `body` instead of drawing."""
    folder = tmp_path / "bin"
    folder.mkdir()
    program = folder / "dot"
    program.write_text(f"#!/bin/sh\n{body}\n")
    program.chmod(0o755)
    return {"PATH": f"{folder}:{os.environ['PATH']}"}


def test_a_dot_that_never_returns_is_ended_with_one_plain_line(tmp_path):
    env = {**fake_dot(tmp_path, "sleep 600"), "TECHEXEC_GRAPHVIZ_TIMEOUT": "1"}
    result = techexec("org-tree", "-f", "svg", env=env, timeout=30)
    stderr = result.stderr.decode()
    assert result.returncode == 1
    assert stderr.count("\n") == 1 and "did not finish within 1 s" in stderr and "--format dot" in stderr
    assert result.stdout == b""


@pytest.mark.parametrize("fmt", ["svg", "png"])
def test_an_empty_picture_is_an_error_not_an_empty_file(tmp_path, fmt):
    result = techexec("org-tree", "-f", fmt, env=fake_dot(tmp_path, "cat > /dev/null; exit 0"))
    assert result.returncode == 1 and b"drew nothing" in result.stderr


def test_a_chart_too_dense_to_draw_is_refused_before_graphviz_runs(tmp_path):
    n = 120
    pairs = [(a, b) for a in range(n) for b in range(a + 1, n)][:2000]
    lines = ["roles:", *(ROLE.format(i=i) for i in range(n))]
    lines += ["structures:", "  - id: big", "    name: {en: Big}", "    nodes:", "      - role: r0"]
    lines += [f"      - {{role: r{i}, parent: r{(i - 1) // 3}}}" for i in range(1, n)]
    lines += ["    dotted:", *(f"      - {{from: r{a}, to: r{b}, en: x, source: general}}" for a, b in pairs)]
    (tmp_path / "org.yaml").write_text("\n".join(lines) + "\n")
    env = fake_dot(tmp_path, "echo ran > '%s'; sleep 600" % (tmp_path / "ran"))
    result = techexec("org-tree", "--data", str(tmp_path), "--no-bundled", "-f", "svg", env=env, timeout=30)
    assert result.returncode == 1
    assert b"too dense to draw: 2121 boxes and 4120 lines" in result.stderr  # 120 roles, 2,000 dotted lines, a title
    assert not (tmp_path / "ran").exists()


@pytest.mark.parametrize("columns", ["0", "abc", "-5", " "])
def test_columns_that_is_not_a_positive_number_is_ignored(run, columns):
    result = run("compare", "cio", "cto", env={"COLUMNS": columns})
    assert result.exit_code == 0 and "CIO" in result.stdout and len(result.stdout) > 500


@pytest.mark.parametrize(("columns", "widest"), [("10000000", 500), ("3", 20)])
def test_widths_are_clamped(run, columns, widest):
    result = run("compare", "cio", "cto", env={"COLUMNS": columns})
    assert result.exit_code == 0 and "CIO" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= widest
    assert len(result.stdout) < 200_000


def test_a_failing_pager_falls_back_to_printing_and_says_so():
    shown = in_terminal(["show", "cto"], {"TECHEXEC_PAGER": "false"})
    assert "How the role is changing" in shown
    assert "the pager 'false' ended with exit code 1" in shown
