"""Data directories -> validated Dataset. Every problem carries file:line:column."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from techexec.data import classifications, contrasts, plain_text
from techexec.data.fields import PROVENANCE, Cited, Reader, Ref
from techexec.data.safe_yaml import compose
from techexec.data.saving import shown
from techexec.errors import Field, Problem
from techexec.model import (
    GROUPS,
    LANGUAGES,
    SECTIONS,
    Classification,
    Concept,
    Contrast,
    Dotted,
    Node,
    Origin,
    Release,
    Role,
    Section,
    Structure,
    Text,
)

FILE_KEYS = (
    "role",
    "roles",
    "structure",
    "structures",
    "variant",  # the old name of `structure:`, still read
    "variants",
    "sources",
    "comparisons",
    "releases",
    "concepts",
    "classified",
    "format",
    "lang",
    "derived",
)  # derived: export-only, ignored
ROLE_REQUIRED = ("id", "acronym", "title", *(s.key for s in SECTIONS if s.required))
ROLE_OPTIONAL = ("aliases", "group", "related", "differs_from", *(s.key for s in SECTIONS if not s.required))


class FileResult(NamedTuple):
    """What one data file defines, checked on its own: the unit the cache stores per file."""

    found: Collected
    unsafe: bool = False  # some text holds control or format characters


@dataclass
class Collected:
    """What the files of one load define, before cross-integrity."""

    roles: dict[str, Role] = field(default_factory=dict)
    structures: dict[str, Structure] = field(default_factory=dict)
    sections: dict[str, Text] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)  # section id -> how many sentences it has
    article: str = ""
    article_sections: set[str] = field(default_factory=set)  # the sections of the article (not of the user's sources)
    author: Text | None = None
    contrasts: dict[frozenset[str], Contrast] = field(default_factory=dict)  # by their set of roles
    releases: dict[str, Release] = field(default_factory=dict)
    concepts: dict[str, Concept] = field(default_factory=dict)
    classified: dict[str, Classification] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    refs: list[Ref] = field(default_factory=list)
    cited: list[Cited] = field(default_factory=list)
    broken: dict[str, tuple[str, ...]] = field(default_factory=dict)  # roles with errors: id -> their names


def read_file(path: Path, strict: bool, raw: bytes | None = None) -> FileResult:
    """One file's definitions and problems; `raw` is its content when already read (the cache hashed it)."""
    reader = Reader(shown(path), both_languages=strict)
    found = Collected()
    _read_file(path, reader, found, raw)
    return FileResult(found, reader.unsafe)


def _read_file(path: Path, reader: Reader, layer: Collected, raw: bytes | None = None) -> None:
    tree = compose(path, shown(path), raw)
    if isinstance(tree, Problem):
        layer.problems.append(tree)
        return
    if tree is None:
        return
    fields = reader.mapping(tree, "file", (), FILE_KEYS)
    reader.lang = reader.choice(fields["lang"], "lang", LANGUAGES) if fields and "lang" in fields else None
    for key, node in (fields or {}).items():
        if key in ("role", "roles"):
            for item in [node] if key == "role" else reader.items(node, "roles"):
                _add(layer.roles, _role(reader, item), reader, item, "role id")
        elif key in ("structure", "structures", "variant", "variants"):
            for item in [node] if key in ("structure", "variant") else reader.items(node, key):
                _add(layer.structures, _structure(reader, item), reader, item, "structure id")
        elif key == "sources":
            _sources(reader, node, layer)
        elif key == "comparisons":
            for contrast in contrasts.read(reader, node):
                contrasts.add(layer.contrasts, contrast, reader.problems)
        elif key == "releases":
            for release in classifications.releases(reader, node):
                _add(layer.releases, release, reader, node, "release id")
        elif key == "concepts":
            for item in reader.items(node, "concepts"):
                _add(layer.concepts, classifications.concept(reader, item), reader, item, "concept id")
        elif key == "classified":
            for item in reader.items(node, "classified"):
                found = classifications.classification(reader, item)
                _add(layer.classified, found, reader, item, "classification of role")
    layer.problems += reader.problems
    layer.refs += _with_words_near(reader.refs, path, raw)
    layer.cited += reader.cited
    layer.broken.update(reader.broken)


