"""`list`: the article's roles as a table (acronym, title, summary), the related roles in one of their own."""

from __future__ import annotations

from techexec.answers import classified, words
from techexec.answers.document import Block, Document, Heading, Line, Row, Table
from techexec.answers.show import credits
from techexec.i18n.book import phrase
from techexec.model import Dataset, Role
from techexec.questions.orgtree import chart_order


def role_list(
    data: Dataset, lang: str, roles: list[Role] | None = None, isco: str | None = None, sources: bool = False
) -> Document:
    """Every role (or those `list --isco` chose), article roles first; with --isco, that group's heading and credits."""
    chosen = chart_order(data) if roles is None else roles
    if isco is None:
        title = phrase("roles", lang)
    else:
        title = classified.isco_heading(data, isco, lang) if chosen else phrase("no_isco_match", lang).format(code=isco)
    blocks: list[Block] = []
    for key, group in (("", [r for r in chosen if not r.related]), ("related_roles", [r for r in chosen if r.related])):
        if group:
            blocks += [Heading(words.plain(phrase(key, lang)))] if key else []
            blocks.append(_table(data, group, lang, isco))
    doc = Document("list", words.plain(title), lang, tuple(blocks), cited=sources)
    notes = credits(data, [r.id for r in chosen], lang, sources) if isco is not None else []
    return words.finish(data, doc, notes, about_at=None)


def _table(data: Dataset, roles: list[Role], lang: str, isco: str | None) -> Table:
    """A row per role: its acronym and id, its title (and how it fits the ISCO group), its summary."""
    header = tuple(words.plain(phrase(key, lang)) for key in ("acronym", "title", "summary"))
    rows = []
    for role in roles:
        title, fallback = words.text(role.title, lang)
        fit = f" \u00b7 {classified.isco_mark(data, role, isco, lang)}" if isco is not None else ""
        cells = ((Line(title + fit, fallback=fallback),), (words.claim(data, role.summary, lang),))
        rows.append(Row(words.plain(f"{role.acronym} ({role.id})"), cells))
    return Table(header, tuple(rows))
