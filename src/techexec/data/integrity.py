"""Checks across files: names that must exist, and org charts that must be trees."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from techexec.data.fields import Cited, Ref
from techexec.errors import Problem, ProblemKey
from techexec.matching import close_matches, fold
from techexec.model import Classification, Concept, Node, Origin, Release, Role, Structure, name_index

_UNDEFINED: dict[str, ProblemKey] = {
    "role": "undefined_role",
    "source": "undefined_source",
    "concept": "undefined_concept",
    "release": "undefined_release",
}


def references(refs: list[Ref], known: Mapping[str, Collection[str]]) -> list[Problem]:
    """A problem for each name that is used but never defined; `known`: kind (role, source, ...) -> names."""
    return [
        Problem(
            ref.path,
            ref.line,
            ref.column,
            _UNDEFINED[ref.kind],
            {"name": ref.name, "suggestions": close_matches(ref.name, sorted(known[ref.kind]))},
        )
        for ref in refs
        if ref.name not in known[ref.kind]
    ]


def sentences(cited: list[Cited], counts: Mapping[str, int]) -> list[Problem]:
    """Where a section records how many sentences it has, citations must name existing ones, at least one."""
    problems = []
    for c in cited:
        count = counts.get(c.section)
        if count is None:
            continue
        if not c.sentences:
            facts = {"section": c.section, "count": count}
            problems.append(Problem(c.path, c.line, c.column, "no_sentences", facts))
        for n in c.sentences:
            if n > count:
                facts = {"section": c.section, "count": count, "n": n}
                problems.append(Problem(c.path, c.line, c.column, "no_such_sentence", facts))
    return problems


def structures(structures: Iterable[Structure], roles: Collection[str]) -> list[Problem]:
    """Every structure must be one tree: each role once, one root, parents present, no cycles."""
    problems: list[Problem] = []
    for structure in structures:
        problems += _structure(structure, roles)
    return problems


def _structure(structure: Structure, known: Collection[str]) -> list[Problem]:
    """A parent that names no role at all is reported once, as an unknown role (data/references.py)."""
    problems: list[Problem] = []
    holder: dict[str, Node] = {}
    for node in structure.nodes:
        for role in node.roles:
            if role in holder:
                first = holder[role].origin.line
                problems.append(_at(node, "placed_twice", structure=structure.id, role=role, first=first))
            else:
                holder[role] = node
    roots = [n for n in structure.nodes if n.parent is None]
    if len(roots) > 1:
        problems.append(_at(roots[1], "several_roots", structure=structure.id, names=[n.role for n in roots]))
    for node in structure.nodes:
        if node.parent is not None and node.parent not in holder and node.parent in known:
            suggestions = close_matches(node.parent, sorted(holder))
            facts = {"structure": structure.id, "parent": node.parent, "role": node.role, "suggestions": suggestions}
            problems.append(_at(node, "parent_missing", **facts))
    problems += _cycles(structure, holder)
    return problems


def _cycles(structure: Structure, holder: dict[str, Node]) -> list[Problem]:
    """One problem per reporting cycle, naming it as 'a -> b -> a'."""
    problems: list[Problem] = []
    done: set[str] = set()
    for start in structure.nodes:
        path: list[str] = []
        on_path: set[str] = set()
        node: Node | None = start
        while node is not None and node.role not in done and node.role not in on_path:
            path.append(node.role)
            on_path.add(node.role)
            node = holder.get(node.parent) if node.parent else None
        if node is not None and node.role in on_path:
            loop = [*path[path.index(node.role) :], node.role]
            problems.append(_at(node, "cycle", structure=structure.id, loop=loop))
        done.update(path)
    return problems


def _at(node: Node, key: ProblemKey, **facts: object) -> Problem:
    return _here(node.origin, key, **facts)


def _here(origin: Origin, key: ProblemKey, **facts: object) -> Problem:
    return Problem(origin.path, origin.line, origin.column, key, facts)


def _warn(origin: Origin, key: ProblemKey, **facts: object) -> Problem:
    return Problem(origin.path, origin.line, origin.column, key, facts, warning=True)


def classifications(
    classified: Mapping[str, Classification], concepts: Mapping[str, Concept], releases: Mapping[str, Release]
) -> list[Problem]:
    """Each concept cited from the right scheme's release, each role placed on concepts of the right scheme."""
    problems = []
    for concept in concepts.values():
        release = releases.get(concept.release)
        wanted = "onet" if concept.scheme == "onet" else "esco"  # ISCO-08 groups are read from ESCO's files
        if release is not None and release.scheme != wanted:
            problems.append(
                _here(
                    concept.origin,
                    "wrong_release",
                    scheme=concept.scheme,
                    concept=concept.id,
                    release_scheme=release.scheme,
                    release=release.id,
                )
            )
        group = concepts.get(concept.isco or "")
        if group is not None and group.scheme != "isco":
            problems.append(_here(concept.origin, "isco_not_isco", concept=concept.id, group=group.id))
    for item in classified.values():
        for scheme, placings in (("esco", item.esco), ("onet", item.onet)):
            for placing in placings:
                found = concepts.get(placing.concept)
                if found is not None and found.scheme != scheme:
                    facts = {"role": item.role, "scheme": scheme, "found": found.scheme, "concept": found.id}
                    problems.append(_here(item.origin, "wrong_scheme", **facts))
    return problems


