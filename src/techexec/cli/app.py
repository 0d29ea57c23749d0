"""The techexec command line: thin Typer commands over the loader, logic and renderers."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from techexec import __version__
from techexec.cli import completion
from techexec.cli.output import Exports, Format, SearchFormat, TreeFormat, View, emit
from techexec.errors import TechexecError

if TYPE_CHECKING:
    from techexec.cli.inputs import Session
    from techexec.model import Role

# Modules past this point are imported inside the commands that need them, so that --help,
# completion and each command load only their own share (see tests/test_startup.py).

app = typer.Typer(
    help="Who does what at the top of a technology organisation: CIO, CTO, CDO, CSO, CISO and CEO, "
    "explained from a cited article, in English or Dutch.",
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        "-l",
        autocompletion=completion.languages,
        help="Language: en or nl. Default: $TECHEXEC_LANG, then $LANGUAGE/$LANG, then en.",
        show_default=False,
    ),
]
FormatOption = Annotated[
    Format,
    typer.Option("--format", "-f", help="text for people; json or yaml for scripts; markdown for docs and wikis."),
]
TreeFormatOption = Annotated[
    TreeFormat,
    typer.Option(
        "--format",
        "-f",
        help="text; json or yaml for scripts; mermaid or dot to paste into docs; svg draws a picture (needs Graphviz).",
    ),
]
SearchFormatOption = Annotated[
    SearchFormat, typer.Option("--format", "-f", help="text for people; json or yaml for scripts.")
]
ExportSvgOption = Annotated[
    Path | None,
    typer.Option(
        "--export-svg", help="Also save the text rendering as an SVG picture.", dir_okay=False, show_default=False
    ),
]
ExportHtmlOption = Annotated[
    Path | None,
    typer.Option(
        "--export-html", help="Also save the text rendering as an HTML page.", dir_okay=False, show_default=False
    ),
]
DataOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--data",
        "-d",
        help="A directory (or file) of your own roles and structures, on top of the bundled ones. Repeatable; also $TECHEXEC_DATA.",
        show_default=False,
    ),
]
NoBundledOption = Annotated[bool, typer.Option("--no-bundled", help="Use only your own data, not the bundled roles.")]
SourcesOption = Annotated[
    bool, typer.Option("--sources", "-s", help="Show which article section each claim comes from.")
]


@contextmanager
def handled() -> Iterator[None]:
    """Turn our errors into one line on stderr and an exit code, never a traceback."""
    try:
        yield
    except TechexecError as exc:
        from techexec.matching import clean

        sys.stderr.write(clean(str(exc)) + "\n")  # messages may quote what the user typed or the data held
        raise typer.Exit(exc.exit_code) from None


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


@app.command()
def show(
    role: Annotated[
        str | None,
        typer.Argument(
            help="Role id, acronym, alias or title, e.g. cto, 'Chief Digital Officer'.",
            autocompletion=completion.roles,
            show_default=False,
        ),
    ] = None,
    sources: SourcesOption = False,
    lang: LangOption = None,
    fmt: FormatOption = Format.text,
    data: DataOption = None,
    no_bundled: NoBundledOption = False,
    export_svg: ExportSvgOption = None,
    export_html: ExportHtmlOption = None,
) -> None:
    """Explain one role: focus, audience, security, duties, reporting line and how it is changing.

    \b
    Examples:
      techexec show cto
      techexec show "technisch directeur" --lang nl
      techexec show ciso --sources
    """
    from techexec.lookup import find_all
    from techexec.render import documents, markdown

    with handled():
        session = _session(lang, data, no_bundled)
        (found,) = find_all(session.data.roles, [role] if role else [], 1, session.lang)
        view = View(
            doc=lambda: documents.show(session.data, found, session.lang),
            draw=lambda w: w.show(found),
            markdown=lambda: markdown.show(session.data, found, session.lang, sources),
        )
        emit(fmt, session, view, sources, Exports(export_svg, export_html))


@app.command()
def compare(
    roles: Annotated[
        list[str] | None,
        typer.Argument(help="Two or more roles, e.g. cio cto.", autocompletion=completion.roles, show_default=False),
    ] = None,
    sources: SourcesOption = False,
    lang: LangOption = None,
    fmt: FormatOption = Format.text,
    data: DataOption = None,
    no_bundled: NoBundledOption = False,
    export_svg: ExportSvgOption = None,
    export_html: ExportHtmlOption = None,
) -> None:
    """Put roles side by side: what they share and where they differ.

    \b
    Examples:
      techexec compare cio cto
      techexec compare cso ciso --lang nl
      techexec compare cio cto cdo -f json
    """
    from techexec.compare import compare as line_up
    from techexec.lookup import find_all
    from techexec.render import documents, markdown

    with handled():
        session = _session(lang, data, no_bundled)
        found = find_all(session.data.roles, roles or [], 2, session.lang)
        result = line_up(session.data, found)
        view = View(
            doc=lambda: documents.comparison(result, session.lang),
            draw=lambda w: w.compare(result),
            markdown=lambda: markdown.compare(session.data, result, session.lang, sources),
        )
        emit(fmt, session, view, sources, Exports(export_svg, export_html))


@app.command("org-tree")
def org_tree(
    variant: Annotated[
        str | None,
        typer.Option(
            "--variant",
            "-v",
            help="Which structure to draw; all are listed under the chart.",
            autocompletion=completion.variants,
        ),
    ] = None,
    highlight: Annotated[
        str | None, typer.Option("--highlight", help="Mark one role in the chart.", autocompletion=completion.roles)
    ] = None,
    sources: SourcesOption = False,
    lang: LangOption = None,
    fmt: TreeFormatOption = TreeFormat.text,
    data: DataOption = None,
    no_bundled: NoBundledOption = False,
    export_svg: ExportSvgOption = None,
    export_html: ExportHtmlOption = None,
) -> None:
    """Draw a reporting structure as a tree, with dotted (collaboration) lines listed apart.

    \b
    Examples:
      techexec org-tree
      techexec org-tree --variant cto-under-cio --highlight cto
      techexec org-tree --lang nl
    """
    from techexec.orgtree import pick_variant
    from techexec.render import documents, graph

    with handled():
        session = _session(lang, data, no_bundled)
        chosen = pick_variant(session.data, variant)
        marked = _find(session, highlight).id if highlight else None
        view = View(
            doc=lambda: documents.org_tree(session.data, chosen, session.lang, marked),
            draw=lambda w: w.org_tree(chosen, marked),
            mermaid=lambda: graph.mermaid(session.data, chosen, session.lang, marked),
            dot=lambda: graph.dot(session.data, chosen, session.lang, marked),
        )
        emit(fmt, session, view, sources, Exports(export_svg, export_html))


@app.command("list")
def list_roles(
    lang: LangOption = None,
    fmt: FormatOption = Format.text,
    sources: SourcesOption = False,
    data: DataOption = None,
    no_bundled: NoBundledOption = False,
    export_svg: ExportSvgOption = None,
    export_html: ExportHtmlOption = None,
) -> None:
    """List every role with its acronym, title and a one-line summary.

    \b
    Examples:
      techexec list
      techexec list --lang nl
      techexec list -f json
    """
    from techexec.render import documents, markdown

    with handled():
        session = _session(lang, data, no_bundled)
        view = View(
            doc=lambda: documents.role_list(session.data, session.lang),
            draw=lambda w: w.role_list(),
            markdown=lambda: markdown.role_list(session.data, session.lang, sources),
        )
        emit(fmt, session, view, sources, Exports(export_svg, export_html))


@app.command("search")
def search_command(
    terms: Annotated[list[str], typer.Argument(help="Words or a question, in English or Dutch.")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many results to show.")] = 5,
    sources: SourcesOption = False,
    lang: LangOption = None,
    fmt: SearchFormatOption = SearchFormat.text,
    data: DataOption = None,
    no_bundled: NoBundledOption = False,
    export_svg: ExportSvgOption = None,
    export_html: ExportHtmlOption = None,
) -> None:
    """Ask a question: which roles (and structures) talk about it, best first, with the matching lines.

    Searches every text field in the chosen language, ignoring case and accents; a word also
    finds longer words that start with it ('klant' finds 'klanten'). Exit code 1 when nothing matches.

    \b
    Examples:
      techexec search who owns security
      techexec search wie is verantwoordelijk voor open source --lang nl
      techexec search partnerships -f json
    """
    from techexec.render import documents
    from techexec.search import search

    with handled():
        session = _session(lang, data, no_bundled)
        answer = search(session.data, terms, session.lang)
        view = View(doc=lambda: documents.search_answer(answer, session.lang), draw=lambda w: w.search(answer, limit))
        emit(fmt, session, view, sources, Exports(export_svg, export_html))
    if not answer.hits:
        raise typer.Exit(1)


@app.command()
def validate(
    directories: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Data directories or files to check; default: the bundled data and $TECHEXEC_DATA.", show_default=False
        ),
    ] = None,
    no_bundled: NoBundledOption = False,
) -> None:
    """Check data files without drawing anything: every problem as file:line:column, then a count.

    Exit code 0 when clean (warnings allowed), 1 when there are errors.

    \b
    Examples:
      techexec validate ./our-org
      techexec validate ./our-org --no-bundled
    """
    from techexec.cli.inputs import layers
    from techexec.data.cache import check
    from techexec.data.files import bundled_dir
    from techexec.validate import summary

    with handled():
        chosen = layers(directories or [], no_bundled)
        found, problems = check(chosen)
        if directories:  # the user asked about their files: the package's own warnings are noise
            problems = [p for p in problems if not (p.warning and p.path.startswith(str(bundled_dir())))]
        for problem in problems:
            typer.echo(str(problem))
        line, ok = summary(found, problems, [path for path, _ in chosen])
        typer.echo(line)
        raise typer.Exit(0 if ok else 1)


@app.command()
def init(directory: Annotated[Path, typer.Argument(help="Where to write the example; created if missing.")]) -> None:
    """Write a small, commented example of your own organisation to start from (never overwrites).

    \b
    Examples:
      techexec init ./our-org && techexec org-tree --data ./our-org
    """
    from techexec.data.example import write_example

    with handled():
        written = write_example(directory)
        typer.echo(f"Wrote {written}. Next: techexec validate {directory} && techexec org-tree --data {directory}")


def _session(lang: str | None, data: list[Path] | None, no_bundled: bool) -> Session:
    """Load language and data; say once on stderr when some text falls back to another language."""
    from techexec.cli.inputs import start, untranslated

    session = start(lang, data, no_bundled)
    missing = untranslated(session.data, session.lang)
    if missing:
        sys.stderr.write(
            f"Note: {missing} of your roles or structures have no '{session.lang}' text in places; "
            "another language is shown there.\n"
        )
    return session


def _find(session: Session, name: str) -> Role:
    from techexec.lookup import find

    return find(session.data.roles, name)


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
