"""How names and words are matched: one folding of case and accents, and close-match suggestions."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


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
    if len(text) > LONG:  # a 5 MB accented title: the same folding, done by C over the whole text
        decomposed = unicodedata.normalize("NFKD", text.casefold()).translate(_combining())
        return " ".join(decomposed.replace("_", " ").split())
    return fold_map(text)[0]


LONG = 10_000  # longer accented texts are folded in one pass (only spacing next to a sign like '¨' may differ)


@lru_cache(maxsize=1)
def _combining() -> dict[int, None]:
    """Every combining mark, deleted by str.translate (built once, when a long text needs it)."""
    return {cp: None for cp in range(0x110000) if unicodedata.combining(chr(cp))}


MANY = 1000  # up to this many candidates, every one is compared in full (a few ms a word)
SHORTLIST = 30  # beyond it, this many per word: 300 typos among 3,000 roles in a fraction of a second


def close_matches(word: str, candidates: list[str], n: int = 3) -> list[str]:
    """Candidates that look like a mistyped `word`, best first.

    Among many candidates, only those sharing the most letter pairs with `word` (found with an index
    built once per list) are compared in full: difflib on every pair grows with typos x names.
    """
    import difflib

    if len(candidates) > MANY:
        candidates = _shortlist(word, candidates)
    return difflib.get_close_matches(word, candidates, n=n, cutoff=0.6)


_INDEXES: dict[tuple[str, ...], dict[str, list[int]]] = {}


def _shortlist(word: str, candidates: list[str]) -> list[str]:
    from collections import Counter

    key = tuple(candidates)
    index = _INDEXES.get(key)
    if index is None:
        if len(_INDEXES) > 8:
            _INDEXES.clear()
        index = {}
        for i, candidate in enumerate(candidates):
            for pair in _pairs(candidate):
                index.setdefault(pair, []).append(i)
        _INDEXES[key] = index
    postings = sorted((index.get(pair, []) for pair in _pairs(word)), key=len)
    telling = [found for found in postings if len(found) <= len(candidates) // 8] or postings[:2]
    shared: Counter[int] = Counter()  # pairs most names share ('ro' in every 'role-...') tell nothing: skipped
    for found in telling:
        shared.update(found)
    return [candidates[i] for i, _ in shared.most_common(SHORTLIST)]


def _pairs(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} or {text}
