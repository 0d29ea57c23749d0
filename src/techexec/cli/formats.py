"""One table of output formats per command: what --help offers, what Tab completes, which file
extensions pick a format for -o, which formats are bytes (never sent to a terminal) and which keep
the data's text raw (JSON, YAML) rather than cleaned as terminal text.

Everything else (the option types, fast completion, cli/inputs.py, tests/test_docs.py) reads this
table; adding a format to a command is one row here and its writer. Imports nothing heavy: Tab reads it.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from techexec.errors import UsageError


class Format(NamedTuple):
    """One output format: the extensions that choose it, whether it is bytes, whether its text stays raw."""

    name: str
    extensions: tuple[str, ...] = ()
    binary: bool = False
    raw: bool = False  # True: text as written, escaped by the writer (JSON, YAML); False: cleaned as terminal text
    meant_for: str = ""  # what the format is for, in --help


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("plain", (".txt",), meant_for="pasting into Word or an e-mail (no wrapping)"),  # .txt: plain first
        Format("text", (".txt",), meant_for="people"),
        Format("markdown", (".md", ".markdown"), meant_for="docs and wikis"),
        Format("html", (".html", ".htm"), meant_for="a web page that pastes into Word or Google Docs"),
        Format("docx", (".docx",), binary=True, meant_for="Word"),
        Format("pptx", (".pptx",), binary=True, meant_for="slides"),
        Format("json", (".json",), raw=True, meant_for="scripts"),
        Format("yaml", (".yaml", ".yml"), raw=True, meant_for="scripts"),
        Format("mermaid", (".mmd",), meant_for="Mermaid in docs"),
        Format("dot", (".dot", ".gv"), meant_for="Graphviz"),
        Format("svg", (".svg",), meant_for="a picture (needs Graphviz)"),
        Format("png", (".png",), binary=True, meant_for="a picture (needs Graphviz)"),
    )
}

DOCUMENT = ("text", "plain", "markdown", "html", "docx", "pptx")  # what a command whose answer is a document has
COMMAND_FORMATS: dict[str, tuple[str, ...]] = {  # per command, in the order --help lists them; the first is the default
    "show": ("text", "plain", "markdown", "html", "docx", "pptx", "json", "yaml"),
    "compare": ("text", "plain", "markdown", "html", "docx", "pptx", "json", "yaml"),
    "org-tree": ("text", "plain", "markdown", "html", "docx", "pptx", "json", "yaml", "mermaid", "dot", "svg", "png"),
    "list": ("text", "plain", "markdown", "html", "docx", "pptx", "json", "yaml"),
    "search": ("text", "plain", "markdown", "html", "docx", "pptx", "json", "yaml"),
    "validate": ("text", "json"),
    "init": (),  # writes files of its own; no --format
}


def names(command: str) -> tuple[str, ...]:
    """The formats `command` offers, default first: its row, or a document's formats for a command without one."""
    return COMMAND_FORMATS.get(command, DOCUMENT)


def choices(command: str) -> type[StrEnum]:
    """The --format choices of `command`, as the enum Typer turns into a choice list."""
    title = "".join(part.title() for part in command.split("-"))
    made: type[StrEnum] = StrEnum(f"{title}Format", [(name, name) for name in names(command)])  # type: ignore[misc]
    return made


def help_text(command: str) -> str:
    """--help for --format: each format of `command` with what it is for."""
    grouped: dict[str, list[str]] = {}
    for name in names(command):
        grouped.setdefault(FORMATS[name].meant_for, []).append(name)
    return "; ".join(f"{' or '.join(group)} for {purpose}" for purpose, group in grouped.items()) + "."


def extensions() -> list[str]:
    """Every extension -o knows, each once, in the table's order: for --help."""
    return list(dict.fromkeys(ext for f in FORMATS.values() for ext in f.extensions[:1]))


def is_raw(fmt: str) -> bool:
    """Whether the data's text reaches this format as written (True) or cleaned as terminal text (False)."""
    found = FORMATS.get(str(fmt))
    return found is not None and found.raw


def is_binary(fmt: str) -> bool:
    """Whether this format is bytes, refused when stdout is a terminal."""
    found = FORMATS.get(str(fmt))
    return found is not None and found.binary


def pick(command: str, given: str | None, output: Path | None) -> tuple[str, Path | None]:
    """The format to produce and the file to save it in (None: standard output, also for -o -): --format if
    given, else what -o's extension names.

    --format and the extension disagreeing, or an extension `command` cannot write, is a usage error,
    said before any work.
    """
    if output is None or str(output) == "-":  # '-' is standard output, as it is to most programs
        return str(given or names(command)[0]), None
    return _format_for(command, str(given) if given else None, output), output


def _format_for(command: str, given: str | None, output: Path) -> str:
    """The format of `output`: the first the command offers whose extensions hold the file's (a .txt is plain
    text, one line per paragraph, where the command has it, else the terminal text); --format may name another
    that holds the extension."""
    offered = names(command)
    if not output.suffix:
        return given or offered[0]
    suffix = output.suffix.lower()
    claiming = [f.name for f in FORMATS.values() if suffix in f.extensions]
    if not claiming and given:
        return given
    if claiming and given and given not in claiming:
        raise UsageError("format_conflict", fmt=given, path=output, named=claiming[0])
    named = given or next((name for name in claiming if name in offered), None)
    if named is None or named not in offered:
        known = ", ".join(_extensions(offered))
        if claiming:  # an extension of a format the command lacks: --format would only contradict the name
            raise UsageError("format_not_offered", command=command, path=output, extensions=known)
        raise UsageError("unknown_extension", command=command, path=output, extensions=known)
    return named


def command_extensions(command: str) -> list[str]:
    """The extensions -o takes for `command`, each once, in its formats' order: for its --help."""
    return _extensions(names(command))


def _extensions(offered: tuple[str, ...]) -> list[str]:
    return list(dict.fromkeys(FORMATS[name].extensions[0] for name in offered if FORMATS[name].extensions))
