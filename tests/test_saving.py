"""Every file techexec writes is whole or absent, and never written through a link (issue 20)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.mark.parametrize("option", ["--export-svg", "--export-html"])
def test_an_export_to_a_planted_link_is_refused_and_the_linked_file_kept(run, tmp_path, option):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    (tmp_path / "out").symlink_to(victim)
    result = run("show", "cto", option, str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "symbolic link" in result.stderr and "Traceback" not in result.stderr
    assert victim.read_text() == "precious"
    assert (tmp_path / "out").is_symlink()


def test_an_export_replaces_a_file_whole(run, tmp_path):
    target = tmp_path / "cmp.html"
    target.write_text("old")
    assert run("compare", "cio", "cto", "--export-html", str(target)).exit_code == 0
    assert target.read_text().startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cmp.html"]  # no temporary file left


def test_a_failed_export_leaves_nothing_behind(run, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = run("show", "cto", "--export-svg", str(folder / "x.svg"))
    finally:
        folder.chmod(0o700)
    if os.geteuid() == 0:
        pytest.skip("root writes anywhere")
    assert result.exit_code == 1
    assert result.stderr.startswith("Cannot write") and result.stderr.count("\n") == 1
    assert list(folder.iterdir()) == []


def test_a_full_disk_is_one_plain_line(run):
    result = run("show", "cto", "--export-svg", "/dev/full")
    assert result.exit_code == 1
    assert result.stderr.startswith("Cannot write /dev/full:") and result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    "args",
    [
        ["init", ""],
        ["show", "cto", "--data", ""],
        ["validate", ""],
        ["show", "cto", "--export-svg", ""],
        ["compare", "cio", "cto", "--export-html", " "],
    ],
)
def test_an_empty_path_is_an_error_not_here(run, tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    result = run(*args)
    assert result.exit_code == 2
    assert "empty path" in result.stdout + result.stderr
    assert list(tmp_path.iterdir()) == []


def test_init_into_a_folder_whose_name_is_not_utf8(run, tmp_path):
    folder = Path(os.fsdecode(bytes(tmp_path) + b"/org-\xff"))
    first = run("init", str(folder))
    assert first.exit_code == 0, first.stderr
    assert "\\xff" in first.stdout
    assert run("validate", str(folder)).exit_code == 0
    again = run("init", str(folder))
    assert again.exit_code == 1 and "already exists" in again.stderr
    assert os.listdir(folder) == ["company.yaml"]


def test_init_refuses_a_planted_link_and_writes_nothing_through_it(run, tmp_path):
    victim = tmp_path / "victim"
    victim.write_text("precious")
    folder = tmp_path / "org"
    folder.mkdir()
    (folder / "company.yaml").symlink_to(victim)
    result = run("init", str(folder))
    assert result.exit_code == 1 and "already exists" in result.stderr
    assert victim.read_text() == "precious"


def test_tilde_is_home_not_a_folder_named_tilde(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    home = tmp_path / "home"
    result = run("init", "~/org", env={"HOME": str(home)})
    assert result.exit_code == 0, result.stderr
    assert (home / "org" / "company.yaml").is_file()
    assert not (tmp_path / "~").exists()


def test_a_file_replaced_keeps_its_permissions_and_a_new_one_follows_the_umask(run, tmp_path):
    kept = tmp_path / "private.md"
    kept.write_text("old")
    kept.chmod(0o600)
    assert run("show", "cto", "-o", str(kept)).exit_code == 0
    assert kept.read_text().startswith("#") and kept.stat().st_mode & 0o777 == 0o600
    fresh = tmp_path / "new.md"
    mask = os.umask(0o022)
    os.umask(mask)
    assert run("show", "cto", "-o", str(fresh)).exit_code == 0
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~mask


def test_an_export_says_where_it_went_as_o_does(run, tmp_path):
    result = run("show", "cto", "--export-svg", str(tmp_path / "cto.svg"), "--lang", "nl")
    assert result.exit_code == 0 and result.stderr == f"Opgeslagen als {tmp_path / 'cto.svg'}\n"
