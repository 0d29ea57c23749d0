"""Values for shell completion: role names, structure names and languages, from the data the command line names.

Both Typer's completion (every shell) and the fast path (cli/fast_completion.py) call these, so they
answer alike; tests/test_completion.py checks that. Typer or Rich is not imported here: Tab must stay fast.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from techexec.data.completion_index import EMPTY, NameIndex
from techexec.errors import TechexecError
from techexec.matching import fold


def index(data: Iterable[Path] = (), no_bundled: bool = False) -> NameIndex:
    """Names from the data the command line chose (bundled, $TECHEXEC_DATA, --data, --no-bundled).

    Data that is missing or broken completes nothing rather than failing the shell.
    """
    from techexec.cli.inputs import layers
    from techexec.data import names

    try:
        return names(layers(list(data), no_bundled))
    except TechexecError:
        return EMPTY


def role_names(found: NameIndex, incomplete: str, given: Iterable[str] = ()) -> list[tuple[str, str]]:
    """Role ids first, then one-word aliases, that start with what was typed (case and accents ignored).

    Left out: aliases with spaces (shells would split them), names that fit several roles (they
    would fail as ambiguous), and the roles already named in `given` (compare cio <Tab>).
    """
    typed = fold(incomplete)
    ambiguous = set(found["ambiguous"])
    taken = _named(found, given)
    offered: dict[str, str] = {}
    ids = {role["id"] for role in found["roles"]}
    for role in found["roles"]:
        if role["id"] in taken:
            continue
        for name, folded in zip(role["names"], role["folded"], strict=True):
            if " " not in name and folded.startswith(typed) and folded not in ambiguous:
                # Typer keeps only values that start with the typed text as typed; lookups ignore case,
                # so 'it-' may complete to 'it-directeur'.
                shown = name if name.startswith(incomplete) else incomplete + name[len(incomplete) :]
                offered.setdefault(shown, f"{role['acronym']}: {role['title']}")
    first = [n for n in offered if n in ids]
    return [(n, offered[n]) for n in first + sorted(n for n in offered if n not in ids)]


def _named(found: NameIndex, given: Iterable[str]) -> set[str]:
    """Ids of the roles that the words already typed name (by id, acronym or one-word alias)."""
    wanted = {fold(word) for word in given}
    if not wanted:
        return set()
    return {role["id"] for role in found["roles"] if wanted & {fold(role["acronym"]), *role["folded"]}}


def structure_names(found: NameIndex, incomplete: str) -> list[tuple[str, str]]:
    return [(s["id"], s["name"]) for s in found["structures"] if s["id"].startswith(incomplete)]


def language_codes(incomplete: str) -> list[str]:
    from techexec.model import LANGUAGES

    return [code for code in LANGUAGES if code.startswith(incomplete)]


# Typer's completion callbacks: `ctx` holds the options parsed before the word being completed. Typer reads
# these annotations at run time, so `ctx` cannot be typer.Context without importing Typer on every Tab.


def roles(ctx: Any, incomplete: str) -> list[tuple[str, str]]:
    return role_names(_chosen(ctx), incomplete, ctx.params.get("roles") or ())


def structures(ctx: Any, incomplete: str) -> list[tuple[str, str]]:
    return structure_names(_chosen(ctx), incomplete)


def languages(incomplete: str) -> list[str]:
    return language_codes(incomplete)


def _chosen(ctx: Any) -> NameIndex:
    return index([Path(p) for p in ctx.params.get("data") or ()], bool(ctx.params.get("no_bundled")))
