"""What commands used to choke on is caught by validate, and the commands cope anyway (issue 20)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROLES = """
roles:
  - {id: aa, acronym: AA, title: {en: Alpha}, summary: {en: Leads., source: general}}
  - {id: bb, acronym: BB, title: {en: Beta}, summary: {en: Builds., source: general}}
  - {id: cc, acronym: CC, title: {en: Gamma}, summary: {en: Checks., source: general}}
"""


def org(tmp_path: Path, text: str) -> str:
    (tmp_path / "org.yaml").write_text(ROLES + text)
    return str(tmp_path)


def test_a_dotted_line_to_a_role_not_in_the_structure_is_reported_and_left_out(run, tmp_path):
    data = org(
        tmp_path,
        """
structures:
  - id: s
    name: {en: S}
    nodes: [{role: aa}, {role: bb, parent: aa}]
    dotted: [{from: bb, to: cc, en: talks, source: general}]
""",
    )
    report = run("validate", data, "--no-bundled")
    assert report.exit_code == 0
    assert "warning: dotted line bb - cc in structure 's': cc is not placed in it" in report.stdout
    for fmt in ("dot", "mermaid", "text", "json"):
        result = run("org-tree", "--data", data, "--no-bundled", "-f", fmt)
        assert result.exit_code == 0, (fmt, result.stderr)
        assert "bb" in result.stdout or "Beta" in result.stdout


def test_an_empty_structure_is_an_error_at_its_place_and_no_command_chokes(run, tmp_path):
    data = org(tmp_path, "\nstructures:\n  - {id: empty, name: {en: Empty}, nodes: []}\n")
    report = run("validate", data, "--no-bundled")
    assert report.exit_code == 1 and "org.yaml:8:43: nodes must not be empty" in report.stdout
    for args in (["list"], ["org-tree"], ["show", "aa"]):
        result = run(*args, "--data", data, "--no-bundled")
        assert result.exit_code == 1 and "nodes must not be empty" in result.stderr


def test_a_section_id_given_twice_is_an_error_where_it_comes_again(run, tmp_path):
    data = org(
        tmp_path,
        "sources:\n  sections:\n    handbook: {en: Handbook}\n    wiki: {en: Wiki}\n    handbook: {en: Other}\n",
    )
    report = run("validate", data)
    assert report.exit_code == 1
    assert "org.yaml:10:5: sections: key 'handbook' appears twice" in report.stdout


@pytest.mark.parametrize(
    "env",
    [
        {"COMP_WORDS": "techexec show c", "COMP_CWORD": "x"},
        {"COMP_WORDS": "techexec show c", "COMP_CWORD": "99"},
        {"COMP_WORDS": "techexec show c", "COMP_CWORD": "-1"},
        {"COMP_WORDS": "", "COMP_CWORD": "0"},
        {},
    ],
)
def test_malformed_completion_variables_answer_nothing_quietly(env):
    full = {**os.environ, "_TECHEXEC_COMPLETE": "complete_bash", **env}
    for name in ("COMP_WORDS", "COMP_CWORD"):
        if name not in env:
            full.pop(name, None)
    result = subprocess.run([sys.executable, "-m", "techexec"], env=full, capture_output=True, timeout=60)
    assert result.returncode == 0
    assert result.stdout == b"" and result.stderr == b""


START = (
    "import os, runpy, sys, techexec; os.write(2, b'up\\n'); sys.argv = ['techexec', 'compare', 'cio', 'cto'];"
    " runpy.run_module('techexec', run_name='__main__')"
)


@pytest.mark.parametrize("delay", [0, 0.005, 0.01, 0.02, 0.04, 0.06, 0.1, 0.2])
def test_ctrl_c_at_any_moment_exits_130_without_a_traceback(delay, tmp_path):
    """From the first line of techexec's own code on (Python's own start-up is not techexec's to guard)."""
    env = {**os.environ, "TECHEXEC_CACHE_DIR": str(tmp_path)}  # a cold cache: the run lasts long enough
    process = subprocess.Popen([sys.executable, "-c", START], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stderr is not None and process.stderr.readline() == b"up\n"
    time.sleep(delay)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert b"Traceback" not in stderr and b"KeyboardInterrupt" not in stderr
    assert process.returncode in (130, 0, -signal.SIGINT)  # 0: it had finished; -2: killed before Python started


def test_a_suggestion_is_still_found_among_thousands_of_roles(run, tmp_path):
    """3,000 roles and 300 misspelt references: each still gets its suggestion (found through an index)."""
    lines = ["roles:"]
    lines += [
        f"  - {{id: role-{i:04d}, acronym: R{i}, title: {{en: Role {i}}}, summary: {{en: Does., source: general}}}}"
        for i in range(3000)
    ]
    lines += ["structures:", "  - id: s", "    name: {en: S}", "    nodes:", "      - {role: role-0000}"]
    lines += [f"      - {{role: rloe-{i:04d}, parent: role-0000}}" for i in range(1, 301)]
    (tmp_path / "org.yaml").write_text("\n".join(lines) + "\n")
    report = run("validate", str(tmp_path), "--no-bundled")
    assert report.exit_code == 1
    assert "'rloe-0042'" in report.stdout and "Did you mean: role-0042" in report.stdout
