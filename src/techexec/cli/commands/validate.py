"""`techexec validate`: check your own data files, and say what and where (file:line) for each problem."""

import os
import sys
from pathlib import Path
from typing import Annotated

from techexec.cli.failures import handled
from techexec.cli.options import FormatOption, NoBundledOption, given_path
from techexec.cli.params import argument

ORDER = 60  # where --help lists it (in tens: a new command fits between)


def command(
    directories: Annotated[
        list[Path] | None,
        argument(
            help="Data directories or files to check; default: $TECHEXEC_DATA, else the current folder if it holds data files.",
            parser=given_path,
            metavar="[PATH]...",
            show_default=False,
        ),
    ] = None,
    no_bundled: NoBundledOption = False,
    fmt: FormatOption = "text",
) -> None:
    """Check data files without drawing anything: every problem as file:line:column, then a count.

    Counts and warnings cover the folders you name. With none: the folders in $TECHEXEC_DATA, else the
    current folder when data files lie in it, else the bundled data; a last line says which were checked.
    Exit code 0 when clean (warnings allowed), 1 when there are errors, 2 when a folder holds no data files.

    \b
    Examples:
      techexec validate ./our-org
      techexec validate ./our-org --no-bundled
    """
    from techexec.cli.inputs import env_folders, layers
    from techexec.cli.output import emit_json
    from techexec.i18n.messages import checked_line, report_lines
    from techexec.questions.language import wording
    from techexec.questions.validate import check_data, default_folders
    from techexec.render.documents import validation
    from techexec.safe_text import clean

    with handled():
        lang = wording(None, os.environ)
        checked = None
        if not directories:
            directories, checked = default_folders(env_folders(), Path("."))
        chosen = layers([] if checked == "env" else directories, no_bundled)
        report = check_data(chosen, asked=bool(directories))
        if fmt == "json":
            emit_json(validation(report, lang))
            raise SystemExit(1 if report.errors else 0)
        for line in report_lines(report, lang):
            sys.stdout.write(line + "\n")
        if checked is not None:
            sys.stdout.write(clean(checked_line(checked, directories, lang)) + "\n")
        raise SystemExit(1 if report.errors else 0)
