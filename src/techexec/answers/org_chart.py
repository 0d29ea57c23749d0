"""`org-tree` for a document or slide: each structure's name, what it says, its boxes as a tree, its dotted lines."""

from __future__ import annotations

from collections.abc import Collection

from techexec.answers import words
from techexec.answers.document import Block, Branch, Bullets, Document, Heading, Line, Paragraph, Tree
from techexec.i18n.book import phrase
from techexec.i18n.labels import acronym, box_name
from techexec.model import Dataset, Dotted, Node, Structure, say
from techexec.questions.orgtree import holds, tree, walk


def org_chart(
    data: Dataset, structures: list[Structure], lang: str, highlight: Collection[str], sources: bool = False
) -> Document:
    """One structure (its name the title), or several under one title, each with its own heading."""
    one = len(structures) == 1
    blocks: list[Block] = []
    for structure in structures:
        blocks += _structure(data, structure, lang, highlight, heading=not one)
    if one:
        title = words.plain(f"{phrase('structure', lang)}: {say(structures[0].name, lang)}")
    else:
        title = words.plain(phrase("structures_all", lang))
    doc = Document("org-tree", title, lang, tuple(blocks), cited=sources)
    return words.finish(data, doc)


def _structure(
    data: Dataset, structure: Structure, lang: str, highlight: Collection[str], heading: bool
) -> list[Block]:
    found: list[Block] = [Heading(words.plain(say(structure.name, lang)))] if heading else []
    if structure.description:
        found.append(Paragraph(words.claim(data, structure.description, lang)))
    found.append(Tree(tuple(_branch(data, b.node, depth, lang, highlight) for b, _, depth in walk(tree(structure)))))
    if structure.dotted:
        found.append(Heading(words.plain(phrase("dotted_lines", lang)), level=3))
        found.append(Bullets(tuple(_dotted(data, d, lang) for d in structure.dotted)))
    return found


def _branch(data: Dataset, node: Node, depth: int, lang: str, highlight: Collection[str]) -> Branch:
    """A box: its roles' acronyms as the label, their titles as the text, marked as its placement is."""
    titles = " / ".join(say(data.roles[r].title, lang) for r in node.roles)
    cite = words.cite(data, node.source, lang, node.sentences, node.kind)
    line = Line(titles, words.mark_of(node.source, node.kind), cite, box_name(data, node.roles))
    return Branch(depth, line, node.role, holds(node, highlight))


def _dotted(data: Dataset, line: Dotted, lang: str) -> Line:
    """A collaboration line: who with whom, and what for."""
    said, fallback = words.text(line.text, lang) if line.text else ("", None)
    cite = words.cite(data, line.source, lang, line.sentences, line.kind)
    lead = f"{acronym(data, line.start)} \u254c\u254c {acronym(data, line.end)}"
    return Line(said, words.mark_of(line.source, line.kind), cite, lead, fallback=fallback)


def structure_list(data: Dataset, lang: str) -> Document:
    """org-tree --list: each structure's id and name, the default marked."""
    items = tuple(Line(say(s.name, lang) + (" *" if s.default else ""), label=s.id) for s in data.structures.values())
    return Document("org-tree", words.plain(phrase("structures_heading", lang)), lang, (Bullets(items),))
