"""What a comparison says before its table, as plain phrases the terminal and Markdown draw their own way:
the one-line difference, what makes the roles alike, what they share, where they differ.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

from techexec.i18n.book import phrase
from techexec.i18n.labels import acronym, value_label
from techexec.model import Claim, Dataset, say

if TYPE_CHECKING:
    from techexec.questions.compare import Cell, Comparison, Dimension


class Piece(NamedTuple):
    """Plain text, or a claim a renderer says (and cites) its own way after `prefix`."""

    text: str
    claim: Claim | None = None
    prefix: str = ""


class Verdict(NamedTuple):
    """A labelled line: 'In short: ...', or one item of what the roles share."""

    label: str
    pieces: tuple[Piece, ...]


def opening(data: Dataset, result: Comparison, lang: str) -> list[Verdict]:
    """'In short' (each role's side of the difference) and 'Alike', for every contrast the data draws."""
    lines = []
    everyone = len(result.roles)
    for contrast in result.contrasts:
        names = " vs ".join(acronym(data, r) for r in contrast.roles)
        suffix = "" if len(contrast.roles) == everyone else f" ({names})"
        lines.append(Verdict(phrase("in_short", lang) + suffix, _said(contrast.core, lang)))
        alike = _said(contrast.alike, lang) + _one_box(data, result, set(contrast.roles), lang)
        if alike:
            lines.append(Verdict(phrase("alike", lang) + suffix, alike))
    covered = {r for c in result.contrasts for r in c.roles}
    rest = _one_box(data, result, None, lang, skip=covered)
    if rest:
        lines.append(Verdict(phrase("alike", lang), rest))
    return lines


def shared_items(data: Dataset, result: Comparison, lang: str) -> list[Verdict]:
    """Everything the roles share: equal values, then claims made word for word, each said once."""
    items = [Verdict(phrase(d.key, lang), (Piece(_value(data, d, d.cells[0], lang)),)) for d in result.shared()]
    for dim in result.dimensions:
        for shared in dim.shared:
            holders = "" if len(shared.roles) == len(result.roles) else and_list(data, shared.roles, lang) + " \u2014 "
            prefix = f"{acronym(data, shared.claim.role)}: " if shared.claim.role else ""
            heading = phrase("reporting" if dim.key == "reports_to" else dim.key, lang)  # claims, not a boss
            items.append(
                Verdict(holders + heading, (Piece(prefix + say(shared.claim.text, lang), shared.claim, prefix),))
            )
    return items


def differences(data: Dataset, result: Comparison, lang: str) -> str:
    """'audience (CIO internal, CTO external); ...', or 'nothing'."""
    parts = []
    for dim in result.differing():
        pairs = ", ".join(
            f"{name} {_value(data, dim, c, lang)}" for name, c in zip(names(result, lang), dim.cells, strict=True)
        )
        parts.append(f"{phrase(dim.key, lang).lower()} ({pairs})")
    return "; ".join(parts) or phrase("nothing", lang)


def boss_lines(data: Dataset, cell: Cell, lang: str) -> list[str]:
    """Under a reporting line's value: where it holds ('in all 3 structures'), or the boss in each structure."""
    from techexec.questions.compare import VARIES

    if not cell.bosses:
        return []
    if cell.value != VARIES:
        if len(cell.bosses) == 1:
            return [phrase("in_one", lang).format(name=cell.bosses[0][0])]
        return [phrase("in_all", lang).format(n=len(cell.bosses))]
    by_boss: dict[str, list[str]] = {}
    for structure, boss in cell.bosses:
        by_boss.setdefault(boss, []).append(structure)
    return [f"{value_label(data, 'reports_to', boss, lang)}: {', '.join(ids)}" for boss, ids in by_boss.items()]


def _value(data: Dataset, dim: Dimension, cell: Cell, lang: str) -> str:
    """A cell's value in a sentence; a varying reporting line with its counts ('CEO in 2 of 3, CIO in 1')."""
    from techexec.questions.compare import TOP, VARIES

    text = phrase("top_short", lang) if cell.value == TOP else value_label(data, dim.key, cell.value, lang)
    if cell.value != VARIES:
        return text
    counts = Counter(boss for _, boss in cell.bosses).most_common()
    first = phrase("boss_count_first", lang).format(
        boss=value_label(data, "reports_to", counts[0][0], lang), n=counts[0][1], total=len(cell.bosses)
    )
    rest = [
        phrase("boss_count", lang).format(boss=value_label(data, "reports_to", b, lang), n=n) for b, n in counts[1:]
    ]
    return f"{text}: {_and(lang, [first, *rest])}"


def _said(found: tuple[Claim, ...], lang: str) -> tuple[Piece, ...]:
    return tuple(Piece(say(c.text, lang), c) for c in found)


def _one_box(
    data: Dataset, result: Comparison, within: set[str] | None, lang: str, skip: set[str] | frozenset[str] = frozenset()
) -> tuple[Piece, ...]:
    """'One person holds CIO and CTO in the structure merged.', derived from the charts."""
    grouped: dict[tuple[str, ...], list[str]] = {}
    for structure, held in result.one_box:
        if (within is None or within.issuperset(held)) and not skip.issuperset(held):
            grouped.setdefault(held, []).append(structure)
    return tuple(
        Piece(
            phrase("one_box", lang, len(ids)).format(
                roles=and_list(data, held, lang), structures=_and(lang, [f"\u201c{i}\u201d" for i in ids])
            )
        )
        for held, ids in grouped.items()
    )


def and_list(data: Dataset, ids: tuple[str, ...], lang: str) -> str:
    """'CIO and CTO', 'CIO, CTO and CDO' (in Dutch: 'en')."""
    return _and(lang, [acronym(data, i) for i in ids])


def _and(lang: str, words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {phrase('and', lang)} {words[-1]}"


def names(result: Comparison, lang: str) -> list[str]:
    """Each compared role's acronym, or its title where two share the acronym (the CDO and the CDO)."""
    acronyms = [r.acronym for r in result.roles]
    return [say(r.title, lang) if acronyms.count(r.acronym) > 1 else r.acronym for r in result.roles]
