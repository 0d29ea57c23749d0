"""Claims and data texts as document Lines: the text in one language, its mark, its citation, said once here."""

from __future__ import annotations

from collections.abc import Sequence
from typing import get_args

from techexec.answers.document import Cite, Document, Line, Note, lines
from techexec.i18n.book import phrase
from techexec.i18n.labels import author_label, source_label
from techexec.model import GENERAL, Claim, Dataset, Mark, Text, say

MARKS: tuple[Mark, ...] = get_args(Mark)


def text(value: Text, lang: str) -> tuple[str, str | None]:
    """A data text in `lang`, and the language it fell back to when `lang` is missing (else None)."""
    said = say(value, lang)
    if value.get(lang) or not said:
        return said, None
    return said, next(k for k, v in value.items() if v == said)


def mark_of(source: str | None, kind: str) -> Mark:
    """What a reader is told about where a claim comes from."""
    if source == GENERAL:
        return "general"
    return next((m for m in MARKS if m == kind), "stated")


def cite(
    data: Dataset, source: str | None, lang: str, sentences: Sequence[int] = (), kind: str = "stated"
) -> Cite | None:
    """The citation of a claim or box: the source's name, section and sentences, worded once."""
    if not source:
        return None
    if source == GENERAL:  # no section of the article: its name is what it is
        return Cite(source, phrase("general", lang), text=phrase("general", lang))
    section = say(data.sections[source], lang) if source in data.sections else ""
    name = data.article if source in data.article_sections else source_label(data, source, lang)
    return Cite(source, name, section, tuple(sentences), source_label(data, source, lang, sentences, kind))


def claim(data: Dataset, found: Claim, lang: str, lead: str = "", said: bool = True) -> Line:
    """A claim as a Line, with a lead-in (a role's acronym, a section's label) if given."""
    words, fallback = text(found.text, lang)
    mark = mark_of(found.source, found.kind)
    return Line(words, mark, cite(data, found.source, lang, found.sentences, found.kind), lead, said, fallback)


def finish(data: Dataset, doc: Document, notes: Sequence[Note] = (), about_at: int | None = 0) -> Document:
    """An answer closed as every answer is: whose text it is, at `about_at` (None: not said) when a line
    rests on the article; then what '*' means, the article under --sources, `notes`; the marks' words."""
    content = lines(doc)
    blocks = list(doc.blocks)
    if about_at is not None and any(_from_article(data, line) and line.mark != "general" for line in content):
        blocks.insert(about_at, about(data, doc.lang))
    ending = [*_ending(data, content, doc.lang, doc.cited), *notes]
    return doc._replace(blocks=(*blocks, *ending), marks=marks(data, doc.lang))


def _from_article(data: Dataset, line: Line) -> bool:
    return line.cite is not None and line.cite.source in data.article_sections


def _ending(data: Dataset, content: Sequence[Line], lang: str, cited: bool) -> list[Note]:
    """What follows the content: what '*' means where a general line shows it, and (--sources) the article."""
    notes = []
    if not cited and any(line.mark == "general" and line.said for line in content):
        notes.append(Note("legend", (plain(f"* {phrase('general', lang)}"),)))
    if cited and data.article and any(_from_article(data, line) for line in content):
        notes.append(Note("credit", (plain(f"\u201c{data.article}\u201d", lead=phrase("source", lang)),)))
    return notes


def plain(words: str, mark: Mark = "stated", lead: str = "") -> Line:
    """A line techexec words itself (a phrase of the book, a value), marked only where it passes on a mark."""
    return Line(words, mark, None, lead)


def marks(data: Dataset, lang: str) -> tuple[tuple[Mark, str], ...]:
    """The words for each mark, in `lang`: what every writer prints beside a marked line."""
    return (
        ("author", author_label(data, lang)),
        ("case", phrase("own_case", lang)),
        ("inferred", phrase("inferred_mark", lang)),
        ("general", phrase("general", lang)),
    )


def about(data: Dataset, lang: str) -> Note:
    """Whose text the page shows: one article, by its author, giving his own view (said once, at the top)."""
    who = say(data.author, lang) if data.author else "?"
    return Note("about", (plain(phrase("about", lang).format(article=data.article, who=who)),))


def author_heading(data: Dataset, lang: str) -> str:
    """'In the author's view (the CTO of Logz.io)': the heading the author's lines are grouped under."""
    who = say(data.author, lang) if data.author else ""
    return phrase("author_heading", lang).format(who=who) if who else phrase("author_view", lang).capitalize()
