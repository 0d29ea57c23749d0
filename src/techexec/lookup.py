"""Find a role by any name a person might type: id, acronym, alias or title, in either language."""

from __future__ import annotations

from collections.abc import Mapping

from techexec.errors import UsageError
from techexec.matching import close_matches, fold
from techexec.model import Role
from techexec.render.labels import label, say


def names(role: Role) -> list[str]:
    """Every name that leads to this role."""
    return [role.id, role.acronym, *role.title.values(), *role.aliases]


def index(roles: Mapping[str, Role]) -> dict[str, list[str]]:
    """Folded name -> ids of the roles that answer to it (more than one means ambiguous)."""
    table: dict[str, list[str]] = {}
    for role in roles.values():
        for name in names(role):
            ids = table.setdefault(fold(name), [])
            if role.id not in ids:
                ids.append(role.id)
    return table


def find(roles: Mapping[str, Role], query: str, table: dict[str, list[str]] | None = None) -> Role:
    """The one role `query` names; UsageError (exit 2) with suggestions otherwise.

    `table` is `index(roles)`, passed in when several names are looked up at once.
    """
    table = index(roles) if table is None else table
    ids = table.get(fold(query), [])
    if len(ids) == 1:
        return roles[ids[0]]
    if ids:
        options = ", ".join(f"{i} ({say(roles[i].title, 'en')})" for i in ids)
        raise UsageError(f"Role name '{query}' is ambiguous: it can mean {options}. Use one of these ids.")
    raise UsageError(f"Unknown role '{query}'. {_suggest(roles, table, query)}")


def _suggest(roles: Mapping[str, Role], table: dict[str, list[str]], query: str) -> str:
    """'Did you mean: cto?' from the closest names, or the list of role ids."""
    ids: list[str] = []
    for name in close_matches(fold(query), list(table), n=5):
        ids += [i for i in table[name] if i not in ids]
    if ids:
        return f"Did you mean: {', '.join(ids[:3])}?"
    return f"Known roles: {', '.join(sorted(roles))}."


def find_all(roles: Mapping[str, Role], queries: list[str], minimum: int, lang: str) -> list[Role]:
    """The roles `queries` name; if there are too few, say what is missing and which roles exist."""
    if len(queries) < minimum:
        key = "missing_role" if minimum == 1 else "missing_roles"
        raise UsageError(f"{label(key, lang)} {label('known_roles', lang)}: {', '.join(roles)}.")
    table = index(roles)
    return [find(roles, query, table) for query in queries]
