"""Plain, immutable objects the loader builds and every other layer reads.

Named tuples rather than dataclasses: the same typed, frozen records, created at a tenth of
the import cost, which every run pays (see BENCHMARKS.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, NamedTuple

LANGUAGES = ("en", "nl")
GENERAL = "general"  # the source id of a claim that is general knowledge, not from the article
OWN = "own"  # the source id of a claim in the user's own data that names no source: shown as "your own data"
ClaimKind = Literal["stated", "author", "case", "inferred"]  # how a claim rests on the article
STATED: Literal["stated"] = "stated"  # a claim's kind when the article states it (no `kind` in the data)
KINDS: tuple[Literal["author", "case", "inferred"], ...] = (
    "author",
    "case",
    "inferred",
)  # the author's own view; his own case at his company; what the data infers
# What a reader is told about where a line comes from: the article states it, it is the author's view or
# his own case at Logz.io, the data infers it, it is general knowledge, or it is the user's own data.
Mark = Literal["stated", "author", "case", "inferred", "general", "own"]

Text = Mapping[str, str]  # language code -> text; at least one language present

AUDIENCES = ("internal", "external", "both")
GROUPS = ("business", "technology", "security")  # how an org chart colours a role's box
MatchValue = Literal["exact", "nearest"]  # how a concept fits a role; `nearest` where the scheme has none for it
MATCHES: tuple[MatchValue, ...] = ("exact", "nearest")
LISTINGS = ("alternate-title", "reported-title", "nearest")  # how O*NET lists a role
SECURITY_STANCES = ("owns", "often-owns", "supports", "accountable", "none")


class Section(NamedTuple):
    """One part of a role's explanation: a field of Role, a key in its YAML, a heading in the output."""

    key: str
    many: bool = False  # a list of claims, else one claim
    values: tuple[str, ...] = ()  # the comparable values a claim must carry, if any
    names_role: bool = False  # each claim may name another role (`role: cio`)
    required: bool = False
    compared: bool = True  # a row of `compare`


# The sections in the order `show` explains them. Adding one here (and a Role field of the same
# name, and its heading in render/labels.py) is all the loader, documents, search, compare and
# renderers need.
SECTIONS = (
    Section("ambiguity", compared=False),
    Section("summary", required=True),
    Section("focus"),
    Section("audience", values=AUDIENCES),
    Section("security", values=SECURITY_STANCES),
    Section("responsibilities", many=True),
    Section("background", many=True),
    Section("reporting", many=True),
    Section("leads", many=True),
    Section("works_with", many=True, names_role=True),
    Section("changing", many=True),
)


class Origin(NamedTuple):
    """Where a thing was defined, for error messages that point into data files."""

    path: str
    line: int
    column: int = 1


class Claim(NamedTuple):
    """A statement in two languages with its source; `role` and `value` are set where a field needs them.

    `sentences` are the cited sentences of the source section (1-based); `kind` is STATED or one of KINDS.
    """

    text: Text
    source: str
    role: str | None = None
    value: str | None = None
    sentences: tuple[int, ...] = ()
    kind: ClaimKind = STATED


class Role(NamedTuple):
    """One executive role, everything `show` explains about it (its sections: SECTIONS)."""

    id: str
    acronym: str
    title: Text
    aliases: tuple[str, ...]
    summary: Claim
    focus: Claim
    audience: Claim
    security: Claim
    responsibilities: tuple[Claim, ...]
    background: tuple[Claim, ...]
    reporting: tuple[Claim, ...]
    leads: tuple[Claim, ...]
    works_with: tuple[Claim, ...]
    changing: tuple[Claim, ...]
    ambiguity: Claim | None = None
    group: str | None = None  # one of GROUPS, or none: the chart leaves the box uncoloured
    related: bool = False  # not from the article: a role people confuse with one of its roles
    differs_from: Claim | None = None  # for a related role: the article role it is confused with, and how
    official_names: tuple[str, ...] = ()  # ESCO labels that also name it (set by the loader, not in its file)
    origin: Origin = Origin("<memory>", 0)


class Node(NamedTuple):
    """A box in an org chart: a role (and any roles merged into it) under one solid parent."""

    role: str
    also: tuple[str, ...] = ()
    parent: str | None = None
    source: str | None = None
    origin: Origin = Origin("<memory>", 0)
    sentences: tuple[int, ...] = ()
    kind: ClaimKind = STATED

    @property
    def roles(self) -> tuple[str, ...]:
        return (self.role, *self.also)


