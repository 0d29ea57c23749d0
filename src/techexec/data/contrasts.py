"""`comparisons:` in a data file: the point a source makes when it sets roles side by side.

comparisons:
  - roles: [cio, cto]
    core:                    # one claim per role, read together as the one-line difference
      - {role: cio, en: ..., nl: ..., source: what-is-cio, sentences: [1, 3]}
      - {role: cto, en: ..., nl: ..., source: what-is-cto, sentences: [1]}
    alike:                   # optional: what the source says makes them alike
      - {en: ..., nl: ..., source: what-is-cto, sentences: [1]}

Each is an ordinary claim (sentences and kind included) and its role ids are checked like any other.
"""

from __future__ import annotations

import yaml

from techexec.data.fields import Reader
from techexec.errors import Problem
from techexec.model import Claim, Contrast, Origin


def read(r: Reader, node: yaml.Node) -> list[Contrast]:
    """Every well-formed comparison in the list; problems go to the reader."""
    found = [_contrast(r, item) for item in r.items(node, "comparisons")]
    return [c for c in found if c is not None]


def add(table: dict[frozenset[str], Contrast], contrast: Contrast, problems: list[Problem]) -> None:
    """One comparison per set of roles in a layer; a later layer's replaces an earlier one's."""
    key = frozenset(contrast.roles)
    if key in table:
        first, at = table[key].origin, contrast.origin
        facts = {"roles": list(contrast.roles), "first": f"{first.path}:{first.line}"}
        problems.append(Problem(at.path, at.line, at.column, "second_comparison", facts))
        return
    table[key] = contrast


def _contrast(r: Reader, node: yaml.Node) -> Contrast | None:
    f = r.mapping(node, "comparison", ("roles", "core"), ("alike",))
    if f is None or "roles" not in f or "core" not in f:
        return None
    roles = _roles(r, f["roles"])
    core = _core(r, f["core"], roles)
    alike = r.claims(f.get("alike"), "alike")
    if roles is None or core is None:
        return None
    mark = node.start_mark
    return Contrast(roles, core, alike, Origin(r.path, mark.line + 1, mark.column + 1))


def _roles(r: Reader, node: yaml.Node) -> tuple[str, ...] | None:
    """Two or more distinct role ids."""
    items = r.items(node, "comparison roles")
    ids = [r.role_ref(item, "comparison role") for item in items]
    if None in ids:
        return None
    roles = tuple(i for i in ids if i is not None)
    if len(set(roles)) != len(roles) or len(roles) < 2:
        r.fail(node, "comparison_roles")
        return None
    return roles


def _core(r: Reader, node: yaml.Node, roles: tuple[str, ...] | None) -> tuple[Claim, ...] | None:
    """One claim per compared role, in the order of `roles`."""
    by_role: dict[str, Claim] = {}
    for item in r.items(node, "core"):
        claim = r.claim(item, "core", role="required")
        if claim is None or claim.role is None or roles is None:
            continue
        if claim.role not in roles:
            r.fail(item, "core_stranger", role=claim.role, roles=list(roles))
        elif claim.role in by_role:
            r.fail(item, "core_twice", role=claim.role)
        else:
            by_role[claim.role] = claim
    missing = [role for role in roles or () if role not in by_role]
    if missing:
        r.fail(node, "core_missing", roles=missing)
    return None if missing or roles is None else tuple(by_role[role] for role in roles)
