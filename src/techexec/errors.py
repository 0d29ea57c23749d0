"""The errors a user can cause: a key and its facts, worded by the phrase book (i18n/) in the user's language."""

from __future__ import annotations

from typing import Any, NamedTuple


class TechexecError(Exception):
    """An error shown to the user as one line on stderr, never as a traceback."""

    exit_code = 1

    def __init__(self, key: str, **facts: Any) -> None:
        super().__init__(key)
        self.key = key
        self.facts = facts


class UsageError(TechexecError):
    """The command line asked for something that does not exist (role, structure, language)."""

    exit_code = 2


class Field(NamedTuple):
    """What a data problem is about, in parts, so each language orders the words its own way."""

    term: str  # a YAML key, shown as written, or a word of the phrase book's FIELDS ('role id')
    inside: Field | None = None  # the field this one belongs to: the sentences of a summary
    name: str = ""  # the id it goes by: section 'x'
    lang: str = ""  # the language of a text: title (nl)

    @classmethod
    def of(cls, what: str | Field) -> Field:
        return what if isinstance(what, Field) else cls(what)


class Problem(NamedTuple):
    """One thing wrong in a data file, at a place a text editor can jump to: a key and its facts,
    worded by i18n/problems.py in the user's language."""

    path: str
    line: int
    column: int
    key: str
    facts: dict[str, Any]
    warning: bool = False

    @property
    def place(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


class DataError(TechexecError):
    """Data files failed validation; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("data", problem=problems[0], more=len(problems) - 1)
        self.problems = problems
