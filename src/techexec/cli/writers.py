"""Each writer a command may call, by name and type: keyword-only, checked by mypy, imported only when used.

A command builds its View from these rather than naming a module and function in strings: swapping
two arguments is a type error here, and start-up imports none of the writers (tests/test_startup.py).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from techexec.answers.document import Document
    from techexec.model import Dataset, Role, Structure
    from techexec.questions.compare import Comparison
    from techexec.questions.search import Answer

Doc = dict[str, Any]


def show_json(*, data: Dataset, role: Role, lang: str) -> Callable[[], Doc]:
    def produce() -> Doc:
        from techexec.render.documents import show

        return show(data, role, lang)

    return produce


def compare_json(*, data: Dataset, result: Comparison, lang: str) -> Callable[[], Doc]:
    def produce() -> Doc:
        from techexec.render.documents import comparison

        return comparison(data, result, lang)

    return produce


def list_json(*, data: Dataset, lang: str, roles: list[Role] | None, isco: str | None) -> Callable[[], Doc]:
    def produce() -> Doc:
        from techexec.render.documents import role_list

        return role_list(data, lang, roles, isco)

    return produce


def list_document(
    *, data: Dataset, lang: str, sources: bool, roles: list[Role] | None, isco: str | None
) -> Callable[[], Document]:
    """list as a document: for plain text, Markdown, HTML, Word and slides."""

    def produce() -> Document:
        from techexec.answers.role_list import role_list

        return role_list(data, lang, roles, isco, sources)

    return produce


def search_json(*, answer: Answer, lang: str) -> Callable[[], Doc]:
    def produce() -> Doc:
        from techexec.render.documents import search_answer

        return search_answer(answer, lang)

    return produce


def tree_json(
    *, data: Dataset, structures: list[Structure], lang: str, highlight: Collection[str]
) -> Callable[[], Doc]:
    """One structure as org-tree's JSON always was; several as a list of them."""

    def produce() -> Doc:
        from techexec.render.documents import org_tree, org_trees

        if len(structures) == 1:
            return org_tree(data, structures[0], lang, highlight)
        return org_trees(data, structures, lang, highlight)

    return produce


def structures_json(*, data: Dataset, lang: str) -> Callable[[], Doc]:
    def produce() -> Doc:
        from techexec.render.documents import structure_list

        return structure_list(data, lang)

    return produce


def tree_mermaid(
    *, data: Dataset, structure: Structure, lang: str, highlight: Collection[str], legend: bool
) -> Callable[[], str]:
    def produce() -> str:
        from techexec.render.graph import mermaid

        return mermaid(data, structure, lang, highlight, legend)

    return produce


def tree_dot(
    *, data: Dataset, structures: list[Structure], lang: str, highlight: Collection[str], legend: bool
) -> Callable[[], str]:
    """One structure's DOT, or every chosen structure side by side in one picture."""

    def produce() -> str:
        from techexec.render.graph import dot, dot_all

        if len(structures) == 1:
            return dot(data, structures[0], lang, highlight, legend)
        return dot_all(data, structures, lang, highlight, legend)

    return produce


def tree_document(
    *, data: Dataset, structures: list[Structure], lang: str, highlight: Collection[str], sources: bool
) -> Callable[[], Document]:
    """org-tree as a document: for plain text, Markdown, HTML, Word and slides."""

    def produce() -> Document:
        from techexec.answers.org_chart import org_chart

        return org_chart(data, structures, lang, highlight, sources)

    return produce


def tree_charts(
    *, data: Dataset, structures: list[Structure], lang: str, highlight: Collection[str], legend: bool
) -> Callable[[], list[str]]:
    """Each structure's DOT on its own: a slide per chart."""

    def produce() -> list[str]:
        from techexec.render.graph import dot

        return [dot(data, structure, lang, highlight, legend) for structure in structures]

    return produce


def search_document(*, data: Dataset, answer: Answer, lang: str, limit: int, sources: bool) -> Callable[[], Document]:
    """search as a document: for plain text, Markdown, HTML, Word and slides."""

    def produce() -> Document:
        from techexec.answers.search import search_results

        return search_results(data, answer, lang, limit, sources)

    return produce
