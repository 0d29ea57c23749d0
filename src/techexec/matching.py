"""Small text helpers shared by the loader, lookup and search: cleaning and folding."""

from __future__ import annotations

import unicodedata

# C0 controls except tab and newline, DEL, and C1 controls: ESC, CSI and OSC live here.
_CONTROL = dict.fromkeys([*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)])


def clean(value: str) -> str:
    """Text from a data file with every terminal control character removed."""
    return value.translate(_CONTROL)


def fold(value: str) -> str:
    """Case- and accent-insensitive form for matching: 'Beveiliging' and 'beveilíging' meet."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.replace("_", " ").split())


def close_matches(word: str, candidates: list[str], n: int = 3) -> list[str]:
    """Candidates that look like a mistyped `word`, best first."""
    import difflib

    return difflib.get_close_matches(word, candidates, n=n, cutoff=0.6)


def did_you_mean(word: str, candidates: list[str]) -> str:
    """' Did you mean: x?' or nothing, for the end of an error message."""
    matches = close_matches(word, candidates)
    return f" Did you mean: {', '.join(matches)}?" if matches else ""
