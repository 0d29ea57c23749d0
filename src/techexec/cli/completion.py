"""Values for shell completion: role names, structure names and languages, from the same data as the CLI."""

from __future__ import annotations

from techexec.errors import TechexecError
from techexec.matching import fold


def _index() -> dict[str, list[list[str]]]:
    """Names from bundled data plus $TECHEXEC_DATA; broken data completes nothing rather than failing the shell."""
    from techexec.cli.inputs import layers
    from techexec.data.cache import names

    try:
        return names(layers([], False))
    except TechexecError:
        return {"roles": [], "variants": []}


def roles(incomplete: str) -> list[tuple[str, str]]:
    """Role ids first, then one-word aliases, that start with what was typed (case and accents ignored).

    Aliases with spaces are left out: shells would split them into two words.
    """
    index = _index()
    typed = fold(incomplete)
    found: dict[str, str] = {}
    ids = {entry[0] for entry in index["roles"]}
    for _id, acronym, title, *role_names in index["roles"]:
        for name in role_names:
            if " " not in name and fold(name).startswith(typed):
                # Typer keeps only values that start with the typed text as typed; lookups ignore case,
                # so 'it-' may complete to 'it-directeur'.
                shown = name if name.startswith(incomplete) else incomplete + name[len(incomplete) :]
                found.setdefault(shown, f"{acronym}: {title}")
    first = [n for n in found if n in ids]
    return [(n, found[n]) for n in first + sorted(n for n in found if n not in ids)]


def variants(incomplete: str) -> list[tuple[str, str]]:
    return [(v_id, name) for v_id, name in _index()["variants"] if v_id.startswith(incomplete)]


def languages(incomplete: str) -> list[str]:
    from techexec.model import LANGUAGES

    return [code for code in LANGUAGES if code.startswith(incomplete)]
