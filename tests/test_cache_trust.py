"""The cache folder is trusted only when it is the user's alone; its entries never block or bypass cleaning (issue 20)."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

ESC = "\x1b"


def techexec(*args: str, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "NO_COLOR": "1", "COLUMNS": "80", **env}
    full.pop("TECHEXEC_NO_CACHE", None)
    return subprocess.run(
        [sys.executable, "-m", "techexec", *args], env=full, capture_output=True, text=True, timeout=timeout
    )


def fill(folder: Path) -> None:
    assert techexec("show", "cto", env={"TECHEXEC_CACHE_DIR": str(folder)}).returncode == 0
    assert any(folder.glob("s-*.pickle"))


def test_a_folder_others_can_write_is_not_used_and_said_once(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o777)
    result = techexec("show", "cto", env={"TECHEXEC_CACHE_DIR": str(folder)})
    assert result.returncode == 0 and "Chief Technology Officer" in result.stdout
    assert result.stderr.count("\n") == 1 and "writable by you alone" in result.stderr
    assert list(folder.iterdir()) == []


def test_a_cache_folder_named_that_cannot_be_one_is_said_once_and_the_answer_still_given(tmp_path):
    in_the_way = tmp_path / "cache"
    in_the_way.write_text("a file, not a folder")
    result = techexec("show", "cto", env={"TECHEXEC_CACHE_DIR": str(in_the_way)})
    assert result.returncode == 0 and "Chief Technology Officer" in result.stdout
    assert result.stderr.count("\n") == 1 and "not a folder techexec can create" in result.stderr
    assert in_the_way.read_text() == "a file, not a folder"


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a folder to another user")
def test_a_folder_of_another_user_is_not_used(tmp_path):
    folder = tmp_path / "theirs"
    folder.mkdir(mode=0o700)
    os.chown(folder, 65534, 65534)
    result = techexec("list", env={"TECHEXEC_CACHE_DIR": str(folder)})
    assert result.returncode == 0 and "Not using the cache folder" in result.stderr
    assert list(folder.iterdir()) == []


def test_the_default_folder_says_nothing_when_it_is_not_trusted(tmp_path):
    xdg = tmp_path / "xdg"
    (xdg / "techexec").mkdir(parents=True)
    (xdg / "techexec").chmod(0o777)
    result = techexec("show", "cto", env={"XDG_CACHE_HOME": str(xdg), "TECHEXEC_CACHE_DIR": ""})
    assert result.returncode == 0 and result.stderr == ""
    assert list((xdg / "techexec").iterdir()) == []


def test_a_relative_xdg_cache_home_is_ignored(tmp_path):
    home = tmp_path / "home"
    work = tmp_path / "work"
    work.mkdir()
    env = {"XDG_CACHE_HOME": "rel", "HOME": str(home), "TECHEXEC_CACHE_DIR": ""}
    full = {**os.environ, "NO_COLOR": "1", **env}
    full.pop("TECHEXEC_NO_CACHE", None)
    result = subprocess.run([sys.executable, "-m", "techexec", "list"], env=full, cwd=work, capture_output=True)
    assert result.returncode == 0
    assert list(work.iterdir()) == []
    assert (home / ".cache" / "techexec").is_dir()


def test_a_tilde_in_the_cache_folder_is_home(tmp_path):
    home = tmp_path / "home"
    work = tmp_path / "work"
    work.mkdir()
    full = {**os.environ, "HOME": str(home), "TECHEXEC_CACHE_DIR": "~/tc"}
    full.pop("TECHEXEC_NO_CACHE", None)
    result = subprocess.run([sys.executable, "-m", "techexec", "list"], env=full, cwd=work, capture_output=True)
    assert result.returncode == 0
    assert not (work / "~").exists()
    assert any((home / "tc").iterdir())


def test_a_fifo_planted_at_every_entry_is_skipped_not_waited_on(tmp_path):
    folder = tmp_path / "cache"
    fill(folder)
    for entry in folder.iterdir():
        entry.unlink()
        os.mkfifo(entry)
    result = techexec("show", "cto", env={"TECHEXEC_CACHE_DIR": str(folder)}, timeout=30)
    assert result.returncode == 0 and "Chief Technology Officer" in result.stdout


def test_an_entry_that_is_a_link_is_not_followed(tmp_path):
    folder = tmp_path / "cache"
    fill(folder)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for entry in folder.iterdir():
        target = elsewhere / entry.name
        entry.rename(target)
        entry.symlink_to(target)
        target.write_bytes(b"not a pickle")
    result = techexec("show", "cto", env={"TECHEXEC_CACHE_DIR": str(folder)})
    assert result.returncode == 0 and "Chief Technology Officer" in result.stdout
    assert all(p.read_bytes() == b"not a pickle" for p in elsewhere.iterdir())


def test_text_served_from_an_entry_is_cleaned_whatever_the_entry_says(tmp_path):
    """An entry whose text holds escape codes, and which claims to hold none, still prints clean."""
    folder = tmp_path / "cache"
    fill(folder)
    (whole,) = folder.glob("s-*.pickle")
    dataset, problems = pickle.loads(whole.read_bytes())
    cto = dataset.roles["cto"]
    title = {lang: f"{ESC}]0;owned{ESC}\\{ESC}[31m{text}" for lang, text in cto.title.items()}
    roles = {**dataset.roles, "cto": cto._replace(title=title)}
    whole.write_bytes(pickle.dumps((dataset._replace(roles=roles, unsafe_text=False), problems)))
    result = techexec("show", "cto", env={"TECHEXEC_CACHE_DIR": str(folder)})
    assert result.returncode == 0
    assert "Chief Technology Officer" in result.stdout and ESC not in result.stdout
