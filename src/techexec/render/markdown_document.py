"""A document as Markdown for wikis and docs: headings, lists, tables, marks in italics, citations as footnotes.

Text is escaped, so a '*', '|', '[' or '<tag>' in a data file stays literal text.
"""

from __future__ import annotations

import re

from techexec.answers.document import HIGHLIGHT, Bullets, Document, Heading, Line, Note, Paragraph, Table, Tree, tags

_INLINE = re.compile(r"([\\`*_\[\]|~])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_LEADING = re.compile(r"^([#>+=-]|\d+(?=[.)]))")


def escape(text: str) -> str:
    """Literal Markdown text: inline markup escaped, '&' only where it would start an entity, and a leading
    character that would start a heading, quote or list."""
    flat = " ".join(text.split())
    inline = _ENTITY.sub(r"\\&", _INLINE.sub(r"\\\1", flat)).replace("<", "&lt;")
    return _LEADING.sub(lambda m: m.group(1) + "\\" if m.group(1)[0].isdigit() else "\\" + m.group(1), inline)


class Notes:
    """Footnotes: one per cited place, numbered in order of first use."""

    def __init__(self) -> None:
        self.used: list[str] = []

    def mark(self, found: Line) -> str:
        if found.cite is None:
            return ""
        cite = found.cite
        text = f"\u201c{cite.name}\u201d, {cite.text}" if cite.section else cite.text
        if text not in self.used:
            self.used.append(text)
        return f"[^{self.used.index(text) + 1}]"

    def lines(self) -> list[str]:
        return ["", *(f"[^{n}]: {escape(text)}" for n, text in enumerate(self.used, 1))] if self.used else []


def markdown(doc: Document) -> str:
    """The whole document; footnotes (with --sources) at the end."""
    notes = Notes()
    out = [f"# {line(doc, doc.title, notes)}"]
    for block in doc.blocks:
        out.append("")
        if isinstance(block, Heading):
            out.append(f"{'#' * min(block.level, 6)} {line(doc, block.line, notes)}")
        elif isinstance(block, Paragraph):
            out.append(line(doc, block.line, notes))
        elif isinstance(block, Bullets):
            out += [f"- {line(doc, item, notes)}" for item in block.items]
        elif isinstance(block, Note):
            quote = block.role in ("about", "warning", "tip", "point", "alike")
            said = [line(doc, item, notes) for item in block.lines]
            out += [f"> {s}" for s in said] if quote else [f"*{s}*" if s else s for s in said]
        elif isinstance(block, Tree):
            out += [f"{'  ' * b.depth}- {HIGHLIGHT * b.highlight}{line(doc, b.line, notes)}" for b in block.branches]
        else:
            out += _table(doc, block, notes)
    return "\n".join(_tidy(out) + notes.lines()) + "\n"


def line(doc: Document, found: Line, notes: Notes) -> str:
    """'**Lead:** text — *mark*' and its footnote; a web address after it."""
    mark, cite = tags(doc, found)
    lead = (f"**{escape(found.label)}:** " if found.text else f"**{escape(found.label)}**") if found.label else ""
    said = lead + escape(found.text)
    if mark == "*":
        said += " \\*"
    elif mark:
        said += f" \u2014 *{escape(mark)}*"
    if cite:
        said += notes.mark(found)
    return said + (f" {escape(found.link)}" if found.link else "")


def _table(doc: Document, table: Table, notes: Notes) -> list[str]:
    """A pipe table: one column per role; a cell's lines joined by <br>."""
    header = [line(doc, h, notes) for h in table.header]
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in table.rows:
        cells = ["<br>".join(line(doc, c, notes) for c in cell) for cell in row.cells]
        out.append(f"| {line(doc, row.label, notes)} | " + " | ".join(cells) + " |")
    return out


def _tidy(out: list[str]) -> list[str]:
    """No two blank lines in a row."""
    return [s for i, s in enumerate(out) if s or (i and out[i - 1])]
