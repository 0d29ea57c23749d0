"""The org chart as text: guide-prefixed lines, one per box, kept apart from terminal.py to keep it short.

Not rich.tree, which takes seconds to lay out 10,000 boxes; the guides and the wrapping of a box
wider than the terminal (under its own guides) look the same.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from rich.text import Text

from techexec.model import say
from techexec.questions.orgtree import Branch, walk

if TYPE_CHECKING:
    from techexec.render.terminal import Writer

MAX_DEPTH = 25  # a text chart deeper than this is unreadable (and costs time quadratic in depth)


def chart(w: Writer, root: Branch, highlight: Collection[str]) -> Text:
    """The tree, drawn down to MAX_DEPTH levels; deeper boxes are counted, not drawn.

    Drawn as guide-prefixed lines rather than with rich.tree, which lays out 10,000 boxes
    in seconds; a box wider than the terminal wraps under its own guides, as rich.tree does.
    """
    lines: list[Text] = []
    stack: list[tuple[Branch, str, str, int]] = [(root, "", "", 1)]
    while stack:
        branch, first, rest, depth = stack.pop()
        lines.append(guided(w, w.box(branch.node, highlight, depth - 1), first, rest))
        if depth >= MAX_DEPTH and branch.children:
            hidden = sum(1 for _ in walk(branch)) - 1
            note = Text(w.t("deeper").format(n=hidden, depth=MAX_DEPTH), style="dim italic")
            lines.append(guided(w, note, rest + "\u2514\u2500\u2500 ", rest + "    "))
            continue
        last = len(branch.children) - 1
        for i, child in reversed(list(enumerate(branch.children))):
            guide, below = ("\u2514\u2500\u2500 ", "    ") if i == last else ("\u251c\u2500\u2500 ", "\u2502   ")
            stack.append((child, rest + guide, rest + below, depth + 1))
    chart = Text("\n").join(lines)
    chart.no_wrap = True  # every line fits already (guided wraps the few that do not): Rich need not measure
    return chart


def guided(w: Writer, text: Text, first: str, rest: str) -> Text:
    """One box under its tree guides (dimmed), wrapped only when it does not fit."""
    if len(first) + text.cell_len <= w.console.width:
        return Text(first, style="dim") + text
    return w.hang(text, first, rest, style="dim")


def structure_list(w: Writer) -> None:
    """org-tree --list: each structure's id and name, the default marked."""
    w.out(Text(w.t("structures_heading") + ":", style="bold"))
    for structure in w.data.structures.values():
        line = Text(structure.id, style="bold") + Text(f" \u2014 {say(structure.name, w.lang)}")
        if structure.default:
            line.append(" *", style="dim")
        w.out(line)
    w.flush()
