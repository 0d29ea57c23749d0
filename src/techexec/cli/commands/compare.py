"""`techexec compare`: two or more roles side by side, the answer first."""

from typing import Annotated

from techexec.cli import completion, writers
from techexec.cli.failures import handled
from techexec.cli.formats import pick
from techexec.cli.inputs import prepare
from techexec.cli.options import (
    BriefOption,
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
from techexec.cli.params import argument

ORDER = 20  # where --help lists it (in tens: a new command fits between)


def command(
    roles: Annotated[
        list[str] | None,
        argument(
            help="Two or more roles, e.g. cio cto, or cio vs cto.", autocompletion=completion.roles, show_default=False
        ),
    ] = None,
    sources: SourcesOption = False,
    lang: LangOption = None,
    fmt: FormatOption = None,
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
