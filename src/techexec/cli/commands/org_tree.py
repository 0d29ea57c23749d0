"""`techexec org-tree`: a reporting structure as a tree, a picture, a document or a slide."""

from typing import Annotated

from techexec.cli import completion
from techexec.cli.charts import say_note, structure_listing, tree_view
from techexec.cli.failures import handled
from techexec.cli.formats import pick
from techexec.cli.inputs import prepare
from techexec.cli.options import (
    DataOption,
    ExportHtmlOption,
    ExportSvgOption,
    FormatOption,
    LangOption,
    NoBundledOption,
    NoPagerOption,
    OutputOption,
    SourcesOption,
    TemplateOption,
)
from techexec.cli.output import Exports, emit
from techexec.cli.params import option

ORDER = 30  # where --help lists it (in tens: a new command fits between)


def command(
    structure: Annotated[
        str | None,
        option(
            "--structure",
            "--variant",  # the old name, still accepted
            "-v",
            help="Which structure to draw, or 'all' for every one side by side; --list lists them.",
            autocompletion=completion.structures,
        ),
    ] = None,
    highlight: Annotated[
        list[str] | None,
        option(
            "--highlight",
            help="Mark roles in the chart: repeat it, or give several at once (cto,cio).",
            autocompletion=completion.roles,
        ),
    ] = None,
    list_structures: Annotated[
        bool, option("--list", help="List the structures (id and name) instead of drawing one.")
    ] = False,
    no_legend: Annotated[bool, option("--no-legend", help="Leave the legend out of the picture.")] = False,
    own: Annotated[
        bool,
        option("--own", help="Only the structures of your own data (--data, TECHEXEC_DATA), not the article's."),
    ] = False,
    scale: Annotated[
        float,
        option(
            "--scale",
            min=0.1,
            max=10.0,
            metavar="FACTOR",
            help="PNG size: 1 fills a 1920x1080 slide, 2 gives twice the pixels each way.",
        ),
    ] = 1.0,
    sources: SourcesOption = False,
    lang: LangOption = None,
    fmt: FormatOption = None,
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
