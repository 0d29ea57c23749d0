"""The data cache, used directly: it never serves stale data and never trusts what it finds on disk."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from techexec.data import load

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
