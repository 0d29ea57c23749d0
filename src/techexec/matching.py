"""How names and words are matched: one folding of case and accents, and close-match suggestions."""

from __future__ import annotations

import unicodedata


def fold_map(text: str) -> tuple[str, list[int]]:
    """Folded `text`, and for each folded character the index of the character it came from.

    Folding ignores case and accents ('Beveiliging' meets 'beveilíging'), reads '_' as a space and
    squeezes white space, so names and search terms compare equal however they were typed.
    """
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if ch.isspace() or ch == "_":
            if out and out[-1] != " ":
                out.append(" ")
                origin.append(i)
            continue
        for piece in unicodedata.normalize("NFKD", ch.casefold()):
            if not unicodedata.combining(piece):
                out.append(piece)
                origin.append(i)
    if out and out[-1] == " ":
        out.pop()
        origin.pop()
    return "".join(out), origin


def fold(text: str) -> str:
    """The folded form of `text`, for comparing names and words.

    ASCII text (nearly every name) folds in C: Tab folds 20,000 names of a large organisation.
    """
    if text.isascii():  # no accents, and lower() is casefold(): the same result, 50x faster
        return " ".join(text.lower().replace("_", " ").split())
    return fold_map(text)[0]


def close_matches(word: str, candidates: list[str], n: int = 3) -> list[str]:
    """Candidates that look like a mistyped `word`, best first."""
    import difflib

    return difflib.get_close_matches(word, candidates, n=n, cutoff=0.6)
