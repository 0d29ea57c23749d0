"""Org charts as Graphviz DOT and Mermaid flowcharts, with a title, a legend and role colours.

Node ids are generated ('n1', 'm1', ...), never taken from data, so a role id such as 'end',
'graph' or 'a-b' cannot break either syntax; every text is escaped for the label it lands in.
Solid lines (reporting) shape the tree; a dotted line runs through its numbered circle (chart.py).
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection

from techexec.model import Dataset, Structure
from techexec.render.chart import (
    BELOW,
    BETWEEN,
    GENERAL_MARK,
    INK,
    PALETTE,
    SPAN,
    Box,
    Chart,
    LegendRow,
    Marker,
    chart,
    charts,
    wrap,
)
from techexec.safe_text import for_xml

FONT = "Arial"  # measured by dot with Liberation Sans, which has Arial's metrics: the SVG fits in every viewer
TITLE_WIDTH, BOX_WIDTH, LEGEND_WIDTH = 40, 22, 70  # characters per line
DASHED = "style=dashed, dir=none"
SLACK = '<TD WIDTH="14"></TD>'  # a viewer's kerning may set a legend line ~2% wider than dot measured it


def dot(data: Dataset, structure: Structure, lang: str, highlight: Collection[str], legend: bool = True) -> str:
    """DOT for `dot`: a title on top, the legend underneath (unless left out), each tree depth a row of its own.

    The title is a box tied above the top one rather than a cluster label: inside a cluster `dot`
    no longer keeps a numbered circle between the two boxes of a row it joins.
    """
    c = chart(data, structure, lang, highlight)
    return _dot_graph(c.comment, c if legend else None, _dot_body(c, "title"))


def dot_all(
    data: Dataset, structures: list[Structure], lang: str, highlight: Collection[str], legend: bool = True
) -> str:
    """Every structure in one picture, side by side, each under its own title, with one legend for all.

    The trees share no box, so `dot` lays each out on its own and sets them next to each other;
    a dotted line said alike in several trees carries one number, so the legend says it once.
    """
    made, shared = charts(data, structures, lang, highlight)
    body = [line for number, c in enumerate(made, 1) for line in _dot_body(c, f"title{number}")]
    return _dot_graph(" | ".join(c.comment for c in made), shared if legend else None, body)


def _dot_graph(comment: str, legend: Chart | None, body: list[str]) -> str:
    label = f"label={_dot_legend(legend)}, labelloc=b, " if legend is not None else ""
    out = [
        f"// {_dot_comment(comment)}",
        "digraph org {",
        f'    graph [{label}fontname="{FONT}", fontsize=14, bgcolor="#FFFFFF",'
        " rankdir=TB, nodesep=0.3, ranksep=0.45, pad=0.25, newrank=true];",
        f'    node [shape=box, style="rounded,filled", fontname="{FONT}", fontsize=14, color="{INK}",'
        ' margin="0.12,0.05"];',
        f'    edge [color="{INK}", dir=none];',
        *body,
        "}",
    ]
    return "\n".join(out) + "\n"


def _dot_body(c: Chart, title: str) -> list[str]:
    """One chart's title, boxes, reporting lines and numbered dotted lines."""
    out = [
        f"    {title} [shape=plaintext, style=solid, fontsize=20, label=<<B>{_html_lines(c.title, TITLE_WIDTH)}</B>>];",
        f"    {title} -> {c.boxes[0].id} [style=invis, weight=10];",  # above the top box, not beside it
    ]
    out += [f"    {box.id} [{_dot_box(box)}];" for box in c.boxes]
    out += [f"    {boss} -> {report} [minlen=2];" for boss, report in c.solid]  # a row between rows, for circles
    return out + [line for marker in c.markers for line in _dot_marker(marker)]


def _dot_box(box: Box) -> str:
    titles = " /<BR/>".join(_html_lines(title, BOX_WIDTH) for title in box.titles)
    text = f'<<B>{_html(box.acronym)}</B><BR/><FONT POINT-SIZE="11">{titles}</FONT>>'
    strong = ', penwidth=3.5, color="#000000"' if box.highlighted else ""
    return f'label={text}, fillcolor="{box.fill}"{strong}'


