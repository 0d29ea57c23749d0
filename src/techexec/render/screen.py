"""The terminal as a device: the console, the pager, exports that work offline, tables that fit.

Rich is used here and in terminal.py only, and only when text output is drawn.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Iterable, Mapping
from typing import IO, TYPE_CHECKING

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

if TYPE_CHECKING:
    from rich.table import Table

MIN_WIDTH, MAX_WIDTH = 20, 500  # a width outside these is a mistake (COLUMNS=10000000), not a screen
MEASURE = 100  # prose wraps here on wider terminals: longer lines are hard to follow back
COLUMN_MEASURE = 22  # the narrowest table column that still reads as prose: about four words a line
MONOSPACE = "'Fira Code', 'DejaVu Sans Mono', Menlo, Consolas, 'Liberation Mono', 'Courier New', monospace"


def make_console(record: bool = False, file: IO[str] | None = None) -> Console:
    """A console for this run: colour only on a terminal and never with NO_COLOR set.

    `record` keeps what was printed for --export-svg/--export-html; `file`: draw there (a saved file), never in colour.
    """
    no_color = bool(os.environ.get("NO_COLOR")) or file is not None
    console = _Console(
        color_system=None if no_color else "auto",
        highlight=False,
        markup=False,
        emoji=False,
        record=record,
        file=file,
        _environ=_sizes_that_make_sense(os.environ),
    )
    console.width = min(max(console.width, MIN_WIDTH), MAX_WIDTH)
    return console


def _sizes_that_make_sense(env: Mapping[str, str]) -> dict[str, str]:
    """The environment without a COLUMNS or LINES that is not a positive number (0, -5, abc): Rich would
    take 0 as a width and print nothing; without them it asks the terminal, or uses 80 columns."""
    return {
        name: value
        for name, value in env.items()
        if name not in ("COLUMNS", "LINES") or (value.strip().isdigit() and int(value) > 0)
    }


class _Console(Console):
    """Rich's console, except that a closed pipe is reported like any failed write, not a silent exit."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError("the program reading the output closed the pipe")


def export_svg(console: Console) -> str:
    """--export-svg: what was printed, as a light picture for a page or slide that loads nothing from the network.

    Dark text on white (Rich's default theme, not its dark export theme), without the window buttons.
    """
    from rich.terminal_theme import DEFAULT_TERMINAL_THEME

    picture = console.export_svg(
        title="techexec", clear=False, code_format=_offline_svg_format(), theme=DEFAULT_TERMINAL_THEME
    )
    return re.sub(r"\s*<circle [^>]*/>", "", picture)


def export_html(console: Console) -> str:
    """--export-html: what was printed, as a page that loads nothing (Rich's page names local fonts only)."""
    return console.export_html(clear=False)


def _offline_svg_format() -> str:
    """Rich's SVG template without its web fonts: the viewer's own monospace font draws the text.

    Rich fixes every text run's length, so box borders stay in line whichever font that is.
    """
    from rich._export_format import CONSOLE_SVG_FORMAT

    template = re.sub(r"\s*@font-face \{\{.*?\}\}", "", CONSOLE_SVG_FORMAT, flags=re.DOTALL)
    template = re.sub(r"\s*<!--.*?-->", "", template)  # its credit line links to a web site
    template = template.replace("font-family: Fira Code, monospace;", f"font-family: {MONOSPACE};")
    return template.replace("font-family: arial;", "font-family: Helvetica, Arial, sans-serif;")


def paged(console: Console, draw: Callable[[], None], command: str | None) -> bool:
    """Draw; output taller than the screen goes through `command` (else less, else Rich's pager). True if it did."""
    with console.capture() as captured:
        draw()
    text = captured.get()
    if text.count("\n") < console.size.height:
        console.file.write(text)
        return False
    import shutil  # only when paging: 5 ms with subprocess, of every answer drawn

    from rich.pager import SystemPager

    program = command or ("less" if shutil.which("less") else None)
    if program is None:
        SystemPager().show(text)
        return True
    env = {**os.environ, "LESS": os.environ.get("LESS", "FRX")}  # as git does: colours, no screen clearing
    if _writes_utf8() and "LESSCHARSET" not in env:  # less trusts a locale that may not be installed
        env["LESSCHARSET"] = "utf-8"
    code = _pipe(program, text, env)
    if code not in (0, 130, -2):  # no such program (127), or it failed (PAGER=false): print rather than lose the text
        console.file.write(text)
        if code != 127:
            import sys

            from techexec.safe_text import clean

            sys.stderr.write(
                clean(f"techexec: the pager '{program}' ended with exit code {code}; printed without it.\n")
            )
    return True


def _writes_utf8() -> bool:
    """Whether the pager is fed UTF-8 (a container's LANG may name a locale it does not have)."""
    import codecs
    import locale

    return codecs.lookup(locale.getpreferredencoding(False)).name == "utf-8"


def _pipe(command: str, text: str, env: dict[str, str]) -> int:
    """Feed `text` to a pager command line (run by the shell, as git and man do); its exit code."""
    import subprocess

    process = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, text=True, env=env, errors="replace")
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C belongs to the pager
        process.communicate(text)  # a reader who quits early closes the pipe; communicate ignores that
    while True:
        try:
            return process.wait()
        except KeyboardInterrupt:
            continue  # Ctrl-C belongs to the pager, which is still showing the text


def fitted_widths(width: int, keys: list[Text], columns: list[list[Text]]) -> list[int] | None:
    """Widths for a table of a key column and side-by-side columns, or None when it cannot fit.

    Every column must hold its longest word (Rich would cut it to '…' or fold it), and each
    side-by-side column a readable measure; the room left is shared out evenly. None: stack instead.
    """
    key = _longest_word(keys)
    needs = [max(_longest_word(cells), COLUMN_MEASURE) for cells in columns]
    room = width - 3 * (len(columns) + 1) - 1 - key  # borders and one space of padding each side
    if room < sum(needs):
        return None
    widths = list(needs)
    while room - sum(widths) > 0:  # raise the narrowest column, one character at a time
        narrowest = min(range(len(widths)), key=widths.__getitem__)
        widths[narrowest] += 1
    return [key, *widths]


def _longest_word(texts: Iterable[Text]) -> int:
    return max((cell_len(word) for text in texts for word in text.plain.split()), default=1)


def side_by_side(key: Text, labels: list[Text], columns: list[list[Text]], widths: list[int]) -> Table:
    """A table: a key column of `labels` under `key`, then each column (its heading first) at `widths`."""
    from rich.table import Table

    table = Table(show_lines=True)
    table.add_column(key, style="bold", width=widths[0])
    for column, width in zip(columns, widths[1:], strict=True):
        table.add_column(column[0], width=width, overflow="fold")
    for row, label_text in enumerate(labels, 1):
        table.add_row(label_text, *(column[row] for column in columns))
    return table
