"""Start-up against the bare interpreter, a minimal Typer + Rich app and the Python tldr client, in one
hyperfine run (issue 21's targets), with ratios and their spread.

Run: python bench/startup.py [--runs 60] [--warmup 10] [--exe PATH]
Needs hyperfine and the bench extra (`pip install -e ".[bench]"`: the tldr client). Every command
runs without a shell (hyperfine -N), its output discarded (not a terminal). The tldr client renders
tldr-page.md, a local page: nothing touches the network.

- repeated `show cto`: the answer was kept by an earlier run (the fast path);
- first-time question: before every run the kept answers are deleted (the checked data stays
  cached, as after any earlier command), so each run answers as if the width were never seen;
- Tab: `techexec show c<Tab>` in bash, through `env` (which adds its own exec, about 1 ms).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
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
TARGETS = {  # command name -> (reference, at most this many times it)
    "repeated: techexec show cto": [("bare interpreter", 2.0), ("tldr client", 0.5)],
    "first-time: techexec show cto (answer not kept)": [("minimal Typer + Rich app", 1.15)],
    "Tab: techexec show c<Tab>": [("bare interpreter", 3.0)],
}


def commands(exe: str, tmp: Path, cache: Path) -> dict[str, str]:
    app = tmp / "app.py"
    app.write_text(APP, encoding="utf-8")
    tldr = shutil.which("tldr", path=os.path.dirname(sys.executable)) or shutil.which("tldr")
    if tldr is None:
        raise SystemExit('the tldr client is missing: pip install -e ".[bench]"')
    python = sys.executable
    tab = f"env _TECHEXEC_COMPLETE=complete_bash COMP_WORDS='techexec show c' COMP_CWORD=2 {exe}"
    return {
        "bare interpreter": f"{python} -c pass",
        "minimal Typer + Rich app": f"{python} {app} show cto",
        "tldr client": f"{tldr} --render {HERE / 'tldr-page.md'}",
        "repeated: techexec show cto": f"{exe} show cto",
        "first-time: techexec show cto (answer not kept)": f"{exe} show cto",
        "Tab: techexec show c<Tab>": tab,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--exe", default=shutil.which("techexec", path=os.path.dirname(sys.executable)))
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        cache = tmp / "cache"
        os.environ.update(TECHEXEC_CACHE_DIR=str(cache), TLDR_CACHE_ENABLED="0", NO_COLOR="1")
        # An installed program runs from compiled bytecode (pip compiles a wheel on install); a shell
        # that sets PYTHONDONTWRITEBYTECODE would time the compiler on every run instead.
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        compile_all()
        subprocess.run([options.exe, "show", "cto"], check=True, capture_output=True)  # data cached, answer kept
        forget = f"find {cache} -name 'a-*' ! -name 'a-options-*' -delete"
        cmds = commands(options.exe, tmp, cache)
        argv = ["hyperfine", "-N", "--runs", str(options.runs), "--warmup", str(options.warmup)]
        argv += ["--export-json", str(tmp / "out.json"), "--style", "none"]
        for label, command in cmds.items():
            prepare = forget if label.startswith("first-time") else "true"
            argv += ["--prepare", prepare, "-n", label, command]
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
        results = json.loads((tmp / "out.json").read_text())["results"]
    report(results, options.runs)


def compile_all() -> None:
    """Bytecode for every module the runs import: techexec, Typer, Rich, the tldr client, the standard library."""
    import compileall
    import sysconfig
    import warnings

    with warnings.catch_warnings():  # the standard library's own test files warn while compiling
        warnings.simplefilter("ignore")
        for key in ("purelib", "stdlib"):
            compileall.compile_dir(sysconfig.get_paths()[key], quiet=2, workers=0)
    import techexec

    compileall.compile_dir(Path(techexec.__file__).parent, quiet=2)


def report(results: list[dict[str, object]], runs: int) -> None:
    by_name = {str(r["command"]): r for r in results}
    median = {name: float(r["median"]) * 1000 for name, r in by_name.items()}  # type: ignore[arg-type]
    cpu = {name: (float(r["user"]) + float(r["system"])) * 1000 for name, r in by_name.items()}  # type: ignore[arg-type]
    print(f"{platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} cores, {runs} runs each")
    print("\n| command | median ms | mean ± sd ms | min-max ms | CPU ms | x bare | x minimal app | x tldr |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, r in by_name.items():
        times = [t * 1000 for t in r["times"]]  # type: ignore[attr-defined]
        mean, sd = float(r["mean"]) * 1000, float(r["stddev"] or 0) * 1000  # type: ignore[arg-type]
        ratios = [median[name] / median[ref] for ref in ("bare interpreter", "minimal Typer + Rich app", "tldr client")]
        print(
            f"| {name} | {median[name]:.1f} | {mean:.1f} ± {sd:.1f} | {min(times):.1f}-{max(times):.1f} | {cpu[name]:.1f} | "
            + " | ".join(f"{x:.2f}" for x in ratios)
            + " |"
        )
    print("\n| target | wall (medians) | CPU (user + system) | met? |")
    print("|---|---:|---:|---|")
    for name, limits in TARGETS.items():
        for reference, limit in limits:
            ratio, by_cpu = median[name] / median[reference], cpu[name] / cpu[reference]
            met = "yes" if ratio <= limit else "**no**"
            print(f"| {name} <= {limit}x {reference} | {ratio:.2f}x | {by_cpu:.2f}x | {met} |")


if __name__ == "__main__":
    main()