def _dot_marker(marker: Marker) -> list[str]:
    circle = f"m_{marker.first}_{marker.second}"  # one per line: a number shared by two trees is two circles
    a, b = marker.first, marker.second
    lines = [
        f'    {circle} [shape=circle, fixedsize=true, width=0.28, fillcolor="#FFFFFF", fontsize=11,'
        f" label=<<B>{marker.number}</B>>];"
    ]
    if marker.place == BETWEEN:
        return [*lines, f"    {a} -> {circle} -> {b} [{DASHED}];", f"    {{ rank=same; {a}; {circle}; {b}; }}"]
    if marker.place == BELOW:
        return [*lines, f"    {a} -> {circle} [{DASHED}];", f"    {b} -> {circle} [{DASHED}];"]
    return [*lines, f"    {a} -> {circle} -> {b} [{DASHED}];"]


def _dot_legend(c: Chart) -> str:
    """The legend as a Graphviz HTML table: per row a key (line, circle, frame, mark) and its meaning."""
    rows = [
        f'<TR><TD>{_dot_key(entry)}</TD><TD ALIGN="LEFT" BALIGN="LEFT">{_html_lines(entry.text, LEGEND_WIDTH)}</TD>'
        f"{SLACK}</TR>"
        for entry in c.legend
    ]
    if c.groups:
        swatches = "".join(
            f'<TD BGCOLOR="{colour}" BORDER="1" COLOR="#777777" WIDTH="14" HEIGHT="14"></TD>'
            f'<TD ALIGN="LEFT">{_html(name)}</TD><TD WIDTH="8"></TD>'
            for colour, name in c.groups
        )
        rows.insert(-1 if c.legend[-1].kind == "general" else len(rows), _dot_swatches(swatches))
    table = '<TABLE BORDER="1" COLOR="#999999" STYLE="rounded" CELLBORDER="0" CELLSPACING="2" CELLPADDING="3">'
    gap = '<TABLE BORDER="0" CELLPADDING="0"><TR><TD HEIGHT="14"></TD></TR><TR><TD>'  # air above the legend
    return f"<{gap}{table}{''.join(rows)}</TABLE></TD></TR></TABLE>>"


def _dot_swatches(cells: str) -> str:
    return f'<TR><TD></TD><TD ALIGN="LEFT"><TABLE BORDER="0" CELLSPACING="2"><TR>{cells}</TR></TABLE></TD>{SLACK}</TR>'


def _dot_key(entry: LegendRow) -> str:
    """What the legend shows left of a meaning: a line as drawn, a numbered circle, a frame or the mark."""
    if entry.kind in ("solid", "dashed"):
        line = f'<TD WIDTH="28" HEIGHT="8" SIDES="B" BORDER="1" STYLE="{entry.kind}" COLOR="{INK}"></TD>'
        return f'<TABLE BORDER="0" CELLSPACING="0" CELLPADDING="0"><TR>{line}</TR><TR><TD HEIGHT="8"></TD></TR></TABLE>'
    if entry.kind == "number":
        circle = f'<TD BORDER="1" STYLE="rounded" FIXEDSIZE="TRUE" WIDTH="20" HEIGHT="20"><FONT POINT-SIZE="11"><B>{entry.number}</B></FONT></TD>'
        return f'<TABLE BORDER="0" CELLSPACING="0" CELLPADDING="0"><TR>{circle}</TR></TABLE>'
    if entry.kind == "highlight":
        return '<TABLE BORDER="3" STYLE="rounded" COLOR="#000000" CELLBORDER="0" CELLSPACING="0"><TR><TD WIDTH="22" HEIGHT="8"></TD></TR></TABLE>'
    return GENERAL_MARK


