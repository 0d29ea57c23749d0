"""HTML, DOCX and PPTX read back by the programs that consume them: python-docx and python-pptx reopen
them, LibreOffice turns each into a PDF, Chromium prints the page; what those show is measured."""

from __future__ import annotations

import html as htmllib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import tools
from techexec.i18n.book import phrase
from test_marks import shown

PAGES = [("show", "cto"), ("show", "cto", "--brief"), ("compare", "cio", "cto"), ("org-tree", "--highlight", "cto")]
LANGS = ("en", "nl")
EMU_PER_PT = 12700


def _name(args: tuple[str, ...], lang: str, ext: str) -> str:
    return "-".join(a.strip("-") for a in args) + f".{lang}.{ext}"


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Path:
    """Every page in every language as HTML, DOCX and PPTX, and the DOCX and PPTX as PDFs by LibreOffice."""
    from typer.testing import CliRunner

    from conftest import CLEAN_ENV
    from techexec.cli.app import app

    folder = tmp_path_factory.mktemp("office")
    for args in PAGES:
        for lang in LANGS:
            for ext in ("html", "docx", "pptx", "plain"):
                target = folder / _name(args, lang, ext)
                result = CliRunner().invoke(app, [*args, "--lang", lang, "-o", str(target), "-f", ext], env=CLEAN_ENV)
                assert result.exit_code == 0, result.stderr
    office = tools.require("LibreOffice", shutil.which("soffice") or shutil.which("libreoffice"))
    files = sorted(str(p) for p in folder.iterdir() if p.suffix in (".docx", ".pptx"))
    pdfs = folder / "pdf"
    for kind in ("docx", "pptx"):  # one run per kind: a .docx and a .pptx of one name would make one PDF
        subprocess.run(
            [
                *(office, f"-env:UserInstallation=file://{folder}/lo-profile", "--headless", "--convert-to", "pdf"),
                *("--outdir", str(pdfs / kind), *(f for f in files if f.endswith(kind))),
            ],
            capture_output=True,
            check=True,
            timeout=300,
        )
    return folder


def _pdf(made: Path, name: str) -> Path:
    path = made / "pdf" / name.rsplit(".", 1)[1] / (name.rsplit(".", 1)[0] + ".pdf")
    assert path.exists(), f"LibreOffice made no PDF of {name}"
    return path


def _docx_text(path: Path) -> str:
    import docx

    opened = docx.Document(str(path))
    cells = [cell.text for table in opened.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in opened.paragraphs] + cells)


def _pptx_text(path: Path) -> str:
    import pptx

    found = []
    for slide in pptx.Presentation(str(path)).slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                found += [p.text for p in shape.text_frame.paragraphs]
            if shape.has_table:
                found += [cell.text for row in shape.table.rows for cell in row.cells]
            if shape.shape_type == 13:  # a picture (the org chart): its description holds the boxes, marks and all
                found.append(shape._element.nvPicPr.cNvPr.get("descr", ""))
    return "\n".join(found)


def _html_text(path: Path) -> str:
    page = path.read_text(encoding="utf-8")
    body = page.split("<body>", 1)[1]
    return htmllib.unescape(re.sub(r"<[^>]+>", "", body))


