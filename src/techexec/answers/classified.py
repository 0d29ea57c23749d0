"""The classification and look-alike phrases every renderer shares, as plain strings in one language.

The terminal, Markdown and JSON renderers style or wrap these; none of them words a code itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from techexec.i18n.book import phrase
from techexec.model import Claim, Dataset, Release, Role, say
from techexec.questions.classification import Occupation, occupations, releases

SCHEME_NAMES = {"esco": "ESCO", "isco": "ISCO-08", "onet": "O*NET-SOC"}


class ClassifiedLine(NamedTuple):
    """One line of the 'Classified as' section: its text, the release it quotes, an ESCO URI to print under it."""

    text: str
    source: str | None
    uri: str = ""


def lines(data: Dataset, role: Role, lang: str, compact: bool = False) -> list[ClassifiedLine]:
    """Each entry of the role's classification, the missing schemes said as such, then the note."""
    found = occupations(data, role.id)
    if role.id not in data.classified:
        return []
    out = [_line(e, lang, not compact) for e in found if not (compact and e.scheme == "isco")]
    if not any(e.scheme == "esco" for e in found):
        out.insert(0, ClassifiedLine(phrase("esco_none", lang), None))
    if not any(e.scheme == "onet" for e in found):
        out.append(ClassifiedLine(phrase("onet_none", lang), None))
    note = data.classified[role.id].note
    if note is not None and not compact:
        out.append(ClassifiedLine(say(note.text, lang), note.source))
    return out


def compact_lines(data: Dataset, role: Role, lang: str) -> list[ClassifiedLine]:
    """The lines for a comparison cell: each ESCO and O*NET entry or their absence, no URIs, ISCO or note."""
    return lines(data, role, lang, compact=True)


def _line(entry: Occupation, lang: str, uris: bool) -> ClassifiedLine:
    concept = entry.concept
    code = "" if entry.scheme == "esco" else f" {concept.code}"
    head = f"{SCHEME_NAMES[entry.scheme]}{code}"
    name = say(concept.label, lang)
    quoted = ", ".join(f"\u201c{t}\u201d" for t in entry.titles)
    if entry.scheme == "onet":
        if entry.match == "nearest":
            how = phrase("onet_nearest", lang)
            if quoted:
                how += "; " + phrase("through_title", lang).format(titles=quoted)
            return ClassifiedLine(f"{head} {name} ({how})", concept.release)
        kinds = f" {phrase('and', lang)} ".join(phrase(k, lang, len(entry.titles) or 1) for k in entry.listed_as)
        return ClassifiedLine(
            f"{head} {name}, {phrase('listed_as', lang).format(kinds=kinds, titles=quoted)}", concept.release
        )
    if entry.match == "nearest":
        head += f" ({phrase(entry.scheme + '_nearest', lang)})"
    return ClassifiedLine(f"{head}: {name}", concept.release, concept.uri if uris else "")


def credit_summary(data: Dataset, role_ids: list[str], lang: str) -> str:
    """One line naming what the classifications quote, for output shown without --sources."""
    used = releases(data, role_ids)
    if not used:
        return ""
    names = "; ".join(
        release.credit[0] if release.scheme == "esco" else f"{release.name}, USDOL/ETA, CC BY 4.0" for release in used
    )
    return f"{phrase('credits', lang)}: {names} ({phrase('credits_more', lang)})"


def credit_lines(release: Release, lang: str) -> list[str]:
    """The publisher's credit lines verbatim, then the licence and what techexec did with the data."""
    return [*release.credit, f"{phrase('licence', lang)}: {say(release.licence, lang)}", say(release.note, lang)]


def twin(data: Dataset, role: Role) -> Role | None:
    """The article role a related role is told apart from."""
    if not role.related or role.differs_from is None:
        return None
    return data.roles.get(role.differs_from.role or "")


def shares_acronym(role: Role, other: Role) -> bool:
    return role.acronym.casefold() == other.acronym.casefold()


def opening_text(data: Dataset, role: Role, lang: str) -> str:
    """'Not from the article. In the article ... CDO is the Chief Digital Officer: techexec show cdo.'"""
    other = twin(data, role)
    if other is None:
        return phrase("not_from_article", lang) if role.related else ""
    key = "shares_acronym" if shares_acronym(role, other) else "confused_with"
    sentence = phrase(key, lang).format(acronym=other.acronym, title=say(other.title, lang), id=other.id)
    return f"{phrase('not_from_article', lang)} {sentence}"


def told_apart(roles: Sequence[Role]) -> list[Claim]:
    """In a comparison: how each related role differs from an article role compared with it."""
    ids = {r.id for r in roles}
    return [r.differs_from for r in roles if r.related and r.differs_from and r.differs_from.role in ids]


def see_also(data: Dataset, role: Role, lang: str) -> str:
    """For an article role: the related roles confused with it, each with how to show it."""
    others = [r for r in data.roles.values() if r.related and r.differs_from and r.differs_from.role == role.id]
    if role.related or not others:
        return ""
    names = ", ".join(f"{say(r.title, lang)} (techexec show {r.id})" for r in others)
    return phrase("see_also", lang).format(names=names)


def isco_heading(data: Dataset, code: str, lang: str) -> str:
    """'Roles in ISCO-08 group 1330: Information and ...' (the title where the data has the group)."""
    group = next((c for c in data.concepts.values() if c.scheme == "isco" and c.code == code), None)
    heading = phrase("isco_heading", lang).format(code=code)
    return f"{heading}: {say(group.label, lang)}" if group else heading


def isco_mark(data: Dataset, role: Role, code: str, lang: str) -> str:
    """'ISCO-08 1330', or '... (through the nearest ESCO occupation)' where ESCO has no exact one."""
    found = [e for e in occupations(data, role.id) if e.scheme == "isco" and e.concept.code.startswith(code)]
    marks = [
        f"ISCO-08 {e.concept.code}" + (f" ({phrase('isco_nearest', lang)})" if e.match == "nearest" else "")
        for e in found
    ]
    return ", ".join(marks)
