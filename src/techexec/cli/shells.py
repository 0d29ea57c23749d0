"""`--install-completion [SHELL]` and `--show-completion [SHELL]`: the script for the shell named, else the one running.

The scripts, and installing them safely, are in cli/shell_scripts.py.

Typer's own options take no shell name when shellingham is installed (it always is, with Typer), so
`--install-completion zsh` installed the bash script; these accept the name and detect it only when
it is left out.
"""

import os
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

SHELLS = ("bash", "zsh", "fish")
DETECT = "detect"  # put after the option by `with_shell` when no shell name follows it
OPTIONS = ("--install-completion", "--show-completion")


def with_shell(args: list[str]) -> list[str]:
    """Command-line words with DETECT inserted after a completion option that names no shell."""
    out: list[str] = []
    for i, word in enumerate(args):
        out.append(word)
        following = args[i + 1] if i + 1 < len(args) else ""
        if word in OPTIONS and (not following or following.startswith("-")):
            out.append(DETECT)
    return out


def install(shell: str | None) -> None:
    """Eager option callback: install the script for `shell` and say where, then stop."""
    if shell is None:
        return
    from techexec.cli.failures import handled
    from techexec.cli.shell_scripts import install as install_script

    with handled():
        name = _chosen(shell)
        path = install_script(name, Path.home())
    typer.echo(f"{name} completion installed in {path}")
    typer.echo("It works in shells started from now on (open a new terminal).")
    raise typer.Exit()


def show(shell: str | None) -> None:
    """Eager option callback: print the script for `shell`, then stop."""
    if shell is None:
        return
    from techexec.cli.shell_scripts import SCRIPTS

    typer.echo(SCRIPTS[_chosen(shell)])
    raise typer.Exit()


def _option(callback: Callable[[str | None], None], help: str) -> Any:
    """An eager option that takes a shell name (with_shell supplies DETECT when none is typed)."""
    return typer.Option(
        metavar="[bash|zsh|fish]", callback=callback, is_eager=True, expose_value=False, help=help, show_default=False
    )


InstallOption = Annotated[
    str | None, _option(install, "Install Tab completion for the shell named, or the one you are in.")
]
ShowOption = Annotated[
    str | None, _option(show, "Print the completion script for the shell named, or the one you are in.")
]


def _chosen(shell: str) -> str:
    """The shell named, or the one this program runs under (its parent), else $SHELL."""
    if shell in SHELLS:
        return shell
    if shell != DETECT:
        raise typer.BadParameter(f"'{shell}' is not one of: {', '.join(SHELLS)}.")
    try:
        import shellingham  # type: ignore[import-untyped]  # Typer's own dependency

        detected = str(shellingham.detect_shell()[0])
    except Exception:  # not detectable (no /proc, unknown parent): fall back to the login shell
        detected = Path(os.environ.get("SHELL", "")).name
    if detected not in SHELLS:
        raise typer.BadParameter(f"cannot tell which shell this is; name it: one of {', '.join(SHELLS)}.")
    return detected
