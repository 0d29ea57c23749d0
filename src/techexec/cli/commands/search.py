"""`techexec search`: a question answered with the roles and structures that speak to it."""

from typing import Annotated

from techexec.cli import writers
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
from techexec.cli.output import Exports, View, emit
from techexec.cli.params import argument, option

ORDER = 50  # where --help lists it (in tens: a new command fits between)


def command(
    terms: Annotated[list[str], argument(help="Words or a question, in English or Dutch.")],
    limit: Annotated[int, option("--limit", "-n", min=1, help="How many results to show.")] = 5,
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
        view = View(
            doc=writers.search_json(answer=answer, lang=inputs.lang),
            draw=lambda w: w.search(answer, limit),
            document=writers.search_document(
                data=inputs.data, answer=answer, lang=inputs.lang, limit=limit, sources=sources
            ),
        )
        exports = Exports(export_svg, export_html)
        saved = target if answer.hits else None
        emit(fmt, inputs, view, sources, exports, pager=not no_pager, output=saved, template=template)
    if not answer.hits:
        raise SystemExit(1)
