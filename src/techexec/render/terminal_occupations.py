"""The terminal's share of classifications and related roles: Writer's helpers, kept apart to keep it short.

Every function draws into a terminal.Writer with Rich Text objects; the wording comes from
answers/classified.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from techexec.answers import classified
from techexec.model import Role, say
from techexec.questions.classification import releases

if TYPE_CHECKING:
    from techexec.render.terminal import Writer


def credits(w: Writer, role_ids: list[str]) -> None:
    """The full credit lines with --sources, else one short line; nothing when no classification was shown."""
    if w.sources:
        for release in releases(w.data, role_ids):
            w.out(w.hang(Text("\n".join(classified.credit_lines(release, w.lang)), style="dim"), "", ""))
        return
    summary = classified.credit_summary(w.data, role_ids, w.lang)
    if summary:
        w.out()
        w.out(w.hang(Text(summary, style="dim"), "", ""))


def role_list(w: Writer, roles: list[Role], isco: str | None) -> None:
    """The article's roles, then the related ones under their own heading; with --isco, that group's."""
    if isco is not None:
        heading = classified.isco_heading(w.data, isco, w.lang) if roles else w.t("no_isco_match").format(code=isco)
        w.out(w.hang(Text(heading, style="bold cyan" if roles else ""), "", ""))
    for key, group in (("", [r for r in roles if not r.related]), ("related_roles", [r for r in roles if r.related])):
        if key and group:
            w.out()
            w.out(w.heading(key))
        for role in group:
            line = Text(f"{role.acronym:<5} ", style="bold") + Text(say(role.title, w.lang))
            line.append(f"  ({role.id})", style="dim")
            if isco is not None:
                line.append(f"  {classified.isco_mark(w.data, role, isco, w.lang)}", style="dim")
            w.out(line)
            w.out(w.hang(w.claim(role.summary), "      ", "      "))
    w.footer([r.id for r in roles] if isco is not None else None)
