"""The techexec command line: the Typer app, its commands in the order --help lists them, and the entry point."""

import functools
import importlib
import inspect
import os
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Annotated, Any, get_args, get_origin

import typer

from techexec import __version__
from techexec.cli import commands, shells
from techexec.cli.options import for_command
from techexec.cli.params import HELP, Declared

COMMANDS = commands.names()  # from the files in cli/commands: nothing imported until one is run


def _command(name: str) -> ModuleType:
    """The module of command `name` (org-tree: cli/commands/org_tree.py), imported now."""
    return importlib.import_module(f"techexec.cli.commands.{name.replace('-', '_')}")


def build(only: str | None = None) -> typer.Typer:
    """The app with every command, or with only the one being run.

    Typer turns every registered command into a Click command on each start; building one
    instead of seven saves a few milliseconds on every run. Same definitions either way.
    """
    made = typer.Typer(
        help="Who does what at the top of a technology organisation: CIO, CTO, CDO, CSO, CISO and CEO, "
        "explained from a cited article, in English or Dutch.",
        add_completion=False,  # ours take a shell name (cli/shells.py)
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
        context_settings={"help_option_names": list(HELP)},
    )
    chosen = [(name, _command(name)) for name in COMMANDS if only in (None, name)]
    for name, module in sorted(chosen, key=lambda found: found[1].ORDER):
        made.command(name)(for_typer(module.command, name))
    made.callback(invoke_without_command=True)(overview)
    return made


def for_typer(function: Callable[..., None], name: str) -> Callable[..., None]:
    """`function` as Typer reads it: each option or argument it declares (cli/params.py) made Typer's own,
    completed for command `name` (its --format and -o: cli/options.py for_command)."""
    signature = inspect.signature(function, eval_str=True)
    saves = "output" in signature.parameters
    made = [p.replace(annotation=_typer_annotation(p.annotation, name, saves)) for p in signature.parameters.values()]

    @functools.wraps(function)  # the docstring is the help
    def command(*args: Any, **kwargs: Any) -> None:
        function(*args, **kwargs)

    command.__signature__ = signature.replace(parameters=made)  # type: ignore[attr-defined]
    return command


def _typer_annotation(annotation: Any, name: str, saves: bool) -> Any:
    """Annotated[T, Declared] as Annotated[T, typer.Option(...)] (or typer.Argument); any other as it is."""
    if get_origin(annotation) is not Annotated:
        return annotation
    base, *extras = get_args(annotation)
    made = []
    for extra in extras:
        if isinstance(extra, Declared):
            base, extra = for_command(extra, base, name, saves)
        made.append(_typer_param(extra) if isinstance(extra, Declared) else extra)
    return Annotated[(base, *made)]


def _typer_param(declared: Declared) -> Any:
    if declared.kind == "argument":
        return typer.Argument(**declared.settings)
    return typer.Option(*declared.names, **declared.settings)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"techexec {__version__}")
        raise typer.Exit()


def overview(
    ctx: typer.Context,
    version: Annotated[
        bool, typer.Option("--version", "-V", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
    install_completion: shells.InstallOption = None,
    show_completion: shells.ShowOption = None,
) -> None:
    """Explain tech executive roles. Try: techexec show cto, techexec compare cio cto, techexec org-tree."""
    if ctx.invoked_subcommand is None:
        typer.echo(ctx.get_help())


def run(key: str | None = None) -> None:
    """Entry point: run the app (cli/running.py says how a failure ends it).

    A clean answer is kept for the fast path (cli/fast_answer.py); `key`: its key, if found before Typer loaded.
    """
    from techexec.cli.running import guarded

    guarded(lambda: _run(key))


def _run(key: str | None) -> None:
    """Typer's completion for a Tab, a hint for a role typed as a command, else the command asked for."""
    from techexec.cli import fast_answer
    from techexec.cli.failures import say_failure

    completing = bool(os.environ.get("_TECHEXEC_COMPLETE"))
    if completing:
        from typer._completion_classes import completion_init

        completion_init()  # Typer's completion scripts and formats, for every shell
    args = shells.with_shell(sys.argv[1:])
    if args and args[0] not in COMMANDS and not completing:
        from techexec.cli.forgiving import role_as_command

        hint = role_as_command(args, COMMANDS)
        if hint is not None:
            say_failure(hint)
            sys.exit(hint.exit_code)
    command = typer.main.get_command(build(args[0] if args and args[0] in COMMANDS and not completing else None))
    if not completing:
        fast_answer.record(sys.argv[1:], command, os.environ, key)
    command(args=args)


app = build()  # every command: for tests and tools that invoke the app itself
