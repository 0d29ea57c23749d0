"""What roles share and where they differ, dimension by dimension."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from techexec.model import SECTIONS, Claim, Dataset, Role, Section, claims
from techexec.orgtree import placements


@dataclass(frozen=True)
class Cell:
    """One role's answer on one dimension: an optional comparable value and its claims."""

    value: str | None
    claims: tuple[Claim, ...]


@dataclass(frozen=True)
class Dimension:
    """A row of the comparison; `same` is None where the answers are prose, not comparable values."""

    key: str
    cells: tuple[Cell, ...]
    same: bool | None


@dataclass(frozen=True)
class Comparison:
    roles: tuple[Role, ...]
    dimensions: tuple[Dimension, ...]

    def shared(self) -> list[Dimension]:
        return [d for d in self.dimensions if d.same is True]

    def differing(self) -> list[Dimension]:
        return [d for d in self.dimensions if d.same is False]


def compare(data: Dataset, roles: Sequence[Role]) -> Comparison:
    """Line the roles up on every section: the summary, then the comparable values, then prose.

    Fewer than two roles (every name meant the same one) leave nothing to line up.
    """
    if len(roles) < 2:
        return Comparison(tuple(roles), ())
    rows = []
    for section in sorted((s for s in SECTIONS if s.compared), key=_row_order):
        if section.key == "reporting":
            rows.append(_reports_to(data, roles))
        elif section.values:
            rows.append(_valued(section.key, [next(iter(claims(r, section)), None) for r in roles]))
        else:
            rows.append(_prose(section.key, [claims(r, section) for r in roles]))
    return Comparison(tuple(roles), tuple(rows))


def _row_order(section: Section) -> tuple[bool, bool]:
    """Summary first, then sections with comparable values (the reporting line is one), then prose."""
    return section.key != "summary", not (section.values or section.key == "reporting")


def _valued(key: str, claims: list[Claim | None]) -> Dimension:
    cells = tuple(Cell(c.value if c else None, (c,) if c else ()) for c in claims)
    return Dimension(key, cells, _same(cells))


def _prose(key: str, claims: list[tuple[Claim, ...]]) -> Dimension:
    return Dimension(key, tuple(Cell(None, c) for c in claims), None)


def _reports_to(data: Dataset, roles: Sequence[Role]) -> Dimension:
    """Each role's boss in the default structure; the boss's id is the comparable value."""
    cells = []
    for role in roles:
        found = placements(data, role.id)
        first = found[0] if found and found[0].variant is data.default_variant() else None
        boss = first.parent.role if first and first.parent else None
        cells.append(Cell(boss, role.reporting))
    return Dimension("reports_to", tuple(cells), _same(tuple(cells)))


def _same(cells: tuple[Cell, ...]) -> bool | None:
    values = [c.value for c in cells]
    if any(v is None for v in values):
        return None
    return len(set(values)) == 1
