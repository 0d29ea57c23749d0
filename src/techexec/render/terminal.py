"""Every Rich call lives here, imported only when text output is drawn.

Data strings only ever enter Rich as Text objects, so '[bold]' in a data file stays literal.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING

from rich.console import Console, Group, RenderableType
from rich.text import Text

if TYPE_CHECKING:
    from techexec.questions.search import Answer

from techexec.i18n.book import phrase
from techexec.i18n.labels import acronym, box_name, kind_label, source_label
from techexec.model import GENERAL, STATED, Claim, Dataset, Dotted, Node, Role, Structure, say
from techexec.questions.orgtree import holds, tree
from techexec.render import terminal_chart, terminal_occupations, terminal_search
from techexec.render.screen import MEASURE

HEADING = "bold cyan"


class Writer:
    """Draws one command's output in one language, optionally with each claim's source."""

    def __init__(self, console: Console, data: Dataset, lang: str, sources: bool = False) -> None:
        self.console, self.data, self.lang, self.sources = console, data, lang, sources
        self.pending: list[RenderableType] = []
        self.general_marked = False  # a '*' was drawn: the footer says what it means

    def out(self, item: RenderableType | None = None) -> None:
        """Queue a line (or a blank one); `flush` prints them in one go, which is cheaper than one call each."""
        self.pending.append(Text() if item is None else item)

    def flush(self) -> None:
        """Print what was queued; a one-line Text that fits is marked so, and Rich skips measuring its words."""
        width = self.console.width
        for item in self.pending:
            if isinstance(item, Text) and item.no_wrap is None and "\n" not in item.plain and item.cell_len <= width:
                item.no_wrap = True
        self.console.print(Group(*self.pending))
        self.pending.clear()

    def t(self, key: str) -> str:
        return phrase(key, self.lang)

    def claim(self, claim: Claim, prefix: str = "", mark: bool = True) -> Text:
        text = Text(prefix) + Text(say(claim.text, self.lang))
        return self.cite(text, claim.source, claim.sentences, claim.kind, mark)

    def cite(
        self,
        text: Text,
        source: str | None,
        sentences: tuple[int, ...] = (),
        kind: str = STATED,
        mark: bool = True,
    ) -> Text:
        """`text` marked when it is the author's view, an inference or general knowledge; with --sources, its source."""
        if whose := kind_label(self.data, kind, self.lang):
            text.append(f" \u2014 {whose}", style="italic")
        if self.sources and source:
            text.append(f" [{source_label(self.data, source, self.lang, sentences, kind)}]", style="dim")
        elif mark:
            self.mark(text, source == GENERAL, kind == "inferred")
        return text

    def mark(self, text: Text, general: bool, inferred: bool) -> None:
        """'*' (explained in the footer) after general knowledge, or 'inferred from the article'."""
        if general:
            text.append(" *", style="dim")
            self.general_marked = True
        elif inferred:
            text.append(f" \u2014 {self.t('inferred_mark')}", style="italic")

    def heading(self, key: str, extra: str = "") -> Text:
        text = Text(self.t(key), style=HEADING)
        if extra:
            text.append(f" · {extra}", style="bold")
        return text

    def bullets(self, lines: Iterable[Text]) -> Text:
        rows = list(lines) or [Text(self.t("not_covered"), style="dim italic")]
        hung = [self.hang(line, "  \u2022 ", "    ") for line in rows]
        joined = Text("\n").join(hung)
        joined.no_wrap = all(line.no_wrap for line in hung)
        return joined

    def hang(self, text: Text, first: str, rest: str, style: str = "") -> Text:
        """Wrap `text` under a prefix (in `style`) with a hanging indent, leaving no trailing spaces to paste."""
        room = min(self.console.width, MEASURE) - max(len(first), len(rest))
        short = "\n" not in text.plain and text.cell_len <= room  # most bullets: no need to measure words
        lines = [text] if short else _wrapped(self.console, text, max(room, 12))
        for line in lines:
            line.rstrip()
        hung = Text("\n").join(Text(first if i == 0 else rest, style=style) + line for i, line in enumerate(lines))
        hung.no_wrap = room >= 12  # it fits: printing need not wrap it again (half of show's drawing time)
        return hung

    def footer(self, role_ids: list[str] | None = None) -> None:
        """End of every drawing: the sources (with --sources) and credits for the roles' classifications, then print."""
        if self.general_marked:
            self.out(Text(f"* {self.t('general')}", style="dim"))
        if self.sources and self.data.article:
            self.out(Text(f"{self.t('source')}: \u201c{self.data.article}\u201d", style="dim"))
        terminal_occupations.credits(self, role_ids or [])
        self.flush()

    # list -----------------------------------------------------------------
    def role_list(self, roles: list[Role], isco: str | None = None) -> None:
        terminal_occupations.role_list(self, roles, isco)

    # org-tree -------------------------------------------------------------
    def org_trees(self, structures: list[Structure], highlight: Collection[str]) -> None:
        """Several structures one after another (org-tree --structure all), the footer once."""
        for number, structure in enumerate(structures):
            if number:
                self.out()
            self.org_tree(structure, highlight, others=False, footer=number == len(structures) - 1)

    def org_tree(
        self, structure: Structure, highlight: Collection[str], others: bool = True, footer: bool = True
    ) -> None:
        out = self.out
        out(Text(f"{self.t('structure')}: {say(structure.name, self.lang)} ({structure.id})", style="bold"))
        if structure.description:
            out(self.hang(self.claim(structure.description), "", ""))
        out()
        out(terminal_chart.chart(self, tree(structure), highlight))
        if structure.dotted:
            out()
            out(self.heading("dotted_lines"))
            lines = [self.dotted_line(d) for d in structure.dotted]
            out(self.bullets(lines))
        rest = [v for v in self.data.structures.values() if v is not structure] if others else []
        if rest:
            out()
            out(Text(f"{self.t('other_structures')} ({self.t('use_structure')}):", style=HEADING))
            out(self.bullets(Text(f"{v.id} \u2014 {say(v.name, self.lang)}") for v in rest))
        if footer:
            self.footer()

    def dotted_line(self, line: Dotted) -> Text:
        text = Text(f"{acronym(self.data, line.start)} \u254c\u254c {acronym(self.data, line.end)}", style="bold")
        if line.text:
            text.append(": " + say(line.text, self.lang))
        return self.cite(text, line.source, line.sentences, line.kind)

    def box(self, node: Node, highlight: Collection[str], depth: int) -> Text:
        """A role's box; with --sources its placement's source (general knowledge in short), wrapped to fit."""
        roles = [self.data.roles[r] for r in node.roles]
        text = Text(box_name(self.data, node.roles), style="bold")
        text.append("  " + " / ".join(say(r.title, self.lang) for r in roles))
        if holds(node, highlight):
            text = Text("\u25b6 ", style="bold") + text
            text.stylize("reverse")
        if self.sources and node.source == GENERAL:
            text.append(f" [{self.t('general_short')}]", style="dim")
        else:
            text = self.cite(text, node.source, node.sentences, node.kind)
        width = max(self.console.width - 4 * depth, 12)
        if text.cell_len <= width:
            return text
        lines = text.wrap(self.console, width, overflow="fold")
        for line in lines:
            line.rstrip()
        return Text("\n").join(lines)

    # search ---------------------------------------------------------------
    def search(self, answer: Answer, limit: int) -> None:
        terminal_search.search(self, answer, limit)


def _wrapped(console: Console, text: Text, width: int) -> list[Text]:
    """`text` wrapped to `width`, never leaving the general-knowledge '*' alone on the last line: narrower
    lines until the mark shares its line with the last word (a non-breaking space would not do: Rich
    breaks at any whitespace)."""
    lines = text.wrap(console, width, overflow="fold")
    while len(lines) > 1 and lines[-1].plain.strip() == "*" and width > 12:
        width -= 2
        lines = text.wrap(console, width, overflow="fold")
    return list(lines)
