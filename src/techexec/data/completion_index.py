"""Completion's index: the role and structure names Tab offers, stored as JSON beside a set's cache entry."""

from __future__ import annotations

from typing import TypedDict

from techexec.model import Dataset, Role


class RoleNames(TypedDict):
    """One role as Tab offers it: its id and aliases, folded once here rather than on every Tab."""

    id: str
    acronym: str
    title: str
    names: list[str]  # the id, then the aliases
    folded: list[str]  # the same names, folded for matching


class StructureName(TypedDict):
    id: str
    name: str


class NameIndex(TypedDict):
    roles: list[RoleNames]
    structures: list[StructureName]
    ambiguous: list[str]  # folded names that fit several roles: offering them would only lead to 'ambiguous'


EMPTY: NameIndex = {"roles": [], "structures": [], "ambiguous": []}


def built(dataset: Dataset) -> NameIndex:
    """The index of `dataset`, its texts made safe for the terminal (completion lists reach it too)."""
    from techexec.matching import fold
    from techexec.model import name_index
    from techexec.safe_text import for_terminal

    shown = for_terminal(dataset)

    def entry(role: Role) -> RoleNames:
        names = [role.id, *role.aliases]
        title = next(iter(role.title.values()))
        return {
            "id": role.id,
            "acronym": role.acronym,
            "title": title,
            "names": names,
            "folded": [fold(n) for n in names],
        }

    return {
        "roles": [entry(role) for role in shown.roles.values()],
        "structures": [{"id": v.id, "name": next(iter(v.name.values()))} for v in shown.structures.values()],
        "ambiguous": sorted(name for name, ids in name_index(shown.roles).items() if len(ids) > 1),
    }


def cleaned(stored: object) -> NameIndex:
    """A stored index checked field by field and its texts cleaned: trusted no more than data; TypeError if not one."""
    from techexec.safe_text import clean

    def text(value: object) -> str:
        if not isinstance(value, str):
            raise TypeError("not a completion index")
        return clean(value)

    def texts(value: object) -> list[str]:
        if not isinstance(value, list):
            raise TypeError("not a completion index")
        return [text(item) for item in value]

    def fields(value: object, keys: set[str]) -> dict[str, object]:
        if not isinstance(value, dict) or set(value) != keys:
            raise TypeError("not a completion index")
        return value

    index = fields(stored, {"roles", "structures", "ambiguous"})
    roles = [fields(r, set(RoleNames.__annotations__)) for r in _items(index["roles"])]
    structures = [fields(s, {"id", "name"}) for s in _items(index["structures"])]
    return {
        "roles": [
            {
                "id": text(r["id"]),
                "acronym": text(r["acronym"]),
                "title": text(r["title"]),
                "names": texts(r["names"]),
                "folded": texts(r["folded"]),
            }
            for r in roles
        ],
        "structures": [{"id": text(s["id"]), "name": text(s["name"])} for s in structures],
        "ambiguous": texts(index["ambiguous"]),
    }


def _items(value: object) -> list[object]:
    if not isinstance(value, list):
        raise TypeError("not a completion index")
    return value
