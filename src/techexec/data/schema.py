"""Data directories -> validated Dataset. Every problem carries file:line:column."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from techexec.data import integrity
from techexec.data.fields import Reader, Ref
from techexec.data.files import Layers, data_files
from techexec.data.safe_yaml import compose
from techexec.errors import Problem
from techexec.model import (
    GENERAL,
    LANGUAGES,
    SECTIONS,
    Dataset,
    Dotted,
    Node,
    Origin,
    Role,
    Section,
    Text,
    Variant,
)

FILE_KEYS = (
    "role",
    "roles",
    "variant",
    "variants",
    "sources",
    "format",
    "lang",
    "derived",
)  # derived: export-only, ignored
ROLE_REQUIRED = ("id", "acronym", "title", *(s.key for s in SECTIONS if s.required))
ROLE_OPTIONAL = ("aliases", *(s.key for s in SECTIONS if not s.required))


class FileResult(NamedTuple):
    """What one data file defines, checked on its own: the unit the cache stores per file."""

    roles: tuple[Role, ...]
    variants: tuple[Variant, ...]
    sections: dict[str, Text]
    article: str
    problems: tuple[Problem, ...]
    refs: tuple[Ref, ...]
    unsafe: bool = False  # some text holds control or format characters


@dataclass
class Collected:
    """What the files of one layer define, before the checks across files."""

    roles: dict[str, Role] = field(default_factory=dict)
    variants: dict[str, Variant] = field(default_factory=dict)
    sections: dict[str, Text] = field(default_factory=dict)
    article: str = ""
    problems: list[Problem] = field(default_factory=list)
    refs: list[Ref] = field(default_factory=list)


def check(directories: Layers) -> tuple[Dataset, list[Problem]]:
    """Everything the directories define, and every problem and warning, in file order (no cache)."""
    return combine(
        [(directory, [read_file(path, strict) for path in data_files(directory)]) for directory, strict in directories]
    )


def combine(layers: list[tuple[Path, list[FileResult]]]) -> tuple[Dataset, list[Problem]]:
    """Join the files' results, later layers overriding earlier ids, and run the checks across files."""
    found = Collected()
    for _directory, files in layers:
        layer = Collected()
        for result in files:
            for role in result.roles:
                _add(layer.roles, role, layer.problems, "role")
            for variant in result.variants:
                _add(layer.variants, variant, layer.problems, "variant")
            layer.sections.update(result.sections)
            layer.article = result.article or layer.article
            layer.problems += result.problems
            layer.refs += result.refs
        found.roles.update(layer.roles)
        found.variants.update(layer.variants)
        found.sections.update(layer.sections)
        found.article = layer.article or found.article
        found.problems += layer.problems
        found.refs += layer.refs
    problems = found.problems + integrity.references(found.refs, found.roles, {GENERAL, *found.sections})
    problems += integrity.structures(found.variants.values(), found.roles)
    problems += integrity.shared_aliases(found.roles)
    place = str(layers[-1][0]) if layers else "<none>"
    if not found.roles and not [p for p in problems if not p.warning]:
        problems.append(Problem(place, 1, 1, "no roles defined"))
    elif found.roles and not found.variants:
        message = "no reporting structure (variant) defined: org-tree has nothing to draw"
        problems.append(Problem(place, 1, 1, message, warning=True))
    unsafe = any(result.unsafe for _directory, files in layers for result in files)
    dataset = Dataset(found.roles, found.variants, found.sections, found.article, unsafe_text=unsafe)
    return dataset, sorted(problems, key=lambda p: (p.path, p.line, p.column))


def read_file(path: Path, strict: bool, raw: bytes | None = None) -> FileResult:
    """One file's roles, variants, sections and problems; `raw` is its content when already read."""
    reader = Reader(str(path), both_languages=strict)
    layer = Collected()
    roles: list[Role] = []
    variants: list[Variant] = []
    tree = compose(path, str(path), raw)
    if isinstance(tree, Problem):
        layer.problems.append(tree)
        tree = None
    fields = reader.mapping(tree, "file", (), FILE_KEYS) if tree is not None else None
    for key, node in (fields or {}).items():
        if key in ("role", "roles"):
            roles += filter(
                None, (_role(reader, item) for item in ([node] if key == "role" else reader.items(node, "roles")))
            )
        elif key in ("variant", "variants"):
            found = [node] if key == "variant" else reader.items(node, "variants")
            variants += filter(None, (_variant(reader, item) for item in found))
        elif key == "sources":
            _sources(reader, node, layer)
        elif key == "lang":
            reader.choice(node, "lang", LANGUAGES)
    problems = (*layer.problems, *reader.problems)
    parts = (tuple(roles), tuple(variants), layer.sections, layer.article, problems, tuple(reader.refs))
    return FileResult(*parts, unsafe=reader.unsafe)


