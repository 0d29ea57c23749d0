"""Every format fed to the program that consumes it: json.loads and jq, yaml.safe_load, Graphviz,
the Mermaid renderer, a CommonMark parser, and headless Chromium for the HTML export."""

from __future__ import annotations

import json
import re
import subprocess
import xml.etree.ElementTree as ET

import pytest
import yaml
from markdown_it import MarkdownIt

import tools

STRUCTURES = ["ceo-both", "cto-under-cio", "merged"]
COMMANDS = [["show", "cto"], ["compare", "cio", "cto"], ["list"], ["org-tree"], ["search", "security"]]

HOSTILE_ROLES = """
roles:
  - {id: end, acronym: END, title: {en: 'The "end" [/] <b>role</b>'}, summary: {en: 'a | b * c # d', source: general}}
  - {id: graph, acronym: 'A"B', title: {en: 'x --> y; }'}, summary: {en: '<script>alert(1)</script>', source: general}}
  - {id: a-b, acronym: 'A-B', title: {en: 'subgraph click style'}, summary: {en: '[link](http://x)', source: general}}
structure:
  id: hostile
  name: {en: 'graph "end"'}
  nodes:
    - role: end
    - {role: graph, parent: end}
    - {role: a-b, parent: graph}
  dotted:
    - {from: a-b, to: end, en: 'says "hi" -> [x]; %% }', source: general}
"""


@pytest.fixture
def hostile(tmp_path):
    (tmp_path / "org.yaml").write_text(HOSTILE_ROLES)
    return ["--data", str(tmp_path), "--no-bundled", "--structure", "hostile", "--highlight", "a-b"]


@pytest.mark.parametrize("args", COMMANDS, ids=[a[0] for a in COMMANDS])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_json_loads_and_jq_reads_it(run, args, lang):
    out = run(*args, "--lang", lang, "-f", "json").stdout
    assert json.loads(out)["lang"] == lang
    jq = subprocess.run([tools.jq(), "-er", ".format"], input=out, capture_output=True, text=True, check=True)
    assert jq.stdout == "techexec/2\n"


@pytest.mark.parametrize("args", COMMANDS, ids=[a[0] for a in COMMANDS])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_yaml_holds_the_json_content(run, args, lang):
    as_yaml = yaml.safe_load(run(*args, "--lang", lang, "-f", "yaml").stdout)
    assert as_yaml == json.loads(run(*args, "--lang", lang, "-f", "json").stdout)


def test_yaml_export_loads_back(run, tmp_path):
    (tmp_path / "cto.yaml").write_text(run("show", "cto", "--lang", "nl", "-f", "yaml").stdout)
    (tmp_path / "merged.yaml").write_text(run("org-tree", "-v", "merged", "--lang", "nl", "-f", "yaml").stdout)
    assert run("validate", str(tmp_path)).exit_code == 0
    assert (
        run("show", "cto", "--lang", "nl", "--data", str(tmp_path)).stdout == run("show", "cto", "--lang", "nl").stdout
    )


@pytest.mark.parametrize("structure", STRUCTURES)
@pytest.mark.parametrize("fmt", ["dot", "mermaid"])
def test_graph_sources_match_golden_files(run, golden, fixture_data, structure, fmt):
    golden(f"{structure}.{'mmd' if fmt == 'mermaid' else 'dot'}", run("org-tree", "-v", structure, "-f", fmt).stdout)


@pytest.mark.parametrize("structure", STRUCTURES)
def test_graphviz_draws_every_structure(run, structure):
    source = run("org-tree", "-v", structure, "--highlight", "cto", "-f", "dot", "--lang", "nl").stdout
    svg = subprocess.run([tools.dot(), "-Tsvg"], input=source, capture_output=True, text=True, check=True).stdout
    root = ET.fromstring(svg)
    texts = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "Chief Technology Officer" in texts
    lines = [g for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "edge"]
    assert len(lines) == source.count(" -> ") - source.count("style=invis")  # every reporting and dotted line


def test_hostile_ids_and_labels_are_safe_in_dot(run, hostile):
    source = run("org-tree", *hostile, "-f", "dot").stdout
    svg = subprocess.run([tools.dot(), "-Tsvg"], input=source, capture_output=True, text=True, check=True).stdout
    assert "The &quot;end&quot; [/]" in svg and "&lt;b&gt;role&lt;/b&gt;" in svg  # one title, wrapped in two lines


def test_svg_format_draws_with_graphviz(run):
    tools.dot()
    out = run("org-tree", "-f", "svg", "--highlight", "cto").stdout
    assert ET.fromstring(out).tag == "{http://www.w3.org/2000/svg}svg"


