"""A command's option table, taken from the command Typer built and stored beside the answers it keeps,
so that the next run can read its command line before Typer loads (cli/fast_answer.py, cli/direct.py).

Stored as lines of tab-separated fields:
- option, word, parameter, kind, detail. Kinds: flag (detail: 1, or 0 for a --no- form), count, text,
  texts (repeatable), choice (detail: the choices, |-separated), paths (repeatable paths read by
  given_path: --data), value (a number, a yes/no, a repeatable choice: only Typer converts it).
- argument, parameter, nargs, required (1/0), text or value.
- library, path of its __init__.py, its size and time: a new Typer, Rich or PyYAML is a new table.
- typer, parameter: Click reads it from elsewhere too (an environment variable, a prompt) or acts on it
  (a callback), so the command never runs before Typer.
An option of any other type (a path of its own, a file: --export-*, -o, --template) is left out, so a
command line that has one always runs through Typer, and is never answered from the cache.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # typing is not imported on the fast path
if TYPE_CHECKING:
    from typing import Any

    Options = dict[str, tuple[str, str, str]]  # option word -> (parameter, kind, detail)
    Arguments = list[tuple[str, int, bool, str]]  # (parameter, nargs, required, text or value), in order

LIBRARIES = ("typer", "rich", "yaml")
PLAIN_TYPES = {"StringParamType", "Choice", "TyperChoice", "IntParamType", "FloatParamType", "BoolParamType"}
TAKES_NO_VALUE = ("flag", "count")


def made(command: Any) -> str:
    """The option table of a Click command (built by Typer), as stored; empty for a command that is never kept
    (one whose arguments are files)."""
    lines = []
    for param in command.params:
        if getattr(param, "envvar", None) or param.callback is not None or getattr(param, "prompt", None):
            lines.append(f"typer\t{param.name}")  # Click does more than read the word: only Typer runs it
        kinds = {kind.__name__ for kind in type(param.type).__mro__}
        plain = bool(kinds & PLAIN_TYPES)
        if param.param_type_name == "argument":
            if not plain:
                return ""  # a command that reads or writes the files it is given is never answered from here
            words = "text" if type(param.type).__name__ == "StringParamType" else "value"  # value: Typer converts
            lines.append(f"argument\t{param.name}\t{param.nargs}\t{int(param.required)}\t{words}")
        elif param.param_type_name == "option" and (plain or param.name == "data") and param.nargs == 1:
            lines += _option_lines(param, kinds)
    import importlib.util

    for library in LIBRARIES:
        spec = importlib.util.find_spec(library)
        origin = spec.origin if spec else None
        if origin:
            lines += [f"library\t{origin}\t{libraries_now([origin]).get(origin, '')}"]
    return "".join(line + "\n" for line in lines)


def _option_lines(param: Any, kinds: set[str]) -> list[str]:
    """The lines of one option: each of its words, with what it takes."""
    from techexec.cli.options import given_path

    detail = ""
    if param.count or (param.is_flag and not param.is_bool_flag):
        kind = "count"  # takes no value; not read before Typer
    elif param.is_flag:
        kind = "flag"
    elif param.multiple and getattr(param.type, "func", None) is given_path:
        kind = "paths"
    elif kinds & {"Choice", "TyperChoice"} and not param.multiple:
        kind, detail = "choice", "|".join(str(choice) for choice in param.type.choices)
    elif type(param.type).__name__ == "StringParamType":
        kind = "texts" if param.multiple else "text"
    else:
        kind = "value"  # a number, a yes/no, a repeated choice: takes a value, which only Typer converts
    if kind != "flag":
        return [f"option\t{word}\t{param.name}\t{kind}\t{detail}" for word in [*param.opts, *param.secondary_opts]]
    return [
        f"option\t{word}\t{param.name}\tflag\t{int(word in param.opts)}"
        for word in [*param.opts, *param.secondary_opts]
    ]


def read(text: str) -> tuple[Options, Arguments, dict[str, str], bool]:
    """(options, arguments, libraries, whether only Typer may run the command) of a stored table."""
    options: Options = {}
    arguments: Arguments = []
    libraries: dict[str, str] = {}
    typer_only = False
    for line in text.splitlines():
        kind, first, second, third, fourth = [*line.split("\t"), "", "", "", ""][:5]
        if kind == "library":
            libraries[first] = second
        elif kind == "option":
            options[first] = (second, third, fourth)
        elif kind == "argument" and second.lstrip("-").isdigit():
            arguments.append((first, int(second), third == "1", fourth))
        typer_only = typer_only or kind == "typer"
    return options, arguments, libraries, typer_only


def libraries_now(paths: list[str]) -> dict[str, str]:
    """Size and time of each library's __init__.py: a new version rewrites them."""
    found = {}
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            continue
        found[path] = f"{info.st_size}|{info.st_mtime_ns}"
    return found
