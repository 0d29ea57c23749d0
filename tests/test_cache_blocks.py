"""The cache cap counts the disk blocks entries take: many tiny data files stay under it (issue 20)."""

from __future__ import annotations

import os

from techexec.data import cache_files

ROLE = "role: {{id: r{i}, acronym: R{i}, title: {{en: Role {i}}}, summary: {{en: Does {i}., source: general}}}}\n"


def on_disk(folder) -> int:
    return sum(os.lstat(p).st_blocks * 512 for p in folder.iterdir())


def test_many_tiny_data_files_keep_the_cache_under_its_cap(run, tmp_path, monkeypatch):
    """Scaled down: 1,000 tiny files against a 1 MiB cap, as 20,000 against 64 MiB (each entry takes a 4 KiB block)."""
    folder = tmp_path / "cache"
    data = tmp_path / "org"
    data.mkdir()
    for i in range(1000):
        (data / f"r{i}.yaml").write_text(ROLE.format(i=i))
    monkeypatch.setattr(cache_files, "MAX_BYTES", 1024 * 1024)
    env = {"TECHEXEC_CACHE_DIR": str(folder), "TECHEXEC_NO_CACHE": None}
    first = run("show", "r999", "--data", str(data), "--no-bundled", env=env)
    assert first.exit_code == 0 and "Role 999" in first.stdout
    assert on_disk(folder) <= 1024 * 1024
    (data / "r5.yaml").write_text(ROLE.format(i=5).replace("Role 5", "Edited"))
    again = run("show", "r5", "--data", str(data), "--no-bundled", env=env)
    assert again.exit_code == 0 and "Edited" in again.stdout
    assert on_disk(folder) <= 1024 * 1024
