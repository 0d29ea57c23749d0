"""Claims cite sentences and say whose view they are: in the data rules, in text, Markdown and JSON."""

from __future__ import annotations

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
            "5:72: summary kind 'opinion' is not one of: author, inferred.",
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