def _with_words_near(refs: list[Ref], path: Path, raw: bytes | None) -> list[Ref]:
    """Role names with the words around them: their line and the comment lines just above and below.

    `validate` reads them to catch 'cdo' meant as the Chief Data Officer (data/references.py).
    """
    if not any(ref.kind == "role_name" for ref in refs):
        return refs
    try:
        lines = (raw if raw is not None else path.read_bytes()).decode("utf-8", "replace").splitlines()
    except OSError:
        return refs
    out = []
    for ref in refs:
        if ref.kind == "role_name" and 0 < ref.line <= len(lines):
            here = ref.line - 1
            near = [lines[here]]
            for at in (here - 1, here - 2):  # a comment block just above, up to two lines
                if at < 0 or not lines[at].lstrip().startswith("#"):
                    break
                near.append(lines[at])
            if here + 1 < len(lines) and "#" in lines[here + 1]:  # a comment at the end of the next line
                near.append(lines[here + 1].split("#", 1)[1])
            ref = dataclasses.replace(ref, near=" ".join(near))
        out.append(ref)
    return out


def _add(table: dict[str, Any], item: Any, reader: Reader, node: yaml.Node, kind: str) -> None:
    """Add `item` under its id (a classification: under its role), refusing a second one."""
    if item is None:
        return
    key = item.role if isinstance(item, Classification) else item.id
    if key in table:
        first = table[key].origin
        reader.fail(node, "duplicate", kind=kind, id=key, first=f"{first.path}:{first.line}")
        return
    table[key] = item


def _role(r: Reader, node: yaml.Node) -> Role | None:
    f = r.mapping(node, "role", ROLE_REQUIRED, (*ROLE_OPTIONAL, *plain_text.keys(r, "title")))
    if f is None:
        return None
    names = {
        "id": r.identifier(f["id"], "role id") if "id" in f else None,
        "acronym": r.string(f["acronym"], "acronym") if "acronym" in f else None,
        "title": r.text(f["title"], "title", f.get("title_lang"), "title_lang") if "title" in f else None,
    }
    sections = {section.key: _section(r, f, section) for section in SECTIONS}
    missing = any(v is None for v in names.values()) or any(sections[s.key] is None for s in SECTIONS if s.required)
    if missing:
        _broken(r, names, f)
        return None
    aliases = r.strings(f.get("aliases"), "aliases")
    group = r.choice(f["group"], "group", GROUPS) if "group" in f else None
    related = bool(r.boolean(f["related"], "related")) if "related" in f else False
    differs = r.claim(f["differs_from"], "differs_from", role="required") if "differs_from" in f else None
    if "differs_from" in f and differs is None:
        _broken(r, names, f)
        return None
    extra = {"group": group, "related": related, "differs_from": differs, "origin": _origin(r, node)}
    return Role(**names, aliases=aliases, **sections, **extra)  # type: ignore[arg-type]


def _broken(r: Reader, names: dict[str, Any], f: dict[str, yaml.Node]) -> None:
    """A role with errors in its own fields is still known by its id and names: references to it are no
    further mistakes (each mistake is reported once, where it is)."""
    said = names["id"] or (f["id"].value if isinstance(f.get("id"), yaml.ScalarNode) else None)  # 'I-adviseur'
    if said:
        titles = tuple((names["title"] or {}).values())
        r.broken[str(said)] = (*((names["acronym"],) if names["acronym"] else ()), *titles)


def _section(r: Reader, f: dict[str, yaml.Node], section: Section) -> object:
    """One section's claim (or None), or its tuple of claims."""
    if section.many:
        return r.claims(f.get(section.key), section.key, role="optional" if section.names_role else "")
    return r.claim(f[section.key], section.key, values=section.values) if section.key in f else None


