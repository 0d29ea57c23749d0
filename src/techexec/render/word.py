"""DOCX (python-docx): one answer as a Word document with real heading styles, bullet lists and tables.

A template (.docx/.dotx, the user's house style) lends its styles, as pandoc's --reference-doc does:
its own text is dropped, its styles used; a style it lacks falls back to plain formatting, and the
names of those styles are handed back for the command to say once. python-docx is imported only here.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from techexec.answers.document import Block, Bullets, Document, Heading, Line, Note, Paragraph, Table, Tree
from techexec.i18n.book import phrase
from techexec.render.paste import Made, citation, cited_sources, mark, stamp, template_as_document
from techexec.render.slide_text import GLYPH

if TYPE_CHECKING:
    from docx.document import Document as Docx
    from docx.text.paragraph import Paragraph as DocxParagraph


class _Styles:
    """The template's styles by name; a missing one is noted and None returned (plain formatting)."""

    def __init__(self, docx: Docx) -> None:
        self.names = {style.name for style in docx.styles}
        self.missing: list[str] = []

    def get(self, name: str) -> str | None:
        if name in self.names:
            return name
        if name not in self.missing:
            self.missing.append(name)
        return None


BOLD = 1.1  # a bold glyph's width against slide_text.GLYPH, the average glyph the slides measure with


def word(doc: Document, template: bytes | None = None) -> Made:
    """The DOCX bytes for `doc`, in the template's styles when one is given."""
    from docx import Document as open_docx

    docx = open_docx(io.BytesIO(template_as_document(template, "docx")) if template else None)
    _clear(docx)
    styles = _Styles(docx)
    stamp(docx.core_properties, doc)
    _heading(docx, styles, doc, doc.title, 0)
    for block in doc.blocks:
        _block(docx, styles, doc, block)
    found = cited_sources(doc)
    if found:
        _heading(docx, styles, doc, Line(phrase("sources", doc.lang)), 1)
        for cite in found:
            _paragraph(docx, styles, doc, Line(f"{cite.name} {cite.url}".strip()), "List Bullet")
    out = io.BytesIO()
    docx.save(out)
    return Made(out.getvalue(), tuple(styles.missing))


def _clear(docx: Docx) -> None:
    """Drop a template's own text, keep its page setup (the body's last sectPr)."""
    body = docx.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)


def _block(docx: Docx, styles: _Styles, doc: Document, block: Block) -> None:
    if isinstance(block, Heading):
        _heading(docx, styles, doc, block.line, 1 if block.level <= 1 else min(block.level, 3))
    elif isinstance(block, Paragraph):
        _paragraph(docx, styles, doc, block.line)
    elif isinstance(block, Bullets):
        for item in block.items:
            _paragraph(docx, styles, doc, item, "List Bullet")
    elif isinstance(block, Table):
        _table(docx, styles, doc, block)
    elif isinstance(block, Note):
        for line in block.lines:
            _paragraph(docx, styles, doc, line, "Intense Quote" if block.role == "point" else "Quote")
    else:
        _tree(docx, styles, doc, block)


def _heading(docx: Docx, styles: _Styles, doc: Document, line: Line, level: int) -> DocxParagraph:
    name = styles.get("Title" if level == 0 else f"Heading {level}")
    made = docx.add_paragraph(style=name)
    _runs(made, doc, line, bold=name is None)
    return made


def _paragraph(docx: Docx, styles: _Styles, doc: Document, line: Line, style: str | None = None) -> DocxParagraph:
    name = styles.get(style) if style else None
    made = docx.add_paragraph(style=name)
    if style and name is None and "List" in style:
        made.add_run("• ")
    _runs(made, doc, line)
    return made


def _runs(paragraph: DocxParagraph, doc: Document, line: Line, bold: bool = False) -> None:
    """Label in bold, the text, the mark in italics, the citation: the same order as every writer."""
    if line.label:
        paragraph.add_run(line.label + (": " if line.text else "")).bold = True
    if line.text:
        paragraph.add_run(line.text).bold = bold or None
    if mark(doc, line):
        paragraph.add_run(" " + mark(doc, line)).italic = True
    if citation(doc, line):
        paragraph.add_run(" " + citation(doc, line))
    if line.link:
        paragraph.add_run(" " + line.link)


def _table(docx: Docx, styles: _Styles, doc: Document, table: Table) -> None:
    made = docx.add_table(rows=1 + len(table.rows), cols=len(table.header))
    name = styles.get("Table Grid")
    if name:
        made.style = name
    labels = [table.header[0].text, *(row.label.text for row in table.rows)]
    _widths(docx, made, len(table.header), labels)
    for cell, line in zip(made.rows[0].cells, table.header, strict=True):
        _cell(cell, doc, (line,), bold=True)
    for row, values in zip(made.rows[1:], table.rows, strict=True):
        _cell(row.cells[0], doc, (values.label,), bold=True)
        for cell, lines in zip(row.cells[1:], values.cells, strict=True):
            _cell(cell, doc, lines)
    docx.add_paragraph()


def _widths(docx: Docx, made: Any, columns: int, labels: list[str]) -> None:
    """The label column narrow (a quarter of the text width, or its longest word), the roles' columns sharing
    the rest; the header row repeated on every page the table runs onto."""
    from docx.oxml import OxmlElement

    section = docx.sections[-1]
    text = int(section.page_width or 0) - int(section.left_margin or 0) - int(section.right_margin or 0)
    first = max(text // 4 if columns > 2 else text * 3 // 10, _longest_word(labels, text))
    made.autofit = False
    widths = [first] + [(text - first) // (columns - 1)] * (columns - 1)
    for index, column in enumerate(made.columns):  # the grid, which LibreOffice reads, and each cell, which Word does
        column.width = widths[index]
        for cell in column.cells:
            cell.width = widths[index]
    made.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def _longest_word(labels: list[str], text: int) -> int:
    """Room for the labels' longest word set bold at 11 pt (LibreOffice and Word cut a word that does not fit:
    'Verantwoordeli / jkheden'), cell margins included; at most two fifths of the text width."""
    from docx.shared import Cm, Inches, Pt

    longest = max((len(word) for label in labels for word in label.split()), default=0)
    margins = 2 * Cm(0.19) + Inches(0.05)  # Word's default 0.19 cm each side, and a little room
    return min(int(Pt(longest * GLYPH * BOLD * 11)) + margins, text * 2 // 5)


def _cell(cell: Any, doc: Document, lines: tuple[Line, ...], bold: bool = False) -> None:
    first = True
    for line in lines:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        _runs(paragraph, doc, line, bold)


def _tree(docx: Docx, styles: _Styles, doc: Document, tree: Tree) -> None:
    """The boxes as nested bullets (List Bullet, 2, 3; deeper ones indented by hand)."""
    from docx.shared import Cm

    for branch in tree.branches:
        level = min(branch.depth, 2)
        made = _paragraph(docx, styles, doc, branch.line, "List Bullet" + (f" {level + 1}" if level else ""))
        if branch.depth > 2:
            made.paragraph_format.left_indent = Cm(0.63 * (branch.depth + 1))
        if branch.highlight:
            for run in made.runs:
                run.bold = True
