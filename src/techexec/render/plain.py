"""Plain text that pastes into Word, Google Docs or an e-mail: one line per paragraph or bullet, never wrapped."""

from __future__ import annotations

from techexec.answers.document import HIGHLIGHT, Bullets, Document, Heading, Line, Note, Paragraph, Table, Tree, tags

BULLET = "\u2022 "


def text(doc: Document) -> str:
    """The document as plain lines: headings on their own, a blank line between blocks, tables as labelled lines."""
    out = [line(doc, doc.title)]
    for block in doc.blocks:
        if isinstance(block, Heading):
            out += ["", line(doc, block.line)]
        elif isinstance(block, Paragraph):
            out.append(line(doc, block.line))
        elif isinstance(block, Bullets):
            out += [BULLET + line(doc, item) for item in block.items]
        elif isinstance(block, Note):
            out += [line(doc, item) for item in block.lines]
        elif isinstance(block, Tree):
            out += ["    " * b.depth + HIGHLIGHT * b.highlight + line(doc, b.line) for b in block.branches]
        else:
            out += _table(doc, block)
    return "\n".join(out) + "\n"


def line(doc: Document, found: Line) -> str:
    """'Lead: text — mark [citation]', and a web address after it."""
    mark, cite = tags(doc, found)
    lead = (f"{found.label}: " if found.text else found.label) if found.label else ""
    mark = f" {mark}" if mark == "*" else f" \u2014 {mark}" if mark else ""
    return lead + found.text + mark + (f" [{cite}]" if cite else "") + (f" {found.link}" if found.link else "")


def _table(doc: Document, table: Table) -> list[str]:
    """A table as a heading per row, then each cell's lines led by its column's name: 'CIO: internal'."""
    out = []
    for row in table.rows:
        out += ["", line(doc, row.label)]
        for head, cell in zip(table.header[1:], row.cells, strict=True):
            short = head.text.split(" \u2014 ")[0]  # the role's acronym
            out += [f"{short}: {line(doc, item).removeprefix(BULLET)}" for item in cell]
    return out