def _structure(r: Reader, node: yaml.Node) -> Structure | None:
    optional = ("description", "default", "dotted", *plain_text.keys(r, "name"))
    f = r.mapping(node, "structure", ("id", "name", "nodes"), optional)
    if f is None:
        return None
    vid = r.identifier(f["id"], "structure id") if "id" in f else None
    name = r.text(f["name"], "structure name", f.get("name_lang"), "name_lang") if "name" in f else None
    description = r.claim(f["description"], "description") if "description" in f else None
    default = r.boolean(f["default"], "default") if "default" in f else False
    nodes = tuple(n for n in (_node(r, item) for item in r.items(f.get("nodes"), "nodes")) if n)
    if isinstance(f.get("nodes"), yaml.SequenceNode) and not f["nodes"].value:
        r.fail(f["nodes"], "empty", what="nodes")  # a chart of nothing: every command would choke on it
    dotted = tuple(d for d in (_dotted(r, item) for item in r.items(f.get("dotted"), "dotted")) if d)
    if vid is None or name is None or ("description" in f and description is None):
        return None
    return Structure(vid, name, description, nodes, dotted, bool(default), _origin(r, node))


def _node(r: Reader, node: yaml.Node) -> Node | None:
    f = r.mapping(node, "node", ("role",), ("also", "parent", "source", *PROVENANCE))
    if f is None or "role" not in f:
        return None
    role = r.role_name(f["role"], "node role")
    also = tuple(a for a in (r.role_name(n, "also") for n in r.items(f.get("also"), "also")) if a)
    parent = r.role_name(f["parent"], "parent") if "parent" in f else None
    source = r.identifier(f["source"], "source") if "source" in f else None
    if source is not None:
        r.refer("source", source, f["source"])
    elif f.keys() & set(PROVENANCE):
        r.fail(node, "provenance_needs_source")
        return None
    cites = r.provenance(f, source, "node")
    if role is None or cites is None:
        return None
    return Node(role, also, parent, source, _origin(r, node), *cites)


def _dotted(r: Reader, node: yaml.Node) -> Dotted | None:
    sourced = ("source",) if r.both_languages else ()  # the user's own data may leave it out
    texts = (*LANGUAGES, *plain_text.keys(r))  # its text is optional
    f = r.mapping(node, "dotted line", ("from", "to", *sourced), (*texts, *PROVENANCE, "source"))
    if f is None:
        return None
    start = r.role_name(f["from"], "from") if "from" in f else None
    end = r.role_name(f["to"], "to") if "to" in f else None
    source = r.source(node, f, "dotted line")
    cites = r.provenance(f, source, "dotted line") if source is not None else None
    text = r.languages(node, f, "dotted line") if f.keys() & set(texts) else {}
    if start is None or end is None or source is None or text is None or cites is None:
        return None
    return Dotted(start, end, text, source, *cites)


def _sources(r: Reader, node: yaml.Node, layer: Collected) -> None:
    f = r.mapping(node, "sources", ("sections",), ("article",))
    if f is None:
        return
    if "article" in f:
        article = r.mapping(f["article"], "article", ("title",), ("author", "language"))
        if article and "title" in article:
            layer.article = r.string(article["title"], "article title") or ""
        if article and "author" in article:
            layer.author = r.text(article["author"], "article author")
    if "sections" in f and isinstance(f["sections"], yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in f["sections"].value:
            if key_node.value in seen:  # YAML would keep the last silently
                r.fail(key_node, "repeated_key", what="sections", key=str(key_node.value))
                continue
            seen.add(key_node.value)
            sid = r.identifier(key_node, "section id")
            what = Field("section", name=str(key_node.value))
            fields = r.mapping(value_node, what, (), (*LANGUAGES, "sentences"))
            text = None if fields is None else r.languages(value_node, fields, what)
            count = r.count(fields["sentences"], Field("sentences", what)) if fields and "sentences" in fields else None
            if sid and text:
                layer.sections[sid] = text
                layer.article_sections |= {sid} if layer.article else set()
            if sid and count:
                layer.counts[sid] = count
    elif "sections" in f:
        r.fail(f["sections"], "sections_not_mapping")


def _origin(r: Reader, node: yaml.Node) -> Origin:
    return Origin(r.path, node.start_mark.line + 1, node.start_mark.column + 1)
