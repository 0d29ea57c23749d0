"""Org charts as trees, and each role's place in every structure."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from pathlib import Path
from typing import NamedTuple

from techexec.errors import TechexecError, UsageError
from techexec.matching import close_matches
from techexec.model import Dataset, Node, Role, Structure


class Branch(NamedTuple):
    """A node with the nodes that report to it, in data order."""

    node: Node
    children: tuple[Branch, ...]


class Placement(NamedTuple):
    """Where one role sits in one structure."""

    structure: Structure
    node: Node
    parent: Node | None


def pick_structure(data: Dataset, name: str | None) -> Structure:
    """The named structure, or the default one; UsageError with suggestions for an unknown name."""
    default = data.default_structure()
    if default is None:
        raise TechexecError("no_structures")
    if name is None:
        return default
    if name in data.structures:
        return data.structures[name]
    known = list(data.structures)
    raise UsageError("unknown_structure", name=name, suggestions=close_matches(name, known), known=known)


ALL = "all"  # org-tree --structure all: every structure in one picture


def pick_structures(data: Dataset, name: str | None) -> list[Structure]:
    """The named structure, or the default one, or with 'all' every structure (the default first)."""
    if name is not None and name.strip().lower() == ALL and ALL not in data.structures:
        default = pick_structure(data, None)
        return [default, *(s for s in data.structures.values() if s is not default)]
    return [pick_structure(data, name)]


def own_only(data: Dataset, bundled: Path) -> Dataset:
    """The data with only the user's own structures (org-tree --own): the bundled roles stay, the article's
    sample structures go. UsageError when the user's data defines none."""
    folder = str(bundled.resolve())
    mine = {k: s for k, s in data.structures.items() if not str(Path(s.origin.path).resolve()).startswith(folder)}
    if not mine:
        raise UsageError("no_own_structures")
    return data._replace(structures=mine)


def marked(data: Dataset, names: list[str], structures: list[Structure]) -> tuple[tuple[str, ...], list[Role]]:
    """The role ids to highlight (--highlight repeated, or 'cto,cio'), and those roles no chosen structure holds."""
    from techexec.model import name_index
    from techexec.questions.lookup import find

    table = name_index(data.roles)
    wanted = [part.strip() for name in names for part in name.split(",") if part.strip()]
    roles = list({role.id: role for role in (find(data.roles, w, table) for w in wanted)}.values())
    placed = {role for structure in structures for role in holders(structure)}
    return tuple(role.id for role in roles), [role for role in roles if role.id not in placed]


def holders(structure: Structure) -> dict[str, Node]:
    """Role id -> the box that carries it (a merged box carries several roles)."""
    return {role: node for node in structure.nodes for role in node.roles}


def tree(structure: Structure) -> Branch:
    """The structure's single root with everything below it (the loader guarantees one tree)."""
    holder = holders(structure)
    children: dict[str, list[Node]] = {}
    for node in structure.nodes:
        if node.parent is not None:
            children.setdefault(holder[node.parent].role, []).append(node)

    root = next(node for node in structure.nodes if node.parent is None)
    order = [root]  # breadth first, so every child comes after its parent
    for node in order:
        order += children.get(node.role, [])
    built: dict[str, Branch] = {}
    for node in reversed(order):  # children before parents, without recursion
        built[node.role] = Branch(node, tuple(built[c.role] for c in children.get(node.role, [])))
    return built[root.role]


def placements(data: Dataset, role_id: str) -> list[Placement]:
    """The role's box and boss in each structure, default structure first."""
    default = data.default_structure()
    ordered = sorted(data.structures.values(), key=lambda v: v is not default)
    found: list[Placement] = []
    for structure in ordered:
        holder = holders(structure)
        if role_id in holder:
            node = holder[role_id]
            found.append(Placement(structure, node, holder.get(node.parent) if node.parent else None))
    return found


def holds(node: Node, role_ids: Collection[str]) -> bool:
    """Whether this box carries one of the roles (a merged box carries several)."""
    return any(role in role_ids for role in node.roles)


def walk(root: Branch) -> Iterator[tuple[Branch, str | None, int]]:
    """Every box top-down, depth first (pre-order), with its parent's role and its depth; no recursion."""
    stack: list[tuple[Branch, str | None, int]] = [(root, None, 0)]
    while stack:
        branch, parent, depth = stack.pop()
        yield branch, parent, depth
        stack.extend((child, branch.node.role, depth + 1) for child in reversed(branch.children))


def chart_order(data: Dataset) -> list[Role]:
    """Roles level by level as the default chart shows them, then any role it leaves out."""
    ordered: dict[str, None] = {}  # insertion-ordered set: linear for 10,000 roles
    default = data.default_structure()
    if default is not None:
        level = [tree(default)]
        for branch in level:  # breadth first: the list grows while it is read
            ordered.update(dict.fromkeys(branch.node.roles))
            level.extend(branch.children)
    ordered.update(dict.fromkeys(data.roles))
    return [data.roles[r] for r in ordered if r in data.roles]
