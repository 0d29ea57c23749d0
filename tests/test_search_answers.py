"""`techexec search` answers the question: the lines that answer it first, the roles it names first, marks kept."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

NAMES = {"acronym", "title", "aliases"}


def results(run, *words: str, lang: str = "en") -> list[dict[str, Any]]:
    doc = json.loads(run("search", *words, "--lang", lang, "-f", "json").stdout)
    return list(doc["derived"]["results"])


@pytest.mark.parametrize(
    ("question", "lang", "first_line"),
    [
        ("aan wie rapporteert de CTO", "nl", "    Rapportagelijn: "),
        ("who does the CTO report to", "en", "    Reporting line: "),
    ],
)
def test_the_first_line_shown_for_a_reporting_question_is_the_reporting_line(run, question, lang, first_line):
    out = run("search", *question.split(), "--lang", lang).stdout.splitlines()
    assert out[0].startswith("1. CTO")
    assert out[1].startswith(first_line)
    assert results(run, *question.split(), lang=lang)[0]["matches"][0]["field"] == "reporting"


def test_a_role_the_question_names_comes_before_roles_that_only_mention_its_words(run):
    question = "is a CDO the same as a chief data officer"
    ids = [r["id"] for r in results(run, question)]
    assert ids[:2] == ["cdo", "chief-data-officer"]  # in the question's order; never the CTO first
    out = run("search", question).stdout
    assert "Tip: put them side by side with techexec compare cdo chief-data-officer" in out


def test_words_in_every_title_weigh_little(run):
    found = results(run, "chief", "officer", "pricing")
    assert found[0]["id"] == "cto"
    for hit in found:  # every result talks about pricing: 'chief officer' alone is in every title
        assert any("pric" in m["text"].lower() for m in hit["matches"]), hit["id"]


def test_a_word_of_the_question_alone_does_not_pad_the_results(run):
    found = results(run, "who should lead open source?")
    for hit in found:  # each result answers 'open source', not just 'lead'
        assert any(re.search(r"(?i)\bopen|source", m["text"]) for m in hit["matches"]), hit["id"]


@pytest.mark.parametrize(
    ("question", "lang"),
    [("who owns security?", "en"), ("beveiliging", "nl"), ("aan wie rapporteert de CTO", "nl"), ("data", "en")],
)
def test_names_never_take_a_shown_line_from_a_line_that_answers(run, question, lang):
    for hit in results(run, *question.split(), lang=lang):
        fields = [m["field"] for m in hit["matches"]]
        content = [i for i, f in enumerate(fields) if f not in NAMES]
        names = [i for i, f in enumerate(fields) if f in NAMES]
        assert not content or not names or max(content) < min(names), (hit["id"], fields)


def test_lines_with_more_of_the_questions_words_come_first(run):
    for hit in results(run, "open", "source", "contribute"):
        counts = [len({m["text"][a:b].lower()[:4] for a, b in m["spans"]}) for m in hit["matches"]]
        content = [c for m, c in zip(hit["matches"], counts, strict=True) if m["field"] not in NAMES]
        assert content == sorted(content, reverse=True), hit["id"]


def test_a_dutch_compound_is_found_by_its_parts(run):
    (ciso,) = [r for r in results(run, "beveiliging", lang="nl") if r["id"] == "ciso"]
    inside = [
        m["text"][a:b]
        for m in ciso["matches"]
        for a, b in m["spans"]
        if re.search(r"(?i)informatie" + re.escape(m["text"][a:b]), m["text"])
    ]
    assert inside and all(word.lower() == "beveiliging" for word in inside)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(
    ("question", "lang", "mark", "kind"),
    [
        (("open", "source"), "en", " \u2014 in the author's view", "author"),
        (("open", "source"), "nl", " \u2014 volgens de auteur", "author"),
        (("adapt", "quickly"), "en", " \u2014 inferred from the article", "inferred"),
        (("fysieke",), "nl", " *", "general"),
    ],
)
def test_search_keeps_the_marks_show_gives(run, question, lang, mark, kind):
    first = results(run, *question, lang=lang)[0]["matches"][0]
    assert first["kind"] == kind
    out = flat(run("search", *question, "--lang", lang).stdout)
    assert flat(first["text"]) + mark in out


GATE = """\
role:
  id: gate
  acronym: GK
  title: {{{lang}: Doorkeeper}}
  summary: {{{lang}: Keeps the gate., source: general}}
  responsibilities:
"""


@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [
        ("en", "and 1 more matching line", "and 2 more matching lines"),
        ("nl", "en nog 1 passende regel", "en nog 2 passende regels"),
    ],
)
def test_counts_agree_with_their_number(run, tmp_path, lang, one, two):
    for n, said in ((5, one), (6, two)):  # the summary and n lines match; four are shown
        lines = "".join(f"    - {{{lang}: Guards gate number {i}., source: general}}\n" for i in range(n - 1))
        (tmp_path / "gate.yaml").write_text(GATE.format(lang=lang) + lines, encoding="utf-8")
        out = run("search", "gate", "--data", str(tmp_path), "--no-bundled", "--lang", lang).stdout
        assert f"\u2026 {said}\n" in out, out


def test_a_question_that_names_two_roles_points_to_compare(run):
    out = run("search", "techexec", "compare", "cio", "cto").stdout
    assert "Tip: put them side by side with techexec compare cio cto" in out


@pytest.mark.parametrize(("question", "lang"), [("wie rapporteert aan de cio", "nl"), ("who reports to the cio", "en")])
def test_the_roles_that_report_to_the_cio_are_among_the_first_results(run, question, lang):
    shown = [r["id"] for r in results(run, question, lang=lang)][:5]
    assert {"cto", "ciso"} <= set(shown), shown
