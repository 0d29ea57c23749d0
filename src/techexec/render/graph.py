"""Org charts as Mermaid flowcharts and Graphviz DOT: solid reporting lines, dashed collaboration lines.

Node ids are generated ('n1', 'n2', ...), never taken from data, so a role id such as 'end',
'graph' or 'a-b' cannot break either syntax; every label is quoted and escaped.
"""

from __future__ import annotations

import re

from techexec.model import Dataset, Node, Variant, say
from techexec.orgtree import holds, tree, walk

HIGHLIGHT_FILL = "#ffe082"


def _nodes(variant: Variant) -> list[Node]:
    """Boxes top-down (pre-order), so the text reads like the chart."""
    return [branch.node for branch, _, _ in walk(tree(variant))]


def _ids(variant: Variant) -> tuple[list[Node], dict[str, str]]:
    """The boxes, and a safe id for every role they carry (roles of one box share its id)."""
    nodes = _nodes(variant)
    ids = {role: f"n{number}" for number, node in enumerate(nodes, 1) for role in node.roles}
    return nodes, ids


def _label(data: Dataset, node: Node, lang: str) -> tuple[str, str]:
    roles = [data.roles[r] for r in node.roles]
    return " + ".join(r.acronym for r in roles), " / ".join(say(r.title, lang) for r in roles)


def mermaid(data: Dataset, variant: Variant, lang: str, highlight: str | None) -> str:
    nodes, ids = _ids(variant)
    out = [f"%% {_mermaid_comment(say(variant.name, lang))} ({variant.id})", "flowchart TD"]
    for node in nodes:
        acronym, title = _label(data, node, lang)
        out.append(f'    {ids[node.role]}["{_mermaid_text(acronym)}<br/>{_mermaid_text(title)}"]')
    for node in nodes:
        if node.parent is not None:
            out.append(f"    {ids[node.parent]} --> {ids[node.role]}")
    for line in variant.dotted:
        text = say(line.text, lang) if line.text else ""
        edge = f'-.->|"{_mermaid_text(text)}"|' if text else "-.->"
        out.append(f"    {ids[line.start]} {edge} {ids[line.end]}")
    marked = [ids[node.role] for node in nodes if holds(node, highlight)]
    if marked:
        out.append(f"    classDef highlight fill:{HIGHLIGHT_FILL},stroke:#e65100,stroke-width:3px")
        out.append(f"    class {','.join(marked)} highlight")
    return "\n".join(out) + "\n"


def dot(data: Dataset, variant: Variant, lang: str, highlight: str | None) -> str:
    nodes, ids = _ids(variant)
    out = [
        f"// {_dot_comment(say(variant.name, lang))} ({variant.id})",
        "digraph org {",
        "    rankdir=TB;",
        '    node [shape=box, style="rounded", fontname="Helvetica"];',
        '    edge [fontname="Helvetica", fontsize=10];',
    ]
    for node in nodes:
        acronym, title = _label(data, node, lang)
        extra = (
            f', style="rounded,filled,bold", fillcolor="{HIGHLIGHT_FILL}", penwidth=2' if holds(node, highlight) else ""
        )
        out.append(f'    {ids[node.role]} [label="{_dot_text(acronym)}\\n{_dot_text(title)}"{extra}];')
    for node in nodes:
        if node.parent is not None:
            out.append(f"    {ids[node.parent]} -> {ids[node.role]};")
    for line in variant.dotted:
        text = f', label="{_dot_text(say(line.text, lang))}"' if line.text else ""
        out.append(f"    {ids[line.start]} -> {ids[line.end]} [style=dashed, constraint=false, arrowhead=none{text}];")
    out.append("}")
    return "\n".join(out) + "\n"


def _mermaid_text(text: str) -> str:
    """Mermaid label text: quotes and angle brackets as entity codes, no line breaks."""
    flat = " ".join(text.split())
    return flat.replace("#", "#35;").replace('"', "#quot;").replace("<", "#lt;").replace(">", "#gt;")


def _mermaid_comment(text: str) -> str:
    return re.sub(r"[\r\n%]", " ", text)


def _dot_text(text: str) -> str:
    flat = " ".join(text.split())
    return flat.replace("\\", "\\\\").replace('"', '\\"')


def _dot_comment(text: str) -> str:
    return re.sub(r"[\r\n]", " ", text)
