"""Charts for a board slide: several roles marked, the structures listed, every structure in one picture,
the legend left out, and a PNG sized for the screen it is shown on. Pictures are measured in dot's own layout."""

from __future__ import annotations

import json
import struct
import subprocess
import xml.etree.ElementTree as ET

import pytest

import layout
import tools

NAMES = {
    "en": ["CIO and CTO both report to the CEO", "The CTO reports to the CIO"],
    "nl": ["CIO en CTO rapporteren allebei aan de CEO", "De CTO rapporteert aan de CIO"],
}
LEGEND_FIRST_ROW = {"en": "reports to (the box above)", "nl": "rapporteert aan (de functie erboven)"}


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def png(*args: str) -> bytes:
    """A PNG as the user gets it: through the program, stdout to a file (Typer's runner would not take bytes)."""
    import os
    import sys

    tools.dot()
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LANGUAGE", "TECHEXEC_DATA")}
    done = subprocess.run(
        [sys.executable, "-m", "techexec", "org-tree", "-f", "png", *args], capture_output=True, check=True, env=env
    )
    return done.stdout


@pytest.mark.parametrize("how", [["--highlight", "cto", "--highlight", "ciso"], ["--highlight", "cto,ciso"]])
def test_highlight_marks_every_role_named(run, how):
    doc = json.loads(run("org-tree", *how, "-f", "json").stdout)
    assert doc["derived"]["highlight"] == ["cto", "ciso"]
    source = run("org-tree", *how, "-f", "dot").stdout
    picture = layout.layout(tools.dot(), source)
    marked = [o["name"] for o in picture["objects"] if o.get("penwidth") == "3.5"]
    assert len(marked) == 2
    legend = " ".join(t.words for t in layout.texts(picture, "graph"))
    assert "highlighted: CISO, CTO" in legend  # in the order of the chart


def test_highlight_marks_every_role_in_text(run):
    shown = run("org-tree", "--highlight", "cto,ciso").stdout
    assert "▶ CTO" in shown and "▶ CISO" in shown and "▶ CIO " not in shown


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "Note: --highlight vpe: not in 'The CTO reports to the CIO' (cto-under-cio), so not marked.",
        ),
        (
            "nl",
            "Let op: --highlight vpe: niet in 'De CTO rapporteert aan de CIO' (cto-under-cio), dus niet gemarkeerd.",
        ),
    ],
)
def test_a_highlighted_role_not_in_the_chart_is_named_in_one_line(run, lang, expected):
    result = run("org-tree", "--structure", "cto-under-cio", "--highlight", "cto,vpe", "--lang", lang)
    assert result.exit_code == 0
    assert result.stderr.strip() == expected
    assert "▶ CTO" in result.stdout


def test_a_highlighted_role_that_does_not_exist_is_an_error(run):
    result = run("org-tree", "--highlight", "cto,ctoo")
    assert result.exit_code == 2
    assert "Unknown role 'ctoo'" in result.stderr


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_list_prints_each_structures_id_and_name(run, lang):
    result = run("org-tree", "--list", "--lang", lang)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].endswith("* is de standaard):" if lang == "nl" else "* is the default):")
    assert lines[1] == f"ceo-both — {NAMES[lang][0]} *"
    assert lines[2] == f"cto-under-cio — {NAMES[lang][1]}"
    assert [line.split(" — ")[0] for line in lines[1:]] == ["ceo-both", "cto-under-cio", "merged"]


def test_list_as_json_is_read_by_jq(run):
    out = run("org-tree", "--list", "-f", "json", "--lang", "nl").stdout
    done = subprocess.run(
        [tools.jq(), "-r", '.structures[] | .id + "=" + .name'],
        input=out,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.splitlines()[:2] == [f"ceo-both={NAMES['nl'][0]}", f"cto-under-cio={NAMES['nl'][1]}"]


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("option", ["--structure", "--variant"])
def test_all_structures_side_by_side_each_titled_one_legend(run, lang, option):
    source = run("org-tree", option, "all", "--lang", lang, "--highlight", "cto", "-f", "dot").stdout
    picture = layout.layout(tools.dot(), source)
    assert layout.problems(picture) == []
    boxes = layout.nodes(picture)
    titles = {
        name: " ".join(t.words for t in layout.texts(boxes[name], name)) for name in boxes if name.startswith("title")
    }
    assert list(titles.values())[:2] == NAMES[lang]
    assert len(titles) == 3
    xs = sorted(layout.centre(boxes[name])[0] for name in titles)
    assert xs[0] < xs[1] < xs[2]  # side by side
    assert len({round(layout.centre(boxes[name])[1]) for name in titles}) == 1  # on one line
    legend = layout.texts(picture, "graph")
    assert legend[0].words == LEGEND_FIRST_ROW[lang]
    assert sum(t.words == LEGEND_FIRST_ROW[lang] for t in legend) == 1  # one legend for all
    numbers = [t.words for t in legend if t.words.isdigit()]
    assert numbers == [str(n) for n in range(1, len(numbers) + 1)]  # numbered on across the charts


def test_all_structures_in_text_and_json(run):
    shown = run("org-tree", "--structure", "all").stdout
    assert [line for line in shown.splitlines() if line.startswith("Reporting structure:")] == [
        "Reporting structure: CIO and CTO both report to the CEO (ceo-both)",
        "Reporting structure: The CTO reports to the CIO (cto-under-cio)",
        "Reporting structure: CIO and CTO merged into one technical executive (merged)",
    ]
    doc = json.loads(run("org-tree", "--structure", "all", "-f", "json").stdout)
    assert [s["id"] for s in doc["structures"]] == ["ceo-both", "cto-under-cio", "merged"]
    assert all(s["tree"] for s in doc["structures"])


def test_all_structures_as_svg_and_png():
    import os
    import sys

    tools.dot()
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LANGUAGE", "TECHEXEC_DATA")}
    svg = subprocess.run(
        [sys.executable, "-m", "techexec", "org-tree", "--structure", "all", "-f", "svg"],
        capture_output=True,
        check=True,
        env=env,
    ).stdout
    words = " ".join(t.strip() for t in ET.fromstring(svg).itertext() if t.strip())
    assert all(name in words for name in NAMES["en"])
    width, height = png_size(png("--structure", "all"))
    assert max(width, height) >= 1900 and width <= 1920 and height <= 1080


@pytest.mark.parametrize("structure", ["ceo-both", "all"])
def test_no_legend_leaves_the_legend_out(run, structure):
    source = run("org-tree", "--structure", structure, "--no-legend", "-f", "dot").stdout
    picture = layout.layout(tools.dot(), source)
    assert layout.texts(picture, "graph") == []
    assert [p for p in layout.problems(picture) if not p.startswith("aspect")] == []
    titles = [name for name in layout.nodes(picture) if name.startswith("title")]
    assert titles


def test_no_legend_in_mermaid(run):
    assert "legend[" in run("org-tree", "-f", "mermaid").stdout
    assert "legend[" not in run("org-tree", "--no-legend", "-f", "mermaid").stdout


def test_png_fills_a_full_hd_slide_and_scale_multiplies_it():
    width, height = png_size(png())
    assert (width <= 1920 and height == 1080) or (width == 1920 and height <= 1080)
    big = png_size(png("--scale", "2"))
    assert abs(big[0] - 2 * width) <= 2 and abs(big[1] - 2 * height) <= 2


def test_scale_out_of_range_is_refused(run):
    result = run("org-tree", "-f", "png", "--scale", "0")
    assert result.exit_code == 2
    assert "--scale" in result.stderr
