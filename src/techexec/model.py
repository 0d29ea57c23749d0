"""Plain, immutable objects the loader builds and every other layer reads."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

LANGUAGES = ("en", "nl")
GENERAL = "general"  # the source id of a claim that is general knowledge, not from the article

Text = Mapping[str, str]  # language code -> text; at least one language present

AUDIENCES = ("internal", "external", "both")
SECURITY_STANCES = ("owns", "often-owns", "supports", "accountable", "none")


@dataclass(frozen=True)
class Origin:
    """Where a thing was defined, for error messages that point into data files."""

    path: str
    line: int
    column: int = 1


@dataclass(frozen=True)
class Claim:
    """A statement in two languages with its source; `role` and `value` are set where a field needs them."""

    text: Text
    source: str
    role: str | None = None
    value: str | None = None


@dataclass(frozen=True)
class Role:
    """One executive role, everything `show` explains about it."""

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
    origin: Origin = field(default=Origin("<memory>", 0), compare=False)


@dataclass(frozen=True)
class Node:
    """A box in an org chart: a role (and any roles merged into it) under one solid parent."""

    role: str
    also: tuple[str, ...] = ()
    parent: str | None = None
    source: str | None = None
    origin: Origin = field(default=Origin("<memory>", 0), compare=False)

    @property
    def roles(self) -> tuple[str, ...]:
        return (self.role, *self.also)


@dataclass(frozen=True)
class Dotted:
    """A collaboration line: it does not make anyone anyone's boss."""

    start: str
    end: str
    text: Text
    source: str


@dataclass(frozen=True)
class Variant:
    """One named reporting structure."""

    id: str
    name: Text
    description: Claim | None
    nodes: tuple[Node, ...]
    dotted: tuple[Dotted, ...] = ()
    default: bool = False
    origin: Origin = field(default=Origin("<memory>", 0), compare=False)


@dataclass(frozen=True)
class Dataset:
    """All roles, variants and source sections the commands work on."""

    roles: Mapping[str, Role]
    variants: Mapping[str, Variant]
    sections: Mapping[str, Text]
    article: str = ""

    def default_variant(self) -> Variant:
        """The last variant marked default (a user's beats the bundled one), else the first one."""
        marked = [v for v in self.variants.values() if v.default]
        return marked[-1] if marked else next(iter(self.variants.values()))
