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
from techexec.cli.params import Declared
from techexec.errors import TechexecError

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
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    chosen = [(name, _command(name)) for name in COMMANDS if only in (None, name)]
    for name, module in sorted(chosen, key=lambda found: found[1].ORDER):
        made.command(name)(for_typer(module.command))
    made.callback(invoke_without_command=True)(overview)
    return made


def for_typer(function: Callable[..., None]) -> Callable[..., None]:
    """`function` as Typer reads it: each option or argument it declares (cli/params.py) made Typer's own."""
    signature = inspect.signature(function, eval_str=True)
    parameters = [p.replace(annotation=_typer_annotation(p.annotation)) for p in signature.parameters.values()]

    @functools.wraps(function)  # the docstring is the help
    def command(*args: Any, **kwargs: Any) -> None:
        function(*args, **kwargs)

    command.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]
    return command


def _typer_annotation(annotation: Any) -> Any:
    """Annotated[T, Declared] as Annotated[T, typer.Option(...)] (or typer.Argument); any other as it is."""
    if get_origin(annotation) is not Annotated:
        return annotation
    base, *extras = get_args(annotation)
    made = [_typer_param(extra) if isinstance(extra, Declared) else extra for extra in extras]
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
    """Entry point: run the app; Ctrl-C ends quietly, a closed pipe and the environment's failures in one line.

    A clean answer is kept for the fast path (cli/fast_answer.py); `key`: its key, if found before Typer loaded.
    """
    from techexec.cli import fast_answer
    from techexec.cli.failures import environment_failure, say_failure, silence_stdout

    if sys.stdout is None:  # started with stdout closed (>&-)
        say_failure(TechexecError("output_closed"))
        sys.exit(1)
    code: int | str | None = 0
    try:
        try:
            if os.environ.get("_TECHEXEC_COMPLETE"):
                from typer._completion_classes import completion_init

                completion_init()  # Typer's completion scripts and formats, for every shell
            args = shells.with_shell(sys.argv[1:])
            completing = bool(os.environ.get("_TECHEXEC_COMPLETE"))
            if args and args[0] not in COMMANDS and not completing:
                from techexec.cli.forgiving import role_as_command

                hint = role_as_command(args, COMMANDS)
                if hint is not None:
                    say_failure(hint)
                    sys.exit(hint.exit_code)
            command = typer.main.get_command(
                build(args[0] if args and args[0] in COMMANDS and not completing else None)
            )
            if not completing:
                fast_answer.record(sys.argv[1:], command, os.environ, key)
            command(args=args)
        except SystemExit as done:
            code = done.code
        sys.stdout.flush()  # here, not at exit, so a full disk is reported like any other write
        if fast_answer.current is not None:
            fast_answer.current.finish(code)
    except BrokenPipeError:  # the reader stopped reading (| head), outside a command's own handling
        _forget(fast_answer.current)
        silence_stdout()
        say_failure(TechexecError("pipe_closed"))
        code = 1
    except KeyboardInterrupt:
        _forget(fast_answer.current)
        code = 130
    except Exception as exc:
        _forget(fast_answer.current)
        error = environment_failure(exc)
        if error is None:  # a bug: still one line, never a traceback
            sys.stderr.write(f"techexec: internal error: {type(exc).__name__}: {exc} (please report this)\n")
            code = 70
        else:
            say_failure(error)
            code = 1
        silence_stdout()
    sys.exit(code)


def _forget(recording: object) -> None:
    """A run that failed keeps nothing; its streams are put back."""
    from techexec.cli.fast_answer import Recording

    if isinstance(recording, Recording):
        recording.finish(1)


app = build()  # every command: for tests and tools that invoke the app itself
