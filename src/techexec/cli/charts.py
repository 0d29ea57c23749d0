"""org-tree's views: one structure, every structure side by side, or the list of them; and its one note."""

from __future__ import annotations

import sys
from collections.abc import Collection

from techexec.cli import writers
from techexec.cli.inputs import Inputs
from techexec.cli.output import View
from techexec.model import Role, Structure, say


def tree_view(
    inputs: Inputs, chosen: list[Structure], marked: Collection[str], legend: bool, sources: bool = False
) -> View:
    """One structure as org-tree always drew it; several (--structure all) side by side in one picture.

    Documents and slides take the same structures from one document, a slide per chart."""
    data, lang = inputs.data, inputs.lang
    one = len(chosen) == 1
    texts = {"dot": writers.tree_dot(data=data, structures=chosen, lang=lang, highlight=marked, legend=legend)}
    if one:  # Mermaid draws one structure
        texts["mermaid"] = writers.tree_mermaid(
            data=data, structure=chosen[0], lang=lang, highlight=marked, legend=legend
        )
    return View(
        doc=writers.tree_json(data=data, structures=chosen, lang=lang, highlight=marked),
        draw=(lambda w: w.org_tree(chosen[0], marked)) if one else (lambda w: w.org_trees(chosen, marked)),
        texts=texts,
        document=writers.tree_document(data=data, structures=chosen, lang=lang, highlight=marked, sources=sources),
        charts=writers.tree_charts(data=data, structures=chosen, lang=lang, highlight=marked, legend=legend),
    )


def structure_listing(inputs: Inputs) -> View:
    """org-tree --list: each structure's id and name."""

    from techexec.answers.org_chart import structure_list

    def draw(w: object) -> None:
        from techexec.render.terminal_chart import structure_list

        structure_list(w)  # type: ignore[arg-type]

    return View(
        doc=writers.structures_json(data=inputs.data, lang=inputs.lang),
        draw=draw,
        document=lambda: structure_list(inputs.data, inputs.lang),
    )


def say_note(inputs: Inputs, absent: list[Role], chosen: list[Structure]) -> None:
    """One line on stderr naming the highlighted roles the chart does not hold (the chart is still drawn)."""
    from techexec.i18n.book import phrase
    from techexec.safe_text import clean

    roles = ", ".join(f"{role.id} ({role.acronym})" if role.id != role.acronym.lower() else role.id for role in absent)
    structures = ", ".join(f"'{say(s.name, inputs.lang)}' ({s.id})" for s in chosen)
    sys.stderr.write(clean(phrase("highlight_missing", inputs.lang, roles=roles, structures=structures)) + "\n")
