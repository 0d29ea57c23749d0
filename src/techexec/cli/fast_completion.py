"""The completion requests worth answering without Typer: a name after `show`, `compare`,
`--highlight`, `--structure` or `--lang`, and a format after `--format` (from cli/formats.py), in bash, zsh or fish. Everything else returns None and goes to Typer.

--data and --no-bundled typed before the word are honoured, as Typer's completion does. The values
come from techexec.cli.completion, the same functions Typer's completion calls, printed the way
Typer prints them for each shell; tests/test_completion.py checks both paths give the same answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from techexec.cli import commands
from techexec.cli.formats import names

VALUE_OPTIONS = {
    "--lang",
    "-l",
    "--format",
    "-f",
    "--data",
    "-d",
    "--structure",
    "--variant",
    "-v",
    "--highlight",
    "--limit",
    "-n",
    "--output",
    "-o",
}
FLAGS = {"--sources", "-s", "--no-bundled"}
ROLE_ARGUMENTS = {"show": 1, "compare": None}  # how many role arguments a command takes (None: any number)
COMMANDS = commands.names()  # read from the folder once a run
LANG_COMMANDS = commands.answering()


class Request(NamedTuple):
    kind: str  # 'role', 'structure', 'lang' or 'format'
    incomplete: str
    data: list[str]
    no_bundled: bool
    given: list[str]  # role arguments already typed
    command: str = ""


class Answer(NamedTuple):
    output: str
    exit_code: int = 0


def complete(environ: Mapping[str, str]) -> Answer | None:
    """The shell's completion output for this request, or None when Typer should answer it."""
    shell = environ.get("_TECHEXEC_COMPLETE", "")
    if shell == "complete_bash":
        words = _bash_words(environ.get("COMP_WORDS", ""), environ.get("COMP_CWORD", ""))
    elif shell in ("complete_zsh", "complete_fish"):
        words = _typed_words(environ.get("_TYPER_COMPLETE_ARGS", ""))
    else:
        return None
    request = _request(words) if words else None
    if request is None:
        return None
    values = _values(request)
    if shell == "complete_bash":
        return Answer("\n".join(value for value, _ in values) + "\n")
    if shell == "complete_zsh":
        return Answer(_zsh(values) + "\n")
    if environ.get("_TYPER_COMPLETE_FISH_ACTION") == "is-args":
        return Answer("", 0 if values else 1)
    return Answer("\n".join(f"{value}\t{help}" if help else value for value, help in values) + "\n")


def _bash_words(comp_words: str, comp_cword: str) -> list[str] | None:
    """The words up to and including the one being completed (the last), or None if unsure."""
    if any(ch in comp_words for ch in "'\"\\"):
        return None  # quoting: leave the shell-like splitting to Typer
    words = comp_words.split()
    try:
        cword = int(comp_cword)
    except ValueError:
        return None
    if comp_words.endswith(" ") and cword == len(words):
        words.append("")
    return words if 1 < cword == len(words) - 1 else None


def _typed_words(line: str) -> list[str] | None:
    """zsh and fish pass the command line up to the cursor: the last word is the one being completed."""
    if any(ch in line for ch in "'\"\\"):
        return None
    words = line.split()
    if line.endswith(" ") or not line:
        words.append("")
    return words if len(words) > 2 else None


def _request(words: list[str]) -> Request | None:
    """What is being completed, with the data options typed before it; None when this is not a simple case."""
    command, args, incomplete = words[1], words[2:-1], words[-1]
    if incomplete.startswith("-") or command.startswith("-") or "=" in args:
        return None
    data: list[str] = []
    no_bundled, given, pending = False, [], ""
    for arg in args:
        if pending:
            data += [arg] if pending in ("--data", "-d") else []
            pending = ""
        elif arg in VALUE_OPTIONS:
            pending = arg
        elif arg.startswith("--data="):
            data.append(arg.removeprefix("--data="))
        elif arg.startswith("-"):
            if arg not in FLAGS or "=" in arg:
                return None
            no_bundled = no_bundled or arg == "--no-bundled"
        else:
            given.append(arg)
    kind = _kind(command, pending, len(given))
    if kind is None:
        return None
    return Request(kind, incomplete, data, no_bundled, given if kind == "role" else [], command)


def _kind(command: str, previous: str, positional: int) -> str | None:
    """'role', 'structure', 'lang' or 'format' when the word being typed is one of those, else None."""
    if previous in ("--format", "-f"):
        return "format" if command in COMMANDS and names(command) else None
    if previous in ("--lang", "-l"):
        return "lang" if command in LANG_COMMANDS else None
    if command == "org-tree" and previous in ("--structure", "--variant", "-v"):
        return "structure"
    if command == "org-tree" and previous == "--highlight":
        return "role"
    if command not in ROLE_ARGUMENTS or previous:
        return None
    limit = ROLE_ARGUMENTS[command]
    return "role" if limit is None or positional < limit else None


def _values(request: Request) -> list[tuple[str, str]]:
    from pathlib import Path

    from techexec.cli import completion

    if request.kind == "lang":
        return [(code, "") for code in completion.language_codes(request.incomplete)]
    if request.kind == "format":
        return [(name, "") for name in names(request.command) if name.startswith(request.incomplete)]
    found = completion.index([Path(p) for p in request.data], request.no_bundled)
    if request.kind == "structure":
        return completion.structure_names(found, request.incomplete)
    return completion.role_names(found, request.incomplete, request.given)


def _zsh(values: list[tuple[str, str]]) -> str:
    """What Typer's zsh completion prints: an _arguments call listing value:help pairs, or _files."""

    def escape(text: str) -> str:
        return text.replace('"', '""').replace("'", "''").replace("$", "\\$").replace("`", "\\`").replace(":", r"\\:")

    if not values:
        return "_files"
    pairs = "\n".join(f'"{escape(value)}":"{escape(help)}"' if help else f'"{escape(value)}"' for value, help in values)
    return f"_arguments '*: :(({pairs}))'"