def _add(table: dict[str, Any], item: Role | Variant, problems: list[Problem], kind: str) -> None:
    if item.id in table:
        first, here = table[item.id].origin, item.origin
        message = f"duplicate {kind} id '{item.id}' (first defined at {first.path}:{first.line})"
        problems.append(Problem(here.path, here.line, here.column, message))
        return
    table[item.id] = item


def _role(r: Reader, node: yaml.Node) -> Role | None:
    f = r.mapping(node, "role", ROLE_REQUIRED, ROLE_OPTIONAL)
    if f is None:
        return None
    names = {
        "id": r.identifier(f["id"], "role id") if "id" in f else None,
        "acronym": r.string(f["acronym"], "acronym") if "acronym" in f else None,
        "title": r.text(f["title"], "title") if "title" in f else None,
    }
    sections = {section.key: _section(r, f, section) for section in SECTIONS}
    missing = any(v is None for v in names.values()) or any(sections[s.key] is None for s in SECTIONS if s.required)
    if missing:
        return None
    aliases = r.strings(f.get("aliases"), "aliases")
    return Role(**names, aliases=aliases, **sections, origin=_origin(r, node))  # type: ignore[arg-type]


def _section(r: Reader, f: dict[str, yaml.Node], section: Section) -> object:
    """One section's claim (or None), or its tuple of claims."""
    if section.many:
        return r.claims(f.get(section.key), section.key, role="optional" if section.names_role else "")
    return r.claim(f[section.key], section.key, values=section.values) if section.key in f else None


def _variant(r: Reader, node: yaml.Node) -> Variant | None:
    f = r.mapping(node, "variant", ("id", "name", "nodes"), ("description", "default", "dotted"))
    if f is None:
        return None
    vid = r.identifier(f["id"], "variant id") if "id" in f else None
    name = r.text(f["name"], "variant name") if "name" in f else None
    description = r.claim(f["description"], "description") if "description" in f else None
    default = r.boolean(f["default"], "default") if "default" in f else False
    nodes = tuple(n for n in (_node(r, item) for item in r.items(f.get("nodes"), "nodes")) if n)
    dotted = tuple(d for d in (_dotted(r, item) for item in r.items(f.get("dotted"), "dotted")) if d)
    if vid is None or name is None or ("description" in f and description is None):
        return None
    return Variant(vid, name, description, nodes, dotted, bool(default), _origin(r, node))


def _node(r: Reader, node: yaml.Node) -> Node | None:
    f = r.mapping(node, "node", ("role",), ("also", "parent", "source"))
    if f is None or "role" not in f:
        return None
    role = r.role_ref(f["role"], "node role")
    also = tuple(a for a in (r.role_ref(n, "also") for n in r.items(f.get("also"), "also")) if a)
    parent = r.role_ref(f["parent"], "parent") if "parent" in f else None
    source = r.identifier(f["source"], "source") if "source" in f else None
    if source is not None:
        r.refer("source", source, f["source"])
    return None if role is None else Node(role, also, parent, source, _origin(r, node))


def _dotted(r: Reader, node: yaml.Node) -> Dotted | None:
    f = r.mapping(node, "dotted line", ("from", "to", "source"), LANGUAGES)
    if f is None:
        return None
    start = r.role_ref(f["from"], "from") if "from" in f else None
    end = r.role_ref(f["to"], "to") if "to" in f else None
    source = r.identifier(f["source"], "source") if "source" in f else None
    if source is not None:
        r.refer("source", source, f["source"])
    text = r.languages(node, f, "dotted line") if f.keys() & set(LANGUAGES) else {}
    if start is None or end is None or source is None or text is None:
        return None
    return Dotted(start, end, text, source)


def _sources(r: Reader, node: yaml.Node, layer: Collected) -> None:
    f = r.mapping(node, "sources", ("sections",), ("article",))
    if f is None:
        return
    if "article" in f:
        article = r.mapping(f["article"], "article", ("title",), ("author", "language"))
        if article and "title" in article:
            layer.article = r.string(article["title"], "article title") or ""
    if "sections" in f and isinstance(f["sections"], yaml.MappingNode):
        for key_node, value_node in f["sections"].value:
            sid = r.identifier(key_node, "section id")
            text = r.text(value_node, f"section '{key_node.value}'")
            if sid and text:
                layer.sections[sid] = text
    elif "sections" in f:
        r.fail(f["sections"], "sections must be a mapping of section id to its title")


def _origin(r: Reader, node: yaml.Node) -> Origin:
    return Origin(r.path, node.start_mark.line + 1, node.start_mark.column + 1)
