"""The options several commands share, declared once."""

from pathlib import Path
from typing import Annotated, Any

from techexec.cli import completion
from techexec.cli.formats import choices, command_extensions, help_text
from techexec.cli.params import Declared, option, per_command


def given_path(value: str | Path) -> Path:
    """A path from the command line: empty is an error (an unset variable must not mean 'here'), ~ is home."""
    found = read_path(str(value))  # a default arrives as a Path
    if isinstance(found, str):
        import typer  # only Typer calls this with a path that is not one (cli/direct.py leaves those to it)

        raise typer.BadParameter(found)
    return found


def read_path(value: str) -> Path | str:
    """The path `value` names, or why it names none: it is empty, or its ~ names no home folder."""
    if not value.strip():
        return "an empty path (an unset variable?); name the file or folder you mean"
    if not value.startswith("~"):
        return Path(value)
    try:
        return Path(value).expanduser()
    except RuntimeError:  # ~name of no user here, or no home folder to be found at all
        from techexec.safe_text import clean

        return clean(f"'{value.split('/')[0]}' names no home folder here; write the path in full")


LangOption = Annotated[
    str | None,
    option(
        "--lang",
        "-l",
        autocompletion=completion.languages,
        help="Language: en or nl. Default: $TECHEXEC_LANG, then $LANGUAGE/$LANG, then en.",
        show_default=False,
    ),
]
ExportSvgOption = Annotated[
    Path | None,
    option(
        "--export-svg",
        help="Also save the text rendering as an SVG picture.",
        parser=given_path,
        metavar="FILE",
        show_default=False,
    ),
]
ExportHtmlOption = Annotated[
    Path | None,
    option(
        "--export-html",
        help="Also save the answer as an HTML page (as -o FILE.html does).",
        hidden=True,  # kept for old scripts; -o FILE.html is the way now
        parser=given_path,
        metavar="FILE",
        show_default=False,
    ),
]
OutputOption = Annotated[Path | None, per_command("output")]  # its help names the command's own extensions
TemplateOption = Annotated[
    Path | None,
    option(
        "--template",
        metavar="FILE",
        help="For docx and pptx: a Word (.docx/.dotx) or PowerPoint (.pptx/.potx) file whose styles and "
        "slide layouts the document takes, for your house style.",
        parser=given_path,
        show_default=False,
    ),
]
DataOption = Annotated[
    list[Path] | None,
    option(
        "--data",
        "-d",
        help="A directory (or file) of your own roles and structures, on top of the bundled ones. Repeatable; also $TECHEXEC_DATA.",
        parser=given_path,
        metavar="PATH",
        show_default=False,
    ),
]
NoBundledOption = Annotated[bool, option("--no-bundled", help="Use only your own data, not the bundled roles.")]
SourcesOption = Annotated[bool, option("--sources", "-s", help="Show which article section each claim comes from.")]
NoPagerOption = Annotated[
    bool,
    option(
        "--no-pager",
        help="Print everything at once, even when it is taller than the screen. Also TECHEXEC_PAGER=cat "
        "(TECHEXEC_PAGER, else PAGER, names the pager; else less).",
    ),
]


FormatOption = Annotated[
    str | None, per_command("formats")
]  # to mypy a format is its name; to Typer, one of the command's


def for_command(declared: Declared, base: Any, command: str, saves: bool) -> tuple[Any, Declared]:
    """The type and declaration of a parameter of `command`: --format a choice among its own formats, -o
    naming its own extensions, any other as declared. `saves`: whether the command has -o."""
    if declared.kind == "formats":
        default = " Default: text, or what -o's extension says." if saves else " Default: text."
        return choices(command) | None, option("--format", "-f", help=help_text(command) + default, show_default=False)
    if declared.kind == "output":
        said = (
            "Save the answer to FILE instead of printing it; the extension names the format "
            f"({' '.join(command_extensions(command))}) unless --format does. Written only when the command succeeds."
        )
        return base, option("--output", "-o", metavar="FILE", help=said, parser=given_path, show_default=False)
    return base, declared


BriefOption = Annotated[bool, option("--brief", "-b", help="The short answer: what fits on a slide.")]
