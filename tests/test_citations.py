"""Claims cite sentences and say whose view they are: in the data rules, in text, Markdown and JSON."""

from __future__ import annotations

import json
import textwrap

import pytest

ROLE = """\
role:
  id: vpe
  acronym: VPE
  title: {en: VP of Engineering}
  summary: {en: Runs engineering., %s}
"""
MEMO = "sources:\n  sections:\n    memo: {en: A memo, sentences: 3}\n"


def test_sentences_are_named_with_the_section(run):
    en = " ".join(run("show", "cto", "--sources").stdout.split())
    nl = " ".join(run("show", "cto", "--sources", "--lang", "nl").stdout.split())
    assert "[§ What is a CTO?, sentence 3]" in en
    assert "[§ What is a CTO?, sentences 4-5]" in en
    assert "[§ What is a CTO?, sentences 7, 9]" in en
    assert "[§ Wat is een CTO?, zin 3]" in nl
    assert "[§ Wat is een CTO?, zinnen 4-5]" in nl
    assert "[inferred from § What is a CTO?, sentences 1, 6]" in en
    assert "[afgeleid uit § Wat is een CTO?, zinnen 1, 6]" in nl


def test_the_authors_own_view_is_gathered_under_one_heading_even_without_sources(run):
    en = run("show", "cto").stdout
    nl = run("show", "cto", "--lang", "nl").stdout
    view = en.split("\nIn the author's view (the CTO of Logz.io)\n")[1]  # said once, as a heading
    assert "pricing and packaging included." in " ".join(view.split())
    assert "pricing" not in en.split("\nIn the author's view")[0]
    assert en.count("in the author's view") == 0 and nl.count("\nVolgens de auteur (de CTO van Logz.io)\n") == 1
    assert "a CTO at Logz.io" not in en and "CTO bij Logz.io" not in nl  # he is the CTO of Logz.io, not one of many
    assert "in the author's view" not in " ".join(run("show", "cio").stdout.split())


def test_the_authors_own_case_is_marked_apart_from_his_view(run):
    en = " ".join(run("show", "cto").stdout.split())
    nl = " ".join(run("show", "cto", "--lang", "nl").stdout.split())
    assert "drives the integration strategy, because in observability no company can meet its customers' needs on its own. — the author's own case at Logz.io" in en
    assert "— uit de eigen praktijk van de auteur bij Logz.io" in nl
    markdown = run("show", "cto", "-f", "markdown").stdout
    assert "— *the author's own case at Logz.io*" in markdown
    office = next(line for line in en.split(" • ") if "technical partnerships" in line)
    assert "in the author's view" not in office  # a fact about his own office, not a view


def test_markdown_marks_the_view_and_footnotes_the_sentences(run):
    out = run("show", "cto", "--sources", "--format", "markdown").stdout
    assert "## In the author's view (the CTO of Logz.io)\n" in out
    assert "packaging included.[^" in out
    assert "]: “The New Technical Executive: between CIO & CTO”, § What is a CTO?, sentence 3\n" in out
    assert "&amp;" not in out


def test_json_keeps_sentences_and_kind_as_data(run):
    role = json.loads(run("show", "cto", "--format", "json").stdout)["role"]
    strategy = next(c for c in role["responsibilities"] if "pricing" in c["text"])
    assert (strategy["source"], strategy["sentences"], strategy["kind"]) == ("strategy", [1, 2], "author")
    assert "kind" not in role["background"][0]
    assert "sentences" not in role["aliases"]
    cdo = json.loads(run("show", "cdo", "--format", "json").stdout)["role"]
    assert cdo["focus"] == {"text": cdo["focus"]["text"], "source": "general"}


def test_org_tree_sources_mark_placements_on_general_knowledge(run):
    en = run("org-tree", "--sources").stdout
    nl = run("org-tree", "--sources", "--lang", "nl").stdout
    assert "├── CTO  Chief Technology Officer [§ What is a CTO?, sentence 9]\n" in en
    assert "├── CDO  Chief Digital Officer [general knowledge]\n" in en
    assert "└── CSO  Chief Security Officer [algemene kennis]\n" in nl
    assert (
        "CTO ╌╌ CSO: meet the CSO's requirements [§ CSO vs CDO vs CIO vs CTO? The modern CTO is here, sentence 2]"
        in " ".join(en.split())
    )
    assert "[" not in run("org-tree").stdout.split("Dotted lines")[0]


def test_show_sources_cite_each_reporting_line(run):
    cso = " ".join(run("show", "cso", "--sources").stdout.split())
    cto = " ".join(run("show", "cto", "--sources").stdout.split())
    assert "Reports to the CEO — in all 3 structures [general knowledge, not from the article]" in cso
    assert "(cto-under-cio) [§ What is a CTO?, sentence 9]" in cto
    assert "(merged) [inferred from § Opening paragraphs, sentence 2]" in cto


def test_org_tree_json_keeps_each_placements_source(run):
    nodes = json.loads(run("org-tree", "--format", "json").stdout)["structure"]["nodes"]
    assert {"role": "cto", "parent": "ceo", "source": "what-is-cto", "sentences": [9]} in nodes
    assert {"role": "cdo", "parent": "ceo", "source": "general"} in nodes


@pytest.mark.parametrize(
    ("cite", "expected"),
    [
        ("source: memo, sentences: [4]", "5:61: section 'memo' has 3 sentences, so there is no sentence 4"),
        ("source: memo", "5:44: cites section 'memo' without its sentences: add sentences: [N] (it has 3)"),
        (
            "source: general, sentences: [1]",
            "5:64: summary: general knowledge cites no sentences and has no kind; remove 'sentences'",
        ),
        (
            "source: general, kind: author",
            "5:59: summary: general knowledge cites no sentences and has no kind; remove 'kind'",
        ),
        ("source: memo, sentences: [2, 1]", "5:61: summary sentences must be in increasing order, each number once"),
        ("source: memo, sentences: [0]", "5:62: summary sentences entry must be a whole number from 1, not 0"),
        (
            "source: memo, sentences: 3",
            "5:61: summary sentences must be a list of sentence numbers, like [3] or [3, 4]",
        ),
        (
            "source: memo, sentences: [3], kind: opinion",
            "5:72: summary kind 'opinion' is not one of: author, case, inferred.",
        ),
    ],
    ids=[
        "beyond-the-section",
        "missing",
        "general-with-sentences",
        "general-with-kind",
        "order",
        "zero",
        "not-a-list",
        "kind",
    ],
)
def test_each_citation_rule(run, tmp_path, cite, expected):
    (tmp_path / "sources.yaml").write_text(MEMO, encoding="utf-8")
    (tmp_path / "bad.yaml").write_text(textwrap.dedent(ROLE % cite), encoding="utf-8")
    result = run("validate", str(tmp_path))
    assert result.exit_code == 1
    assert f"{tmp_path}/bad.yaml:{expected}" in result.stdout.splitlines()


def test_a_section_without_a_count_needs_no_sentences(run, tmp_path):
    (tmp_path / "sources.yaml").write_text(
        "sources:\n  sections:\n    handbook: {en: Our handbook}\n", encoding="utf-8"
    )
    (tmp_path / "vpe.yaml").write_text(ROLE % "source: handbook", encoding="utf-8")
    assert run("validate", str(tmp_path)).exit_code == 0
