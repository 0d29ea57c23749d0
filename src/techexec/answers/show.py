"""`show`: one role explained, as a document: its summary, each section, the author's view grouped once."""

from __future__ import annotations

from techexec.answers import classified, words
from techexec.answers.document import Block, Bullets, Document, Heading, Line, Note, Paragraph
from techexec.i18n.book import phrase
from techexec.i18n.labels import acronym, box_name, reports_to
from techexec.model import SECTIONS, Claim, Dataset, Role, claims, say
from techexec.questions.orgtree import Placement, placements

GROUPED = ("author", "case")  # the kinds said once, under one heading, rather than on every line


def show(data: Dataset, role: Role, lang: str, sources: bool = False, brief: bool = False) -> Document:
    """The page of one role; `brief`: summary, focus, reporting line and security only."""
    title, fallback = words.text(role.title, lang)
    blocks: list[Block] = _opening(data, role, lang, brief)
    blocks.append(Paragraph(words.claim(data, role.summary, lang)))
    blocks += _brief(data, role, lang) if brief else _sections(data, role, lang)
    if not brief:
        blocks += _classified(data, role, lang)
    doc = Document(
        "show", Line(f"{role.acronym} \u2014 {title}", fallback=fallback), lang, tuple(blocks), cited=sources
    )
    notes = [] if brief else credits(data, [role.id], lang, sources)
    at = 1 if role.related else 0  # whose text this is, said first (after 'not from the article')
    return words.finish(data, doc._replace(brief=brief), notes, about_at=at)


def _opening(data: Dataset, role: Role, lang: str, brief: bool) -> list[Block]:
    """A related role says it is not from the article; an ambiguous one says why; look-alikes are named."""
    found: list[Block] = []
    if text := classified.opening_text(data, role, lang):
        told = (words.claim(data, role.differs_from, lang),) if role.differs_from else ()
        found.append(Note("warning", (words.plain(text), *told)))
    if role.ambiguity:
        found.append(Note("warning", (words.claim(data, role.ambiguity, lang, phrase("note", lang)),)))
    if not brief and (also := classified.see_also(data, role, lang)):
        found.append(Note("tip", (words.plain(also),)))
    return found


def _sections(data: Dataset, role: Role, lang: str) -> list[Block]:
    """Every section in order, the author's lines left out of them and gathered at the end under one heading."""
    found: list[Block] = []
    grouped: list[Line] = []
    for section in SECTIONS:
        said = claims(role, section)
        if section.key in ("ambiguity", "summary") or not (said or section.many):
            continue
        name = phrase(section.key, lang)
        if not section.many:
            value = said[0].value
            found += [
                Heading(words.plain(f"{name} \u00b7 {phrase(value, lang)}" if value else name)),
                _one(data, said[0], lang),
            ]
            continue
        own = [c for c in said if c.kind not in GROUPED]
        grouped += [_line(data, c, lang, name) for c in said if c.kind in GROUPED]
        items = [
            *(placement_lines(data, role, lang) if section.key == "reporting" else []),
            *(_line(data, c, lang) for c in own),
        ]
        if items:  # a section with nothing to say is left out, not printed empty
            found += [Heading(words.plain(name)), Bullets(tuple(items))]
    if grouped:
        heading = words.plain(words.author_heading(data, lang))
        found += [Heading(heading, mark="author"), Bullets(tuple(grouped))]
    return found


def _one(data: Dataset, claim: Claim, lang: str) -> Paragraph:
    return Paragraph(words.claim(data, claim, lang))


def _line(data: Dataset, claim: Claim, lang: str, section: str = "") -> Line:
    """A bullet: led by the role it names, or (gathered under the author's heading) by its section."""
    lead = acronym(data, claim.role) if claim.role else ""
    lead = f"{section} \u00b7 {lead}" if section and lead else section or lead
    return words.claim(data, claim, lang, lead, said=claim.kind != "author" or not section)


def placement_lines(data: Dataset, role: Role, lang: str, brief: bool = False) -> list[Line]:
    """'Reports to the CEO — in “CIO and CTO both report to the CEO” (ceo-both)': structures where the role
    reports alike, on the same grounds, share one line ('in all 3 structures' when every one does);
    `brief`: one line when the reporting line is the same everywhere, whatever its grounds."""
    groups: dict[tuple[object, ...], list[Placement]] = {}
    for place in placements(data, role.id):
        node = place.node
        groups.setdefault((_head(data, role, place, lang), node.source, node.sentences, node.kind), []).append(place)
    total = sum(len(places) for places in groups.values())
    found = [_placement_line(data, key, places, total, lang) for key, places in groups.items()]
    heads = {str(key[0]) for key in groups}
    if brief and total > 1 and len(heads) == 1 and len({line.mark for line in found}) == 1:
        return [found[0]._replace(text=f"{heads.pop()} \u2014 {phrase('in_all', lang, n=total)}")]
    return found


def _head(data: Dataset, role: Role, place: Placement, lang: str) -> str:
    """'Reports to the CEO', and whom the role is held together with in this structure."""
    boss = box_name(data, place.parent.roles) if place.parent else None
    merged = [acronym(data, r) for r in place.node.roles if r != role.id]
    return reports_to(boss, lang) + (f" ({phrase('merged_with', lang)} {', '.join(merged)})" if merged else "")


def _placement_line(data: Dataset, key: tuple[object, ...], places: list[Placement], total: int, lang: str) -> Line:
    node = places[0].node
    if len(places) == total and total > 1:
        where = phrase("in_all", lang, n=total)
    else:
        named = [f"\u201c{say(p.structure.name, lang)}\u201d ({p.structure.id})" for p in places]
        joined = ", ".join(named[:-1]) + f" {phrase('and', lang)} {named[-1]}" if len(named) > 1 else named[0]
        where = f"{phrase('in_structure', lang)} {joined}"
    cite = words.cite(data, node.source, lang, node.sentences, node.kind)
    return Line(f"{key[0]} \u2014 {where}", words.mark_of(node.source, node.kind), cite)


def _brief(data: Dataset, role: Role, lang: str) -> list[Block]:
    """The short page: focus, where the role reports, who owns security; one paragraph each."""
    found: list[Block] = [Paragraph(words.claim(data, role.focus, lang, phrase("focus", lang)))]
    if places := placement_lines(data, role, lang, brief=True):
        found += [Paragraph(words.plain(phrase("reporting", lang) + ":")), Bullets(tuple(places))]
    value = role.security.value
    found.append(Paragraph(words.plain(phrase(value, lang) if value else "", lead=phrase("security", lang))))
    return found


def _classified(data: Dataset, role: Role, lang: str) -> list[Block]:
    """'Classified as': one bullet per ESCO, ISCO-08 and O*NET entry, with its release cited."""
    found = classified.lines(data, role, lang)
    if not found:
        return []
    items = tuple(
        Line(f.text, words.mark_of(f.source, "stated"), words.cite(data, f.source, lang), link=f.uri) for f in found
    )
    return [Heading(words.plain(phrase("classified", lang))), Bullets(items)]


def credits(data: Dataset, role_ids: list[str], lang: str, sources: bool) -> list[Note]:
    """The classifications' credit: every line with --sources, else one short line; none if none is quoted."""
    from techexec.questions.classification import releases

    if sources:
        return [
            Note("credit", tuple(words.plain(c) for c in classified.credit_lines(r, lang)))
            for r in releases(data, role_ids)
        ]
    summary = classified.credit_summary(data, role_ids, lang)
    return [Note("credit", (words.plain(summary),))] if summary else []
