"""A hostile round on -o to office files, templates, exports loaded back and the command folder."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest


def _word_file(path: Path) -> Path:
    import docx

    docx.Document().save(str(path))
    return path


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_template_that_is_not_there_says_so_not_that_it_is_of_the_wrong_kind(run, tmp_path, lang):
    result = run("show", "cto", "--lang", lang, "-o", str(tmp_path / "cto.docx"), "--template", "house.dotx")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "house.dotx" in result.stderr
    assert ("No such file" in result.stderr) and ("docx and pptx" not in result.stderr)
    assert result.stderr.startswith("Kan het sjabloon" if lang == "nl" else "Cannot read the template")
    assert not (tmp_path / "cto.docx").exists()


def test_a_template_that_is_a_folder_is_one_line(run, tmp_path):
    (tmp_path / "house.docx").mkdir()
    result = run("compare", "cio", "cto", "-o", str(tmp_path / "c.docx"), "--template", str(tmp_path / "house.docx"))
    assert result.exit_code == 1 and "not a regular file" in result.stderr and result.stderr.count("\n") == 1


def test_a_template_that_unpacks_to_far_too_much_is_refused_before_it_is_unpacked(run, tmp_path):
    house = _word_file(tmp_path / "plain.docx")
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(house) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in source.infolist():
            copy.writestr(item, source.read(item.filename))
        with copy.open("word/media/padding.bin", "w", force_zip64=True) as padding:
            for _ in range(80):
                padding.write(bytes(1 << 20))
    assert bomb.stat().st_size < 1 << 20
    (tmp_path / "chart.docx").write_text("old")
    result = run("org-tree", "-o", str(tmp_path / "chart.docx"), "--template", str(bomb))
    assert result.exit_code == 2 and "more than 64 MiB" in result.stderr and result.stderr.count("\n") == 1
    assert (tmp_path / "chart.docx").read_text() == "old"


@pytest.mark.parametrize("kind", ["docx", "pptx"])
def test_a_template_with_broken_xml_is_one_line_not_a_bug(run, tmp_path, kind):
    import pptx

    made = tmp_path / f"made.{kind}"
    _word_file(made) if kind == "docx" else pptx.Presentation().save(str(made))
    broken = tmp_path / f"broken.{kind}"
    part = "word/styles.xml" if kind == "docx" else "ppt/presentation.xml"
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(broken, "w") as copy:
        for item in source.infolist():
            data = source.read(item.filename)
            copy.writestr(item, data[: len(data) // 2] if item.filename == part else data)
    result = run("org-tree", "-o", str(tmp_path / f"chart.{kind}"), "--template", str(broken))
    assert result.exit_code == 2 and f"as a template for {kind}" in result.stderr
    assert not (tmp_path / f"chart.{kind}").exists()


NONCHARACTERS = """\
lang: en
roles:
  - id: odd
    acronym: ODD
    title: "Chief \\ufffe Officer\\uffff"
    summary: {text: "Runs the odd \\ufffe things."}
structures:
  - id: ours
    default: true
    name: "Ours \\ufffe"
    nodes:
      - role: ceo
      - {role: odd, parent: ceo}
"""


@pytest.mark.parametrize(
    ("args", "kind"), [(["show", "odd"], "docx"), (["show", "odd"], "pptx"), (["org-tree"], "pptx")]
)
def test_text_xml_cannot_hold_still_makes_a_word_file_a_deck_and_a_chart(run, tmp_path, args, kind):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "odd.yaml").write_text(NONCHARACTERS, encoding="utf-8")
    target = tmp_path / f"out.{kind}"
    result = run(*args, "--data", str(tmp_path / "data"), "-o", str(target))
    assert result.exit_code == 0, result.stderr
    with zipfile.ZipFile(target) as made:
        text = "".join(made.read(name).decode("utf-8") for name in made.namelist() if name.endswith(".xml"))
    assert "Chief  Officer" in text or "Chief Officer" in text
    assert "\ufffe" not in text and "\uffff" not in text


def test_a_chart_too_dense_to_draw_still_makes_slides_listing_its_boxes(run, tmp_path):
    import pptx

    roles = "".join(
        f"  - {{id: r{n}, acronym: R{n}, title: Role {n}, summary: {{text: Role {n}.}}}}\n" for n in range(420)
    )
    nodes = "".join(f"      - {{role: r{n}, parent: {'ceo' if n < 10 else f'r{n % 10}'}}}\n" for n in range(420))
    data = tmp_path / "data"
    data.mkdir()
    (data / "big.yaml").write_text(
        f"lang: en\nroles:\n{roles}structures:\n  - id: big\n    default: true\n    name: Big\n    nodes:\n"
        f"      - role: ceo\n{nodes}",
        encoding="utf-8",
    )
    target = tmp_path / "big.pptx"
    result = run("org-tree", "--data", str(data), "-o", str(target))
    assert result.exit_code == 0, result.stderr
    deck = pptx.Presentation(str(target))
    text = "\n".join(s.text_frame.text for slide in deck.slides for s in slide.shapes if s.has_text_frame)
    assert "R419: Role 419" in text
    assert not [s for slide in deck.slides for s in slide.shapes if s.shape_type == 13]  # no picture


def test_an_editors_lock_file_or_a_copy_among_the_commands_is_no_command(tmp_path, monkeypatch):
    from techexec.cli import commands

    for name in ("show.py", "org_tree.py", ".#show.py", "show 2.py", "show.orig.py", "__init__.py", "notes.txt"):
        (tmp_path / name).write_text("")
    monkeypatch.setattr(commands, "FOLDER", str(tmp_path))
    assert commands.names() == ["org-tree", "show"]


@pytest.mark.parametrize(
    ("name", "lang", "words"), [("l.md", "en", "No role is classified"), ("l.json", "nl", "Geen enkele rol")]
)
def test_list_of_an_empty_isco_group_to_a_file_says_so_and_prints_nothing(run, tmp_path, name, lang, words):
    result = run("list", "--isco", "9999", "--lang", lang, "-o", str(tmp_path / name))
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith(words) and "9999" in result.stderr and result.stderr.count("\n") == 1
    assert not list(tmp_path.iterdir())
