"""Find a role by any name a person might type: id, acronym, alias or title, in either language."""

from __future__ import annotations

from collections.abc import Mapping

from techexec.errors import UsageError
from techexec.matching import close_matches, fold
from techexec.model import Role, name_index


def find(roles: Mapping[str, Role], query: str, table: dict[str, list[str]] | None = None) -> Role:
    """The one role `query` names; UsageError (exit 2) with suggestions otherwise.

    `table` is `name_index(roles)`, passed in when several names are looked up at once.
    """
    table = name_index(roles) if table is None else table
    folded = fold(query)
    ids = table.get(folded, [])
    if len(ids) == 1:
        return roles[ids[0]]
    if folded in ids:  # an id names one role, whatever else answers to the same name
        return roles[folded]
    if ids:
        raise UsageError("ambiguous_role", query=query, options=[(i, roles[i].title) for i in ids])
    raise UsageError("unknown_role", query=query, suggestions=suggest(table, query), **known(roles))


def known(roles: Mapping[str, Role]) -> dict[str, list[str]]:
    """The role ids to list: the article's roles, and the related ones apart."""
    return {
        "known": sorted(i for i, r in roles.items() if not r.related),
        "related": sorted(i for i, r in roles.items() if r.related),
    }


def suggest(table: dict[str, list[str]], query: str) -> list[str]:
    """Up to three role ids whose names are closest to a mistyped `query`."""
    ids: list[str] = []
    for name in close_matches(fold(query), list(table), n=5):
        ids += [i for i in table[name] if i not in ids]
    return ids[:3]


CONNECTORS = frozenset({"vs", "vs.", "versus", "and", "en", "&", "tegen", "or", "of"})  # 'compare cto vs cio'
LONGEST_NAME = 8  # words: no role name is longer, so grouping stays linear in what was typed


def group_words(table: Mapping[str, list[str]], words: list[str]) -> list[str]:
    """Words as typed, grouped into role names: words that together name a role are one name
    ('chief data officer'), and 'vs', 'and', 'en' between two names are left out."""
    names: list[str] = []
    i = 0
    while i < len(words):
        word = fold(words[i])
        if word in CONNECTORS and word not in table and names and i + 1 < len(words):
            i += 1
            continue
        end = next(
            (j for j in range(min(len(words), i + LONGEST_NAME), i + 1, -1) if fold(" ".join(words[i:j])) in table),
            i + 1,
        )
        names.append(" ".join(words[i:end]))
        i = end
    return names


def find_all(roles: Mapping[str, Role], queries: list[str], minimum: int, maximum: int | None = None) -> list[Role]:
    """The roles `queries` name, each once; too few, too many (or one role by several names) is a UsageError."""
    table = name_index(roles)
    queries = group_words(table, queries)
    if len(queries) < minimum:
        raise UsageError("missing_role" if minimum == 1 else "missing_roles", **known(roles))
    if maximum is not None and len(queries) > maximum:
        raise UsageError("one_role", names=queries, ids=[find(roles, query, table).id for query in queries])
    found = {role.id: role for role in (find(roles, query, table) for query in queries)}  # each role once
    if len(found) < minimum:
        (role,) = found.values()
        raise UsageError("same_role", names=queries, id=role.id, title=role.title)
    return list(found.values())
