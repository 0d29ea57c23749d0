"""A command's options and arguments declared as plain records, so its module loads without Typer.

The app hands each record to Typer when it builds the command (cli/app.py `for_typer`); a first-time
question whose command line is plain enough runs the same function without Typer (cli/direct.py).
The settings are Typer's own keywords (help, metavar, autocompletion, parser, min, ...), passed on as given.
"""

from typing import Any, Literal, NamedTuple

HELP = ("-h", "--help")  # every command's help option: Typer answers it, never cli/direct.py


class Declared(NamedTuple):
    """typer.Option(*names, **settings) or typer.Argument(**settings), not yet made."""

    kind: Literal["option", "argument", "formats", "output"]
    names: tuple[str, ...]
    settings: dict[str, Any]


def option(*names: str, **settings: Any) -> Declared:
    """An option, as typer.Option in an Annotated parameter would declare it."""
    return Declared("option", names, settings)


def per_command(kind: Literal["formats", "output"]) -> Declared:
    """--format or -o, whose choices or help are the command's own (its row of the format table): the app has
    them made for each command it builds (cli/options.py for_command), so every command declares them alike."""
    return Declared(kind, (), {})


def argument(**settings: Any) -> Declared:
    """An argument, as typer.Argument in an Annotated parameter would declare it."""
    return Declared("argument", (), settings)
