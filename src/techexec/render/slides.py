"""PPTX (python-pptx): one answer as slides, every text sized to fit its box by measuring it.

python-pptx never shrinks text, so this writer estimates each paragraph's wrapped height (a wide
average glyph, so real fonts come out shorter) and moves what does not fit to the next slide:
nothing runs off a slide. A table gets a slide of its own (split by rows if long), an org chart
the picture Graphviz drew (legend included), the rest is packed in reading order.
A template (.pptx/.potx) lends its slide size, theme and 'Title Only' layout.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any, NamedTuple

from techexec.answers.document import Bullets, Document, Heading, Line, Note, Paragraph, Table, Tree
from techexec.render.paste import Made, citation, mark, template_as_document

if TYPE_CHECKING:
    from pptx.presentation import Presentation

PT = 12700  # EMU per point
GLYPH = 0.6  # average glyph width in ems: wider than Calibri, Carlito or DejaVu Sans set in prose
LEADING = 1.2  # line height in ems
BODY, SMALLEST = 18, 12  # body text size in points, and the smallest a table may shrink to
MARGIN = 36  # points around the content


class Para(NamedTuple):
    """One paragraph to set: its line, indent level, and whether it is a heading or a point."""

    line: Line
    level: int = 0
    strong: bool = False


def slides(doc: Document, picture: bytes | None = None, template: bytes | None = None) -> Made:
    """The PPTX bytes for `doc`; `picture`: the chart PNG that stands for a Tree block."""
    from pptx import Presentation as open_pptx
    from pptx.util import Emu

    deck = open_pptx(io.BytesIO(template_as_document(template, "pptx")) if template else None)
    if template is None:
        deck.slide_width, deck.slide_height = Emu(12192000), Emu(6858000)  # 16:9
    else:
        _drop_slides(deck)
    layout, missing = _layout(deck)
    builder = _Deck(deck, layout, doc)
    paras: list[Para] = []
    for block in doc.blocks:
        if isinstance(block, Table):
            builder.table(block, paras)  # the lead-in (the point) above the table when both fit
            paras = []
        elif isinstance(block, Tree):
            builder.text(paras)
            paras = []
            builder.picture(picture) if picture else builder.text([Para(b.line, b.depth) for b in block.branches])
        else:
            paras += _paras(doc, block)
    builder.text(paras)
    out = io.BytesIO()
    deck.save(out)
    return Made(out.getvalue(), missing)


def _paras(doc: Document, block: Any) -> list[Para]:
    if isinstance(block, Heading):
        return [Para(block.line, strong=True)]
    if isinstance(block, Paragraph):
        return [Para(block.line)]
    if isinstance(block, Bullets):
        return [Para(item, 1) for item in block.items]
    if isinstance(block, Note):
        return [Para(line, strong=block.role == "point") for line in block.lines]
    return []


def _drop_slides(deck: Presentation) -> None:
    """A template's own slides are not ours: keep its masters and layouts only."""
    ids = deck.slides._sldIdLst
    for slide_id in list(ids):
        deck.part.drop_rel(slide_id.rId)
        ids.remove(slide_id)


def _layout(deck: Presentation) -> tuple[Any, tuple[str, ...]]:
    """The 'Title Only' layout, else the first with a title; the name noted as missing when not found."""
    layouts = list(deck.slide_layouts)
    for layout in layouts:
        if layout.name == "Title Only":
            return layout, ()
    titled = [layout for layout in layouts if any(p.placeholder_format.type == 1 for p in list(layout.placeholders))]
    return (titled or layouts)[0], ("Title Only",)


def height(text: str, size: float, width: float) -> float:
    """The points `text` takes at `size` points in a box `width` points wide, wrapped at words."""
    per_line = max(1, int(width / (size * GLYPH)))
    lines, used = 1, 0
    for word in text.split():
        need = len(word) + (1 if used else 0)
        if used + need > per_line:
            lines += 1 + (len(word) - 1) // per_line
            used = len(word) % per_line or per_line
        else:
            used += need
    return lines * size * LEADING


