"""The commands for a company's own data: validate it, and start it from an example."""

import os
from pathlib import Path
from typing import Annotated

import typer

from techexec.cli.failures import handled
from techexec.cli.options import NoBundledOption, ValidateFormatOption, given_path


def validate(
    directories: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Data directories or files to check; default: the bundled data and $TECHEXEC_DATA.",
            parser=given_path,
            metavar="[PATH]...",
            show_default=False,
        ),
    ] = None,
    no_bundled: NoBundledOption = False,
    fmt: ValidateFormatOption = "text",
) -> None:
    """Check data files without drawing anything: every problem as file:line:column, then a count.

    Counts and warnings cover the folders you name; with none, the bundled data and $TECHEXEC_DATA.
    Exit code 0 when clean (warnings allowed), 1 when there are errors, 2 when a folder holds no data files.

    \b
    Examples:
      techexec validate ./our-org
      techexec validate ./our-org --no-bundled
    """
    from techexec.cli.inputs import layers
    from techexec.cli.output import emit_json
    from techexec.i18n.messages import report_lines
    from techexec.questions.language import wording
    from techexec.questions.validate import check_data
    from techexec.render.documents import validation

    with handled():
        lang = wording(None, os.environ)
        report = check_data(layers(directories or [], no_bundled), asked=bool(directories))
        if fmt == "json":
            emit_json(validation(report, lang))
        else:
            for line in report_lines(report, lang):
                typer.echo(line)
        raise typer.Exit(1 if report.errors else 0)


def init(
    directory: Annotated[
        Path,
        typer.Argument(help="Where to write the example; created if missing.", parser=given_path, metavar="FOLDER"),
    ],
) -> None:
    """Write a small, commented example of your own organisation to start from (never overwrites).

    \b
    Examples:
      techexec init ./our-org && techexec org-tree --data ./our-org
    """
    from techexec.data.example import write_example
    from techexec.data.saving import shown
    from techexec.safe_text import clean

    with handled():
        written = write_example(directory)
        typed = clean(shown(directory))  # echoed: the path is the user's input
        typer.echo(
            clean(f"Wrote {shown(written)}. Next: techexec validate {typed} && techexec org-tree --data {typed}")
        )
