"""Values for shell completion: role names, structure names and languages, from the same data as the CLI."""

from __future__ import annotations

from techexec.errors import TechexecError
from techexec.model import LANGUAGES, Dataset
from techexec.text import fold


def _data() -> Dataset | None:
    """Bundled data plus $TECHEXEC_DATA; broken data completes nothing rather than failing the shell."""
    from techexec.cache import load
    from techexec.session import layers

    try:
        return load(layers([], False))
    except TechexecError:
        return None


def roles(incomplete: str) -> list[tuple[str, str]]:
    """Role ids first, then one-word aliases, that start with what was typed (case and accents ignored).

    Aliases with spaces are left out: shells would split them into two words.
    """
    data = _data()
    if data is None:
        return []
    typed = fold(incomplete)
    found: dict[str, str] = {}
    for role in data.roles.values():
        title = next(iter(role.title.values()))
        for name in (role.id, *(a for a in role.aliases if " " not in a)):
            if fold(name).startswith(typed):
                # Typer keeps only values that start with the typed text as typed; lookups ignore case,
                # so 'it-' may complete to 'it-directeur'.
                shown = name if name.startswith(incomplete) else incomplete + name[len(incomplete) :]
                found.setdefault(shown, f"{role.acronym}: {title}")
    ids = [n for n in found if n in data.roles]
    return [(n, found[n]) for n in ids + sorted(n for n in found if n not in data.roles)]


def variants(incomplete: str) -> list[tuple[str, str]]:
    data = _data()
    if data is None:
        return []
    return [(v.id, next(iter(v.name.values()))) for v in data.variants.values() if v.id.startswith(incomplete)]


def languages(incomplete: str) -> list[str]:
    return [code for code in LANGUAGES if code.startswith(incomplete)]
