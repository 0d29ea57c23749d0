"""Answer questions ("who owns security?") by ranking roles on the words of every text field."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from techexec.matching import close_matches
from techexec.model import GENERAL, SECTIONS, Claim, Dataset, Mark, claims, name_index, say
from techexec.questions.classification import search_texts
from techexec.questions.words import Finder, tokens

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
tell explain mean means meaning please as same like than also
"""
_NL_FILLER = """
wie wat welke welk waar wanneer waarom hoe doet doen deed gedaan is zijn was waren ben bent wordt worden
heeft hebben heb de het een deze die dit dat er van voor naar in op aan bij met om over uit tot en of
maar niet tussen verschil verschillen verschilt vergelijk vergelijken vergelijking precies eigenlijk
echt verantwoordelijk verantwoordelijkheid verantwoordelijkheden taak taken eigenaar rol rollen
functie kan kun kunt kunnen moet moeten mag zal zou ik me mij mijn we wij ons onze je jij jou jouw u uw
ze zij hun hij haar zit vertel leg uitleg betekent betekenis als dan ook zelfde dezelfde hetzelfde
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
NAMES = frozenset({"acronym", "title", "aliases"})  # a role's names: shown after the lines that answer
TITLE_WORD = 0.2  # how much a word in most titles ('chief', 'officer') weighs, against a rare word
WEAK = 0.5  # a result that covers less than this share of the best one's words is left out
HUGE = 20_000  # more words than this to suggest from, and only those starting like the term are tried
SUGGESTED = 5  # the first terms that get a 'did you mean' (each reads the whole vocabulary)
LONGEST_NAME = 6  # words in the longest name looked for in a question ('chief information security officer')


@dataclass(frozen=True)
class Match:
    """One line of one field that contains query terms; spans index into `text`.

    `kind` is what the reader is told about where the line comes from, as `show` marks it
    (None for a role's names and classification titles, which are not claims).
    """

    field: str
    text: str
    spans: tuple[tuple[int, int], ...]
    source: str | None = None
    kind: Mark | None = None
    sentences: tuple[int, ...] = ()


@dataclass(frozen=True)
class Hit:
    """A role (or structure) and why it ranks where it does; `matches` best first."""

    kind: HitKind
    id: str
    score: int
    matches: tuple[Match, ...]


@dataclass(frozen=True)
class Answer:
    """The ranked hits; `named` lists the roles the question names (two or more: compare them)."""

    terms: tuple[str, ...]
    hits: tuple[Hit, ...]
    suggestions: tuple[str, ...]
    named: tuple[str, ...] = ()


Field = tuple[str, str, Claim | str | None]  # (field, text, the claim it says or a release id)


def search(data: Dataset, words: list[str], lang: str) -> Answer:
    """Roles and structures ranked by how much of the question they answer, and where; best first."""
    folded = tokens(" ".join(words))
    terms = tuple(t for t in dict.fromkeys(folded) if t not in FILLER and len(t) > 1)
    finder = Finder(terms)
    found: list[tuple[HitKind, str, list[tuple[Match, frozenset[str]]]]] = []
    df: Counter[str] = Counter()
    for kind, item_id, fields in _documents(data, lang):
        matches = [m for m in (_match(finder, *f) for f in fields) if m[0].spans]
        if matches:
            found.append((kind, item_id, matches))
            df.update(frozenset().union(*(t for _, t in matches)))
    weight = _weights(data, lang, finder, df, len(data.roles) + len(data.structures))
    named = _named(data, folded)
    hits = [_hit(data, kind, item_id, matches, weight, item_id in named) for kind, item_id, matches in found]
    best = max((h[1] for h in hits), default=0.0)
    kept = [h for h, covered, is_named in hits if is_named or covered >= WEAK * best]
    first = {role: i for i, role in enumerate(named)}  # the roles the question names, in its order
    kept.sort(key=lambda h: (first.get(h.id, len(first)), -h.score, h.kind != "role", h.id))
    suggestions = () if kept else _suggest(data, lang, terms)
    return Answer(terms, tuple(kept), suggestions, tuple(r for r in named if r in data.roles))


def _hit(
    data: Dataset,
    kind: HitKind,
    item_id: str,
    matches: list[tuple[Match, frozenset[str]]],
    weight: dict[str, float],
    is_named: bool,
) -> tuple[Hit, float, bool]:
    """The hit, with how much of the question it covers (the weight of the distinct terms it has)."""
    covered = sum(weight[t] for t in frozenset().union(*(t for _, t in matches)))
    said = {m.field for m, _ in matches} - NAMES  # content lines answer; names only say which role it is

    def line(m: Match, terms: frozenset[str]) -> float:
        return WEIGHTS.get(m.field, 1) * sum(weight[t] for t in terms)

    best = max(sum(weight[t] for t in terms) for _, terms in matches)  # one line that answers all of it counts
    score = 10 * covered + 10 * best + sum(line(m, t) for m, t in matches)
    if kind == "role" and data.roles[item_id].related:
        score *= RELATED_WEIGHT
    order = sorted(
        range(len(matches)),
        key=lambda i: (
            bool(said) and matches[i][0].field in NAMES,  # names after the lines that answer
            -sum(weight[t] for t in matches[i][1]),  # then the lines with most of the question's words
            -WEIGHTS.get(matches[i][0].field, 1),  # then the summary and the fields that say most
            i,
        ),
    )
    return Hit(kind, item_id, round(score * 10), tuple(matches[i][0] for i in order)), covered, is_named


def _weights(data: Dataset, lang: str, finder: Finder, df: Counter[str], total: int) -> dict[str, float]:
    """A rare word weighs more than one found everywhere; a word in most titles ('chief') weighs little."""
    titles = Counter(t for role in data.roles.values() for t in finder.find(say(role.title, lang))[1])
    weight = {}
    for term in finder.terms:
        rare = math.log((total + 1) / max(df[term], 1))
        weight[term] = max(rare, 0.05) * (TITLE_WORD if titles[term] * 2 > len(data.roles) else 1)
    return weight


def _named(data: Dataset, folded: list[str]) -> list[str]:
    """Roles the question names, by any of their names ('cio', 'chief data officer'), in the question's order."""
    index = name_index(data.roles)
    longest = min(LONGEST_NAME, max((len(k.split()) for k in index), default=1))
    named: list[str] = []
    i = 0
    while i < len(folded):
        for n in range(min(longest, len(folded) - i), 0, -1):
            ids = index.get(" ".join(folded[i : i + n]), [])
            if len(ids) == 1 and (n > 1 or folded[i] not in FILLER):
                named += [r for r in ids if r not in named]
                i += n - 1
                break
        i += 1
    return named


def _documents(data: Dataset, lang: str) -> Iterator[tuple[HitKind, str, list[Field]]]:
    """(kind, id, [(field, text, claim or release)]) for every role and structure, in `lang`."""
    for role in data.roles.values():
        fields: list[Field] = [("acronym", role.acronym, None), ("title", say(role.title, lang), None)]
        fields += [("aliases", alias, None) for alias in role.aliases]
        for section in SECTIONS:
            fields += [(section.key, say(c.text, lang), c) for c in claims(role, section)]
        if role.differs_from:
            fields.append(("differs_from", say(role.differs_from.text, lang), role.differs_from))
        fields += search_texts(data, role.id, lang)
        yield "role", role.id, fields
    for structure in data.structures.values():
        fields = [("name", say(structure.name, lang), None)]
        if structure.description:
            fields.append(("description", say(structure.description.text, lang), structure.description))
        fields += [("dotted", say(d.text, lang), d.source) for d in structure.dotted if d.text]
        yield "structure", structure.id, fields


def _match(finder: Finder, field: str, text: str, origin: Claim | str | None) -> tuple[Match, frozenset[str]]:
    """The line with the spans where a term starts a word or a compound part ('klant' finds 'klanten')."""
    spans, found = finder.find(text)
    if isinstance(origin, Claim):
        mark: Mark = GENERAL if origin.source == GENERAL else origin.kind  # type: ignore[assignment]
        return Match(field, text, spans, origin.source, mark, origin.sentences), found
    return Match(field, text, spans, origin), found


def _suggest(data: Dataset, lang: str, terms: tuple[str, ...]) -> tuple[str, ...]:
    """Words of the data close to the query's first terms, for a 'did you mean'."""
    vocabulary = sorted({w for _, _, fields in _documents(data, lang) for _, text, _ in fields for w in tokens(text)})
    found: list[str] = []
    for term in terms[:SUGGESTED]:
        low, high = len(term) * 3 // 7, len(term) * 7 // 3 + 1  # outside these, difflib's ratio is below 0.6
        near = [w for w in vocabulary if low <= len(w) <= high]
        if len(near) > HUGE:  # a huge vocabulary: only words that start like the term (few typos are in the 1st letter)
            near = [w for w in near if w[:1] == term[:1]][:HUGE]
        found += [w for w in close_matches(term, near, n=3) if w not in found]
    return tuple(found[:5])