def _words(pdf: Path) -> list[tuple[int, float, float, float, float, float, float]]:
    """Each word LibreOffice placed: page number, page width and height, and the word's box, in points."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True, timeout=60)
    found, page, size = [], 0, (0.0, 0.0)
    for line in out.stdout.splitlines():
        if m := re.search(r'<page width="([\d.]+)" height="([\d.]+)"', line):
            page, size = page + 1, (float(m[1]), float(m[2]))
        elif m := re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', line):
            found.append((page, *size, *(float(v) for v in m.groups())))
    return found


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("args", PAGES, ids=" ".join)
def test_every_mark_of_the_answer_is_in_html_docx_and_pptx(made, args, lang):
    plain = (made / _name(args, lang, "plain")).read_text(encoding="utf-8")
    marks = shown(plain, lang)
    assert sum(marks.values()) > 0
    assert shown(_html_text(made / _name(args, lang, "html")), lang) == marks
    assert shown(_docx_text(made / _name(args, lang, "docx")), lang) == marks
    pptx_marks = shown(_pptx_text(made / _name(args, lang, "pptx")), lang)
    assert +pptx_marks == +marks


@pytest.mark.parametrize("lang", LANGS)
def test_docx_has_real_headings_and_bullets_and_libreoffice_prints_it(made, lang):
    import docx

    name = _name(PAGES[0], lang, "docx")
    opened = docx.Document(str(made / name))
    styles = [p.style.name for p in opened.paragraphs]
    assert styles[0] == "Title" and styles.count("Heading 2") >= 5 and styles.count("List Bullet") >= 5
    assert opened.core_properties.language == lang
    printed = subprocess.run(["pdftotext", str(_pdf(made, name)), "-"], capture_output=True, text=True, timeout=60)
    assert phrase("responsibilities", lang) in printed.stdout


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("args", PAGES, ids=" ".join)
def test_no_slide_text_runs_off_its_slide(made, args, lang):
    import pptx

    name = _name(args, lang, "pptx")
    deck = pptx.Presentation(str(made / name))
    width, height = deck.slide_width, deck.slide_height
    bottoms = []
    for slide in deck.slides:
        shapes = list(slide.shapes)
        for shape in shapes:
            assert shape.left >= 0 and shape.left + shape.width <= width, f"{name}: {shape.name} sticks out"
            assert shape.top >= 0 and shape.top + shape.height <= height, f"{name}: {shape.name} sticks out"
        bottoms.append(max(s.top + s.height for s in shapes) / EMU_PER_PT)
    words = _words(_pdf(made, name))
    assert words and max(w[0] for w in words) == len(deck.slides)
    for page, page_width, page_height, _x0, _y0, x1, y1 in words:
        assert x1 <= page_width and y1 <= page_height, f"{name}: a word off slide {page}"
        assert y1 <= bottoms[page - 1] + 2, f"{name}: text below its box on slide {page}"


def test_brief_show_is_one_slide(made):
    import pptx

    assert len(pptx.Presentation(str(made / _name(PAGES[1], "en", "pptx"))).slides) == 1


@pytest.mark.parametrize("lang", LANGS)
def test_chromium_prints_the_page_with_its_structure(made, tmp_path, lang):
    page = made / _name(PAGES[0], lang, "html")
    source = page.read_text(encoding="utf-8")
    assert f'<html lang="{lang}">' in source and "<title>CTO" in source
    assert not re.search(r"<(script|link|img|iframe)\b|url\(|@import", source)  # nothing loaded from anywhere
    chromium = tools.require("Chromium", shutil.which("chromium") or shutil.which("chromium-browser"))
    pdf = tmp_path / "page.pdf"
    subprocess.run(
        [
            *(chromium, *tools.CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", f"--print-to-pdf={pdf}"),
            *("--no-pdf-header-footer", page.as_uri()),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    printed = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=60).stdout
    assert "CTO" in printed and phrase("responsibilities", lang) in printed


def test_a_template_lends_its_styles_and_a_missing_one_is_said_once(run, tmp_path):
    import docx

    template = docx.Document()
    template.add_paragraph("Our house text, which must not appear")
    styles = template.styles.element
    styles.remove(template.styles["List Bullet"].element)
    template.styles["Heading 2"].font.name = "Georgia"
    template.save(str(tmp_path / "house.docx"))
    result = run("show", "cto", "-o", str(tmp_path / "cto.docx"), "--template", str(tmp_path / "house.docx"))
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert len(lines) == 2 and "'List Bullet'" in lines[0] and lines[1].startswith("Saved to")
    opened = docx.Document(str(tmp_path / "cto.docx"))
    assert "Our house text" not in _docx_text(tmp_path / "cto.docx")
    assert opened.styles["Heading 2"].font.name == "Georgia"


def test_a_powerpoint_template_gives_its_slide_size(run, tmp_path):
    import pptx
    from pptx.util import Inches

    template = pptx.Presentation()  # 4:3
    template.slides.add_slide(template.slide_layouts[0])
    template.save(str(tmp_path / "house.pptx"))
    target = tmp_path / "cto.pptx"
    assert run("show", "cto", "--brief", "-o", str(target), "--template", str(tmp_path / "house.pptx")).exit_code == 0
    deck = pptx.Presentation(str(target))
    assert deck.slide_width == Inches(10)
    assert "Click to add title" not in _pptx_text(target)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["-o", "x.md", "--template", "t.docx"], "as a template for markdown"),
        (["-o", "x.docx", "--template", "t.pptx"], "as a template for docx"),
    ],
)
def test_a_template_of_the_wrong_kind_is_one_line(run, tmp_path, args, words):
    args = [str(tmp_path / a) if "." in a else a for a in args]
    result = run("show", "cto", *args)
    assert result.exit_code == 2 and words in result.stderr and result.stderr.count("\n") == 1
    assert not list(tmp_path.iterdir())


def test_without_python_docx_the_command_names_the_install(run, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "docx", None)
    result = run("show", "cto", "-o", str(tmp_path / "cto.docx"))
    assert result.exit_code == 1
    assert result.stderr == "--format docx needs python-docx: pip install 'techexec[office]'\n"
    assert not (tmp_path / "cto.docx").exists()


def test_a_failed_run_writes_no_document(run, tmp_path):
    for ext in ("docx", "pptx", "html"):
        assert run("show", "no-such-role", "-o", str(tmp_path / f"x.{ext}")).exit_code == 2
    assert not list(tmp_path.iterdir())


def _as_template(path: Path, kind: str) -> Path:
    """The file saved as a Word or PowerPoint template (.dotx/.potx): the same parts, a template content type."""
    import zipfile

    main, template_type = {
        "docx": ("wordprocessingml.document.main", "wordprocessingml.template.main"),
        "pptx": ("presentationml.presentation.main", "presentationml.template.main"),
    }[kind]
    target = path.with_suffix({"docx": ".dotx", "pptx": ".potx"}[kind])
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w") as copy:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(main.encode(), template_type.encode())
            copy.writestr(item, data)
    return target


@pytest.mark.parametrize("kind", ["docx", "pptx"])
def test_dotx_and_potx_templates_are_taken(run, tmp_path, kind):
    import docx
    import pptx

    made = tmp_path / f"house.{kind}"
    (docx.Document() if kind == "docx" else pptx.Presentation()).save(str(made))
    template = _as_template(made, kind)
    assert b"template.main" in __import__("zipfile").ZipFile(template).read("[Content_Types].xml")
    target = tmp_path / f"cto.{kind}"
    result = run("show", "cto", "--brief", "-o", str(target), "--template", str(template))
    assert result.exit_code == 0, result.stderr
    opened = docx.Document(str(target)) if kind == "docx" else pptx.Presentation(str(target))
    assert opened is not None


def test_sources_close_the_word_file_and_the_page(run, tmp_path):
    import docx

    assert run("show", "cto", "--sources", "-o", str(tmp_path / "cto.docx")).exit_code == 0
    assert run("show", "cto", "--sources", "-o", str(tmp_path / "cto.html")).exit_code == 0
    paragraphs = docx.Document(str(tmp_path / "cto.docx")).paragraphs
    headings = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    assert headings[-1] == "Sources"
    listed = [p.text for p in paragraphs[[p.text for p in paragraphs].index("Sources") :]]
    assert any("The New Technical Executive" in text for text in listed)
    page = (tmp_path / "cto.html").read_text(encoding="utf-8")
    assert "<h2>Sources</h2>" in page and '<span class="cite">[§ ' in page


@pytest.mark.parametrize("lang", LANGS)
def test_compare_is_a_table_with_one_column_per_role_everywhere(made, lang):
    import docx
    import pptx
    from docx.oxml.ns import qn

    args = PAGES[2]
    page = (made / _name(args, lang, "html")).read_text(encoding="utf-8")
    assert "<table>" in page and page.count("<th") >= 3
    header = re.search(r"<tr>(.*?)</tr>", page, re.S)
    assert header and [
        htmllib.unescape(re.sub("<[^>]+>", "", h)) for h in re.findall(r"<th[^>]*>(.*?)</th>", header[1])
    ][1:] == [
        "CIO \u2014 Chief Information Officer",
        "CTO \u2014 Chief Technology Officer",
    ]
    tables = docx.Document(str(made / _name(args, lang, "docx"))).tables
    assert tables and all(len(t.columns) == 3 for t in tables)
    widths = [column.width for column in tables[-1].columns]  # the labels narrow, the roles' text wide
    assert widths[1] == widths[2] and widths[0] <= 0.4 * sum(widths)
    assert widths[0] < widths[1] or lang == "nl"  # Dutch: 'Verantwoordelijkheden', whole, takes two fifths
    assert tables[-1].rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeated on every page
    deck = pptx.Presentation(str(made / _name(args, lang, "pptx")))
    grids = [s.table for slide in deck.slides for s in slide.shapes if s.has_table]
    assert grids and all(len(g.columns) == 3 for g in grids)
    at = next(n for n, slide in enumerate(deck.slides) if any(s.has_table for s in slide.shapes))
    assert at <= 2 and [c.text for c in grids[0].rows[0].cells][1:] == ["CIO", "CTO"]  # the differences come first


@pytest.mark.parametrize("lang", LANGS)
def test_org_tree_slide_is_the_chart_and_the_word_file_a_nested_list(made, lang):
    import docx
    import pptx

    args = PAGES[3]
    deck = pptx.Presentation(str(made / _name(args, lang, "pptx")))
    pictures = [s for slide in deck.slides for s in slide.shapes if s.shape_type == 13]
    assert len(pictures) == 1
    picture = pictures[0]
    assert picture.width >= deck.slide_width * 0.3 and picture.top + picture.height <= deck.slide_height
    assert "CTO: Chief Technology Officer" in picture._element.nvPicPr.cNvPr.get("descr")
    paragraphs = docx.Document(str(made / _name(args, lang, "docx"))).paragraphs
    levels = {p.text.split(":")[0]: p.style.name for p in paragraphs if p.style.name.startswith("List Bullet")}
    assert levels["CEO"] == "List Bullet" and levels["CIO"] == "List Bullet 2" and levels["CISO"] == "List Bullet 3"
    highlighted = next(p for p in paragraphs if p.text.startswith("CTO:"))
    assert all(run.bold for run in highlighted.runs if run.text.strip())
    plain = (made / _name(args, lang, "plain")).read_text(encoding="utf-8")
    assert "\n    \u25b6 CTO: Chief Technology Officer" in plain


@pytest.mark.parametrize(
    "args", [("compare", "cio", "cto"), ("org-tree",), ("list",), ("search", "security")], ids=" ".join
)
def test_every_command_with_word_output_takes_a_template(run, tmp_path, args):
    import docx

    template = docx.Document()
    template.styles["Title"].font.name = "Georgia"
    template.save(str(tmp_path / "house.docx"))
    result = run(*args, "-o", str(tmp_path / "out.docx"), "--template", str(tmp_path / "house.docx"))
    assert result.exit_code == 0, result.stderr
    assert docx.Document(str(tmp_path / "out.docx")).styles["Title"].font.name == "Georgia"


@pytest.mark.parametrize("ext", ["docx", "pptx"])
def test_a_files_properties_are_the_answers_not_the_librarys_sample(run, tmp_path, monkeypatch, ext):
    """Word's File > Info showed 'python-docx' (PowerPoint: 'Steve Canny') and 2013: the libraries' sample files."""
    import docx
    import pptx

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")  # 2025-01-01: a build that must give the same bytes
    assert run("compare", "cio", "cto", "--lang", "nl", "-o", str(tmp_path / f"cc.{ext}")).exit_code == 0
    opened = (docx.Document if ext == "docx" else pptx.Presentation)(str(tmp_path / f"cc.{ext}"))
    found = opened.core_properties
    assert (found.title, found.author, found.last_modified_by, found.language) == (
        "CIO en CTO vergeleken",
        "techexec",
        "techexec",
        "nl",
    )
    assert found.created.date().isoformat() == found.modified.date().isoformat() == "2025-01-01"


@pytest.mark.parametrize("lang", LANGS)
def test_no_row_label_of_a_word_table_is_cut_mid_word(made, lang):
    """LibreOffice cut 'Responsibilities' and 'Verantwoordelijkheden' in two when the label column was too narrow."""
    import docx

    name = _name(("compare", "cio", "cto"), lang, "docx")
    labels = {row.cells[0].text for table in docx.Document(str(made / name)).tables for row in table.rows}
    printed = subprocess.run(["pdftotext", str(_pdf(made, name)), "-"], capture_output=True, text=True, timeout=60)
    lines = {line.strip() for line in printed.stdout.splitlines()}  # a cell's lines print one by one
    cut = {
        word
        for label in labels
        for word in label.split()
        for line in lines
        if 3 < len(line) < len(word) and word.startswith(line)
    }
    assert not cut
