"""The commands that explain roles: show, compare, org-tree, list and search.

Each one loads the data, asks one question of it and hands the answer to the output layer;
modules past the option types are imported inside the command that needs them (tests/test_startup.py).
"""

from typing import Annotated

import typer

from techexec.cli import completion, writers
from techexec.cli.charts import say_note, structure_listing, tree_view
from techexec.cli.failures import handled
from techexec.cli.formats import pick
from techexec.cli.inputs import prepare
from techexec.cli.options import (
    BriefOption,
    CompareFormatOption,
    DataOption,
    ExportHtmlOption,
    ExportSvgOption,
    LangOption,
    ListFormatOption,
    NoBundledOption,
    NoPagerOption,
    OutputOption,
    SearchFormatOption,
    ShowFormatOption,
    SourcesOption,
    TemplateOption,
    TreeFormatOption,
)
from techexec.cli.output import Exports, View, emit


def show(
    role: Annotated[
        list[str] | None,
        typer.Argument(
            help="Role id, acronym, alias or title, e.g. cto, chief digital officer (quotes optional).",
            autocompletion=completion.roles,
            show_default=False,
        ),
    ] = None,
    sources: SourcesOption = False,
    lang: LangOption = None,
    fmt: ShowFormatOption = None,
    output: OutputOption = None,
    data: DataOption = None,
    no_bundled: NoBundledOption = False,
    export_svg: ExportSvgOption = None,
    export_html: ExportHtmlOption = None,
    no_pager: NoPagerOption = False,
    brief: BriefOption = False,
    template: TemplateOption = None,
) -> None:
    """Explain one role: focus, audience, security, duties, reporting line and how it is changing.

    \b
    Examples:
      techexec show cto
      techexec show "technisch directeur" --lang nl
      techexec show ciso --sources
      techexec show cto --brief -f plain
    """
    from techexec.answers.show import show as explain
    from techexec.questions.lookup import find_all

    with handled(lang):
        fmt, target = pick("show", fmt, output)
        inputs = prepare(lang, data, no_bundled, fmt)
        (found,) = find_all(inputs.data.roles, role or [], 1, maximum=1)
        view = View(
            doc=writers.show_json(data=inputs.data, role=found, lang=inputs.lang),
            document=lambda: explain(inputs.data, found, inputs.lang, sources=sources, brief=brief),
        )
        emit(
            fmt, inputs, view, sources, Exports(export_svg, export_html), not no_pager, output=target, template=template
        )


def compare(
    roles: Annotated[
        list[str] | None,
        typer.Argument(
            help="Two or more roles, e.g. cio cto, or cio vs cto.", autocompletion=completion.roles, show_default=False
        ),
    ] = None,
    sources: SourcesOption = False,
    lang: LangOption = None,
    fmt: CompareFormatOption = None,
    output: OutputOption = None,
    data: DataOption = None,
    no_bundled: NoBundledOption = False,
    export_svg: ExportSvgOption = None,
    export_html: ExportHtmlOption = None,
    no_pager: NoPagerOption = False,
    brief: BriefOption = False,
    template: TemplateOption = None,
) -> None:
    """Put roles side by side: what they share and where they differ.

    \b
    Examples:
      techexec compare cio cto
      techexec compare cso ciso --lang nl
      techexec compare cio cto cdo -f json
      techexec compare cio cto --brief -f markdown
      techexec compare cio cto -o cio-cto.pptx
    """
    from techexec.answers.compare import compare as answer
    from techexec.questions.compare import comparison
    from techexec.questions.lookup import find_all

    with handled(lang):
        fmt, target = pick("compare", fmt, output)
        inputs = prepare(lang, data, no_bundled, fmt)
        found = find_all(inputs.data.roles, roles or [], 2)
        result = comparison(inputs.data, found)
        view = View(
            doc=writers.compare_json(data=inputs.data, result=result, lang=inputs.lang),
            document=lambda: answer(
                inputs.data, result, inputs.lang, sources=sources, brief=brief, slides=fmt == "pptx"
            ),
        )
        exports = Exports(export_svg, export_html)
        emit(fmt, inputs, view, sources, exports, pager=not no_pager, output=target, template=template)


