"""A first-time question answered without Typer: the command line read with the command's own option table
(stored by an earlier run from the command Typer built: cli/option_table.py), the same function called.

Typer and Click take a third of a first answer's time. Only a command line read one way is run here:
every word an option of the table or an argument; options of text, a choice among the table's (exactly)
or flags; --data paths; each option once, its value a separate word or after '=' (long options). Anything
else (a number, a file option, --help, '--', -abc, an option twice, a value that looks like an option,
a missing argument) goes to Typer, which says what is wrong or does what it always did.
"""

from __future__ import annotations

import importlib
import os

from techexec.cli import fast_answer, option_table
from techexec.cli.params import HELP

HELP_WORDS = set(HELP)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from techexec.cli.option_table import Arguments, Options


def run(args: list[str], table: str, key: str) -> None:
    """Answer `args` without Typer, keeping the answer under `key`, and exit; return if Typer must read them."""
    options, arguments, _, typer_only = option_table.read(table)
    call = None if typer_only or HELP_WORDS & set(args) else keywords(args[1:], options, arguments)
    if call is None:
        return
    module = importlib.import_module(f"techexec.cli.commands.{args[0].replace('-', '_')}")
    function = module.command
    if not set(call) <= set(function.__code__.co_varnames[: function.__code__.co_argcount]):
        return  # a table that names parameters the command does not have (edited by hand): Typer reads the line
    from techexec.cli.running import guarded

    fast_answer.keep(args[0], os.environ, key, table)
    guarded(lambda: function(**call))


def keywords(words: list[str], options: Options, arguments: Arguments) -> dict[str, Any] | None:
    """The keyword arguments Typer would call the command with, for the words after its name; None: ask Typer."""
    found: dict[str, Any] = {}
    loose: list[str] = []
    rest = iter(words)
    for word in rest:
        if word == "-" or not word.startswith("-"):
            loose.append(word)
            continue
        name, equals, value = word.partition("=")
        param, kind, detail = options.get(name, ("", "", ""))
        if kind == "flag" and not equals:
            given: Any = detail == "1"
        elif kind in ("text", "texts", "choice", "paths") and (not equals or name.startswith("--")):
            given = value if equals else next(rest, None)
            given = _value(given, kind, detail)
        else:
            return None  # not in the table, a value only Typer converts, a count, or a flag with a value
        if given is None or (param in found and kind not in ("texts", "paths")):
            return None
        found[param] = [*found.get(param, []), given] if kind in ("texts", "paths") else given
    return _with_arguments(found, loose, arguments)


def _value(given: str | None, kind: str, detail: str) -> Any:
    """An option's value as Typer passes it; None when Typer should judge it."""
    if given is None or (given.startswith("-") and given != "-"):
        return None  # Click would take '-x' as the value; what was meant is for Typer to say
    if kind == "choice":
        return given if given in detail.split("|") else None
    if kind == "paths":
        from techexec.cli.options import read_path

        found = read_path(given)
        return None if isinstance(found, str) else found  # not a path: Typer says why (cli/options.py given_path)
    return given


def _with_arguments(found: dict[str, Any], loose: list[str], arguments: Arguments) -> dict[str, Any] | None:
    """`found` with the loose words as the one argument that takes any number of them, as Typer gives it."""
    if not arguments:
        return found if not loose else None  # Click: an unexpected extra argument
    if len(arguments) > 1 or arguments[0][1] != -1 or arguments[0][3] != "text":
        return None
    param, _, required, _ = arguments[0]
    if loose:
        found[param] = loose
    elif required:
        return None  # Click: a missing argument
    return found
