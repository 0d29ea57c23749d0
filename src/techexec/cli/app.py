"""The techexec command line: the Typer app, its commands in the order --help lists them, and the entry point."""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from techexec import __version__
from techexec.cli import commands, own_data

app = typer.Typer(
    help="Who does what at the top of a technology organisation: CIO, CTO, CDO, CSO, CISO and CEO, "
    "explained from a cited article, in English or Dutch.",
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

app.command("show")(commands.show)
app.command("compare")(commands.compare)
app.command("org-tree")(commands.org_tree)
app.command("list")(commands.list_roles)
app.command("search")(commands.search_command)
app.command("validate")(own_data.validate)
app.command("init")(own_data.init)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"techexec {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def overview(
    ctx: typer.Context,
    version: Annotated[
        bool, typer.Option("--version", "-V", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """Explain tech executive roles. Try: techexec show cto, techexec compare cio cto, techexec org-tree."""
    if ctx.invoked_subcommand is None:
        typer.echo(ctx.get_help())


def main() -> None:
    """Entry point: run the app; a closed pipe or Ctrl-C ends quietly."""
    try:
        app()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # a bug: still one line, never a traceback
        sys.stderr.write(f"techexec: internal error: {type(exc).__name__}: {exc} (please report this)\n")
        sys.exit(70)