def mermaid(data: Dataset, structure: Structure, lang: str, highlight: Collection[str], legend: bool = True) -> str:
    """A Mermaid flowchart: the title in its front matter, the legend as a box under the chart.

    Mermaid cannot keep a line out of the ranking, so a dotted line may push a box down a row;
    its number still sits on the line and the legend says what it means.
    """
    c = chart(data, structure, lang, highlight)
    out = [
        "---",
        f"title: {json.dumps(c.title, ensure_ascii=False)}",
        "config:",
        "  flowchart:",
        "    wrappingWidth: 460",
        "---",
        f"%% {_mermaid_comment(c.comment)}",
        "flowchart TD",
    ]
    for box in c.boxes:
        titles = " / ".join(_mermaid_text(title) for title in box.titles)
        out.append(f'    {box.id}["<b>{_mermaid_text(box.acronym)}</b><br/>{titles}"]')
    out += [f"    {boss} --- {report}" for boss, report in c.solid]
    out += [line for marker in c.markers for line in _mermaid_marker(marker)]
    if legend:
        out.append(f'    legend["{_mermaid_legend(c)}"]')
        deepest = max(c.boxes, key=lambda box: box.depth)
        out.append(f"    {deepest.id} ~~~ legend")
    names = {colour: group for group, colour in PALETTE.items()}
    for colour in dict.fromkeys(box.fill for box in c.boxes):
        members = ",".join(box.id for box in c.boxes if box.fill == colour)
        name = names.get(colour, "plain")
        out.append(f"    classDef {name} fill:{colour},stroke:{INK},color:#000000")
        out.append(f"    class {members} {name}")
    marked = [box.id for box in c.boxes if box.highlighted]
    if marked:
        out.append("    classDef highlight stroke:#000000,stroke-width:4px")
        out.append(f"    class {','.join(marked)} highlight")
    if legend:
        out.append("    classDef legend fill:#FFFFFF,stroke:#999999,color:#000000,text-align:left")
        out.append("    class legend legend")
    return "\n".join(out) + "\n"


def _mermaid_marker(marker: Marker) -> list[str]:
    """A line between rows carries its number; two boxes of one row meet in a numbered circle below them.

    Mermaid ranks boxes by every line, so a line within a row would push one box a row down.
    """
    if marker.place == SPAN:
        return [f'    {marker.first} -.-|"{marker.number}"| {marker.second}']
    circle = f"m_{marker.first}_{marker.second}"  # one per line: a number shared by two trees is two circles
    return [
        f'    {circle}(("{marker.number}"))',
        f"    {marker.first} -.- {circle}",
        f"    {marker.second} -.- {circle}",
    ]


def _mermaid_legend(c: Chart) -> str:
    keys = {"solid": "\u2500\u2500", "dashed": "- - -", "highlight": "\u25ad", "general": GENERAL_MARK}
    lines = [f"{keys.get(e.kind, str(e.number))} {_mermaid_text(e.text)}" for e in c.legend]
    if c.groups:
        swatch = "<span style='background-color:{}'>&nbsp;{}&nbsp;</span>"
        at = -1 if c.legend[-1].kind == "general" else len(lines)
        lines.insert(at, " ".join(swatch.format(colour, _mermaid_text(name)) for colour, name in c.groups))
    return "<br/>".join(lines)


def _html(text: str) -> str:
    """Text for a Graphviz HTML label: XML, so without the U+FFFE and U+FFFF it cannot hold."""
    return (
        " ".join(for_xml(text).split())
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
    )


def _html_lines(text: str, width: int) -> str:
    return "<BR/>".join(_html(line) for line in wrap(text, width))


def _mermaid_text(text: str) -> str:
    """Mermaid label text: quotes and angle brackets as entity codes, no line breaks."""
    flat = " ".join(text.split())
    return flat.replace("#", "#35;").replace('"', "#quot;").replace("<", "#lt;").replace(">", "#gt;")


def _mermaid_comment(text: str) -> str:
    return re.sub(r"[\r\n%]", " ", text)


def _dot_comment(text: str) -> str:
    return re.sub(r"[\r\n]", " ", text)
