"""`techexec show`: one role explained, in any format the format table gives it."""

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

ORDER = 10  # where --help lists it (in tens: a new command fits between)


def command(
    role: Annotated[
        list[str] | None,
        argument(
            help="Role id, acronym, alias or title, e.g. cto, chief digital officer (quotes optional).",
            autocompletion=completion.roles,
            show_default=False,
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
