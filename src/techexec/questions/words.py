"""Where a question's words occur in a text, in time linear in the text: prefixes, and parts of Dutch compounds."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from techexec.matching import LONG, fold, fold_map

_TOKEN = re.compile(r"[^\W_]+")  # a word; '_' reads as a space, as everywhere names are folded
LONGEST = 64  # a term is matched on this many characters at most: no word in any language is longer
PART = 5  # a term this long is also found inside a compound ('beveiliging' in 'informatiebeveiliging')
HEAD = 3  # ... after a first part this long at least ('re' + 'source' is not a compound)
FEW = 32  # up to this many terms, an ASCII text is scanned once per term instead of word by word
Hits = tuple[tuple[str, int, int], ...]  # (term, start, end) in the folded word


def tokens(text: str) -> list[str]:
    """The folded words of `text`, in order."""
    if text.isascii():
        return _TOKEN.findall(text.lower())
    if len(text) > LONG:  # folded whole, in C: the same words
        return _TOKEN.findall(fold(text))
    return [_fold(m.group())[0] for m in _TOKEN.finditer(text)]


class Finder:
    """The terms of one question, looked up word by word; each distinct word is looked up once."""

    def __init__(self, terms: tuple[str, ...]) -> None:
        self.terms = terms
        self._trie = _Node()
        for term in terms:
            node = self._trie
            for ch in term[:LONGEST]:
                node = node.children.setdefault(ch, _Node())
            node.term = term
        self._seen: dict[str, Hits] = {}
        few = len(terms) <= FEW and all(t.isascii() for t in terms)  # else: word by word, each looked up once
        self._patterns = [(t, _pattern(t[:LONGEST])) for t in terms] if few else None

    def find(self, text: str) -> tuple[tuple[tuple[int, int], ...], frozenset[str]]:
        """Spans in `text` where a term starts a word or a compound part, and the terms found."""
        if self._patterns is not None:
            if text.isascii():
                return self._scan(self._patterns, text.lower())
            if not any(term in _rough(text) for term, _ in self._patterns):
                return (), frozenset()  # a long accented text without the terms costs no word-by-word loop
        spans: list[tuple[int, int]] = []
        found: set[str] = set()
        for m in _TOKEN.finditer(text):
            word, origin = _fold(m.group())
            hits = self._seen.get(word)
            if hits is None:
                hits = self._seen[word] = self._lookup(word)
            for term, start, end in hits:
                found.add(term)
                spans.append((m.start() + origin[start], m.start() + origin[end - 1] + 1))
        return tuple(sorted(set(spans))), frozenset(found)

    @staticmethod
    def _scan(
        patterns: list[tuple[str, re.Pattern[str]]], lowered: str
    ) -> tuple[tuple[tuple[int, int], ...], frozenset[str]]:
        """An ASCII text searched by each term's own pattern, at C speed: no word-by-word loop in Python."""
        spans = []
        found = set()
        for term, pattern in patterns:
            for m in pattern.finditer(lowered):
                found.add(term)
                spans.append((m.start(), m.end()))
        return tuple(sorted(set(spans))), frozenset(found)

    def _lookup(self, word: str) -> Hits:
        found = list(self._walk(word, 0, 0))
        if len(word) <= LONGEST:  # real compounds are short; a 5 MB 'word' is only read from its start
            for start in range(HEAD, len(word) - PART + 1):
                found += [h for h in self._walk(word, start, PART) if h not in found]
        return tuple(found)

    def _walk(self, word: str, start: int, shortest: int) -> list[tuple[str, int, int]]:
        """Terms (at least `shortest` long) that `word` has at `start`: at most LONGEST steps."""
        node = self._trie
        found = []
        for i in range(start, min(len(word), start + LONGEST)):
            nxt = node.children.get(word[i])
            if nxt is None:
                break
            node = nxt
            if node.term is not None and len(node.term) >= shortest:
                found.append((node.term, start, i + 1))
        return found


def _pattern(term: str) -> re.Pattern[str]:
    """Where `term` starts a word, or (if long enough) a part of a compound after HEAD letters.

    The term comes first and the checks look behind it, so the regex engine can search for the
    term as a plain string.
    """
    t = re.escape(term)
    after = rf"(?<![^\W_]{t})"  # nothing of a word before it
    if len(term) >= PART:
        after = rf"(?:{after}|(?<=[^\W_]{{{HEAD}}}{t}))"
    return re.compile(t + after)


class _Node:
    """A trie node: the next characters of the terms, and the term that ends here."""

    __slots__ = ("children", "term")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.term: str | None = None


class _Identity:
    """origin[i] == i, without building a list as long as the word."""

    def __getitem__(self, i: int) -> int:
        return i


def _rough(text: str) -> str:
    """`text` folded in C: it holds every term that the exact folding finds in `text` (and maybe more)."""
    return unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode("ascii")


def _fold(word: str) -> tuple[str, list[int] | _Identity]:
    """A word folded (case, accents), with each folded character's index in the word."""
    return (word.lower(), _Identity()) if word.isascii() else _fold_accented(word)


@lru_cache(maxsize=65536)
def _fold_accented(word: str) -> tuple[str, list[int]]:
    return fold_map(word)
