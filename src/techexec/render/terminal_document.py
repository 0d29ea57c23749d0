"""A document drawn on the terminal with Rich: styles and wrapping only; what to say came with the document."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from techexec.answers.document import Bullets, Document, Heading, Line, Note, NoteKind, Paragraph, Table, Tree, tags

if TYPE_CHECKING:
    from techexec.render.terminal import Writer

HEADING = "bold cyan"
NOTE_STYLES: dict[NoteKind, str] = {
    "about": "italic",
    "point": "",
    "alike": "",
    "tip": "yellow",
    "warning": "bold yellow",
    "legend": "dim",
    "credit": "dim",
}


def draw(w: Writer, doc: Document) -> None:
    """Every block in turn; a blank line before each heading, content under a heading indented."""
    w.out(line(doc, doc.title, "bold"))
    indent = ""
    for block in doc.blocks:
        if isinstance(block, Heading):
            w.out()
            w.out(line(doc, block.line, HEADING))
            indent = "  "
        elif isinstance(block, Paragraph):
            w.out(w.hang(line(doc, block.line), indent, indent))
        elif isinstance(block, Bullets):
            w.out(w.bullets(line(doc, item) for item in block.items))
        elif isinstance(block, Note):
            if block.role == "credit":
                w.out()
            for item in block.lines:
                w.out(w.hang(line(doc, item, NOTE_STYLES[block.role]), "", ""))
            if block.role == "warning" and len(block.lines) > 1:
                w.out()
        elif isinstance(block, Tree):
            w.out(Text("\n").join(line(doc, b.line) for b in block.branches))
        else:
            w.out()
            _table(w, doc, block)
    w.flush()


def line(doc: Document, found: Line, style: str = "") -> Text:
    """Lead in bold, the text as plain Text (never markup), the mark in italics, the citation dimmed."""
    mark, cite = tags(doc, found)
    text = Text(f"{found.label}: " if found.text else found.label, style="bold") if found.label else Text()
    text.append(found.text)
    if style:
        text.stylize(style)
    if mark:
        text.append(f" {mark}" if mark == "*" else f" \u2014 {mark}", style="dim" if mark == "*" else "italic")
    if cite:
        text.append(f" [{cite}]", style="dim")
    if found.link:
        text.append(f"\n{found.link}", style="dim")
    return text


def _table(w: Writer, doc: Document, table: Table) -> None:
    """Columns side by side where they fit the screen; else each row with every column under it."""
    from techexec.render.screen import fitted_widths, side_by_side

    key = line(doc, table.header[0])
    labels = [line(doc, row.label) for row in table.rows]
    columns = [
        [line(doc, head, "bold"), *(_cell(doc, row.cells[i]) for row in table.rows)]
        for i, head in enumerate(table.header[1:])
    ]
    widths = fitted_widths(w.console.width, [key, *labels], columns)
    if widths is not None:
        w.out(side_by_side(key, labels, columns, widths))
        return
    w.out(w.bullets(column[0] for column in columns))
    for row, label in zip(table.rows, labels, strict=True):
        w.out()
        w.out(Text(label.plain, style=HEADING))
        for head, cell in zip(table.header[1:], row.cells, strict=True):
            short = head.text.split(" \u2014 ")[0]
            w.out(w.hang(Text(f"{short}: ", style="bold") + _cell(doc, cell), "  ", "    "))


def _cell(doc: Document, cell: tuple[Line, ...]) -> Text:
    """A cell's lines, one under the other; a line with no citation or mark of its own dimmed when alone."""
    return Text("\n").join(line(doc, item) for item in cell)