class _Deck:
    """Adds slides to a deck: text packed to fit, tables split to fit, a picture scaled to fit."""

    def __init__(self, deck: Presentation, layout: Any, doc: Document) -> None:
        self.deck, self.layout, self.doc = deck, layout, doc
        self.width = int(deck.slide_width or 0) / PT - 2 * MARGIN
        self.top = MARGIN + 72  # under the title
        self.room = int(deck.slide_height or 0) / PT - self.top - MARGIN

    def _slide(self, title: str) -> Any:
        from pptx.util import Pt

        slide = self.deck.slides.add_slide(self.layout)
        box = slide.shapes.title
        if box is None:
            box = slide.shapes.add_textbox(Pt(MARGIN), Pt(MARGIN), Pt(self.width), Pt(60))
        box.left, box.top, box.width, box.height = Pt(MARGIN), Pt(MARGIN / 2), Pt(self.width), Pt(72)
        size = next(s for s in (32, 28, 24, 20, 16) if height(title, s, self.width - 14) <= 66 or s == 16)
        box.text_frame.text = title
        box.text_frame.word_wrap = True
        for paragraph in box.text_frame.paragraphs:
            for run in paragraph.runs:
                run.font.size = Pt(size)
        return slide

    def text(self, paras: list[Para]) -> None:
        """Paragraphs in order, as many per slide as fit at the body size; a heading starts a slide only when it must."""
        while paras:
            used, count = 0.0, 0
            for para in paras:
                need = self._para_height(para)
                if count and used + need > self.room:
                    break
                used, count = used + need, count + 1
            self._text_slide(paras[:count])
            paras = paras[count:]

    def _para_height(self, para: Para) -> float:
        size = BODY + (2 if para.strong else 0)
        bullet = "\u2022 " if para.level else ""
        return height(bullet + _plain(self.doc, para.line), size, self.width - 14 - 27 * para.level) + size * 0.4

    def _text_slide(self, paras: list[Para]) -> None:

        self._fill(self._slide(self.doc.title.text), paras, self.room)

    def _fill(self, slide: Any, paras: list[Para], room: float) -> None:
        """A text box under the title holding `paras`, `room` points high."""
        from pptx.util import Pt

        box = slide.shapes.add_textbox(Pt(MARGIN), Pt(self.top), Pt(self.width), Pt(room))
        frame = box.text_frame
        frame.word_wrap = True
        for index, para in enumerate(paras):
            paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            paragraph.level = para.level
            paragraph.space_after = Pt((BODY + 2 * para.strong) * 0.4)
            if para.level:
                bullet = paragraph.add_run()
                bullet.text, bullet.font.size = "\u2022 ", Pt(BODY)
            _runs(paragraph, self.doc, para.line, BODY + (2 if para.strong else 0), para.strong)

    def table(self, table: Table, lead: list[Para]) -> None:
        """The table at the largest size that fits, under its lead-in; rows that do not fit go on a next slide."""
        rows = list(table.rows)
        above = sum(self._para_height(p) for p in lead)
        if lead and (above > self.room * 0.6 or len(self._table_fit(table, rows, self.room - above)[1]) <= len(rows)):
            self.text(lead)  # lead-in and table do not fit on one slide together: the lead-in goes first
            lead = []
        while rows:
            above = sum(self._para_height(p) for p in lead)
            size, heights = self._table_fit(table, rows, self.room - above)
            self._table_slide(table, rows[: len(heights) - 1], size, heights, lead)
            rows, lead = rows[len(heights) - 1 :], []

    def _widths(self, columns: int) -> list[float]:
        first = self.width * (0.22 if columns > 2 else 0.3)
        return [first] + [(self.width - first) / (columns - 1)] * (columns - 1)

    def _row_height(self, cells: list[list[Line]], size: float, widths: list[float]) -> float:
        return 8 + max(
            sum(height(_plain(self.doc, line), size, width - 16) for line in cell)
            for cell, width in zip(cells, widths, strict=True)
        )

    def _table_fit(self, table: Table, rows: list[Any], room: float) -> tuple[float, list[float]]:
        """The size and the header's and rows' heights: all rows at the largest size, else as many as fit at the smallest."""
        widths = self._widths(len(table.header))
        for size in (18, 16, 14, SMALLEST):
            heights = [self._row_height([[h] for h in table.header], size, widths)]
            for row in rows:
                need = self._row_height([[row.label], *map(list, row.cells)], size, widths)
                if sum(heights) + need > room and len(heights) > 1:
                    break
                heights.append(need)
            if len(heights) == len(rows) + 1 or size == SMALLEST:
                return size, heights
        raise AssertionError("unreachable")

    def _table_slide(self, table: Table, rows: list[Any], size: float, heights: list[float], lead: list[Para]) -> None:
        from pptx.util import Pt

        slide = self._slide(self.doc.title.text)
        above = sum(self._para_height(p) for p in lead)
        if lead:
            self._fill(slide, lead, above)
        widths = self._widths(len(table.header))
        shape = slide.shapes.add_table(
            len(rows) + 1, len(widths), Pt(MARGIN), Pt(self.top + above), Pt(self.width), Pt(sum(heights))
        )
        grid = shape.table
        for index, width in enumerate(widths):
            grid.columns[index].width = Pt(width)
        for index, row_height in enumerate(heights):
            grid.rows[index].height = Pt(row_height)
        for column, line in enumerate(table.header):
            _cell(grid.cell(0, column), self.doc, [line], size, True)
        for index, row in enumerate(rows, 1):
            _cell(grid.cell(index, 0), self.doc, [row.label], size, True)
            for column, lines in enumerate(row.cells, 1):
                _cell(grid.cell(index, column), self.doc, list(lines), size)

    def picture(self, png: bytes) -> None:
        """The chart, as large as the slide allows, its shape kept."""
        from pptx.util import Pt

        slide = self._slide(self.doc.title.text)
        image = slide.shapes.add_picture(io.BytesIO(png), Pt(MARGIN), Pt(self.top))
        scale = min(Pt(self.width) / image.width, Pt(self.room) / image.height)
        image.width, image.height = int(image.width * scale), int(image.height * scale)
        image.left = int(Pt(MARGIN) + (Pt(self.width) - image.width) / 2)


def _plain(doc: Document, line: Line) -> str:
    """The whole text a line shows, for measuring."""
    parts = [line.label + ":" if line.label and line.text else line.label, line.text, mark(doc, line)]
    return " ".join(p for p in [*parts, citation(doc, line)] if p)


def _runs(paragraph: Any, doc: Document, line: Line, size: float, bold: bool = False) -> None:
    from pptx.util import Pt

    pieces = [
        ((line.label + (": " if line.text else "")) if line.label else "", True, False),
        (line.text, bold, False),
        ((" " + mark(doc, line)) if mark(doc, line) else "", False, True),
        ((" " + citation(doc, line)) if citation(doc, line) else "", False, False),
    ]
    for text, strong, italic in pieces:
        if text:
            run = paragraph.add_run()
            run.text = text
            run.font.size, run.font.bold, run.font.italic = Pt(size), strong or None, italic or None


def _cell(cell: Any, doc: Document, lines: list[Line], size: float, bold: bool = False) -> None:
    frame = cell.text_frame
    frame.word_wrap = True
    for index, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        _runs(paragraph, doc, line, size, bold)
