"""Org charts measured in Graphviz's own layout: what a reader of a slide would trip over, for every
bundled structure and the `init` example, in English and Dutch."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import layout
import tools

CASES = [(v, lang) for v in ["ceo-both", "cto-under-cio", "merged", "init"] for lang in ["en", "nl"]]
LEGEND_FIRST_ROW = {"en": "reports to (the box above)", "nl": "rapporteert aan (de functie erboven)"}

# What org-tree drew before issue 12 (shortened): labels on the lines, a strip 6 times as wide as high
OLD_STYLE = """digraph org {
    node [shape=box]; edge [fontsize=10];
    n1 [label="CEO"]; n2 [label="CIO"]; n3 [label="CISO"]; n4 [label="CTO"]; n5 [label="CDO"]; n6 [label="CSO"];
    n1 -> n2; n2 -> n3; n1 -> n4; n1 -> n5; n1 -> n6;
    n4 -> n2 [style=dashed, constraint=false, label="align technology strategy and meet security needs"];
    n4 -> n5 [style=dashed, constraint=false, label="align technology strategy and meet security needs"];
    n4 -> n6 [style=dashed, constraint=false, label="meet the CSO's requirements"];
    n4 -> n3 [style=dashed, constraint=false, label="meet the CISO's requirements"];
}
"""


@pytest.fixture
def drawn(run, tmp_path, request):
    """(picture as laid out by dot, the structure as JSON) for one case; the init example is written first."""
    structure, lang = request.param
    args = ["org-tree", "--lang", lang, "--highlight", "cto"]
    if structure == "init":
        run("init", str(tmp_path / "own"))
        args += ["--data", str(tmp_path / "own")]
    else:
        args += ["--structure", structure]
    source = run(*args, "-f", "dot").stdout
    return layout.layout(tools.dot(), source), json.loads(run(*args, "-f", "json").stdout), lang


def _depths(doc: dict) -> dict[str, int]:
    """Box id (n1, n2, ... in tree order, as graph.py numbers them) -> depth in the tree."""
    return {f"n{i}": row["depth"] for i, row in enumerate(doc["derived"]["tree"], 1)}


@pytest.mark.parametrize("drawn", CASES, indirect=True, ids=[f"{v}-{lang}" for v, lang in CASES])
def test_chart_reads_well_on_a_slide(drawn):
    picture, _, _ = drawn
    assert layout.problems(picture) == []


@pytest.mark.parametrize("drawn", CASES, indirect=True, ids=[f"{v}-{lang}" for v, lang in CASES])
def test_chart_has_its_title_on_top_and_a_legend_below(drawn):
    picture, doc, lang = drawn
    boxes = layout.nodes(picture)
    title = boxes.pop("title")
    assert " ".join(t.words for t in layout.texts(title, "title")) == doc["structure"]["name"]
    legend = layout.texts(picture, "graph")
    words = " ".join(t.words for t in legend)
    assert legend[0].words == LEGEND_FIRST_ROW[lang]
    for number, line in enumerate(doc["structure"]["dotted"], 1):
        assert str(number) in [t.words for t in legend]
        assert line["text"].split()[0] in words
    top = min(layout.outline(b).y0 for b in boxes.values())  # y grows upwards in Graphviz
    bottom = max(layout.outline(b).y1 for b in boxes.values())
    assert layout.outline(title).y0 >= bottom
    assert all(t.rect.y1 <= top for t in legend)


@pytest.mark.parametrize("drawn", CASES, indirect=True, ids=[f"{v}-{lang}" for v, lang in CASES])
def test_each_depth_is_one_row_whatever_the_dotted_lines(drawn):
    picture, doc, _ = drawn
    boxes = layout.nodes(picture)
    rows: dict[int, set[float]] = {}
    for box, depth in _depths(doc).items():
        rows.setdefault(depth, set()).add(round(layout.centre(boxes[box])[1]))
    assert all(len(ys) == 1 for ys in rows.values())
    heights = [ys.pop() for _, ys in sorted(rows.items())]
    assert heights == sorted(heights, reverse=True)  # deeper is lower


@pytest.mark.parametrize("drawn", CASES, indirect=True, ids=[f"{v}-{lang}" for v, lang in CASES])
def test_each_numbered_circle_sits_between_the_boxes_it_joins(drawn):
    picture, _, _ = drawn
    boxes = layout.nodes(picture)
    names = {o["_gvid"]: o["name"] for o in picture["objects"]}
    for circle in [name for name in boxes if name.startswith("m")]:
        pairs = [(names[e["tail"]], names[e["head"]]) for e in picture["edges"]]
        joined = [b if a == circle else a for a, b in pairs if circle in (a, b)]
        assert len(joined) == 2
        (ax, ay), (bx, by) = (layout.centre(boxes[name]) for name in joined)
        x, y = layout.centre(boxes[circle])
        if ay == by:
            assert min(ax, bx) <= x <= max(ax, bx) and y <= ay
        else:
            assert min(ay, by) < y < max(ay, by)


def test_the_measure_sees_what_the_old_chart_got_wrong():
    found = layout.problems(layout.layout(tools.dot(), OLD_STYLE))
    assert any("crosses text" in p and "CISO's requirements" in p for p in found)
    assert any(p.startswith("aspect ratio") for p in found)


def test_png_is_drawn_by_graphviz(tmp_path):
    import subprocess
    import sys

    tools.dot()
    done = subprocess.run(
        [sys.executable, "-m", "techexec", "org-tree", "--format", "png", "--lang", "nl"],
        capture_output=True,
        check=True,
        cwd=Path(__file__).parent,
    )
    assert done.stdout.startswith(b"\x89PNG\r\n\x1a\n")


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_all_structures_say_a_shared_dotted_line_once_and_keep_their_trees_apart(run, lang):
    """--structure all: a line alike in several trees has one number and one legend row, but a circle in each
    tree (a shared circle would pull the trees into one tangle)."""
    source = run("org-tree", "--structure", "all", "--lang", lang, "-f", "dot").stdout
    doc = json.loads(run("org-tree", "--structure", "all", "--lang", lang, "-f", "json").stdout)
    lines = [d for s in doc["structures"] for d in s["dotted"]]
    texts = {(d["from"], d["to"], d["text"]) for d in lines}
    circles = set(re.findall(r"^\s+(m_\w+) \[shape=circle", source, flags=re.M))
    assert len(circles) == len(lines) > len(texts)  # 9 lines drawn, 4 different ones
    legend_numbers = re.findall(r'<TD BORDER="1" STYLE="rounded"[^>]*><FONT POINT-SIZE="11"><B>(\d+)</B>', source)
    assert sorted(map(int, legend_numbers)) == list(range(1, len(texts) + 1))
