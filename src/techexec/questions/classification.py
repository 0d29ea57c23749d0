"""Where a role sits in ESCO, ISCO-08 and O*NET, resolved from the data: the entries `show` lists."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from techexec.errors import UsageError
from techexec.model import Concept, Dataset, MatchValue, Release, Role, say
from techexec.questions.orgtree import chart_order


class Occupation(NamedTuple):
    """One concept a role is placed on, and how: `exact` or `nearest`; for O*NET, the titles listed there."""

    scheme: str
    concept: Concept
    match: MatchValue
    listed_as: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()


def occupations(data: Dataset, role_id: str) -> list[Occupation]:
    """ESCO occupations, the ISCO-08 groups ESCO puts them in, then O*NET occupations; [] if unclassified."""
    item = data.classified.get(role_id)
    if item is None:
        return []
    found = [Occupation("esco", data.concepts[p.concept], p.match) for p in item.esco if p.concept in data.concepts]
    groups: dict[str, MatchValue] = {}
    for entry in found:
        group = entry.concept.isco
        if group is not None and group in data.concepts:
            groups[group] = "exact" if "exact" in (entry.match, groups.get(group)) else "nearest"
    found += [Occupation("isco", data.concepts[group], match) for group, match in groups.items()]
    found += [
        Occupation("onet", data.concepts[p.concept], p.match, p.listed_as, p.titles)
        for p in item.onet
        if p.concept in data.concepts
    ]
    return found


def isco_codes(data: Dataset, role_id: str) -> tuple[str, ...]:
    """The role's ISCO-08 unit group codes (through its ESCO occupations), in data order."""
    return tuple(e.concept.code for e in occupations(data, role_id) if e.scheme == "isco")


def isco_value(data: Dataset, role_id: str) -> str | None:
    """What compare lines up: the ISCO-08 codes ('1330~' when only the nearest), 'none' if none, None if unclassified."""
    if role_id not in data.classified:
        return None
    groups = [
        e.concept.code + ("~" if e.match == "nearest" else "") for e in occupations(data, role_id) if e.scheme == "isco"
    ]
    return " ".join(groups) or "none"


def with_isco(data: Dataset, code: str) -> list[Role]:
    """Roles in the ISCO-08 group `code` or below it (1 is major group 1, 13 sub-major group 13, ...)."""
    if not code.isdigit() or not 1 <= len(code) <= 4:
        raise UsageError("bad_isco", code=code)
    return [r for r in chart_order(data) if any(c.startswith(code) for c in isco_codes(data, r.id))]


def listed(data: Dataset, isco: str | None) -> list[Role]:
    """What `list` shows: every role in chart order, or those in one ISCO-08 group."""
    return chart_order(data) if isco is None else with_isco(data, isco)


def releases(data: Dataset, role_ids: Iterable[str]) -> list[Release]:
    """The releases the roles' classifications quote, each once: what their credits must name."""
    used: dict[str, Release] = {}
    for role_id in role_ids:
        cited = [e.concept.release for e in occupations(data, role_id)]
        note = data.classified[role_id].note if role_id in data.classified else None
        if note is not None:
            concept = data.concepts.get(note.source)
            cited.append(concept.release if concept else note.source)
        for release_id in cited:
            if release_id in data.releases:
                used.setdefault(release_id, data.releases[release_id])
    return sorted(used.values(), key=lambda r: r.scheme)


def search_texts(data: Dataset, role_id: str, lang: str) -> list[tuple[str, str, str]]:
    """(field, text, release id) per entry, with its code, so a search for '1330' or '11-1011' finds the role.

    The field is 'classified', or 'classified_nearest' for an entry that is only the nearest.
    """
    texts = []
    for entry in occupations(data, role_id):
        concept = entry.concept
        field = "classified" if entry.match == "exact" else "classified_nearest"
        code = "" if entry.scheme == "esco" else f"{concept.code} "
        name = {"esco": "ESCO", "isco": "ISCO-08", "onet": "O*NET-SOC"}[entry.scheme]
        texts.append((field, f"{name} {code}{say(concept.label, lang)}", concept.release))
        texts += [(field, title, concept.release) for title in entry.titles]
    return texts
