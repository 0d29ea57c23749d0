"""What an org chart picture shows, whichever syntax draws it: boxes, numbered dotted lines, a legend.

A dotted line's text never sits on the drawing: the line carries a number in a small circle
and the legend says what the number means. The circle is placed where the line needs it least:
between two neighbouring boxes of one row, below a row for boxes further apart, and between the
rows when the two boxes sit at different depths.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Collection
from typing import NamedTuple

from techexec.i18n.book import phrase
from techexec.i18n.labels import box_name
from techexec.model import GENERAL, Dataset, Node, Structure, say
from techexec.questions.orgtree import holds, tree, walk

# Paul Tol's 'light' scheme: pale enough for black text, told apart in protan, deutan and tritan vision
PALETTE = {"business": "#EEDD88", "technology": "#77AADD", "security": "#FFAABB"}
NO_GROUP = "#FFFFFF"
INK = "#333333"
GENERAL_MARK = "*"
BETWEEN, BELOW, SPAN = "between", "below", "span"


class Box(NamedTuple):
    """One box: a generated id (never data), its words and how it is marked."""

    id: str
    acronym: str
    titles: tuple[str, ...]
    fill: str
    depth: int
    highlighted: bool


class Marker(NamedTuple):
    """A dotted line, drawn through a numbered circle from `upper` (or `left`) to `lower` (or `right`)."""

    number: int
    first: str
    second: str
    place: str
    legend: str


class LegendRow(NamedTuple):
    """A legend row: its key (solid, dashed, number, highlight or general) and what it means."""

    kind: str
    text: str
    number: int = 0


class Chart(NamedTuple):
    title: str
    comment: str
    boxes: tuple[Box, ...]
    solid: tuple[tuple[str, str], ...]
    markers: tuple[Marker, ...]
    legend: tuple[LegendRow, ...]
    groups: tuple[tuple[str, str], ...]  # (colour, name) of every group the chart uses


def chart(data: Dataset, structure: Structure, lang: str, highlight: Collection[str], prefix: str = "n") -> Chart:
    """The picture's content in `lang`, with the boxes of the `highlight` roles marked.

    Box ids start with `prefix`, so that several charts can share one picture (org-tree --structure all).
    """
    walked = [(branch.node, depth) for branch, _, depth in walk(tree(structure))]
    ids = {role: f"{prefix}{number}" for number, (node, _) in enumerate(walked, 1) for role in node.roles}
    boxes = tuple(_box(data, node, depth, ids, lang, highlight) for node, depth in walked)
    solid = tuple((ids[node.parent], ids[node.role]) for node, _ in walked if node.parent is not None)
    markers = tuple(_markers(data, structure, walked, ids, lang))
    used = {box.fill for box in boxes}
    groups = tuple((colour, phrase(f"group_{name}", lang)) for name, colour in PALETTE.items() if colour in used)
    general = any(node.source == GENERAL for node, _ in walked) or any(d.source == GENERAL for d in structure.dotted)
    legend = _legend(lang, markers, [box.acronym.rstrip(GENERAL_MARK) for box in boxes if box.highlighted], general)
    name = say(structure.name, lang)
    return Chart(name, f"{name} ({structure.id})", boxes, solid, markers, legend, groups)


def _legend(lang: str, markers: tuple[Marker, ...], marked: list[str], general: bool) -> tuple[LegendRow, ...]:
    """What the lines, numbers, frames and marks of one picture mean."""
    legend = [LegendRow("solid", phrase("legend_reports", lang))]
    if markers:
        legend.append(LegendRow("dashed", phrase("legend_works", lang)))
    legend += [LegendRow("number", marker.legend, marker.number) for marker in markers]
    if marked:
        legend.append(LegendRow("highlight", f"{phrase('legend_highlight', lang)}: {', '.join(dict.fromkeys(marked))}"))
    if general:
        legend.append(LegendRow("general", phrase("legend_general", lang)))
    return tuple(legend)


def charts(
    data: Dataset, structures: list[Structure], lang: str, highlight: Collection[str]
) -> tuple[list[Chart], Chart]:
    """Several structures for one picture: each chart with ids of its own, and one shared legend (the last
    element: a Chart whose legend and groups cover them all); a dotted line alike in several has one number."""
    made: list[Chart] = []
    numbers: dict[str, int] = {}  # a line said alike in several structures keeps one number, one legend row
    for index, structure in enumerate(structures, 1):
        drawn = chart(data, structure, lang, highlight, prefix=f"s{index}n")
        kept = tuple(m._replace(number=numbers.setdefault(m.legend, len(numbers) + 1)) for m in drawn.markers)
        made.append(drawn._replace(markers=kept))
    markers = tuple({m.number: m for c in made for m in c.markers}.values())
    marked = [box.acronym.rstrip(GENERAL_MARK) for c in made for box in c.boxes if box.highlighted]
    general = any(e.kind == "general" for c in made for e in c.legend)
    used = {colour for c in made for colour, _ in c.groups}
    groups = tuple((colour, phrase(f"group_{name}", lang)) for name, colour in PALETTE.items() if colour in used)
    boxes = tuple(box for c in made for box in c.boxes)
    shared = Chart("", "", boxes, (), markers, _legend(lang, markers, marked, general), groups)
    return made, shared


def _box(data: Dataset, node: Node, depth: int, ids: dict[str, str], lang: str, highlight: Collection[str]) -> Box:
    roles = [data.roles[r] for r in node.roles]
    acronym = box_name(data, node.roles) + (GENERAL_MARK if node.source == GENERAL else "")
    groups = {r.group for r in roles}
    fill = PALETTE.get(roles[0].group or "", NO_GROUP) if len(groups) == 1 else NO_GROUP
    titles = tuple(say(r.title, lang) for r in roles)
    return Box(ids[node.role], acronym, titles, fill, depth, holds(node, highlight))


def _markers(
    data: Dataset, structure: Structure, walked: list[tuple[Node, int]], ids: dict[str, str], lang: str
) -> list[Marker]:
    depth = {ids[node.role]: d for node, d in walked}
    count: dict[int, int] = {}
    place_in_row = {}  # box id -> its position from the left in its row (pre-order is left to right)
    for node, d in walked:
        place_in_row[ids[node.role]] = count[d] = count.get(d, -1) + 1
    found = []
    for number, line in enumerate(structure.dotted, 1):
        a, b = ids[line.start], ids[line.end]
        names = f"{data.roles[line.start].acronym} \u2013 {data.roles[line.end].acronym}"
        text = f"{names}: {say(line.text, lang)}" if line.text else names
        text += GENERAL_MARK if line.source == GENERAL else ""
        if depth[a] != depth[b]:
            upper, lower = sorted((a, b), key=depth.__getitem__)
            found.append(Marker(number, upper, lower, SPAN, text))
            continue
        left, right = sorted((a, b), key=place_in_row.__getitem__)
        place = BETWEEN if place_in_row[right] == place_in_row[left] + 1 else BELOW
        found.append(Marker(number, left, right, place, text))
    return found


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most about `width` characters, balanced so the last one is not a lone word."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return [flat]
    count = math.ceil(len(flat) / width)
    return textwrap.wrap(flat, min(width, math.ceil(len(flat) / count) + 4)) or [""]