def related(roles: Mapping[str, Role]) -> list[Problem]:
    """A related role says which article role it is confused with; one sharing an acronym should name that role.

    Sharing without saying is a warning, not an error: the acronym still finds the article role, and
    the two roles may come from different layers (a user's own role and a bundled look-alike).
    """
    problems = []
    article = {fold(r.acronym): r for r in roles.values() if not r.related}
    for role in roles.values():
        if role.differs_from and not role.related:
            problems.append(_here(role.origin, "differs_not_related", role=role.id))
        twin = article.get(fold(role.acronym)) if role.related else None
        if twin is not None and (role.differs_from is None or role.differs_from.role != twin.id):
            facts = {"role": role.id, "acronym": role.acronym, "twin": twin.id}
            problems.append(_warn(role.origin, "shared_acronym", **facts))
    return problems


def with_official_names(
    roles: Mapping[str, Role], classified: Mapping[str, Classification], concepts: Mapping[str, Concept]
) -> dict[str, Role]:
    """Roles that also answer to the labels of the ESCO concept they match exactly."""
    out = dict(roles)
    for item in classified.values():
        role = roles.get(item.role)
        exact = [concepts[p.concept] for p in item.esco if p.match == "exact" and p.concept in concepts]
        if role is not None and exact:
            labels = [name for c in exact for name in (*c.label.values(), *c.names)]
            out[role.id] = role._replace(official_names=tuple(dict.fromkeys(labels)))
    return out


def shared_aliases(roles: Mapping[str, Role]) -> list[Problem]:
    """A warning per name two roles answer to: allowed (ESCO does it), but lookups by it must ask."""
    problems = []
    for name, ids in name_index(roles).items():
        if len(ids) > 1:
            later = roles[ids[-1]].origin
            others = [f"{i} ({roles[i].origin.path}:{roles[i].origin.line})" for i in ids[:-1]]
            problems.append(_warn(later, "shared_name", role=ids[-1], name=name, others=others))
    return problems


def drawable(structures: Mapping[str, Structure]) -> tuple[dict[str, Structure], list[Problem]]:
    """The structures every command can draw: an empty one left out (an error already), and a dotted line whose
    ends are not both placed in its structure left out with a warning, so validate says what the charts lack."""
    kept: dict[str, Structure] = {}
    problems: list[Problem] = []
    for key, structure in structures.items():
        if not structure.nodes:
            continue  # reported where it is read (nodes must not be empty); never drawn
        placed = {role for node in structure.nodes for role in node.roles}
        lines = []
        for line in structure.dotted:
            missing = next((end for end in (line.start, line.end) if end not in placed), None)
            if missing is None:
                lines.append(line)
            else:
                facts = {"structure": structure.id, "start": line.start, "end": line.end, "role": missing}
                problems.append(_warn(structure.origin, "dotted_unplaced", **facts))
        kept[key] = structure if len(lines) == len(structure.dotted) else structure._replace(dotted=tuple(lines))
    return kept, problems
