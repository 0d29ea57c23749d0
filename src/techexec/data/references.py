"""Role names used in data files, resolved the way the command line resolves them: any case, an
acronym or a title finds the role's id; a name that finds none gets the ids it most likely means."""

from __future__ import annotations

from collections.abc import Mapping

from techexec.data.fields import Ref
from techexec.errors import Problem
from techexec.matching import close_matches, fold
from techexec.model import Claim, Node, Role, Structure, name_index

GENERIC = frozenset(
    ["chief", "officer", "head", "hoofd", "of", "the", "van", "de", "het", "director", "directeur", "manager", "vp"]
)


def resolve(
    refs: list[Ref], roles: Mapping[str, Role], broken: Mapping[str, tuple[str, ...]]
) -> tuple[dict[str, str], list[Problem]]:
    """Each role name used -> the id it names; a problem for each name that names no role, or several.

    A role with errors of its own (`broken`) still answers to its id and names: a reference to it
    is not a second mistake.
    """
    table = name_index(roles)
    for role_id, said in broken.items():
        for name in (role_id, *said):
            ids = table.setdefault(fold(name), [])
            if role_id not in ids:
                ids.append(role_id)
    ids_known = set(roles) | set(broken)
    found: dict[str, str] = {}
    problems: list[Problem] = []
    unknown: dict[str, Problem] = {}
    for ref in refs:
        if ref.name in ids_known or ref.name in found:
            found.setdefault(ref.name, ref.name)
            continue
        key = fold(ref.name)
        ids = table.get(key, [])
        if key in ids_known:  # an id in other capitals
            found[ref.name] = key
        elif ref.name.lower() in ids_known:
            found[ref.name] = ref.name.lower()
        elif len(ids) == 1:
            found[ref.name] = ids[0]
        elif ids:
            problems.append(
                Problem(ref.path, ref.line, ref.column, "ambiguous_role_name", {"name": ref.name, "ids": ids})
            )
        elif key in unknown:  # the same missing role used again: one mistake, said once, where it is first used
            unknown[key].facts["again"].append(ref.line)
        else:
            facts = {"name": ref.name, "suggestions": _likely(table, key), "again": []}
            unknown[key] = Problem(ref.path, ref.line, ref.column, "undefined_role", facts)
            problems.append(unknown[key])
    return found, problems


def _likely(table: Mapping[str, list[str]], key: str) -> list[str]:
    """Up to three ids whose names (id, acronym, title, alias) are closest to a mistyped name."""
    ids: list[str] = []
    for name in close_matches(key, list(table), n=5):
        ids += [i for i in table[name] if i not in ids]
    return ids[:3]


def renamed(
    structures: Mapping[str, Structure], roles: Mapping[str, Role], found: Mapping[str, str]
) -> tuple[dict[str, Structure], dict[str, Role]]:
    """Structures and roles with every role name replaced by the id it names (unresolved names stay as written)."""

    def one(name: str) -> str:
        return found.get(name, name)

    def node(n: Node) -> Node:
        return n._replace(
            role=one(n.role), also=tuple(one(a) for a in n.also), parent=None if n.parent is None else one(n.parent)
        )

    def claim(c: Claim | None) -> Claim | None:
        return c if c is None or c.role is None else c._replace(role=one(c.role))

    new_structures = {
        key: s._replace(
            nodes=tuple(node(n) for n in s.nodes),
            dotted=tuple(d._replace(start=one(d.start), end=one(d.end)) for d in s.dotted),
        )
        for key, s in structures.items()
    }
    new_roles = {}
    for key, role in roles.items():
        changes: dict[str, object] = {"differs_from": claim(role.differs_from)}
        for field, value in role._asdict().items():
            if isinstance(value, tuple) and value and all(isinstance(v, Claim) for v in value):
                changes[field] = tuple(claim(v) for v in value)
        new_roles[key] = role._replace(**changes)  # type: ignore[arg-type]
    return new_structures, new_roles


def confusions(refs: list[Ref], roles: Mapping[str, Role], found: Mapping[str, str]) -> list[Problem]:
    """A warning where an article acronym with a look-alike (cdo, cso) stands among words of the
    look-alike's meaning ('data', 'strategy'): in techexec cdo is the Chief *Digital* Officer."""
    twins: dict[str, tuple[Role, set[str]]] = {}
    for role in roles.values():
        twin = roles.get(role.differs_from.role or "") if role.related and role.differs_from else None
        if twin is not None and fold(twin.acronym) == fold(role.acronym):
            twins[twin.id] = (role, _words(role) - _words(twin))
    problems = []
    for ref in refs:
        role_id = found.get(ref.name)
        if role_id not in twins or fold(ref.name) != role_id:  # only the bare id or acronym misleads
            continue
        look_alike, meaning = twins[role_id]
        near = set(fold(ref.near).replace("-", " ").replace(":", " ").split())
        hits = sorted(w for w in meaning if any(token.startswith(w[:6]) for token in near))
        if hits:
            facts = {
                "name": ref.name,
                "id": role_id,
                "title": roles[role_id].title,
                "other": look_alike.id,
                "other_title": look_alike.title,
                "words": hits,
            }
            problems.append(Problem(ref.path, ref.line, ref.column, "acronym_other_meaning", facts, warning=True))
    return problems


def _words(role: Role) -> set[str]:
    """The meaningful words of a role's names (titles and aliases), folded."""
    return {
        w
        for name in (role.id, *role.title.values(), *role.aliases)
        for w in fold(name).replace("-", " ").split()
        if len(w) >= 4 and w not in GENERIC
    }
