"""Search answers as text: ranked roles and structures with their matching lines, kept apart from terminal.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from techexec.i18n.book import phrase
from techexec.model import GENERAL, STATED, say

if TYPE_CHECKING:
    from techexec.questions.search import Answer, Hit
    from techexec.render.terminal import Writer

SHOWN = 4  # matching lines shown per result


def search(w: Writer, answer: Answer, limit: int) -> None:
    """The best `limit` results, each with its first matching lines; or why nothing matched."""
    if not answer.hits:
        terms = ", ".join(f"'{t}'" for t in answer.terms)
        w.out(w.hang(Text(w.t("no_match").format(terms=terms) if terms else w.t("only_filler")), "", ""))
        if answer.suggestions:
            w.out(Text(w.t("did_you_mean").format(words=", ".join(answer.suggestions))))
        w.flush()
        return
    for rank, hit in enumerate(answer.hits[:limit], 1):
        w.out(heading(w, rank, hit))
        for match in hit.matches[:SHOWN]:
            line = Text(f"{w.t(match.field)}: ", style="dim") + highlighted(match.text, match.spans)
            kind = STATED if match.kind in (None, GENERAL) else match.kind  # general knowledge: told by its source
            w.out(w.hang(w.cite(line, match.source, match.sentences, kind), "    ", "      "))
        more = len(hit.matches) - SHOWN
        if more > 0:
            w.out(Text("    \u2026 " + phrase("more_lines", w.lang, more, n=more), style="dim"))
    if len(answer.named) > 1:
        command = " ".join(["techexec compare", *answer.named, *(["--lang", "nl"] if w.lang == "nl" else [])])
        w.out(w.hang(Text(w.t("compare_hint").format(command=command), style="dim"), "", ""))
    w.footer()


def heading(w: Writer, rank: int, hit: Hit) -> Text:
    if hit.kind == "role":
        role = w.data.roles[hit.id]
        return Text(f"{rank}. {role.acronym} \u2014 {say(role.title, w.lang)}", style="bold")
    name = say(w.data.structures[hit.id].name, w.lang)
    return Text(f"{rank}. {name} ({w.t('structure_hit')}: {hit.id})", style="bold")


def highlighted(text: str, spans: tuple[tuple[int, int], ...]) -> Text:
    result = Text(text)
    for start, end in spans:
        result.stylize("bold reverse", start, end)
    return result
