"""Read one YAML file into a node tree, refusing anything that could be hostile."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from techexec.errors import Problem, ProblemKey

MAX_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 32
PLAIN_TAGS = frozenset("tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "null", "map", "seq"))
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def compose(path: Path, shown: str, raw: bytes | None = None) -> yaml.Node | Problem | None:
    """The file's node tree (None if empty), or the first thing that makes it unreadable.

    `raw` is the file's content when the caller has read it already (the cache hashes those bytes).
    """
    try:
        size = path.stat().st_size if raw is None else len(raw)
        if size > MAX_BYTES:
            facts = {"size": size // (1024 * 1024), "limit": MAX_BYTES // (1024 * 1024)}
            return Problem(shown, 1, 1, "too_big", facts)
        raw = path.read_bytes() if raw is None else raw
    except OSError as exc:
        return Problem(shown, 1, 1, "unreadable", {"reason": str(exc.strerror or exc)})
    text = _decode(raw, shown)
    if isinstance(text, Problem):
        return text
    if shown.endswith(".json") and "\\u" in text:
        text = _PAIR.sub(_joined, text)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return Problem(shown, line, col, "invalid_yaml", {"reason": str(exc.problem or exc.context)})
    except yaml.YAMLError as exc:
        return Problem(shown, 1, 1, "invalid_yaml", {"reason": str(exc)})
    except RecursionError:
        return Problem(shown, 1, 1, "too_deep", {"limit": MAX_DEPTH})
    if node is None:
        return None
    return _check_tree(node, shown)


# JSON writes a character beyond the BMP as two \\u escapes (a surrogate pair), which libyaml refuses:
# read as YAML's one \\U escape instead. Only where the backslash is not itself escaped.
_PAIR = re.compile(r"(?<!\\)((?:\\\\)*)\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})", re.IGNORECASE)


def _joined(pair: re.Match[str]) -> str:
    code = 0x10000 + ((int(pair[2], 16) - 0xD800) << 10) + int(pair[3], 16) - 0xDC00
    return f"{pair[1]}\\U{code:08x}"


def _decode(raw: bytes, shown: str) -> str | Problem:
    """Text of the file, or a problem if it is binary or not UTF-8."""
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        return Problem(shown, line, 1, "binary", {})
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return Problem(shown, line, 1, "not_utf8", {"byte": f"0x{raw[exc.start]:02x}"})


def _check_tree(root: yaml.Node, shown: str) -> yaml.Node | Problem:
    """Reject aliases (alias bombs), object-building tags and excessive depth, without recursion."""
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            return _at(node, shown, "alias", {})
        seen.add(id(node))
        if node.tag not in PLAIN_TAGS:
            return _at(node, shown, "tag", {"tag": node.tag})
        if depth > MAX_DEPTH:
            return _at(node, shown, "too_deep", {"limit": MAX_DEPTH})
        kind = type(node)
        if kind is yaml.SequenceNode:
            stack.extend((child, depth + 1) for child in node.value)
        elif kind is yaml.MappingNode:
            for key, value in node.value:
                stack.append((key, depth + 1))
                stack.append((value, depth + 1))
    return root


def _at(node: yaml.Node, shown: str, key: ProblemKey, facts: dict[str, object]) -> Problem:
    """A problem at the node's position (computed only when there is one)."""
    return Problem(shown, node.start_mark.line + 1, node.start_mark.column + 1, key, facts)
