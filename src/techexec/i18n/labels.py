"""How recurring pieces of an answer read: a claim's source, a compared value, a reporting line, a box."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from techexec.i18n.book import phrase
from techexec.model import GENERAL, OWN, STATED, Dataset, say


def source_label(data: Dataset, source: str, lang: str, sentences: Sequence[int] = (), kind: str = STATED) -> str:
    """How a claim's source reads: '§ section title, sentences 3-4' (or 'inferred from § ...'), or general knowledge."""
    if source == GENERAL:
        return phrase("general", lang)
    if source == OWN:
        return phrase("own_data", lang)
    if source in data.releases:
        return data.releases[source].name
    concept = data.concepts.get(source)
    if concept is not None:
        release = data.releases.get(concept.release)
        code = "" if concept.scheme == "esco" else f"{concept.code} "
        return f"{release.name if release else concept.release}: {code}{say(concept.label, lang)}"
    title = data.sections.get(source)
    text = f"\u00a7 {say(title, lang)}" if title else source
    if sentences:
        text += f", {phrase('sentence', lang, len(sentences))} {number_ranges(sentences)}"
    return f"{phrase('inferred', lang)} {text}" if kind == "inferred" else text


def number_ranges(numbers: Sequence[int]) -> str:
    """Increasing numbers as runs: [1, 3, 4, 5, 9] -> '1, 3-5, 9'."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)


def author_label(data: Dataset, lang: str) -> str:
    """How a claim of kind 'author' is marked: 'in the author's view (the CTO of Logz.io)'."""
    who = say(data.author, lang) if data.author else ""
    return f"{phrase('author_view', lang)} ({who})" if who else phrase("author_view", lang)


def kind_label(data: Dataset, kind: str, lang: str) -> str:
    """The mark after a claim that is the author's own, his view or his case; '' for any other kind."""
    if kind == "author":
        return author_label(data, lang)
    return phrase("own_case", lang) if kind == "case" else ""


def value_label(data: Dataset, key: str, value: str | None, lang: str) -> str:
    """How a compared value reads: 'not stated', the boss's acronym, 'varies by structure', or the translated value."""
    from techexec.questions.compare import TOP, VARIES

    if value is None:
        return phrase("missing", lang)
    if value in (TOP, VARIES):
        return phrase("top" if value == TOP else "varies", lang)
    if key == "reports_to":  # a boss's id, or the ids of a merged box joined by '+'
        return box_name(data, value.split("+"))
    if key == "classified":
        if value == "none":
            return phrase("isco_none", lang)
        nearest = f" ({phrase('nearest', lang)})"
        return ", ".join(f"ISCO-08 {code.rstrip('~')}{nearest if code.endswith('~') else ''}" for code in value.split())
    return phrase(value, lang)


def reports_to(boss: str | None, lang: str) -> str:
    """'Reports to CEO' / 'Rapporteert aan de CEO', or the top of the chart when there is no boss."""
    return phrase("reports_to_top", lang) if boss is None else phrase("reports_to_boss", lang, boss=boss)


def acronym(data: Dataset, role_id: str | None) -> str:
    """How a role is named in running text: its acronym (the id itself if the data lacks the role)."""
    role = data.roles.get(role_id or "")
    return role.acronym if role else str(role_id)


def box_name(data: Dataset, role_ids: Iterable[str]) -> str:
    """How a box is named: its roles' acronyms, 'CTO + CIO' where one person holds several."""
    return " + ".join(acronym(data, r) for r in role_ids)
