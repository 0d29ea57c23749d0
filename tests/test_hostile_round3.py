"""Hardening's own hostile round (issue 20): cases found by trying the installed program as an attacker would."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

ROLE = "role: {id: vpx, acronym: VPX, title: {en: VP of X}, summary: {en: Runs it., source: general}}\n"


def test_a_link_loop_in_the_data_folder_is_named_not_a_crash(run, tmp_path):
    (tmp_path / "vpx.yaml").write_text(ROLE)
    (tmp_path / "loop1.yaml").symlink_to("loop2")
    (tmp_path / "loop2").symlink_to("loop1.yaml")
    (tmp_path / "self").symlink_to(".")
    result = run("validate", str(tmp_path))
    assert result.exit_code == 0, result.stdout + result.stderr
    assert f"{tmp_path / 'loop1.yaml'}:1:1: warning: not read" in result.stdout


def test_a_newline_in_a_file_name_cannot_forge_a_line_of_output(run, tmp_path):
    (tmp_path / "x\nforged.yaml:1:1: all good.yaml").write_text("roles: [\n")
    result = run("validate", str(tmp_path))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and "x\\x0aforged.yaml" in lines[0]


def test_a_tilde_in_techexec_data_is_home(run, tmp_path):
    (tmp_path / "org").mkdir()
    (tmp_path / "org" / "vpx.yaml").write_text(ROLE)
    result = run("show", "vpx", env={"HOME": str(tmp_path), "TECHEXEC_DATA": "~/org"})
    assert result.exit_code == 0 and "VP of X" in result.stdout


@pytest.mark.skipif(os.geteuid() != 0, reason="a link owned by another user needs root to make")
def test_a_link_another_user_planted_in_a_shared_sticky_folder_is_not_followed(run, tmp_path):
    shared = tmp_path / "tmp"
    shared.mkdir()
    shared.chmod(0o1777 | stat.S_ISVTX)
    target = tmp_path / "etc"
    target.mkdir()
    (target / "passwd").write_text("precious")
    planted = shared / "dir"
    planted.symlink_to(target)
    os.lchown(planted, 65534, 65534)
    result = run("show", "cto", "--export-html", str(planted / "passwd"))
    assert result.exit_code == 1 and "symbolic link" in result.stderr
    assert (target / "passwd").read_text() == "precious"


def test_a_link_of_ones_own_on_the_way_is_followed(run, tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "mine").symlink_to(real)
    assert run("show", "cto", "--export-html", str(tmp_path / "mine" / "cto.html")).exit_code == 0
    assert Path(real / "cto.html").read_text().startswith("<!DOCTYPE html>")


def test_an_export_to_a_named_pipe_nobody_reads_is_an_error_not_a_hang(run, tmp_path):
    os.mkfifo(tmp_path / "pipe.svg")
    result = run("show", "cto", "--export-svg", str(tmp_path / "pipe.svg"))
    assert result.exit_code == 1 and "Cannot write" in result.stderr


def test_data_folders_nested_thousands_deep_are_walked(run, tmp_path):
    folder = tmp_path
    for _ in range(1200):  # deeper than Python's recursion limit
        folder = folder / "d"
        folder.mkdir()
    (folder / "vpx.yaml").write_text(ROLE)
    try:
        result = run("show", "vpx", "--data", str(tmp_path))
    finally:  # pytest's own clean-up of old temp folders recurses, and would fail on this depth later
        (folder / "vpx.yaml").unlink()
        while folder != tmp_path:
            folder.rmdir()
            folder = folder.parent
    assert result.exit_code == 0 and "VP of X" in result.stdout
