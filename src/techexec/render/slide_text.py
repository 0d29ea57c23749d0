"""Text on a slide: how tall a paragraph sets (python-pptx never measures), and its runs with marks and citations."""

from __future__ import annotations

from typing import Any

from techexec.answers.document import Document, Line
from techexec.render.paste import citation, mark

GLYPH = 0.6  # average glyph width in ems: wider than Calibri, Carlito or DejaVu Sans set in prose
LEADING = 1.2  # line height in ems


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


def plain(doc: Document, line: Line) -> str:
    """The whole text a line shows, for measuring."""
    parts = [line.label + ":" if line.label and line.text else line.label, line.text, mark(doc, line)]
    return " ".join(p for p in [*parts, citation(doc, line)] if p)


def runs(paragraph: Any, doc: Document, line: Line, size: float, bold: bool = False) -> None:
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


def set_cell(cell: Any, doc: Document, lines: list[Line], size: float, bold: bool = False) -> None:
    frame = cell.text_frame
    frame.word_wrap = True
    for index, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        runs(paragraph, doc, line, size, bold)
