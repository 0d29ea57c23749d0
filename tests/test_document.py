"""The answer document: every line of content is reachable, with its mark, for every writer to draw."""

from __future__ import annotations

from techexec.answers.document import (
    Branch,
    Bullets,
    Cite,
    Document,
    Heading,
    Line,
    Note,
    Paragraph,
    Row,
    Table,
    Tree,
    lines,
)


def test_lines_reach_every_block_in_reading_order() -> None:
    cite = Cite("what-is-cto", "The article", "What is a CTO?", (1, 6), "§ What is a CTO?, sentences 1, 6")
    doc = Document(
        command="compare",
        title=Line("CIO vs CTO"),
        lang="en",
        blocks=(
            Note("about", (Line("One article"),)),
            Heading(Line("The author's view"), mark="author"),
            Bullets((Line("a", "author", cite, said=False), Line("b", "case", said=False))),
            Paragraph(Line("c", "inferred")),
            Table(
                (Line(""), Line("CIO"), Line("CTO")), (Row(Line("Audience"), ((Line("d"),), (Line("e", "general"),))),)
            ),
            Tree((Branch(0, Line("Chief", label="CEO"), "ceo"),)),
        ),
        marks=(("author", "in the author's view"),),
    )
    assert [line.text for line in lines(doc)] == [
        "One article",
        "The author's view",
        "a",
        "b",
        "c",
        "",
        "CIO",
        "CTO",
        "Audience",
        "d",
        "e",
        "Chief",
    ]
    assert [line.mark for line in lines(doc) if line.mark != "stated"] == ["author", "case", "inferred", "general"]
    assert doc.mark_words("author") == "in the author's view" and doc.mark_words("stated") == ""
