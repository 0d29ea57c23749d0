"""Answer questions ("who owns security?") by ranking roles on the words of every text field."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from techexec.matching import close_matches, fold_map
from techexec.model import SECTIONS, Claim, Dataset, claims, say

# Question words that say nothing about a role, in both languages.
_EN_STOP = "who what which where does do is are the a an of for to in on with and or owns own"
_NL_STOP = "wie wat welke waar doet is zijn de het een van voor naar in op met en of bij verantwoordelijk"
STOPWORDS = frozenset(f"{_EN_STOP} {_NL_STOP}".split())
WEIGHTS = {"title": 6, "aliases": 5, "acronym": 6, "summary": 3, "focus": 2, "audience": 2, "security": 2}
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Match:
    """One line of one field that contains query terms; spans index into `text`."""

    field: str
    text: str
    spans: tuple[tuple[int, int], ...]
    source: str | None = None


@dataclass(frozen=True)
class Hit:
    """A role (or structure) and why it ranks where it does."""

    kind: str  # "role" or "variant"
    id: str
    score: int
    matches: tuple[Match, ...]


@dataclass(frozen=True)
class Answer:
    terms: tuple[str, ...]
    hits: tuple[Hit, ...]
    suggestions: tuple[str, ...]


def search(data: Dataset, words: list[str], lang: str) -> Answer:
    """Roles and structures ranked by how often and where the query's terms occur, best first."""
    terms = tuple(t for t in dict.fromkeys(_folded_words(" ".join(words))) if t not in STOPWORDS)
    hits: list[Hit] = []
    for kind, item_id, fields in _documents(data, lang):
        matches = [m for m in (_match(field, text, source, terms) for field, text, source in fields) if m]
        if matches:
            found = {t for m in matches for t in terms if t in fold_map(m.text)[0]}
            score = sum(WEIGHTS.get(m.field, 1) * len(m.spans) for m in matches) + 10 * len(found)
            hits.append(Hit(kind, item_id, score, tuple(matches)))
    hits.sort(key=lambda h: (-h.score, h.kind != "role", h.id))
    suggestions = () if hits else _suggest(data, lang, terms)
    return Answer(terms, tuple(hits), suggestions)


def _documents(data: Dataset, lang: str) -> Iterator[tuple[str, str, list[tuple[str, str, str | None]]]]:
    """(kind, id, [(field, text, source)]) for every role and structure, in `lang`."""
    for role in data.roles.values():
        fields: list[tuple[str, str, str | None]] = [
            ("acronym", role.acronym, None),
            ("title", say(role.title, lang), None),
        ]
        fields += [("aliases", alias, None) for alias in role.aliases]
        for section in SECTIONS:
            fields += [_claim_field(section.key, c, lang) for c in claims(role, section)]
        yield "role", role.id, fields
    for variant in data.variants.values():
        fields = [("name", say(variant.name, lang), None)]
        if variant.description:
            fields.append(_claim_field("description", variant.description, lang))
        fields += [("dotted", say(d.text, lang), d.source) for d in variant.dotted if d.text]
        yield "variant", variant.id, fields


def _claim_field(key: str, claim: Claim, lang: str) -> tuple[str, str, str | None]:
    return key, say(claim.text, lang), claim.source


def _match(field: str, text: str, source: str | None, terms: tuple[str, ...]) -> Match | None:
    """Spans where a word of `text` starts with a term ('klant' finds 'klanten'), accents and case folded."""
    folded, origin = fold_map(text)
    spans = []
    for term in terms:
        for found in re.finditer(r"(?<!\w)" + re.escape(term), folded):
            spans.append((origin[found.start()], origin[found.end() - 1] + 1))
    return Match(field, text, tuple(sorted(set(spans))), source) if spans else None


def _folded_words(text: str) -> list[str]:
    return _WORD.findall(fold_map(text)[0])


def _suggest(data: Dataset, lang: str, terms: tuple[str, ...]) -> tuple[str, ...]:
    """Words of the data close to the query's terms, for a 'did you mean'."""
    vocabulary = sorted(
        {w for _, _, fields in _documents(data, lang) for _, text, _ in fields for w in _folded_words(text)}
    )
    found: list[str] = []
    for term in terms:
        found += [w for w in close_matches(term, vocabulary, n=3) if w not in found]
    return tuple(found[:5])
