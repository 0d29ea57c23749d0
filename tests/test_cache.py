"""The cache of checked data: never stale, re-reads only what changed, stays small, survives abuse and races."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from techexec.data import cache, schema
from techexec.data.files import bundled_dir

ROLE = """role:
  id: {rid}
  acronym: {acronym}
  title: {{en: {title}}}
  summary: {{en: Does things., source: general}}
"""


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    """A cache folder of this test's own."""
    target = tmp_path / "cache"
    monkeypatch.setenv("TECHEXEC_CACHE_DIR", str(target))
    monkeypatch.delenv("TECHEXEC_NO_CACHE", raising=False)
    return target


@pytest.fixture
def org(tmp_path) -> Path:
    """Three files of one role each."""
    data = tmp_path / "org"
    data.mkdir()
    for n in range(3):
        (data / f"r{n}.yaml").write_text(ROLE.format(rid=f"r{n}", acronym=f"R{n}", title=f"Role {n}"))
    return data


@pytest.fixture
def parses(monkeypatch) -> list[str]:
    """The files actually parsed (not answered from the cache) during the test."""
    seen: list[str] = []
    real = schema.read_file

    def counting(path: Path, strict: bool, raw: bytes | None = None) -> schema.FileResult:
        seen.append(path.name)
        return real(path, strict, raw)

    monkeypatch.setattr(schema, "read_file", counting)
    return seen


def test_an_edit_is_seen_and_only_the_edited_file_is_parsed_again(folder, org, parses):
    layers = [(org, False)]
    assert cache.load(layers).roles["r1"].title == {"en": "Role 1"}
    assert sorted(parses) == ["r0.yaml", "r1.yaml", "r2.yaml"]
    parses.clear()
    assert cache.load(layers).roles["r1"].title == {"en": "Role 1"}
    assert parses == []  # unchanged: one read of the whole set
    (org / "r1.yaml").write_text(ROLE.format(rid="r1", acronym="R1", title="Renamed"))
    assert cache.load(layers).roles["r1"].title == {"en": "Renamed"}
    assert parses == ["r1.yaml"]


def test_checks_across_files_run_again_after_an_edit(folder, org):
    layers = [(org, False)]
    cache.check(layers)
    (org / "r2.yaml").write_text(ROLE.format(rid="r1", acronym="R9", title="Twin"))  # now a duplicate id
    _, problems = cache.check(layers)
    assert any("duplicate role id 'r1'" in p.message and p.path.endswith("r2.yaml") for p in problems)


def test_corrupt_entries_are_recomputed(folder, org):
    layers = [(org, False)]
    expected = cache.check(layers)
    for entry in folder.iterdir():
        entry.write_bytes(b"\x80\x05garbage")
    assert cache.check(layers) == expected


def test_a_hostile_pickle_runs_nothing(folder, org, tmp_path):
    layers = [(org, False)]
    expected = cache.check(layers)
    marker = tmp_path / "pwned"

    class Exploit:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    for entry in folder.glob("*.pickle"):
        entry.write_bytes(pickle.dumps(Exploit()))
    assert cache.check(layers) == expected
    assert not marker.exists()


def test_an_unwritable_cache_folder_is_ignored(monkeypatch, org, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("TECHEXEC_CACHE_DIR", str(blocker / "cache"))
    assert set(cache.load([(org, False)]).roles) == {"r0", "r1", "r2"}


def test_pruning_keeps_what_this_run_uses_and_removes_the_oldest_first(tmp_path):
    folder = tmp_path / "cache"
    folder.mkdir()
    for age, name in enumerate(["f-old.pickle", "s-older.pickle", "f-live.pickle", "f-newer.pickle"]):
        (folder / name).write_bytes(b"x" * 1000)
        os.utime(folder / name, (1000 + age * 10, 1000 + age * 10))
    (folder / "someone-elses.txt").write_bytes(b"x" * 5000)
    cache.prune(folder, live={"f-live.pickle"}, limit=7000)
    assert sorted(p.name for p in folder.iterdir()) == ["f-live.pickle", "f-newer.pickle", "someone-elses.txt"]


def test_leftover_temporary_files_are_removed(tmp_path):
    folder = tmp_path / "cache"
    folder.mkdir()
    (folder / "tmpabc.tmp").write_bytes(b"half")
    os.utime(folder / "tmpabc.tmp", (1000, 1000))
    cache.prune(folder, live=set())
    assert list(folder.iterdir()) == []


def test_many_edits_leave_a_bounded_cache(folder, org, monkeypatch):
    """25 edits used to leave 25 whole-data pickles behind, for ever."""
    layers = [(org, False)]
    cache.check(layers)
    size = sum(p.stat().st_size for p in folder.iterdir())
    monkeypatch.setattr(cache, "MAX_BYTES", size * 2)
    for n in range(25):
        (org / "r0.yaml").write_text(ROLE.format(rid="r0", acronym="R0", title=f"Edit {n}"))
        cache.check(layers)
    assert sum(p.stat().st_size for p in folder.iterdir()) <= size * 2
    assert cache.load(layers).roles["r0"].title == {"en": "Edit 24"}


def test_concurrent_cold_runs_agree(folder, org):
    """Several programs filling one empty cache at once all answer, and all answer the same."""
    command = [sys.executable, "-m", "techexec", "list", "--data", str(org), "-f", "json"]
    env = {**os.environ, "TECHEXEC_CACHE_DIR": str(folder)}
    runs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(6)]
    outputs = [run.communicate() for run in runs]
    assert all(run.returncode == 0 for run in runs), outputs
    assert len({out for out, _ in outputs}) == 1
    assert not list(folder.glob("*.tmp"))


def test_bundled_data_from_the_cache_equals_a_fresh_parse(folder):
    layers = [(bundled_dir(), True)]
    cache.check(layers)
    assert cache.check(layers) == schema.check(layers)