def org_tree(
    structure: Annotated[
        str | None,
        typer.Option(
            "--structure",
            "--variant",  # the old name, still accepted
            "-v",
            help="Which structure to draw, or 'all' for every one side by side; --list lists them.",
            autocompletion=completion.structures,
        ),
    ] = None,
    highlight: Annotated[
        list[str] | None,
        typer.Option(
            "--highlight",
            help="Mark roles in the chart: repeat it, or give several at once (cto,cio).",
            autocompletion=completion.roles,
        ),
    ] = None,
    list_structures: Annotated[
        bool, typer.Option("--list", help="List the structures (id and name) instead of drawing one.")
    ] = False,
    no_legend: Annotated[bool, typer.Option("--no-legend", help="Leave the legend out of the picture.")] = False,
    own: Annotated[
        bool,
        typer.Option("--own", help="Only the structures of your own data (--data, TECHEXEC_DATA), not the article's."),
    ] = False,
    scale: Annotated[
        float,
        typer.Option(
            "--scale",
            min=0.1,
            max=10.0,
            metavar="FACTOR",
            help="PNG size: 1 fills a 1920x1080 slide, 2 gives twice the pixels each way.",
        ),
    ] = 1.0,
    sources: SourcesOption = False,
    lang: LangOption = None,
    fmt: TreeFormatOption = None,
    output: OutputOption = None,
    data: DataOption = None,
    no_bundled: NoBundledOption = False,
    export_svg: ExportSvgOption = None,
    export_html: ExportHtmlOption = None,
    no_pager: NoPagerOption = False,
    template: TemplateOption = None,
) -> None:
    """Draw a reporting structure as a tree, with dotted (collaboration) lines listed apart.

    \b
    Examples:
      techexec org-tree
      techexec org-tree --structure cto-under-cio --highlight cto,cio
      techexec org-tree --structure all --no-legend -f svg
      techexec org-tree --list
      techexec org-tree --highlight cto -o chart.pptx
    """
    from techexec.data.files import bundled_dir
    from techexec.questions.orgtree import marked, own_only, pick_structures

    with handled(lang):
        fmt, target = pick("org-tree", fmt, output)
        inputs = prepare(lang, data, no_bundled, fmt)
        if own:
            inputs = inputs._replace(data=own_only(inputs.data, bundled_dir()))
        if list_structures:
            emit(fmt, inputs, structure_listing(inputs), sources, pager=not no_pager, output=target)
            return
        chosen = pick_structures(inputs.data, structure)
        ids, absent = marked(inputs.data, highlight or [], chosen)
        if absent:
            say_note(inputs, absent, chosen)
        view = tree_view(inputs, chosen, ids, not no_legend, sources)
        emit(fmt, inputs, view, sources, Exports(export_svg, export_html), not no_pager, scale, target, template)


def list_roles(
    isco: Annotated[
        str | None,
        typer.Option(
            "--isco",
            metavar="CODE",
            help="Only the roles in this ISCO-08 group (through their ESCO occupation): 1330, or 13 for all below it.",
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
    fmt: ListFormatOption = None,
    output: OutputOption = None,
    sources: SourcesOption = False,
    data: DataOption = None,
    no_bundled: NoBundledOption = False,
    export_svg: ExportSvgOption = None,
    export_html: ExportHtmlOption = None,
    no_pager: NoPagerOption = False,
) -> None:
    """List every role with its acronym, title and a one-line summary; the related roles apart.

    \b
    Examples:
      techexec list
      techexec list --lang nl
      techexec list --isco 1330
      techexec list -f json
    """
    from techexec.questions.classification import listed

    with handled(lang):
        fmt, target = pick("list", fmt, output)
        inputs = prepare(lang, data, no_bundled, fmt)
        roles = listed(inputs.data, isco)
        view = View(
            doc=writers.list_json(data=inputs.data, lang=inputs.lang, roles=roles, isco=isco),
            draw=lambda w: w.role_list(roles, isco),
            markdown=writers.list_markdown(data=inputs.data, lang=inputs.lang, sources=sources, roles=roles, isco=isco),
        )
        exports = Exports(export_svg, export_html)
        emit(fmt, inputs, view, sources, exports, pager=not no_pager, output=target if roles else None)
    if not roles:
        raise typer.Exit(1)


def search_command(
    terms: Annotated[list[str], typer.Argument(help="Words or a question, in English or Dutch.")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many results to show.")] = 5,
    sources: SourcesOption = False,
    lang: LangOption = None,
    fmt: SearchFormatOption = None,
    output: OutputOption = None,
    data: DataOption = None,
    no_bundled: NoBundledOption = False,
    export_svg: ExportSvgOption = None,
    export_html: ExportHtmlOption = None,
    no_pager: NoPagerOption = False,
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
    from techexec.questions.search import search
    from techexec.safe_text import clean

    with handled(lang):
        fmt, target = pick("search", fmt, output)
        inputs = prepare(lang, data, no_bundled, fmt)
        answer = search(inputs.data, [clean(term) for term in terms], inputs.lang)  # terms are echoed
        view = View(doc=writers.search_json(answer=answer, lang=inputs.lang), draw=lambda w: w.search(answer, limit))
        exports = Exports(export_svg, export_html)
        emit(fmt, inputs, view, sources, exports, pager=not no_pager, output=target if answer.hits else None)
    if not answer.hits:
        raise typer.Exit(1)
