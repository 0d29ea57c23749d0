"""`search`: the ranked roles and structures, each with its matching lines, marked as `show` marks them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from techexec.answers import words
from techexec.answers.document import Block, Bullets, Document, Heading, Line, Note, Paragraph
from techexec.i18n.book import phrase
from techexec.model import Dataset, say

if TYPE_CHECKING:
    from techexec.questions.search import Answer, Hit, Match

SHOWN = 4  # matching lines shown per result


def search_results(data: Dataset, answer: Answer, lang: str, limit: int, sources: bool = False) -> Document:
    """The best `limit` results, each with its first matching lines and how many more; a tip to compare them."""
    terms = " ".join(answer.terms)
    blocks: list[Block] = []
    for rank, hit in enumerate(answer.hits[:limit], 1):
        blocks.append(Heading(words.plain(f"{rank}. {_name(data, hit, lang)}")))
        found = [_match(data, match, lang) for match in hit.matches[:SHOWN]]
        more = len(hit.matches) - SHOWN
        blocks += [Bullets(tuple(found))] + (
            [Paragraph(words.plain(phrase("more_lines", lang, more, n=more)))] if more > 0 else []
        )
    if len(answer.named) > 1:
        command = " ".join(["techexec compare", *answer.named, *(["--lang", "nl"] if lang == "nl" else [])])
        blocks.append(Note("tip", (words.plain(phrase("compare_hint", lang).format(command=command)),)))
    doc = Document("search", words.plain(phrase("search_for", lang, terms=terms)), lang, tuple(blocks), cited=sources)
    return words.finish(data, doc, about_at=None)


def _name(data: Dataset, hit: Hit, lang: str) -> str:
    if hit.kind == "role":
        role = data.roles[hit.id]
        return f"{role.acronym} \u2014 {say(role.title, lang)}"
    return f"{say(data.structures[hit.id].name, lang)} ({phrase('structure_hit', lang)}: {hit.id})"


def _match(data: Dataset, match: Match, lang: str) -> Line:
    """A matching line, led by its field's name, marked and cited as the claim it comes from."""
    mark = words.mark_of(match.source, match.kind or "stated")
    cite = words.cite(data, match.source, lang, match.sentences, match.kind or "stated")
    return Line(match.text, mark, cite, phrase(match.field, lang))
