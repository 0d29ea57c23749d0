"""Checks across files: names that must exist, and org charts that must be trees."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from techexec.data.fields import Cited, Ref
from techexec.errors import Problem
from techexec.matching import did_you_mean, fold
from techexec.model import Classification, Concept, Node, Origin, Release, Role, Variant, name_index


def references(refs: list[Ref], known: Mapping[str, Collection[str]]) -> list[Problem]:
    """A problem for each name that is used but never defined; `known`: kind (role, source, ...) -> names."""
    return [
        Problem(
            ref.path,
            ref.line,
            ref.column,
            f"unknown {ref.kind} '{ref.name}'.{did_you_mean(ref.name, sorted(known[ref.kind]))}",
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
            message = f"cites section '{c.section}' without its sentences: add sentences: [N] (it has {count})"
            problems.append(Problem(c.path, c.line, c.column, message))
        for n in c.sentences:
            if n > count:
                message = f"section '{c.section}' has {count} sentences, so there is no sentence {n}"
                problems.append(Problem(c.path, c.line, c.column, message))
    return problems


def structures(variants: Iterable[Variant], roles: Mapping[str, Role]) -> list[Problem]:
    """Every variant must be one tree: each role once, one root, parents present, no cycles."""
    problems: list[Problem] = []
    for variant in variants:
        problems += _variant(variant)
    return problems


def _variant(variant: Variant) -> list[Problem]:
    problems: list[Problem] = []
    holder: dict[str, Node] = {}
    for node in variant.nodes:
        for role in node.roles:
            if role in holder:
                first = holder[role].origin.line
                problems.append(
                    _at(
                        node,
                        f"variant '{variant.id}': role '{role}' already has a place at line {first}; "
                        "a role has one solid parent (use a dotted line for the other)",
                    )
                )
            else:
                holder[role] = node
    roots = [n for n in variant.nodes if n.parent is None]
    if len(roots) > 1:
        names = ", ".join(n.role for n in roots)
        problems.append(
            _at(roots[1], f"variant '{variant.id}' has several roots ({names}); all nodes but one need a parent")
        )
    for node in variant.nodes:
        if node.parent is not None and node.parent not in holder:
            problems.append(
                _at(
                    node,
                    f"variant '{variant.id}': parent '{node.parent}' of '{node.role}' is not in this variant."
                    f"{did_you_mean(node.parent, sorted(holder))}",
                )
            )
    problems += _cycles(variant, holder)
    return problems


def _cycles(variant: Variant, holder: dict[str, Node]) -> list[Problem]:
    """One problem per reporting cycle, naming it as 'a -> b -> a'."""
    problems: list[Problem] = []
    done: set[str] = set()
    for start in variant.nodes:
        path: list[str] = []
        on_path: set[str] = set()
        node: Node | None = start
        while node is not None and node.role not in done and node.role not in on_path:
            path.append(node.role)
            on_path.add(node.role)
            node = holder.get(node.parent) if node.parent else None
        if node is not None and node.role in on_path:
            loop = [*path[path.index(node.role) :], node.role]
            problems.append(_at(node, f"variant '{variant.id}' has a reporting cycle: {' -> '.join(loop)}"))
        done.update(path)
    return problems


def _at(node: Node, message: str) -> Problem:
    return Problem(node.origin.path, node.origin.line, node.origin.column, message)


def _here(origin: Origin, message: str) -> Problem:
    return Problem(origin.path, origin.line, origin.column, message)


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
                    f"{concept.scheme} concept '{concept.id}' cites {release.scheme} release '{release.id}'",
                )
            )
        group = concepts.get(concept.isco or "")
        if group is not None and group.scheme != "isco":
            problems.append(_here(concept.origin, f"isco of '{concept.id}' must be an isco concept, not '{group.id}'"))
    for item in classified.values():
        for scheme, placings in (("esco", item.esco), ("onet", item.onet)):
            for placing in placings:
                found = concepts.get(placing.concept)
                if found is not None and found.scheme != scheme:
                    message = f"role '{item.role}': {scheme} entry names {found.scheme} concept '{found.id}'"
                    problems.append(_here(item.origin, message))
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
            problems.append(
                _here(role.origin, f"role '{role.id}': differs_from is for related roles (add related: true)")
            )
        twin = article.get(fold(role.acronym)) if role.related else None
        if twin is not None and (role.differs_from is None or role.differs_from.role != twin.id):
            message = f"related role '{role.id}' shares the acronym {role.acronym} with '{twin.id}': say how they differ (differs_from: {{role: {twin.id}, ...}})"
            problems.append(Problem(role.origin.path, role.origin.line, role.origin.column, message, warning=True))
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
            others = ", ".join(f"{i} ({roles[i].origin.path}:{roles[i].origin.line})" for i in ids[:-1])
            message = f"role '{ids[-1]}' shares the name '{name}' with {others}; looking it up will list both"
            problems.append(Problem(later.path, later.line, later.column, message, warning=True))
    return problems