class Dotted(NamedTuple):
    """A collaboration line: it does not make anyone anyone's boss."""

    start: str
    end: str
    text: Text
    source: str
    sentences: tuple[int, ...] = ()
    kind: ClaimKind = STATED


class Structure(NamedTuple):
    """One named reporting structure."""

    id: str
    name: Text
    description: Claim | None
    nodes: tuple[Node, ...]
    dotted: tuple[Dotted, ...] = ()
    default: bool = False
    origin: Origin = Origin("<memory>", 0)


class Contrast(NamedTuple):
    """The point a source makes about roles side by side: what sets each apart, what makes them alike.

    `core` holds one claim per role (its `role` set), read together as a one-line difference.
    """

    roles: tuple[str, ...]
    core: tuple[Claim, ...]
    alike: tuple[Claim, ...] = ()
    origin: Origin = Origin("<memory>", 0)


class Release(NamedTuple):
    """An edition of an official classification (ESCO, O*NET), cited like a source, with the credit it asks for."""

    id: str
    scheme: str  # "esco" or "onet"
    name: str
    url: str
    credit: tuple[str, ...]  # the publisher's attribution lines, verbatim
    licence: Text
    note: Text  # what techexec did with the data (version inferred, labels selected)
    origin: Origin = Origin("<memory>", 0)


class Concept(NamedTuple):
    """One entry of a classification: an ESCO occupation, an ISCO-08 unit group or an O*NET-SOC occupation."""

    id: str
    scheme: str  # "esco", "isco" or "onet"
    code: str
    label: Text  # preferred label per language; O*NET's English title only
    release: str
    uri: str = ""
    isco: str | None = None  # an ESCO occupation's ISCO-08 unit group (a concept id)
    names: tuple[str, ...] = ()  # ESCO labels that also find the role it fits exactly
    origin: Origin = Origin("<memory>", 0)


class Placing(NamedTuple):
    """Where a classification puts a role: a concept, `exact` or `nearest`, and for O*NET the titles listed there."""

    concept: str
    match: MatchValue
    listed_as: tuple[str, ...] = ()  # O*NET: alternate-title and/or reported-title
    titles: tuple[str, ...] = ()


class Classification(NamedTuple):
    """A role's places in ESCO (and so ISCO-08) and O*NET; none in a scheme means none was found."""

    role: str
    esco: tuple[Placing, ...]
    onet: tuple[Placing, ...]
    note: Claim | None = None
    origin: Origin = Origin("<memory>", 0)


class Dataset(NamedTuple):
    """All roles, structures, contrasts and sources the commands work on, and where the roles are classified."""

    roles: Mapping[str, Role]
    structures: Mapping[str, Structure]
    sections: Mapping[str, Text]
    article: str = ""
    article_sections: frozenset[str] = frozenset()  # the article's sections; a user's sources have sections too
    author: Text | None = None  # who wrote the article, shown with a claim of kind "author"
    contrasts: tuple[Contrast, ...] = ()
    releases: Mapping[str, Release] = {}
    concepts: Mapping[str, Concept] = {}
    classified: Mapping[str, Classification] = {}
    unsafe_text: bool = False  # some text holds control or format characters: clean it for terminals

    def default_structure(self) -> Structure | None:
        """The last structure marked default (a user's beats the bundled one), else the first; None if there are none."""
        marked = [v for v in self.structures.values() if v.default]
        return marked[-1] if marked else next(iter(self.structures.values()), None)


def claims(role: Role, section: Section) -> tuple[Claim, ...]:
    """A section's claims as a tuple, whether the section holds one claim or many."""
    value = getattr(role, section.key)
    if section.many:
        return tuple(value)
    return () if value is None else (value,)


def say(text: Text, lang: str) -> str:
    """A data text in `lang`, falling back to any language the data has."""
    return text.get(lang) or next(iter(text.values()), "")


def names(role: Role) -> list[str]:
    """Every name that leads to this role."""
    return [role.id, role.acronym, *role.title.values(), *role.aliases, *role.official_names]


def name_index(roles: Mapping[str, Role]) -> dict[str, list[str]]:
    """Folded name -> ids of the roles that answer to it (more than one means ambiguous).

    An acronym keeps the article's meaning: a related role does not answer to an article role's acronym.
    """
    from techexec.matching import fold

    taken = {fold(r.acronym) for r in roles.values() if not r.related}
    table: dict[str, list[str]] = {}
    for role in roles.values():
        for name in names(role):
            key = fold(name)
            if role.related and key in taken and key == fold(role.acronym):
                continue
            ids = table.setdefault(key, [])
            if role.id not in ids:
                ids.append(role.id)
    return table
