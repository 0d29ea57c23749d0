"""`techexec list`: every role with a one-line summary, or those of one ISCO-08 group."""

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
from techexec.cli.params import option
from techexec.errors import TechexecError

ORDER = 40  # where --help lists it (in tens: a new command fits between)


def command(
    isco: Annotated[
        str | None,
        option(
            "--isco",
            metavar="CODE",
            help="Only the roles in this ISCO-08 group (through their ESCO occupation): 1330, or 13 for all below it.",
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
    fmt: FormatOption = None,
    output: OutputOption = None,
    sources: SourcesOption = False,
    data: DataOption = None,
    no_bundled: NoBundledOption = False,
    export_svg: ExportSvgOption = None,
    export_html: ExportHtmlOption = None,
    no_pager: NoPagerOption = False,
    template: TemplateOption = None,
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
            document=writers.list_document(data=inputs.data, lang=inputs.lang, sources=sources, roles=roles, isco=isco),
        )
        exports = Exports(export_svg, export_html)
        if not roles and target is not None:  # nothing to save: say so, rather than print an empty list instead
            raise TechexecError("no_isco_match", code=isco)
        emit(fmt, inputs, view, sources, exports, pager=not no_pager, output=target, template=template)
    if not roles:
        raise SystemExit(1)
