"""`compare`: the answer first ("In short"), then where the roles differ, then what they share."""

from __future__ import annotations

from typing import TYPE_CHECKING

from techexec.answers import classified, verdicts, words
from techexec.answers.document import Block, Bullets, Document, Line, Note, Paragraph, Row, Table
from techexec.answers.show import credits
from techexec.i18n.book import compared, phrase
from techexec.i18n.labels import acronym
from techexec.model import Claim, Dataset, say

if TYPE_CHECKING:
    from techexec.questions.compare import Comparison, Dimension

MARKERS = {True: " =", False: " \u2260", None: ""}


def compare(
    data: Dataset, result: Comparison, lang: str, sources: bool = False, brief: bool = False, slides: bool = False
) -> Document:
    """The comparison; `brief`: the point and the differing values only, one per role; `slides`: a deck's
    order, the point with the differing values first, what the roles share next, the details after."""
    blocks: list[Block] = [*_point(data, result, lang, brief)]
    differing = [d for d in result.dimensions if d.same is False]
    if brief or slides:
        blocks += [_table(data, result, differing, lang, True)] if differing else []
    if not brief:
        shared = tuple(_verdict(data, item, lang)[0] for item in verdicts.shared_items(data, result, lang))
        if not slides:  # a deck's first slide has the differences as a table already
            differs = verdicts.differences(data, result, lang)
            blocks.append(Paragraph(words.plain(differs, lead=phrase("differs", lang))))
        said = words.plain(
            "" if shared else phrase("nothing", lang), lead=phrase("shared", lang) + (":" if shared else "")
        )
        blocks += [Paragraph(said), *([Bullets(shared)] if shared else [])]
        told = [words.claim(data, c, lang, phrase("told_apart", lang)) for c in classified.told_apart(result.roles)]
        blocks += [Note("alike", tuple(told))] if told else []
        blocks.append(_table(data, result, list(result.dimensions), lang, False))
    title = words.plain(compared(verdicts.names(result, lang), lang))
    doc = Document("compare", title, lang, tuple(blocks), cited=sources, brief=brief)
    ids = [r.id for r in result.roles]
    return words.finish(data, doc, [] if brief else credits(data, ids, lang, sources))


def _point(data: Dataset, result: Comparison, lang: str, brief: bool) -> list[Block]:
    """'In short' (one line per side of the difference) and 'Alike', as notes set apart at the top."""
    found: list[Block] = []
    for verdict in verdicts.opening(data, result, lang):
        alike = verdict.label.startswith(phrase("alike", lang))
        if not (brief and alike):
            found.append(Note("alike" if alike else "point", _verdict(data, verdict, lang)))
    return found


def _verdict(data: Dataset, verdict: verdicts.Verdict, lang: str) -> tuple[Line, ...]:
    """A labelled verdict as lines: each claim its own line, the label on the first; a mark all share said once, last."""
    found: list[Line] = []
    for piece in verdict.pieces:
        lead = "" if found else verdict.label
        if piece.claim is None:
            found.append(words.plain(piece.text, lead=lead))
        else:
            line = words.claim(data, piece.claim, lang, lead)
            found.append(line._replace(text=piece.prefix + line.text))
    marks = {line.mark for line in found if line.cite}
    if len(marks) == 1 and len(found) > 1:
        found = [line._replace(said=False) for line in found[:-1]] + found[-1:]
    return tuple(found)


def _table(data: Dataset, result: Comparison, dims: list[Dimension], lang: str, brief: bool) -> Table:
    """One column per role; a row per dimension, its marker saying whether the values are equal."""
    names = [r.acronym if brief else f"{r.acronym} \u2014 {say(r.title, lang)}" for r in result.roles]
    header = (words.plain(phrase("dimension", lang)), *(words.plain(name) for name in names))
    rows = []
    for dim in dims:
        cells = tuple(_cell(data, result, dim, i, lang, brief) for i in range(len(result.roles)))
        marker = "" if brief else MARKERS[dim.same]  # a brief table holds differences only
        rows.append(Row(words.plain(phrase(dim.key, lang) + marker), cells, dim.same is True))
    return Table(header, tuple(rows))


def _cell(data: Dataset, result: Comparison, dim: Dimension, index: int, lang: str, brief: bool) -> tuple[Line, ...]:
    """A role's value (bold), where it holds, then its claims; the role's classification entries."""
    cell = dim.cells[index]
    found: list[Line] = []
    if cell.value is not None:
        found.append(Line("", label=verdicts.cell_value(data, dim.key, cell, lang)))
        found += [] if brief else [words.plain(line) for line in verdicts.boss_lines(data, cell, lang)]
    if brief:
        return tuple(found) or (words.plain(phrase("not_covered", lang)),)
    for claim in cell.claims:
        if _told_before(result, dim, index, claim):
            continue
        lead = f"{acronym(data, claim.role)}: " if claim.role else ""
        found.append(words.claim(data, claim, lang)._replace(text=f"\u2022 {lead}{say(claim.text, lang)}"))
    if dim.key == "classified":
        role = result.roles[index]
        found += [
            Line(f"\u2022 {c.text}", cite=words.cite(data, c.source, lang))
            for c in classified.compact_lines(data, role, lang)
        ]
    return tuple(found) or (words.plain(phrase("shared_only" if cell.shared else "not_covered", lang)),)


def _told_before(result: Comparison, dim: Dimension, index: int, claim: Claim) -> bool:
    """Whether a column to the left already tells this relation: its role names this column's role, from the
    same sentences, with the same mark (the CIO's 'CTO: works with the CIO ...' and the CTO's 'CIO: ...')."""
    here = result.roles[index].id
    for other, cell in zip(result.roles[:index], dim.cells[:index], strict=False):
        if claim.role != other.id:
            continue
        for told in cell.claims:
            same_grounds = told.source == claim.source and set(told.sentences) & set(claim.sentences)
            if (
                told.role == here
                and same_grounds
                and words.mark_of(told.source, told.kind) == words.mark_of(claim.source, claim.kind)
            ):
                return True
    return False
