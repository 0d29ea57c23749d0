"""The HTML, DOCX and PPTX writers on documents shaped like compare's and org-tree's: a table keeps one
column per role, a long table moves on to the next slide rather than off this one, a chart fills its slide."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest

import tools
from techexec.answers.document import Branch, Bullets, Document, Heading, Line, Note, Row, Table, Tree

ROLES = ("CIO", "CTO", "CDO")
MARKS = (("inferred", "inferred from the article"), ("general", "general knowledge"))


def compare_doc(columns: int = 2, rows: int = 6, words: int = 4) -> Document:
    """A comparison of `columns` roles with `rows` rows of `words`-word cells, a point and marks."""
    cell = " ".join(["responsibility"] * words)
    table = Table(
        (Line("Dimension"), *(Line(r) for r in ROLES[:columns])),
        tuple(
            Row(
                Line(f"Row {n}"),
                tuple((Line(f"{cell} {n}", "inferred" if n == 1 else "stated"),) for _ in range(columns)),
            )
            for n in range(rows)
        ),
    )
    return Document(
        "compare",
        Line("CIO and CTO compared"),
        "en",
        (Note("point", (Line("The CIO looks inward, the CTO outward."),)), Heading(Line("Differs")), table),
        marks=MARKS,
    )


def _png() -> bytes:
    dot = tools.require("Graphviz 'dot'", shutil.which("dot"))
    graph = "digraph { a -> b; a -> c; }"
    return subprocess.run([dot, "-Tpng"], input=graph.encode(), capture_output=True, check=True, timeout=60).stdout


@pytest.mark.parametrize("columns", [2, 3])
def test_a_table_has_one_column_per_role_in_every_writer(columns):
    import docx
    import pptx

    from techexec.render.html import html
    from techexec.render.slides import slides
    from techexec.render.word import word

    doc = compare_doc(columns)
    page = html(doc)
    assert page.count('<th scope="col">') == columns + 1 and page.count('<th scope="row">') == 6
    opened = docx.Document(io.BytesIO(word(doc).data))
    assert [len(t.columns) for t in opened.tables] == [columns + 1]
    assert [c.text for c in opened.tables[0].rows[0].cells] == ["Dimension", *ROLES[:columns]]
    deck = pptx.Presentation(io.BytesIO(slides(doc).data))
    tables = [s.table for slide in deck.slides for s in slide.shapes if s.has_table]
    assert [len(t.columns) for t in tables] == [columns + 1]
    assert "inferred from the article" in page and "(inferred from the article)" in tables[0].cell(2, 1).text


def test_a_long_table_goes_on_to_the_next_slide_with_its_header():
    import pptx

    from techexec.render.slides import slides

    deck = pptx.Presentation(io.BytesIO(slides(compare_doc(2, rows=14, words=30)).data))
    tables = [s.table for slide in deck.slides for s in slide.shapes if s.has_table]
    assert len(tables) > 1
    assert all(t.cell(0, 1).text == "CIO" for t in tables)
    assert sum(len(t.rows) - 1 for t in tables) == 14
    for slide in deck.slides:
        for shape in slide.shapes:
            assert shape.top + shape.height <= deck.slide_height and shape.left + shape.width <= deck.slide_width


@pytest.mark.parametrize("words", [45, 900])
def test_a_row_taller_than_a_slide_shrinks_or_goes_on_between_its_lines(words):
    """45 words a cell fit a slide only below the body size; 900 do not fit at any size and are cut between lines."""
    import pptx

    from techexec.render.slides import slides

    lines = tuple(Line(" ".join(["responsibility"] * 15) + f" {n}") for n in range(words // 15))
    table = Table((Line("Dimension"), Line("CIO"), Line("CTO")), (Row(Line("Responsibilities"), (lines, lines)),))
    deck = pptx.Presentation(io.BytesIO(slides(Document("compare", Line("Compared"), "en", (table,))).data))
    frames = [s for slide in deck.slides for s in slide.shapes if s.has_table]
    assert all(f.top + f.height <= deck.slide_height for f in frames)
    kept = [cell.text for f in frames for row in list(f.table.rows)[1:] for cell in list(row.cells)[1:2]]
    assert "\n".join(t for t in kept if t).split("\n") == [line.text for line in lines]  # every line, once, in order
    assert (len(frames) > 1) == (words == 900)


def test_what_follows_a_short_table_stands_under_it_on_its_slide():
    import pptx

    from techexec.render.slides import slides

    doc = compare_doc(2, rows=2)
    doc = doc._replace(blocks=(*doc.blocks, Bullets((Line("Shared: both lead technology"),))))
    deck = pptx.Presentation(io.BytesIO(slides(doc).data))
    (frame,) = [s for slide in deck.slides for s in slide.shapes if s.has_table]
    (note,) = [s for slide in deck.slides for s in slide.shapes if s.has_text_frame and "Shared" in s.text_frame.text]
    assert note.part is frame.part and note.top >= frame.top + frame.height  # the same slide, below the table
    assert note.top + note.height <= deck.slide_height


def test_list_in_word_is_a_table_of_the_articles_roles_and_one_of_the_related(run, tmp_path):
    import docx

    assert run("list", "-o", str(tmp_path / "roles.docx")).exit_code == 0
    opened = docx.Document(str(tmp_path / "roles.docx"))
    article, related = opened.tables
    assert [c.text for c in article.rows[0].cells] == ["Acronym", "Title", "Summary"]
    assert [r.cells[0].text for r in article.rows[1:]] == ["CEO (ceo)", "CIO (cio)", "CTO (cto)", "CDO (cdo)", "CSO (cso)", "CISO (ciso)"]
    assert "VPE (vpe)" in [r.cells[0].text for r in related.rows]
    assert any(p.style.name.startswith("Heading") and "not from the article" in p.text for p in opened.paragraphs)


def test_an_org_chart_slide_is_the_picture_inside_the_slide():
    import pptx

    from techexec.render.slides import slides

    tree = Tree(
        (Branch(0, Line("Chief Executive Officer", label="CEO")), Branch(1, Line("CTO", label="CTO"), "cto", True))
    )
    doc = Document("org-tree", Line("CIO and CTO both report to the CEO"), "en", (tree, Bullets((Line("A note"),))))
    deck = pptx.Presentation(io.BytesIO(slides(doc, [_png()]).data))
    pictures = [s for slide in deck.slides for s in slide.shapes if s.shape_type == 13]
    assert len(pictures) == 1
    picture = pictures[0]
    assert picture.left >= 0 and picture.left + picture.width <= deck.slide_width
    assert picture.top >= 0 and picture.top + picture.height <= deck.slide_height
    assert picture.height > deck.slide_height / 2  # as large as the slide allows, not a thumbnail
    (note,) = [s for s in deck.slides[0].shapes if s.has_text_frame and s.text_frame.text == "\u2022 A note"]
    assert note.left >= picture.left + picture.width  # what follows the chart stands beside it, on its slide
    assert picture._element.nvPicPr.cNvPr.get("descr") == "CEO: Chief Executive Officer\n    CTO: CTO"


def test_the_tree_is_nested_lists_in_html_and_docx():
    import docx

    from techexec.render.html import html
    from techexec.render.word import word

    tree = Tree(
        (Branch(0, Line("Chief Executive Officer", label="CEO")), Branch(1, Line("CTO", label="CTO"), "cto", True))
    )
    doc = Document("org-tree", Line("A structure"), "en", (tree,))
    page = html(doc)
    assert page.index("CEO") < page.index("<ul>", page.index("CEO")) < page.index('class="highlight"')
    styles = [p.style.name for p in docx.Document(io.BytesIO(word(doc).data)).paragraphs]
    assert styles == ["Title", "List Bullet", "List Bullet 2"]


def test_libreoffice_draws_every_table_row_inside_its_slide(tmp_path):
    import pptx

    from techexec.render.slides import slides
    from test_office import EMU_PER_PT, _words

    deck_file = tmp_path / "table.pptx"
    deck_file.write_bytes(slides(compare_doc(3, rows=8, words=10)).data)
    office = tools.require("LibreOffice", shutil.which("soffice") or shutil.which("libreoffice"))
    subprocess.run(
        [
            office,
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(deck_file),
        ],
        capture_output=True,
        check=True,
        timeout=180,
    )
    deck = pptx.Presentation(str(deck_file))
    bottoms = [max(s.top + s.height for s in slide.shapes) / EMU_PER_PT for slide in deck.slides]
    words = _words(tmp_path / "table.pdf")
    assert {w[0] for w in words} == set(range(1, len(bottoms) + 1))
    assert all(w[6] <= bottoms[w[0] - 1] + 2 for w in words), "a table row grew past what the writer measured"


def test_a_heading_never_ends_a_slide():
    import pptx

    from techexec.render.slides import slides

    long = " ".join(["responsibility"] * 25)
    blocks = tuple(
        block for n in range(8) for block in (Heading(Line(f"Part {n}")), Bullets(tuple(Line(f"{long} {n}.{i}") for i in range(n % 3 + 1))))
    )
    deck = pptx.Presentation(io.BytesIO(slides(Document("show", Line("A role"), "en", blocks)).data))
    for slide in list(deck.slides)[:-1]:
        texts = [p.text for s in slide.shapes if s.has_text_frame and s != slide.shapes.title for p in s.text_frame.paragraphs]
        assert texts and not texts[-1].startswith("Part "), texts[-1]
