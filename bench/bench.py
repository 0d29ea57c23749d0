"""techexec benchmarks: start-up against the bare interpreter, and scale to 10,000 roles.

Run: python bench/bench.py [--runs N]   (inside the project's virtual environment)
Prints Markdown tables for BENCHMARKS.md. Wall time is the median of N alternating runs;
memory is the peak resident set size of the child process (from wait4).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

EXE = shutil.which("techexec") or "techexec"
STARTUP = {
    "python -c pass (floor)": [sys.executable, "-c", "pass"],
    "techexec show cto": [EXE, "show", "cto"],
    "techexec compare cio cto": [EXE, "compare", "cio", "cto"],
    "techexec org-tree": [EXE, "org-tree"],
    "techexec list": [EXE, "list"],
    "techexec --help": [EXE, "--help"],
    "Tab: techexec show c<Tab>": [EXE],
}
TLDR = shutil.which("tldr")
if TLDR:  # the Python tldr client rendering a local page: the bar for show cto
    STARTUP["tldr --render PAGE (reference)"] = [TLDR, "--render", str(Path(__file__).with_name("tldr-page.md"))]
COMPLETION_ENV = {"_TECHEXEC_COMPLETE": "complete_bash", "COMP_WORDS": "techexec show c", "COMP_CWORD": "2"}


def measure(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one run, output discarded."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, **(env or {})}
    )
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return elapsed, usage.ru_maxrss


def startup(runs: int, baseline: str | None) -> None:
    """Median wall time of each command, alternating; with a baseline, its commands alternate too."""
    commands = dict(STARTUP)
    if baseline:  # the same commands run by an older techexec, e.g. a checkout of an earlier commit
        for name, cmd in STARTUP.items():
            if cmd and cmd[0] == EXE:
                commands[f"before: {name}"] = [baseline, *cmd[1:]]
    times: dict[str, list[float]] = {name: [] for name in commands}
    memory: dict[str, int] = dict.fromkeys(commands, 0)
    env = {name: COMPLETION_ENV if "Tab" in name else None for name in commands}
    for name, cmd in commands.items():  # warm the data cache and the OS file cache once
        subprocess.run(
            cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, **(env[name] or {})}
        )
    for _ in range(runs):  # alternate, so drift hits every command alike
        for name, cmd in commands.items():
            seconds, rss = measure(cmd, env[name])
            times[name].append(seconds)
            memory[name] = max(memory[name], rss)
    floor = statistics.median(times["python -c pass (floor)"])
    print("| command | median ms | x floor | peak MiB |\n|---|---:|---:|---:|")
    for name in commands:
        median = statistics.median(times[name])
        print(f"| `{name}` | {median * 1000:.1f} | {median / floor:.1f} | {memory[name] / 1024:.0f} |")


def synthetic(directory: Path, size: int, shape: str) -> Path:
    """An organisation of `size` roles: 'wide' (10 reports each) or 'deep' (a chain), with dotted lines."""
    roles = [
        {
            "id": f"r{i}",
            "acronym": f"R{i}",
            "title": {"en": f"Role {i}", "nl": f"Rol {i}"},
            "aliases": [f"role number {i}"],
            "summary": {"en": f"Role {i} does things.", "nl": f"Rol {i} doet dingen.", "source": "general"},
            "responsibilities": [{"en": "Work.", "nl": "Werk.", "source": "general"}],
        }
        for i in range(size)
    ]
    parent = (lambda i: (i - 1) // 10) if shape == "wide" else (lambda i: i - 1)
    nodes = [{"role": "r0"}] + [
        {"role": f"r{i}", "parent": f"r{parent(i)}", "source": "general"} for i in range(1, size)
    ]
    dotted = [{"from": f"r{i}", "to": f"r{i // 2}", "en": "works with", "source": "general"} for i in range(2, size, 7)]
    structure = {
        "id": "synthetic",
        "default": True,
        "name": {"en": "Synthetic", "nl": "Synthetisch"},
        "nodes": nodes,
        "dotted": dotted,
    }
    target = directory / f"{shape}-{size}"
    target.mkdir()
    (target / "org.yaml").write_text(
        yaml.safe_dump({"roles": roles, "structure": structure}, sort_keys=False), encoding="utf-8"
    )
    return target


SCALE = {
    "validate": ["validate"],
    "org-tree (text)": ["org-tree"],
    "org-tree --format json": ["org-tree", "--format", "json"],
    "org-tree --format yaml": ["org-tree", "--format", "yaml"],
    "org-tree --format mermaid": ["org-tree", "--format", "mermaid"],
    "org-tree --format dot": ["org-tree", "--format", "dot"],
}


def scale(runs: int) -> None:
    """Cold: TECHEXEC_NO_CACHE=1, every file parsed. Warm: the checked data comes from the cache."""
    results: dict[tuple[str, str, int, str], float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        print("| shape | roles | command | cold s | warm s | peak MiB (cold) |\n|---|---:|---|---:|---:|---:|")
        for shape in ("wide", "deep"):
            for size in (1_000, 10_000):
                data = synthetic(Path(tmp), size, shape)
                for name, args in SCALE.items():
                    where = [str(data)] if args == ["validate"] else ["--data", str(data)]
                    cmd = [EXE, *args, *where, "--no-bundled"]
                    cold = [measure(cmd, {"TECHEXEC_NO_CACHE": "1"}) for _ in range(runs)]
                    measure(cmd, {"TECHEXEC_CACHE_DIR": f"{tmp}/cache"})
                    warm = [measure(cmd, {"TECHEXEC_CACHE_DIR": f"{tmp}/cache"}) for _ in range(runs)]
                    row = (statistics.median(s for s, _ in cold), statistics.median(s for s, _ in warm))
                    results[(shape, name, size, "cold")], results[(shape, name, size, "warm")] = row
                    peak = max(m for _, m in cold) / 1024
                    print(f"| {shape} | {size:,} | `{name}` | {row[0]:.2f} | {row[1]:.2f} | {peak:.0f} |")
        print("\n| shape | command | 10k/1k cold | 10k/1k warm |\n|---|---|---:|---:|")
        for shape in ("wide", "deep"):
            for name in SCALE:
                ratios = [
                    results[(shape, name, 10_000, t)] / results[(shape, name, 1_000, t)] for t in ("cold", "warm")
                ]
                print(f"| {shape} | `{name}` | {ratios[0]:.1f} | {ratios[1]:.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--scale-runs", type=int, default=3, help="runs per scale measurement")
    parser.add_argument("--only", choices=["startup", "scale"])
    parser.add_argument("--baseline", help="another techexec executable to time alongside (before/after)")
    args = parser.parse_args()
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}\n"
    )
    if args.only != "scale":
        startup(args.runs, args.baseline)
        print()
    if args.only != "startup":
        scale(args.scale_runs)


if __name__ == "__main__":
    main()
