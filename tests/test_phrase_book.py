"""The phrase book: one book per language of model.LANGUAGES, each complete, none falling back to English."""

from __future__ import annotations

import string
from typing import get_args

import pytest

from techexec.errors import ErrorKey, Field, ProblemKey
from techexec.i18n.book import BOOKS, field_name, phrase
from techexec.model import LANGUAGES

ENGLISH = BOOKS["en"]
OTHERS = [lang for lang in LANGUAGES if lang != "en"]


def placeholders(text: str | tuple[str, str]) -> set[str]:
    forms = (text,) if isinstance(text, str) else text
    return {name for form in forms for _, name, _, _ in string.Formatter().parse(form) if name}


def test_there_is_one_book_for_each_language_and_no_other():
    assert set(BOOKS) == set(LANGUAGES)


@pytest.mark.parametrize("lang", OTHERS)
def test_every_language_has_every_phrase_and_field_name(lang):
    book = BOOKS[lang]
    assert set(book.PHRASES) == set(ENGLISH.PHRASES)
    assert set(book.FIELDS) == set(ENGLISH.FIELDS)


@pytest.mark.parametrize("lang", OTHERS)
def test_each_phrase_takes_the_same_facts_and_counts_alike_in_every_language(lang):
    for key, english in ENGLISH.PHRASES.items():
        other = BOOKS[lang].PHRASES[key]
        assert isinstance(other, tuple) == isinstance(english, tuple), key
        assert placeholders(other) == placeholders(english), key


def test_a_language_without_a_book_is_an_error_not_english():
    with pytest.raises(KeyError):
        phrase("summary", "de")


def test_no_phrase_is_stored_twice():
    """Section headings are keyed by their section, so 'Note' may head a section and be a label."""
    seen: dict[object, str] = {}
    for key, text in ENGLISH.PHRASES.items():
        both = (text, *(BOOKS[lang].PHRASES[key] for lang in OTHERS))
        assert both not in seen or {key, seen[both]} == {"note", "ambiguity"}, (key, seen.get(both))
        seen[both] = key


@pytest.mark.parametrize(
    ("lang", "counted", "expected"),
    [("en", 1, "1 error"), ("en", 2, "2 errors"), ("en", 0, "0 errors"), ("nl", 1, "1 fout"), ("nl", 3, "3 fouten")],
)
def test_a_counting_phrase_picks_one_or_several(lang, counted, expected):
    assert phrase("count_error", lang, counted, n=counted) == expected


@pytest.mark.parametrize(
    ("what", "english", "dutch"),
    [
        (Field("sentences", Field("summary")), "summary sentences", "sentences van summary"),
        (Field("entry", Field("aliases")), "aliases entry", "item in aliases"),
        (Field("sentences", Field("section", name="intro")), "section 'intro' sentences", "sentences van sectie 'intro'"),
        (Field("title", lang="nl"), "title (nl)", "title (nl)"),
        (Field("structure name"), "structure name", "naam van de structuur"),
    ],
)
def test_field_names_follow_each_languages_word_order(what, english, dutch):
    assert field_name(what, "en") == english
    assert field_name(what, "nl") == dutch


@pytest.mark.parametrize("keys", [ErrorKey, ProblemKey], ids=["errors", "problems"])
def test_every_error_and_problem_a_command_can_raise_has_a_phrase(keys):
    assert set(get_args(keys)) <= set(ENGLISH.PHRASES)


# Keys the code builds rather than spells out: f"group_{group}", f"count_{noun}", scheme + "_nearest", ...
BUILT = ("group_", "count_", "found_", "language_", "undefined_")
BUILT_SUFFIXES = ("_nearest",)


def test_no_phrase_is_dead():
    """Every phrase is named somewhere in the code (as a string), or is one of a family of keys it builds."""
    import ast
    from pathlib import Path

    package = Path(__file__).parents[1] / "src" / "techexec"
    books = {Path(book.__file__) for book in BOOKS.values()}
    named = {
        node.value
        for path in package.rglob("*.py")
        if path not in books
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    dead = [k for k in ENGLISH.PHRASES if k not in named and not k.startswith(BUILT) and not k.endswith(BUILT_SUFFIXES)]
    assert not dead, f"phrases no code names: {dead}"
