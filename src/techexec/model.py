"""Plain, immutable objects the loader builds and every other layer reads.

Named tuples rather than dataclasses: the same typed, frozen records, created at a tenth of
the import cost, which every run pays (see BENCHMARKS.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

LANGUAGES = ("en", "nl")
GENERAL = "general"  # the source id of a claim that is general knowledge, not from the article

Text = Mapping[str, str]  # language code -> text; at least one language present

AUDIENCES = ("internal", "external", "both")
SECURITY_STANCES = ("owns", "often-owns", "supports", "accountable", "none")


class Origin(NamedTuple):
    """Where a thing was defined, for error messages that point into data files."""

    path: str
    line: int
    column: int = 1


class Claim(NamedTuple):
    """A statement in two languages with its source; `role` and `value` are set where a field needs them."""

    text: Text
    source: str
    role: str | None = None
    value: str | None = None


class Role(NamedTuple):
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
    origin: Origin = Origin("<memory>", 0)


class Node(NamedTuple):
    """A box in an org chart: a role (and any roles merged into it) under one solid parent."""

    role: str
    also: tuple[str, ...] = ()
    parent: str | None = None
    source: str | None = None
    origin: Origin = Origin("<memory>", 0)

    @property
    def roles(self) -> tuple[str, ...]:
        return (self.role, *self.also)


class Dotted(NamedTuple):
    """A collaboration line: it does not make anyone anyone's boss."""

    start: str
    end: str
    text: Text
    source: str


class Variant(NamedTuple):
    """One named reporting structure."""

    id: str
    name: Text
    description: Claim | None
    nodes: tuple[Node, ...]
    dotted: tuple[Dotted, ...] = ()
    default: bool = False
    origin: Origin = Origin("<memory>", 0)


class Dataset(NamedTuple):
    """All roles, variants and source sections the commands work on."""

    roles: Mapping[str, Role]
    variants: Mapping[str, Variant]
    sections: Mapping[str, Text]
    article: str = ""

    def default_variant(self) -> Variant:
        """The last variant marked default (a user's beats the bundled one), else the first one."""
        marked = [v for v in self.variants.values() if v.default]
        return marked[-1] if marked else next(iter(self.variants.values()))
