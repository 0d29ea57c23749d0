"""What roles share and where they differ, dimension by dimension, and the point the source makes about them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from techexec.model import SECTIONS, Claim, Contrast, Dataset, Role, Section, claims
from techexec.questions.classification import isco_value
from techexec.questions.orgtree import placements

TOP = "<top>"  # the boss of a role at the top of a chart: none in the structure (never a role id: ids have no '<')
VARIES = "<varies>"  # the boss of a role placed under different roles in different structures


@dataclass(frozen=True)
class Cell:
    """One role's answer on one dimension: an optional comparable value and its claims.

    `bosses` (the reporting line only): (structure id, boss id or TOP) for every structure holding the role;
    `shared`: how many of the role's claims here are said once, for several roles (Dimension.shared).
    """

    value: str | None
    claims: tuple[Claim, ...]
    bosses: tuple[tuple[str, str], ...] = ()
    shared: int = 0


@dataclass(frozen=True)
class SharedClaim:
    """A claim several of the compared roles make word for word: said once, for all of them."""

    roles: tuple[str, ...]
    claim: Claim


@dataclass(frozen=True)
class Dimension:
    """A row of the comparison; `same` is None where the answers are prose, not comparable values.

    Claims in `shared` are left out of the cells.
    """

    key: str
    cells: tuple[Cell, ...]
    same: bool | None
    shared: tuple[SharedClaim, ...] = ()


@dataclass(frozen=True)
class Comparison:
    """The roles side by side; `one_box` lists (structure id, compared roles one person holds there)."""

    roles: tuple[Role, ...]
    dimensions: tuple[Dimension, ...]
    contrasts: tuple[Contrast, ...] = ()
    one_box: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def shared(self) -> list[Dimension]:
        return [d for d in self.dimensions if d.same is True]

    def differing(self) -> list[Dimension]:
        return [d for d in self.dimensions if d.same is False]


def comparison(data: Dataset, roles: Sequence[Role]) -> Comparison:
    """Line the roles up on every section: the summary, then the comparable values, then prose."""
    rows = []
    for section in sorted((s for s in SECTIONS if s.compared), key=_row_order):
        if section.key == "reporting":
            row = _reports_to(data, roles, section)
        elif section.values:
            row = _valued(section.key, [next(iter(claims(r, section)), None) for r in roles])
        else:
            row = _prose(section.key, [claims(r, section) for r in roles])
        rows.append(_pull_shared(row, [r.id for r in roles]))
    if any(r.id in data.classified for r in roles):  # after the other comparable values, before the prose
        valued = {s.key for s in SECTIONS if s.values} | {"reports_to"}
        cells = tuple(Cell(isco_value(data, r.id), ()) for r in roles)
        codes = tuple(Cell(same_code(c.value), ()) for c in cells)  # the same group, if only nearest for some
        rows.insert(1 + sum(d.key in valued for d in rows), Dimension("classified", cells, _same(codes)))
    contrasts = _widest(data, {r.id for r in roles})
    return Comparison(tuple(roles), tuple(rows), contrasts, _one_box(data, [r.id for r in roles]))


def _widest(data: Dataset, ids: set[str]) -> tuple[Contrast, ...]:
    """The contrasts within the compared roles that no larger one covers: a group's own, else its pairs."""
    within = [c for c in data.contrasts if ids.issuperset(c.roles)]
    return tuple(c for c in within if not any(set(c.roles) < set(o.roles) for o in within))


def _row_order(section: Section) -> tuple[bool, bool]:
    """Summary first, then sections with comparable values (the reporting line is one), then prose."""
    return section.key != "summary", not (section.values or section.key == "reporting")


def _valued(key: str, claims: list[Claim | None]) -> Dimension:
    cells = tuple(Cell(c.value if c else None, (c,) if c else ()) for c in claims)
    return Dimension(key, cells, _same(cells))


def _prose(key: str, claims: list[tuple[Claim, ...]]) -> Dimension:
    return Dimension(key, tuple(Cell(None, c) for c in claims), None)


def _reports_to(data: Dataset, roles: Sequence[Role], section: Section) -> Dimension:
    """Each role's boss in every structure: the role its boss holds everywhere is the value, else VARIES.

    A boss that holds the same role in every structure (the CIO, or a box where one person is CTO and CIO)
    is one value: the role is placed alike. Only different roles above it make the line vary.
    """
    cells = []
    for role in roles:
        bosses = tuple(
            (p.structure.id, "+".join(p.parent.roles) if p.parent else TOP) for p in placements(data, role.id)
        )
        cells.append(Cell(common_boss([boss for _, boss in bosses]), claims(role, section), bosses))
    same = _same(tuple(cells))
    if same and cells[0].value == VARIES:  # varying alike: under the same box in every structure
        same = len({c.bosses for c in cells}) == 1
    return Dimension("reports_to", tuple(cells), same)


def common_boss(bosses: Sequence[str]) -> str | None:
    """The boss every structure agrees on: one box, a role every boss box holds, TOP; else VARIES (None: unplaced)."""
    if not bosses:
        return None
    if len(set(bosses)) == 1:
        return bosses[0]
    held = [set(b.split("+")) for b in bosses if b != TOP]
    if len(held) < len(bosses):
        return VARIES
    first = bosses[0].split("+")
    return next((r for r in first if all(r in h for h in held)), VARIES)


def _same(cells: tuple[Cell, ...]) -> bool | None:
    values = [c.value for c in cells]
    if any(v is None for v in values):
        return None
    return len(set(values)) == 1


def same_code(value: str | None) -> str | None:
    """An ISCO value without its 'nearest' marks: 1330 and 1330~ name the same group."""
    return None if value is None else " ".join(sorted(code.rstrip("~") for code in value.split()))


def _pull_shared(dim: Dimension, ids: list[str]) -> Dimension:
    """Move claims that two or more roles make word for word out of their cells, to be said once."""
    shared: list[SharedClaim] = []
    for cell in dim.cells:
        for claim in cell.claims:
            holders = tuple(i for i, other in zip(ids, dim.cells, strict=True) if claim in other.claims)
            if len(holders) > 1 and all(s.claim != claim for s in shared):
                shared.append(SharedClaim(holders, claim))
    if not shared:
        return dim
    said = [s.claim for s in shared]
    cells = tuple(
        replace(c, claims=tuple(x for x in c.claims if x not in said), shared=sum(x in said for x in c.claims))
        for c in dim.cells
    )
    return replace(dim, cells=cells, shared=tuple(shared))


def _one_box(data: Dataset, ids: list[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Structures where one person holds two or more of the compared roles, with those roles."""
    found = []
    for structure in data.structures.values():
        for node in structure.nodes:
            held = tuple(r for r in ids if r in node.roles)
            if len(held) > 1:
                found.append((structure.id, held))
    return tuple(found)
