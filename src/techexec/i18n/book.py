"""The one lookup for every fixed phrase, in every language of model.LANGUAGES."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from techexec.errors import Field
from techexec.i18n import dutch, english


class Book(Protocol):
    """What each language supplies: its phrases, and the few rules that put its words together."""

    PHRASES: dict[str, str | tuple[str, str]]
    FIELDS: dict[str, str]

    def field(self, what: Field) -> str: ...

    def yaml(self, reason: str) -> str: ...


BOOKS: dict[str, Book] = {"en": english, "nl": dutch}  # a test checks these are exactly model.LANGUAGES


def phrase(key: str, lang: str, count: int | None = None, /, **facts: object) -> str:
    """The phrase in `lang`, with its facts filled in; `count` chooses between one and several."""
    text = BOOKS[lang].PHRASES[key]
    if isinstance(text, tuple):
        if count is None:
            raise TypeError(f"phrase {key!r} counts something: pass count=")
        text = text[count != 1]
    return text.format(**facts) if facts else text


def field_name(what: str | Field, lang: str) -> str:
    """How a field of a data file is named in `lang`."""
    return BOOKS[lang].field(Field.of(what))


def yaml_reason(reason: str, lang: str) -> str:
    """PyYAML's complaint in `lang` when the book knows it."""
    return BOOKS[lang].yaml(reason)


def and_list(words: Sequence[str], lang: str) -> str:
    """'a, b and c' in `lang`."""
    if len(words) < 2:
        return "".join(words)
    return f"{', '.join(words[:-1])} {phrase('and', lang)} {words[-1]}"


def or_list(words: Sequence[str], lang: str) -> str:
    """'a, b or c' in `lang`."""
    if len(words) < 2:
        return "".join(words)
    return f"{', '.join(words[:-1])} {phrase('or', lang)} {words[-1]}"


def compared(names: Sequence[str], lang: str) -> str:
    """The title of a comparison: 'Comparing: CIO vs CTO' / 'CIO en CTO vergeleken'."""
    joined = (
        phrase("versus", lang).join(names[:-1]) + phrase("versus_last", lang) + names[-1]
        if len(names) > 1
        else "".join(names)
    )
    return phrase("compare_title", lang, names=joined)