def test_svg_format_without_graphviz_says_how_to_install(run, tmp_path):
    result = run("org-tree", "-f", "svg", env={"PATH": str(tmp_path)})
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "--format svg needs Graphviz's 'dot' program, which is not on PATH: install Graphviz"
    )
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("structure", STRUCTURES)
def test_mermaid_renders_every_structure(run, tmp_path, structure):
    source = run("org-tree", "-v", structure, "--highlight", "cio", "-f", "mermaid", "--lang", "nl").stdout
    result = tools.render_mermaid(source, tmp_path)
    assert result.returncode == 0, result.stderr
    svg = (tmp_path / "chart.svg").read_text()
    assert "Chief Information Officer" in svg and "highlight" in svg


def test_hostile_ids_and_labels_are_safe_in_mermaid(run, tmp_path, hostile):
    source = run("org-tree", *hostile, "-f", "mermaid").stdout
    assert " end" not in source.split("flowchart TD", 1)[1].replace('"', "")  # ids are generated, not data
    result = tools.render_mermaid(source, tmp_path)
    assert result.returncode == 0, result.stderr


def _tokens(markdown: str) -> list[str]:
    return [t.type for t in MarkdownIt("commonmark").enable("table").parse(markdown)]


def test_markdown_show_is_a_document(run):
    text = run("show", "cto", "-f", "markdown", "--sources").stdout
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings[:3] == ["CTO — Chief Technology Officer", "Focus", "Audience · internal and external"]
    assert "bullet_list_open" in _tokens(text)
    assert "]: “The New Technical Executive: between CIO & CTO”, § What is a CTO?" in text


def test_markdown_compare_is_a_table(run):
    text = run("compare", "cio", "cto", "-f", "markdown", "--lang", "nl").stdout
    tokens = _tokens(text)
    assert tokens.count("th_open") == 3
    dimensions = json.loads(run("compare", "cio", "cto", "-f", "json").stdout)["derived"]["dimensions"]
    assert tokens.count("tr_open") == 1 + len(dimensions)  # a header, then a row per dimension
    assert "| Voor wie ≠ |" in text


def test_markdown_escapes_data(run, hostile):
    text = run("list", *hostile[:3], "-f", "markdown").stdout
    types = _tokens(text)
    assert "html_inline" not in types and "link_open" not in types
    assert types.count("tr_open") == 4  # header and three roles: no '|' in the data split a row
    assert types.count("td_open") == 9


@pytest.mark.parametrize("command", COMMANDS, ids=[a[0] for a in COMMANDS])
def test_export_svg_and_html(run, tmp_path, command):
    svg, html = tmp_path / "out.svg", tmp_path / "out.html"
    result = run(*command, "--export-svg", str(svg), "--export-html", str(html))
    assert result.exit_code == 0
    assert ET.parse(svg).getroot().tag == "{http://www.w3.org/2000/svg}svg"
    assert "<html" in html.read_text()


@pytest.mark.parametrize("command", [["compare", "cio", "cto"], ["org-tree"]], ids=["compare", "org-tree"])
def test_exports_load_nothing_from_the_network(run, tmp_path, command):
    svg, html = tmp_path / "out.svg", tmp_path / "out.html"
    run(*command, "--export-svg", str(svg), "--export-html", str(html))
    links = re.compile(r"(?:https?:)?//[\w.-]+\.[a-z]{2,}[^\s\"')]*")
    assert links.findall(svg.read_text()) == ["http://www.w3.org/2000/svg"]  # the namespace, never fetched
    assert links.findall(html.read_text()) == []
    assert "@font-face" not in svg.read_text() and "monospace" in svg.read_text()


def test_html_export_opens_in_chromium(run, tmp_path):
    page = tmp_path / "cto.html"
    run("show", "cto", "--lang", "nl", "--export-html", str(page))
    dom = subprocess.run(
        [
            tools.chromium(),
            *tools.CHROMIUM_FLAGS,
            f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Verantwoordelijkheden" in dom.stdout
    assert "Chief Technology Officer" in dom.stdout


def test_export_needs_text_format(run, tmp_path):
    result = run("show", "cto", "-f", "json", "--export-svg", str(tmp_path / "x.svg"))
    assert result.exit_code == 2
    assert "--export-svg and --export-html save the text rendering" in result.stderr


@pytest.mark.parametrize("fmt", ["markdown", "yaml", "json"])
def test_dutch_in_every_document_format(run, fmt):
    out = run("show", "cto", "--lang", "nl", "-f", fmt).stdout
    assert "Richt zich meestal op de doelen van het bedrijf" in out
    assert "More often than not" not in out


@pytest.mark.parametrize("fmt", ["mermaid", "dot"])
def test_dutch_in_every_graph_format(run, fmt):
    out = run("org-tree", "--lang", "nl", "-f", fmt).stdout
    assert "CIO en CTO rapporteren allebei aan de CEO" in out
    assert "aan de eisen van de CSO voldoen" in out
