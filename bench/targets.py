"""The issue-13 targets, measured: 10,000 roles in 100 files (cold, warm, after editing one file),
and start-up against a minimal Typer + Rich app and the bare interpreter.

Run: python bench/targets.py [--exe NAME=PATH ...] [--runs 21] [--scale-runs 3]
Without --exe it times the `techexec` beside this interpreter. With several, e.g.
`--exe before=/tmp/old/bin/techexec --exe after=.venv/bin/techexec`, their runs alternate so
drift hits each alike. Wall times are medians; memory is the child's peak RSS (wait4).

- cold: an empty cache folder for every run (the first command after installing or upgrading);
- warm: nothing changed since the last run;
- edit: one department file changed (a different summary each run), then the command.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from departments import generate

APP = """
import typer
app = typer.Typer()
@app.command()
def show(role: str, lang: str = "en") -> None:
    from rich.console import Console
    Console().print(role)
@app.command()
def other() -> None:
    pass
app()
"""


def measure(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one run, output discarded; a failing run stops the benchmark."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, **env})
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    if code not in (0,):
        raise SystemExit(f"failed ({code}): {' '.join(cmd)}\n{err.decode(errors='replace')}")
    return elapsed, usage.ru_maxrss


def scale_commands(org: Path) -> dict[str, list[str]]:
    data = ["--data", str(org), "--no-bundled"]
    return {
        "validate": ["validate", str(org), "--no-bundled"],
        "org-tree (text)": ["org-tree", *data],
        "org-tree -f json": ["org-tree", "-f", "json", *data],
        "org-tree -f mermaid": ["org-tree", "-f", "mermaid", *data],
        "org-tree -f dot": ["org-tree", "-f", "dot", *data],
    }


def edit(path: Path, counter: list[int]) -> None:
    """Change one role's summary in the department file: a real edit, new bytes every time."""
    counter[0] += 1
    text = path.read_text(encoding="utf-8")
    start = text.index("does things")
    end = text.index(".", start)
    path.write_text(text[:start] + f"does things ({counter[0]})" + text[end:], encoding="utf-8")


def scale(exes: dict[str, str], runs: int, tmp: Path) -> None:
    org = tmp / "org"
    edited = generate(org)
    counter = [0]
    rows: list[str] = []
    for name, args in scale_commands(org).items():
        for label, exe in exes.items():
            cmd = [exe, *args]
            cache = {"TECHEXEC_CACHE_DIR": str(tmp / f"cache-{label}")}
            cold, warm, after = [], [], []
            peak = 0
            for run in range(runs):
                seconds, rss = measure(cmd, {"TECHEXEC_CACHE_DIR": str(tmp / f"cold-{label}-{name}-{run}")})
                cold.append(seconds)
                peak = max(peak, rss)
            measure(cmd, cache)
            for _ in range(runs):
                seconds, rss = measure(cmd, cache)
                warm.append(seconds)
                peak = max(peak, rss)
            for _ in range(runs):
                edit(edited, counter)
                seconds, rss = measure(cmd, cache)
                after.append(seconds)
                peak = max(peak, rss)
            med: Callable[[list[float]], float] = statistics.median
            row = f"| {label} | `{name}` | {med(after):.2f} | {med(warm):.2f} | {med(cold):.2f} | {peak / 1024:.0f} |"
            rows.append(row)
            print(row, file=sys.stderr)
    print("| techexec | command | after editing one file s | warm s | cold s | peak MiB |")
    print("|---|---|---:|---:|---:|---:|")
    print("\n".join(rows))


def startup(exes: dict[str, str], runs: int, tmp: Path) -> None:
    app = tmp / "minimal_app.py"
    app.write_text(APP, encoding="utf-8")
    org = tmp / "org"
    if not org.exists():
        generate(org)
    tab = {"_TECHEXEC_COMPLETE": "complete_bash", "COMP_CWORD": "2", "COMP_WORDS": "techexec show c"}
    tab_data = {
        "_TECHEXEC_COMPLETE": "complete_bash",
        "COMP_CWORD": "5",
        "COMP_WORDS": f"techexec show --data {org} --no-bundled d50-r9",
    }
    commands: dict[str, tuple[list[str], dict[str, str]]] = {
        "python -c pass (bare interpreter)": ([sys.executable, "-c", "pass"], {}),
        "minimal Typer + Rich app: show cto": ([sys.executable, str(app), "show", "cto"], {}),
    }
    for label, exe in exes.items():
        cache = {"TECHEXEC_CACHE_DIR": str(tmp / f"cache-{label}")}
        commands[f"{label}: techexec show cto"] = ([exe, "show", "cto"], cache)
        commands[f"{label}: Tab: show c<Tab>"] = ([exe], {**cache, **tab})
        commands[f"{label}: Tab: show --data ORG --no-bundled d50-r9<Tab>"] = ([exe], {**cache, **tab_data})
    for cmd, env in commands.values():  # warm the caches (data and OS) once
        measure(cmd, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (cmd, env) in commands.items():
            times[name].append(measure(cmd, env)[0])
    floor = statistics.median(times["python -c pass (bare interpreter)"])
    app_time = statistics.median(times["minimal Typer + Rich app: show cto"])
    print("| command | median ms | x bare interpreter | x minimal app |\n|---|---:|---:|---:|")
    for name in commands:
        median = statistics.median(times[name])
        print(f"| `{name}` | {median * 1000:.1f} | {median / floor:.2f} | {median / app_time:.2f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exe", action="append", default=[], help="NAME=PATH of a techexec to time (repeatable)")
    parser.add_argument("--runs", type=int, default=21, help="runs per start-up measurement")
    parser.add_argument("--scale-runs", type=int, default=3, help="runs per scale measurement")
    parser.add_argument("--only", choices=["startup", "scale"])
    args = parser.parse_args()
    default = str(Path(sys.executable).with_name("techexec"))
    exes = dict(item.split("=", 1) for item in args.exe) or {"techexec": default}
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}\n")
    with tempfile.TemporaryDirectory() as tmp:
        if args.only != "startup":
            scale(exes, args.scale_runs, Path(tmp))
            print()
        if args.only != "scale":
            startup(exes, args.runs, Path(tmp))


if __name__ == "__main__":
    main()
