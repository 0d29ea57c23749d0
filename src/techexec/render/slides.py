"""PPTX (python-pptx): one answer as slides, every text sized to fit its box by measuring it.

python-pptx never shrinks text, so this writer estimates each paragraph's wrapped height (a wide
average glyph, so real fonts come out shorter) and moves what does not fit to the next slide:
nothing runs off a slide. A table gets a slide of its own (split by rows if long), an org chart
the picture Graphviz drew (legend included), the rest is packed in reading order.
A template (.pptx/.potx) lends its slide size, theme and 'Title Only' layout.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from techexec.answers.document import Bullets, Document, Heading, Line, Note, Paragraph, Row, Table, Tree
from techexec.render.paste import Made, stamp, template_as_document
from techexec.render.slide_text import height, plain, runs, set_cell

if TYPE_CHECKING:
    from pptx.presentation import Presentation

PT = 12700  # EMU per point
BODY, SMALLEST = 18, 12  # body text size in points, and the smallest a table may shrink to
BESIDE = 14  # text size in the column beside a chart
MARGIN = 36  # points around the content


class Para(NamedTuple):
    """One paragraph to set: its line, indent level, and whether it is a heading or a point."""

    line: Line
    level: int = 0
    strong: bool = False


def slides(doc: Document, pictures: Sequence[bytes] = (), template: bytes | None = None) -> Made:
    """The PPTX bytes for `doc`; `pictures`: the chart PNGs that stand for its Tree blocks, in order."""
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
    charts = iter(pictures)
    for block in doc.blocks:
        if isinstance(block, Table):
            builder.table(block, paras)  # the lead-in (the point) above the table when both fit
            paras = []
        elif isinstance(block, Tree):
            boxes = [Para(b.line, b.depth) for b in block.branches]
            picture = next(charts, None)
            builder.picture(picture, boxes, paras) if picture else builder.text([*paras, *boxes])
            paras = []
        else:
            if isinstance(block, Heading) and block.level <= 2 and builder.column is not None:
                builder.text(paras)  # what follows a chart stays beside it; a new part starts a slide
                paras, builder.column = [], None
            paras += _paras(doc, block)
    builder.text(paras)
    stamp(deck.core_properties, doc)
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


class _Deck:
    """Adds slides to a deck: text packed to fit, tables split to fit, a picture scaled to fit."""

    def __init__(self, deck: Presentation, layout: Any, doc: Document) -> None:
        self.deck, self.layout, self.doc = deck, layout, doc
        self.width = int(deck.slide_width or 0) / PT - 2 * MARGIN
        self.top = MARGIN + 72  # under the title
        self.room = int(deck.slide_height or 0) / PT - self.top - MARGIN
        self.column: tuple[Any, float, float, float] | None = (
            None  # (slide, left, width, used): room beside a chart or under a table
        )

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
        """Paragraphs in order, as many per slide as fit at the body size; a heading starts a slide only when it must.

        Beside a chart or under a table drawn just before, the first ones go in the room left while they fit."""
        if self.column is not None:
            slide, left, width, used = self.column
            count, needed = self._fit(paras, self.room - used, width, at_least_one=False)
            if count:
                self._fill(slide, paras[:count], needed, left, width, self.top + used)
            self.column = (slide, left, width, used + needed) if count == len(paras) else None
            paras = paras[count:]
        while paras:
            count, _ = self._fit(paras, self.room)
            while 1 < count < len(paras) and paras[count - 1].strong:
                count -= 1  # a heading goes on with what it heads, never last on a slide
            self._text_slide(paras[:count])
            paras = paras[count:]

    def _fit(
        self, paras: list[Para], room: float, width: float | None = None, at_least_one: bool = True
    ) -> tuple[int, float]:
        """How many of `paras`, from the first, fit in `room` points (on a slide of its own at least one), and how tall."""
        used, count = 0.0, 0
        for para in paras:
            need = self._para_height(para, width)
            if (count or not at_least_one) and used + need > room:
                break
            used, count = used + need, count + 1
        return count, used

    def _para_height(self, para: Para, width: float | None = None) -> float:
        size = (BESIDE if width else BODY) + (2 if para.strong else 0)
        bullet = "\u2022 " if para.level else ""
        room = (width or self.width) - 14 - 27 * para.level
        return height(bullet + plain(self.doc, para.line), size, room) + size * 0.4

    def _text_slide(self, paras: list[Para]) -> None:

        self._fill(self._slide(self.doc.title.text), paras, self.room)

    def _fill(
        self, slide: Any, paras: list[Para], room: float, left: float = MARGIN, width: float = 0, top: float = 0
    ) -> None:
        """A text box under the title holding `paras`, `room` points high (`left`, `width`, `top`: a column's part)."""
        from pptx.util import Pt

        box = slide.shapes.add_textbox(Pt(left), Pt(top or self.top), Pt(width or self.width), Pt(room))
        frame = box.text_frame
        frame.word_wrap = True
        for index, para in enumerate(paras):
            paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            paragraph.level = para.level
            body = BESIDE if width else BODY
            paragraph.space_after = Pt((body + 2 * para.strong) * 0.4)
            if para.level:
                bullet = paragraph.add_run()
                bullet.text, bullet.font.size = "\u2022 ", Pt(body)
            runs(paragraph, self.doc, para.line, body + (2 if para.strong else 0), para.strong)

    def table(self, table: Table, lead: list[Para]) -> None:
        """The table at the largest size that fits, under its lead-in; rows that do not fit go on a next slide."""
        rows = self._split_rows(table)
        above = sum(self._para_height(p) for p in lead)
        if lead and (above > self.room * 0.6 or len(self._table_fit(table, rows, self.room - above)[1]) <= len(rows)):
            self.text(lead)  # lead-in and table do not fit on one slide together: the lead-in goes first
            lead = []  # (under the table before, where there is room)
        self.column = None
        while rows:
            above = sum(self._para_height(p) for p in lead)
            size, heights = self._table_fit(table, rows, self.room - above)
            self._table_slide(table, rows[: len(heights) - 1], size, heights, lead)
            rows, lead = rows[len(heights) - 1 :], []

    def _split_rows(self, table: Table) -> list[Row]:
        """The rows, one taller than a slide (at the smallest size) cut between its lines into rows of the same label."""
        widths = self._widths(len(table.header))
        room = self.room - self._row_height([[h] for h in table.header], SMALLEST, widths) - 8
        found: list[Row] = []
        for row in table.rows:
            pieces = [
                self._pieces(list(cell), SMALLEST, width - 16, room)
                for cell, width in zip(row.cells, widths[1:], strict=True)
            ]
            for part in range(max((len(p) for p in pieces), default=1)):
                cells = tuple(tuple(p[part]) if part < len(p) else () for p in pieces)
                found.append(row._replace(cells=cells))
        return found

    def _pieces(self, lines: list[Line], size: float, width: float, room: float) -> list[list[Line]]:
        """A cell's lines in runs that each fit `room` points at `size`: a line is never cut."""
        pieces: list[list[Line]] = [[]]
        used = 0.0
        for line in lines:
            need = height(plain(self.doc, line), size, width)
            if pieces[-1] and used + need > room:
                pieces.append([])
                used = 0.0
            pieces[-1].append(line)
            used += need
        return pieces

    def _widths(self, columns: int) -> list[float]:
        first = self.width * (0.22 if columns > 2 else 0.3)
        return [first] + [(self.width - first) / (columns - 1)] * (columns - 1)

    def _row_height(self, cells: list[list[Line]], size: float, widths: list[float]) -> float:
        return 8 + max(
            sum(height(plain(self.doc, line), size, width - 16) for line in cell)
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
            if (len(heights) == len(rows) + 1 and sum(heights) <= room) or size == SMALLEST:
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
            set_cell(grid.cell(0, column), self.doc, [line], size, True)
        for index, row in enumerate(rows, 1):
            set_cell(grid.cell(index, 0), self.doc, [row.label], size, True)
            for column, lines in enumerate(row.cells, 1):
                set_cell(grid.cell(index, column), self.doc, list(lines), size)
        self.column = (slide, MARGIN, self.width, above + sum(heights) + 12)  # what follows may stand below

    def picture(self, png: bytes, boxes: list[Para], lead: list[Para]) -> None:
        """The chart as tall as the slide allows, on the left; its lead-in (and what follows it) in a column
        on its right while they fit; its boxes as the picture's description (alt text), marks included."""
        from pptx.util import Pt

        self.column = None
        slide = self._slide(self.doc.title.text)
        image = slide.shapes.add_picture(io.BytesIO(png), Pt(MARGIN), Pt(self.top))
        scale = min(Pt(self.width * 0.62) / image.width, Pt(self.room) / image.height)
        image.width, image.height = int(image.width * scale), int(image.height * scale)
        described = ["    " * p.level + plain(self.doc, p.line) for p in boxes]
        image._element.nvPicPr.cNvPr.set("descr", "\n".join(described))
        gap = 24.0
        left = MARGIN + image.width / PT + gap
        self.column = (slide, left, MARGIN + self.width - left, 0.0)
        self.text(lead)
