"""What a comparison says before its table, as plain phrases the terminal and Markdown draw their own way:
the one-line difference, what makes the roles alike, what they share, where they differ.
"""

from __future__ import annotations

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
    items = [Verdict(phrase(d.key, lang), (Piece(_shared_value(data, result, d, lang)),)) for d in result.shared()]
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
    """'audience (CIO: internal; CTO: external); ...', roles with equal values named together; or 'nothing'."""
    parts = []
    for dim in result.differing():
        groups: dict[object, tuple[list[str], list[str], str]] = {}
        for name, cell in zip(names(result, lang), dim.cells, strict=True):
            key, text = _group(data, dim, cell, lang)
            who, near, _ = groups.setdefault(key, ([], [], text))
            who.append(name)
            if dim.key == "classified" and "~" in (cell.value or ""):
                near.append(name)
        pairs = "; ".join(
            f"{_and(lang, who)}: {text}{_nearest(who, near, lang)}" for who, near, text in groups.values()
        )
        parts.append(f"{phrase(dim.key, lang).lower()} ({pairs})")
    return "; ".join(parts) or phrase("nothing", lang)


def _nearest(who: list[str], near: list[str], lang: str) -> str:
    """' (nearest)' when the code is only the nearest for all of `who`, ' (nearest: CDO)' when for some."""
    if not near:
        return ""
    return f" ({phrase('nearest', lang)})" if near == who else f" ({phrase('nearest', lang)}: {_and(lang, near)})"


def cell_value(data: Dataset, key: str, cell: Cell, lang: str) -> str:
    """A cell's value as said in a table or a sentence: 'the CEO or the CIO, depending on the company', ..."""
    from techexec.questions.compare import TOP, VARIES

    if key != "reports_to" or cell.value is None:
        return value_label(data, key, cell.value, lang)
    if cell.value == TOP:
        return phrase("at_top", lang)
    if cell.value == VARIES:
        bosses = [_the(data, b, lang) for b in dict.fromkeys(b for _, b in cell.bosses)]
        either = f"{', '.join(bosses[:-1])} {phrase('or', lang)} {bosses[-1]}"
        return phrase("boss_either", lang).format(bosses=either)
    if any(
        boss != cell.value for _, boss in cell.bosses
    ):  # the role held alone in one structure, with others in another
        return phrase("boss_holder", lang).format(role=acronym(data, cell.value))
    return _the(data, cell.value, lang)


def boss_lines(data: Dataset, cell: Cell, lang: str) -> list[str]:
    """Under a reporting line's value: where it holds ('in all 3 structures'), and the boxes that differ."""
    from techexec.questions.compare import VARIES

    if not cell.bosses:
        return []
    where = (
        phrase("in_one", lang).format(name=cell.bosses[0][0])
        if len(cell.bosses) == 1
        else phrase("in_all", lang).format(n=len(cell.bosses))
    )
    by_boss: dict[str, list[str]] = {}
    for structure, boss in cell.bosses:
        if boss != cell.value:
            by_boss.setdefault(boss, []).append(structure)
    found = [f"{_the(data, boss, lang)}: {', '.join(ids)}" for boss, ids in by_boss.items()]
    return found if cell.value == VARIES else [where, *found]


def _the(data: Dataset, boss: str, lang: str) -> str:
    """'the CEO', 'the CTO + CIO' (one person in both roles), or the top of the structure."""
    from techexec.questions.compare import TOP

    if boss == TOP:
        return phrase("at_top", lang)
    return phrase("boss_the", lang).format(boss=value_label(data, "reports_to", boss, lang))


def _group(data: Dataset, dim: Dimension, cell: Cell, lang: str) -> tuple[object, str]:
    """What makes two cells equal in a sentence, and how it reads."""
    from techexec.questions.compare import VARIES, same_code

    if dim.key == "classified":
        code = same_code(cell.value)
        return code, value_label(data, dim.key, code, lang)
    key = (cell.value, cell.bosses) if cell.value == VARIES else cell.value
    return key, cell_value(data, dim.key, cell, lang)


def _shared_value(data: Dataset, result: Comparison, dim: Dimension, lang: str) -> str:
    """The value all roles share; an ISCO group says for whom it is only the nearest ('ISCO-08 1330 (nearest: CDO)')."""
    _, text = _group(data, dim, dim.cells[0], lang)
    who = names(result, lang)
    near = [n for n, c in zip(who, dim.cells, strict=True) if dim.key == "classified" and "~" in (c.value or "")]
    return text + _nearest(who, near, lang)


def _said(found: tuple[Claim, ...], lang: str) -> tuple[Piece, ...]:
    return tuple(Piece(say(c.text, lang), c) for c in found)


def _one_box(
    data: Dataset, result: Comparison, within: set[str] | None, lang: str, skip: set[str] | frozenset[str] = frozenset()
) -> tuple[Piece, ...]:
    """'One person holds the CIO and CTO roles at once in one structure: techexec org-tree --structure merged.'"""
    grouped: dict[tuple[str, ...], list[str]] = {}
    for structure, held in result.one_box:
        if (within is None or within.issuperset(held)) and not skip.issuperset(held):
            grouped.setdefault(held, []).append(structure)
    dutch = " --lang nl" if lang == "nl" else ""
    return tuple(
        Piece(
            phrase("one_box", lang, len(ids)).format(
                roles=and_list(data, held, lang),
                n=len(ids),
                command=f"techexec org-tree --structure {ids[0]}{dutch}",
                structures=_and(lang, ids),
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
