"""`techexec search` on large input: a 5 MB title (plain, accented), 10,000 words of data, a 10,000-word question.

Run: python bench/search_scale.py [--exe PATH] [--runs 3]
Prints the median wall and CPU time of each case (the target: under 2 s each; on a busy machine
the CPU time is the fairer number). Each case runs on its own
data folder and cache folder, warmed once, so the time is the search, not the first load of the data.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROLE = """\
role:
  id: {id}
  acronym: {acronym}
  title: {{en: "{title}"}}
  summary: {{en: "{summary}", source: general}}
"""


def words(n: int, seed: int) -> list[str]:
    """`n` made-up words of 4-12 letters (distinct enough that few repeat)."""
    rng = random.Random(seed)
    return ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(4, 12))) for _ in range(n)]


def cases(folder: Path) -> dict[str, tuple[Path, list[str]]]:
    """Name -> (data folder, question)."""
    made = {}
    big = folder / "title"
    big.mkdir()
    title = " ".join(words(600_000, 1))[: 5 * 1024 * 1024]
    (big / "big.yaml").write_text(
        encoding="utf-8", data=ROLE.format(id="big", acronym="BIG", title=title, summary="Runs security.")
    )
    made["5 MB title"] = (big, ["who", "owns", "security"])
    made["5 MB title, no match"] = (big, ["zzyzx"])
    accented = folder / "accented"
    accented.mkdir()
    title = " ".join(w + "\u00e9" for w in words(500_000, 4))[: 5 * 1024 * 1024]
    (accented / "big.yaml").write_text(
        encoding="utf-8", data=ROLE.format(id="big", acronym="BIG", title=title, summary="Runs security.")
    )
    made["5 MB accented title"] = (accented, ["who", "owns", "security"])
    many = folder / "words"
    many.mkdir()
    text = words(10_000, 2)
    for i in range(100):  # 100 roles of 100 words each
        part = " ".join(text[i * 100 : (i + 1) * 100])
        (many / f"r{i}.yaml").write_text(
            encoding="utf-8", data=ROLE.format(id=f"r{i}", acronym=f"R{i}", title=f"Role {i}", summary=part)
        )
    made["10,000 words of data"] = (many, ["security", *text[:3]])
    made["10,000-word question"] = (many, words(10_000, 3))
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exe", default=str(Path(sys.executable).with_name("techexec")))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for name, (data, question) in cases(Path(tmp)).items():
            env = {**os.environ, "TECHEXEC_CACHE_DIR": str(Path(tmp) / f"cache-{data.name}"), "COLUMNS": "100"}
            command = [args.exe, "search", *question, "--data", str(data), "--no-bundled", "-f", "json"]
            try:
                subprocess.run(command, env=env, capture_output=True, timeout=120, check=False)  # fill the cache
            except subprocess.TimeoutExpired:
                print(f"{name:24} over 120 s")
                continue
            times, cpu = [], []
            for run in range(args.runs):  # another --limit each run: a repeated question is answered from a cache
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                start = time.perf_counter()
                timed = [*command, "-n", str(run + 2)]
                done = subprocess.run(timed, env=env, capture_output=True, timeout=600, check=False)
                times.append(time.perf_counter() - start)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            print(
                f"{name:24} {statistics.median(times):7.2f} s wall, {statistics.median(cpu):6.2f} s CPU"
                f"  (exit {done.returncode}, {len(done.stdout):,} bytes)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
