"""Markdown for wikis and design docs: headings, bullet lists, a table per comparison, sources as footnotes.

Text from data is escaped, so a '*', '|', '[' or '<tag>' in a role file stays literal text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from techexec.answers.classified import (
    credit_lines,
    credit_summary,
    isco_heading,
)
from techexec.i18n.book import phrase
from techexec.i18n.labels import kind_label, source_label
from techexec.model import Claim, Dataset, Role, say
from techexec.questions.classification import releases
from techexec.questions.orgtree import chart_order

if TYPE_CHECKING:
    pass

_INLINE = re.compile(r"([\\`*_\[\]|~])")
_LEADING = re.compile(r"^([#>+=-]|\d+(?=[.)]))")


def escape(text: str) -> str:
    """Literal Markdown text: inline markup characters escaped, HTML's < and & as entities,
    and a leading character that would start a heading, quote or list."""
    flat = " ".join(text.split())
    inline = _INLINE.sub(r"\\\1", flat.replace("&", "&amp;").replace("<", "&lt;"))
    return _LEADING.sub(lambda m: m.group(1) + "\\" if m.group(1)[0].isdigit() else "\\" + m.group(1), inline)


class Notes:
    """Footnotes for claim sources: one per cited place (section and sentences), numbered in order of first use."""

    def __init__(self, data: Dataset, lang: str, enabled: bool) -> None:
        self.data, self.lang, self.enabled = data, lang, enabled
        self.used: list[str] = []

    def mark(self, claim: Claim) -> str:
        if not self.enabled or not claim.source:
            return ""
        text = source_label(self.data, claim.source, self.lang, claim.sentences, claim.kind)
        if claim.source in self.data.sections and self.data.article:
            text = f"\u201c{self.data.article}\u201d, {text}"
        if text not in self.used:
            self.used.append(text)
        return f"[^{self.used.index(text) + 1}]"

    def lines(self) -> list[str]:
        out = [f"[^{number}]: {escape(text)}" for number, text in enumerate(self.used, 1)]
        return ["", *out] if out else []


def _cite(notes: Notes, source: str | None) -> str:
    """The footnote mark of a classification line's release or entry."""
    return notes.mark(Claim({}, source)) if source else ""


def _credits(data: Dataset, role_ids: list[str], lang: str, sources: bool) -> list[str]:
    """The full credit lines with --sources, else the one-line summary; nothing if no classification is shown."""
    if not sources:
        summary = credit_summary(data, role_ids, lang)
        return ["", f"*{escape(summary)}*"] if summary else []
    return [line for r in releases(data, role_ids) for c in credit_lines(r, lang) for line in ("", escape(c))]


def role_list(data: Dataset, lang: str, sources: bool, roles: list[Role] | None = None, isco: str | None = None) -> str:
    """A table of the article's roles, then one of the related roles; with --isco, only that group's."""
    notes = Notes(data, lang, sources)
    chosen = chart_order(data) if roles is None else roles
    heading = phrase("roles", lang) if isco is None else isco_heading(data, isco, lang)
    out = [f"# {escape(heading)}"]
    for key, group in (("", [r for r in chosen if not r.related]), ("related_roles", [r for r in chosen if r.related])):
        if not group:
            continue
        out += ["", f"## {phrase(key, lang)}", ""] if key else [""]
        out += [f"| {phrase('acronym', lang)} | {phrase('title', lang)} | {phrase('summary', lang)} |", "|---|---|---|"]
        out += [
            f"| {escape(r.acronym)} (`{r.id}`) | {escape(say(r.title, lang))} | {_claim(r.summary, lang, notes)} |"
            for r in group
        ]
    credited = _credits(data, [r.id for r in chosen], lang, sources) if isco is not None else []
    return "\n".join(out + notes.lines() + credited) + "\n"


def _claim(claim: Claim, lang: str, notes: Notes) -> str:
    whose = kind_label(notes.data, claim.kind, lang)
    view = f" \u2014 *{escape(whose)}*" if whose else ""
    return escape(say(claim.text, lang)) + view + notes.mark(claim)


def _bullets(items: Iterable[str], lang: str) -> list[str]:
    lines = [f"- {item}" for item in items]
    return lines or [f"- *{phrase('not_covered', lang)}*"]
