"""The data cache, used directly: never stale, re-reads only what changed, stays small, survives abuse and races."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from techexec.data import cache, cache_files, load, schema
from techexec.data.files import bundled_dir
from techexec.data.layers import parse_and_check

ROLE = "role:\n  id: vpe\n  acronym: VPE\n  title: {en: VP of Engineering}\n  summary: {en: %s, source: general}\n"


@pytest.fixture
def ours(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[tuple[Path, bool]], Path, Path]:
    """One role file, loaded on its own, with a cache folder of its own: (layers, role file, cache folder)."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("TECHEXEC_CACHE_DIR", str(cache))
    monkeypatch.delenv("TECHEXEC_NO_CACHE", raising=False)
    data = tmp_path / "data"
    data.mkdir()
    role = data / "vpe.yaml"
    role.write_text(ROLE % "Runs engineering.", encoding="utf-8")
    return [(data, False)], role, cache


def summary(layers: list[tuple[Path, bool]]) -> str:
    return load(layers).roles["vpe"].summary.text["en"]


def cached_files(cache: Path) -> list[Path]:
    return [p for p in cache.rglob("*") if p.is_file()]


def test_a_second_load_parses_no_yaml(ours, monkeypatch):
    layers, _, cache = ours
    assert summary(layers) == "Runs engineering."
    assert cached_files(cache)

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("YAML was parsed although nothing changed")

    monkeypatch.setattr("yaml.compose", no_parsing)
    assert summary(layers) == "Runs engineering."


def test_an_edited_file_is_read_again(ours):
    layers, role, _ = ours
    assert summary(layers) == "Runs engineering."
    role.write_text(ROLE % "Runs engineering and hiring.", encoding="utf-8")
    assert summary(layers) == "Runs engineering and hiring."


def test_a_corrupt_cache_is_ignored(ours):
    layers, _, cache = ours
    summary(layers)
    for path in cached_files(cache):
        path.write_bytes(b"\x80\x05 not a pickle at all")
    assert summary(layers) == "Runs engineering."


def test_a_hostile_cache_runs_nothing(ours, tmp_path):
    layers, _, cache = ours
    summary(layers)
    marker = tmp_path / "pwned"

    class Evil:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.system, (f"touch {marker}",))

    for path in cached_files(cache):
        path.write_bytes(pickle.dumps(Evil()))
    assert summary(layers) == "Runs engineering."
    assert not marker.exists()


def test_an_unwritable_cache_folder_is_skipped(ours, monkeypatch, tmp_path):
    layers, _, _ = ours
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("")
    monkeypatch.setenv("TECHEXEC_CACHE_DIR", str(blocked / "cache"))
    assert summary(layers) == "Runs engineering."


def test_no_cache_writes_nothing(ours, monkeypatch):
    layers, _, cache = ours
    monkeypatch.setenv("TECHEXEC_NO_CACHE", "1")
    assert summary(layers) == "Runs engineering."
    assert not cache.exists()


ROLE_N = """role:
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
        (data / f"r{n}.yaml").write_text(ROLE_N.format(rid=f"r{n}", acronym=f"R{n}", title=f"Role {n}"))
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
    (org / "r1.yaml").write_text(ROLE_N.format(rid="r1", acronym="R1", title="Renamed"))
    assert cache.load(layers).roles["r1"].title == {"en": "Renamed"}
    assert parses == ["r1.yaml"]


def test_checks_across_files_run_again_after_an_edit(folder, org):
    layers = [(org, False)]
    cache.check(layers)
    (org / "r2.yaml").write_text(ROLE_N.format(rid="r1", acronym="R9", title="Twin"))  # now a duplicate id
    _, problems = cache.check(layers)
    assert any(p.key == "duplicate" and p.facts["id"] == "r1" and p.path.endswith("r2.yaml") for p in problems)


def test_pruning_keeps_what_this_run_uses_and_removes_the_oldest_first(tmp_path):
    folder = tmp_path / "cache"
    folder.mkdir()
    for age, name in enumerate(["f-old.pickle", "s-older.pickle", "f-live.pickle", "f-newer.pickle"]):
        (folder / name).write_bytes(b"x" * 1000)
        os.utime(folder / name, (1000 + age * 10, 1000 + age * 10))
    (folder / "someone-elses.txt").write_bytes(b"x" * 5000)
    kept = ("f-live.pickle", "f-newer.pickle", "someone-elses.txt")
    limit = sum(os.lstat(folder / name).st_blocks * 512 for name in kept)  # the cap counts disk blocks, not sizes
    cache_files.prune(folder, live={"f-live.pickle"}, limit=limit)
    assert sorted(p.name for p in folder.iterdir()) == ["f-live.pickle", "f-newer.pickle", "someone-elses.txt"]


def test_leftover_temporary_files_are_removed(tmp_path):
    folder = tmp_path / "cache"
    folder.mkdir()
    (folder / "tmpabc.tmp").write_bytes(b"half")
    os.utime(folder / "tmpabc.tmp", (1000, 1000))
    cache_files.prune(folder, live=set())
    assert list(folder.iterdir()) == []


def test_many_edits_leave_a_bounded_cache(folder, org, monkeypatch):
    """25 edits used to leave 25 whole-data pickles behind, for ever."""
    layers = [(org, False)]
    cache.check(layers)
    size = sum(p.stat().st_size for p in folder.iterdir())
    monkeypatch.setattr(cache_files, "MAX_BYTES", size * 2)
    for n in range(25):
        (org / "r0.yaml").write_text(ROLE_N.format(rid="r0", acronym="R0", title=f"Edit {n}"))
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
    assert cache.check(layers) == parse_and_check(layers)
