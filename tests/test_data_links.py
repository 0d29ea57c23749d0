"""Data files are read only from inside the data folder; whatever is skipped is named, never quoted (issue 20)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SECRET = "aws_secret_access_key = AKIAEXAMPLESECRET"
ROLE = "role:\n  id: {rid}\n  acronym: {acr}\n  title: {{en: {title}}}\n  summary: {{en: Runs it., source: general}}\n"


@pytest.fixture
def org(tmp_path: Path) -> Path:
    folder = tmp_path / "org"
    folder.mkdir()
    (folder / "vpe.yaml").write_text(ROLE.format(rid="vpx", acr="VPX", title="VP of X"))
    return folder


def test_a_link_to_a_file_outside_is_skipped_named_and_never_quoted(run, org, tmp_path):
    secret = tmp_path / "credentials"
    secret.write_text(SECRET + "\n")
    (org / "creds.yaml").symlink_to(secret)
    result = run("validate", str(org))
    assert result.exit_code == 0, result.stdout
    assert f"{org / 'creds.yaml'}:1:1: warning: not read: a link that leads outside the data folder" in result.stdout
    assert "AKIA" not in result.stdout + result.stderr
    assert "1 warning" in result.stdout


def test_a_linked_folder_outside_is_named_and_one_inside_is_read(run, org, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "x.yaml").write_text(ROLE.format(rid="out", acr="OUT", title="Outside"))
    (org / "elsewhere").symlink_to(outside)
    inner = org / "inner"
    inner.mkdir()
    (inner / "in.yaml").write_text(ROLE.format(rid="inn", acr="INN", title="Inside"))
    (org / "again").symlink_to(inner)
    result = run("validate", str(org))
    assert f"{org / 'elsewhere'}:1:1: warning: not read" in result.stdout
    assert run("show", "out", "--data", str(org)).exit_code == 2
    assert run("show", "inn", "--data", str(org)).exit_code == 0


def test_a_fifo_named_like_a_data_file_is_skipped_not_waited_on(run, org):
    os.mkfifo(org / "pipe.yaml")
    result = run("validate", str(org))
    assert result.exit_code == 0
    assert f"{org / 'pipe.yaml'}:1:1: warning: not read: not a regular file" in result.stdout
    assert run("show", "vpx", "--data", str(org)).exit_code == 0


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_an_unreadable_folder_is_named(run, org):
    locked = org / "locked"
    locked.mkdir()
    (locked / "x.yaml").write_text(SECRET)
    locked.chmod(0)
    try:
        result = run("validate", str(org))
    finally:
        locked.chmod(0o700)
    assert f"{locked}:1:1: warning: not read: folder:" in result.stdout


def test_data_files_whose_names_are_not_utf8_work(run, tmp_path):
    folder = Path(os.fsdecode(bytes(tmp_path) + b"/d\xe9partement"))
    folder.mkdir()
    (folder / os.fsdecode(b"r\xf4le.yaml")).write_text(ROLE.format(rid="vpx", acr="VPX", title="VP of X"))
    (folder / "bad.yaml").write_text("roles: [\n")
    result = run("validate", str(folder))
    assert result.exit_code == 1 and "d\\xe9partement/bad.yaml:" in result.stdout
    (folder / "bad.yaml").unlink()
    assert run("show", "vpx", "--data", str(folder)).exit_code == 0
    assert run("list", "--data", str(folder), "-f", "json").exit_code == 0
