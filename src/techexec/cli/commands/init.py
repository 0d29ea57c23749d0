"""`techexec init`: start your own data from an example, in your language."""

import os
import sys
from pathlib import Path
from typing import Annotated

from techexec.cli.failures import handled
from techexec.cli.options import given_path
from techexec.cli.params import argument

ORDER = 70  # where --help lists it (in tens: a new command fits between)


def command(
    directory: Annotated[
        Path,
        argument(
            help="Where to write the example; created if missing. Default: the current folder.",
            parser=given_path,
            metavar="[FOLDER]",
            show_default=False,
        ),
    ] = Path("."),
) -> None:
    """Write a small, commented example of your own organisation to start from (never overwrites).

    \b
    Examples:
      techexec init ./our-org && techexec org-tree --data ./our-org
    """
    from techexec.data.example import write_example
    from techexec.data.saving import shown
    from techexec.i18n.book import phrase
    from techexec.questions.language import wording
    from techexec.safe_text import clean

    with handled():
        lang = wording(None, os.environ)
        written = write_example(directory, lang)
        sys.stdout.write(clean(phrase("init_done", lang, path=shown(written), dir=shown(directory))) + "\n")
