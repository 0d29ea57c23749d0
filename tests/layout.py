"""Read Graphviz's own layout (`dot -Tjson`) and say what a reader would trip over in the picture."""

from __future__ import annotations

import json
import subprocess
from typing import Any, NamedTuple

Point = tuple[float, float]


class Rect(NamedTuple):
    x0: float
    y0: float
    x1: float
    y1: float

    def holds(self, p: Point, pad: float = 0.0) -> bool:
        return self.x0 - pad < p[0] < self.x1 + pad and self.y0 - pad < p[1] < self.y1 + pad

    def meets(self, other: Rect) -> bool:
        return self.x0 < other.x1 and other.x0 < self.x1 and self.y0 < other.y1 and other.y0 < self.y1


class Text(NamedTuple):
    words: str
    rect: Rect
    owner: str


def layout(dot_program: str, source: str) -> dict[str, Any]:
    done = subprocess.run([dot_program, "-Tjson"], input=source, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def texts(item: dict[str, Any], owner: str) -> list[Text]:
    """Every text `item` draws, as the box it covers: baseline-anchored, ascent 0.75 and descent 0.22 em."""
    found = []
    for key in ("_ldraw_", "_hldraw_", "_tldraw_", "_draw_"):
        size = 14.0
        for op in item.get(key, []):
            if op["op"] == "F":
                size = op["size"]
            elif op["op"] == "T":
                (x, y), width = op["pt"], op["width"]
                left = {"l": x, "r": x - width}.get(op["align"], x - width / 2)
                found.append(Text(op["text"], Rect(left, y - 0.22 * size, left + width, y + 0.75 * size), owner))
    return found


def curve(edge: dict[str, Any], steps: int = 40) -> list[Point]:
    """Points along the cubic B-spline pieces Graphviz draws for an edge (3k+1 control points)."""
    points: list[Point] = []
    for op in edge.get("_draw_", []):
        if op["op"] != "b":
            continue
        ps = op["points"]
        for i in range(0, len(ps) - 3, 3):
            (ax, ay), (bx, by), (cx, cy), (dx, dy) = ps[i : i + 4]
            for s in range(steps + 1):
                t = s / steps
                a, b, c, d = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t**3
                points.append((a * ax + b * bx + c * cx + d * dx, a * ay + b * by + c * cy + d * dy))
    return points


def nodes(picture: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {o["name"]: o for o in picture.get("objects", []) if "pos" in o}


def centre(node: dict[str, Any]) -> Point:
    x, y = node["pos"].split(",")
    return float(x), float(y)


def outline(node: dict[str, Any]) -> Rect:
    (x, y), w, h = centre(node), float(node["width"]) * 36, float(node["height"]) * 36
    return Rect(x - w, y - h, x + w, y + h)


def aspect(picture: dict[str, Any]) -> float:
    x0, y0, x1, y1 = map(float, picture["bb"].split(","))
    return (x1 - x0) / (y1 - y0)


def problems(picture: dict[str, Any]) -> list[str]:
    """Texts on texts, lines through texts or through boxes they do not join, and a shape off a slide."""
    objects = picture.get("objects", [])
    edges = picture.get("edges", [])
    all_texts = texts(picture, "graph") + [t for o in objects for t in texts(o, o["name"])]
    all_texts += [t for e in edges for t in texts(e, "edge")]
    found = [
        f"text {a.words!r} overlaps text {b.words!r}"
        for i, a in enumerate(all_texts)
        for b in all_texts[i + 1 :]
        if a.rect.meets(b.rect)
    ]
    boxes = nodes(picture)
    for edge in edges:
        path, ends = curve(edge), {objects[edge["tail"]]["name"], objects[edge["head"]]["name"]}
        name = "-".join(sorted(ends))
        found += [f"line {name} crosses text {t.words!r}" for t in all_texts if any(t.rect.holds(p, 1) for p in path)]
        found += [
            f"line {name} crosses box {box}"
            for box, node in boxes.items()
            if box not in ends and any(outline(node).holds(p) for p in path)
        ]
    if not 0.5 <= aspect(picture) <= 2.2:
        found.append(f"aspect ratio {aspect(picture):.2f}:1 is outside 1:2 .. 2.2:1")
    return found
