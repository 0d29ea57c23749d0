"""Answer questions ("who owns security?") by ranking roles on the words of every text field."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from techexec.matching import close_matches, fold_map
from techexec.model import SECTIONS, Claim, Dataset, claims, name_index, say
from techexec.questions.classification import search_texts

HitKind = Literal["role", "structure"]

# The words that shape a question in either language, never its subject: they never decide a ranking
# ("who is responsible for security?" and "wie is verantwoordelijk voor beveiliging?" search for
# one word). Both lists apply whatever the language, so a question may mix them.
_EN_FILLER = """
who whom whose what which where when why how do does did done is are was were be been being has have had
the a an this that these those there it its of for to in on at by from with about into and or but not
vs versus between difference differences differ different compare comparison exactly actually really
responsible responsibility responsibilities duties tasks in charge own owns owner role roles job
can could should would will may might must i me my we us our you your they them their he she his her
tell explain mean means meaning please
"""
_NL_FILLER = """
wie wat welke welk waar wanneer waarom hoe doet doen deed gedaan is zijn was waren ben bent wordt worden
heeft hebben heb de het een deze die dit dat er van voor naar in op aan bij met om over uit tot en of
maar niet tussen verschil verschillen verschilt vergelijk vergelijken vergelijking precies eigenlijk
echt verantwoordelijk verantwoordelijkheid verantwoordelijkheden taak taken eigenaar rol rollen
functie kan kun kunt kunnen moet moeten mag zal zou ik me mij mijn we wij ons onze je jij jou jouw u uw
ze zij hun hij haar zit vertel leg uitleg betekent betekenis
"""
FILLER = frozenset(f"{_EN_FILLER} {_NL_FILLER}".split())
RELATED_WEIGHT = 2 / 3  # a role not from the article ranks below an article role that matches as well
WEIGHTS = {
    "title": 6,
    "aliases": 5,
    "acronym": 6,
    "summary": 3,
    "focus": 2,
    "audience": 2,
    "security": 2,
    "classified": 2,
}
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

    kind: HitKind
    id: str
    score: int
    matches: tuple[Match, ...]


@dataclass(frozen=True)
class Answer:
    """The ranked hits; `named` lists the roles the question names by a one-word name (two or more: compare them)."""

    terms: tuple[str, ...]
    hits: tuple[Hit, ...]
    suggestions: tuple[str, ...]
    named: tuple[str, ...] = ()


def search(data: Dataset, words: list[str], lang: str) -> Answer:
    """Roles and structures ranked by how often and where the query's terms occur, best first."""
    terms = tuple(t for t in dict.fromkeys(_folded_words(" ".join(words))) if t not in FILLER and len(t) > 1)
    hits: list[Hit] = []
    for kind, item_id, fields in _documents(data, lang):
        matches = [m for m in (_match(field, text, source, terms) for field, text, source in fields) if m]
        if matches:
            found = {t for m in matches for t in terms if t in fold_map(m.text)[0]}
            score = sum(WEIGHTS.get(m.field, 1) * len(m.spans) for m in matches) + 10 * len(found)
            if kind == "role" and data.roles[item_id].related:
                score = int(score * RELATED_WEIGHT)
            hits.append(Hit(kind, item_id, score, tuple(matches)))
    hits.sort(key=lambda h: (-h.score, h.kind != "role", h.id))
    suggestions = () if hits else _suggest(data, lang, terms)
    index = name_index(data.roles)
    named = [index[t][0] for t in terms if len(index.get(t, ())) == 1]
    return Answer(terms, tuple(hits), suggestions, tuple(dict.fromkeys(named)))


def _documents(data: Dataset, lang: str) -> Iterator[tuple[HitKind, str, list[tuple[str, str, str | None]]]]:
    """(kind, id, [(field, text, source)]) for every role and structure, in `lang`."""
    for role in data.roles.values():
        fields: list[tuple[str, str, str | None]] = [
            ("acronym", role.acronym, None),
            ("title", say(role.title, lang), None),
        ]
        fields += [("aliases", alias, None) for alias in role.aliases]
        for section in SECTIONS:
            fields += [_claim_field(section.key, c, lang) for c in claims(role, section)]
        if role.differs_from:
            fields.append(_claim_field("differs_from", role.differs_from, lang))
        fields += search_texts(data, role.id, lang)
        yield "role", role.id, fields
    for structure in data.structures.values():
        fields = [("name", say(structure.name, lang), None)]
        if structure.description:
            fields.append(_claim_field("description", structure.description, lang))
        fields += [("dotted", say(d.text, lang), d.source) for d in structure.dotted if d.text]
        yield "structure", structure.id, fields


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
