"""The document of one answer: plain, typed blocks that every writer draws and none decides.

Modelled on pandoc's AST, kept small: a Document is a title and a list of blocks; every piece of
text is a Line, which carries its mark (where it comes from) and its citation. Writers (render/)
turn a Document into a destination's syntax; what to say, in which order, with which words, is
decided once by the builders in answers/. Named tuples, as in model.py: cheap to import.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from techexec.model import Mark

NoteKind = Literal["about", "point", "alike", "tip", "warning", "legend", "credit"]
# about: whose text the page shows; point: the answer in one line ("In short"); alike: what makes
# roles alike; tip: what to type next; warning: a problem found; legend: what a mark means; credit:
# a classification's credit line.


class Cite(NamedTuple):
    """Where a line comes from: a source, its section and sentences, and the words that say so."""

    source: str  # the source id; model.GENERAL for general knowledge
    name: str  # the source's name (the article's title), in the document's language
    section: str = ""  # the section's heading, as the source gives it
    sentences: tuple[int, ...] = ()  # 1-based, within the section
    text: str = ""  # the citation in the document's language: "§ What is a CTO?, sentences 1, 6"
    url: str = ""


class Line(NamedTuple):
    """One line of content: plain text (never markup), its mark and citation, the language it is in."""

    text: str
    mark: Mark = "stated"
    cite: Cite | None = None
    label: str = ""  # a lead-in drawn before the text ("CIO", "Reports to"); bold where the writer can
    said: bool = True  # False when a heading above already says the mark: writers do not repeat it
    fallback: str | None = None  # the language of `text` when the chosen one was missing, else None
    link: str = ""  # a web address the line names (an ESCO URI): shown under it, or as a link


class Heading(NamedTuple):
    """A heading; `mark` set when every line under it, up to the next heading, carries that mark."""

    line: Line
    level: int = 2  # 1: the document's own title level; 2: its parts; 3: within a part
    mark: Mark | None = None
    kind: Literal["heading"] = "heading"


class Paragraph(NamedTuple):
    """One paragraph: one line of text, never hard-wrapped by the builder."""

    line: Line
    kind: Literal["paragraph"] = "paragraph"


class Bullets(NamedTuple):
    """A bulleted list, one Line per bullet."""

    items: tuple[Line, ...]
    kind: Literal["bullets"] = "bullets"


class Row(NamedTuple):
    """A table row: its label and one cell per column after the first; a cell may hold several lines."""

    label: Line
    cells: tuple[tuple[Line, ...], ...]
    same: bool = False  # the values are equal across the row (compare: "what they share")


class Table(NamedTuple):
    """A table with a header row; compare has one column per role after the dimension's label."""

    header: tuple[Line, ...]  # the first column's heading, then one per column
    rows: tuple[Row, ...]
    kind: Literal["table"] = "table"


class Note(NamedTuple):
    """A short aside the writers set apart (a box, a blockquote, a note line), by what it is for."""

    role: NoteKind
    lines: tuple[Line, ...]
    kind: Literal["note"] = "note"


HIGHLIGHT = "\u25b6 "  # before a highlighted box, where a writer has no style for it (text, Markdown)


class Branch(NamedTuple):
    """One box of an org tree, drawn `depth` steps under the top."""

    depth: int
    line: Line  # label: the acronym; text: the title; mark: general when not from the article
    role: str = ""  # the role id, so that writers can highlight or link it
    highlight: bool = False


class Tree(NamedTuple):
    """An org tree as text: boxes in depth-first order, each with its depth."""

    branches: tuple[Branch, ...]
    kind: Literal["tree"] = "tree"


Block = Heading | Paragraph | Bullets | Table | Note | Tree


class Document(NamedTuple):
    """One answer, in one language, ready for any writer.

    `marks` holds the words for each mark used ("in the author's view (the CTO of Logz.io)");
    `cited` says whether the user asked to see citations (--sources): writers show each Line's
    cite then, inline or as footnotes, and never otherwise.
    """

    command: str  # the command that answers: commands are open (one module each in cli/commands/), not listed here
    title: Line
    lang: str
    blocks: tuple[Block, ...]
    marks: tuple[tuple[Mark, str], ...] = ()
    cited: bool = False
    brief: bool = False

    def mark_words(self, mark: Mark) -> str:
        """The words for `mark` in this document's language; empty for a stated line."""
        return dict(self.marks).get(mark, "")


def lines(doc: Document) -> list[Line]:
    """Every Line of the document's content, in reading order (the title excluded): for counting marks."""
    found: list[Line] = []
    for block in doc.blocks:
        if isinstance(block, Heading | Paragraph):
            found.append(block.line)
        elif isinstance(block, Bullets):
            found.extend(block.items)
        elif isinstance(block, Note):
            found.extend(block.lines)
        elif isinstance(block, Tree):
            found.extend(b.line for b in block.branches)
        else:
            found.extend(block.header)
            for row in block.rows:
                found.append(row.label)
                found.extend(line for cell in row.cells for line in cell)
    return found


def tags(doc: Document, line: Line) -> tuple[str, str]:
    """What follows a line's text: its mark's words ('in the author's view', '*') and, under --sources, its citation.

    Decided here once for every writer: the author's view and his own case are always said (unless a
    heading above says it); with --sources the citation says the rest (it names inferences and general
    knowledge itself); without, an inference is said in words and general knowledge by a '*'.
    """
    mark = ""
    if line.said and line.mark in ("author", "case"):
        mark = doc.mark_words(line.mark)
    cited = doc.cited and line.cite is not None
    if line.said and not cited and line.mark == "inferred":
        mark = doc.mark_words(line.mark)
    elif line.said and not cited and line.mark == "general":
        mark = "*"
    return mark, line.cite.text if cited and line.cite else ""
