"""`techexec search`: questions in English or Dutch, ranked answers with the matching lines."""

from __future__ import annotations

import json
import re

import pytest


def top(run, *words: str, lang: str = "en") -> str:
    doc = json.loads(run("search", *words, "--lang", lang, "-f", "json").stdout)
    return doc["derived"]["results"][0]["id"]


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        ("security", "en", "ciso"),
        ("beveiliging", "nl", "ciso"),  # 'informatiebeveiliging' counts: the same answer as in English
        ("who owns security?", "en", "ciso"),
        ("customers", "en", "cto"),
        ("klanten", "nl", "cto"),
        ("open source", "en", "cto"),
        ("wie is verantwoordelijk voor open source", "nl", "cto"),
        ("pricing", "en", "cto"),
        ("partnerships", "en", "cto"),
        ("integration", "en", "cto"),
        ("internal systems", "en", "cio"),
        ("board", "en", "ceo"),
    ],
)
def test_example_questions_find_the_expected_role(run, question, lang, expected):
    assert top(run, *question.split(), lang=lang) == expected


def test_security_ranks_the_security_officers_above_the_cio(run):
    ids = [r["id"] for r in json.loads(run("search", "security", "-f", "json").stdout)["derived"]["results"]]
    assert ids[:3] == ["ciso", "cso", "cio"]


def test_accents_and_case_are_folded(run):
    assert top(run, "BEVEILÍGING", lang="nl") == top(run, "beveiliging", lang="nl")


def test_each_language_searches_its_own_text(run):
    assert run("search", "klanten").exit_code == 1  # Dutch word, English text
    assert run("search", "klanten", "--lang", "nl").exit_code == 0


def test_text_output_names_the_field_and_highlights_the_term(run):
    out = run("search", "pricing").stdout
    assert out.startswith(
        "1. CTO — Chief Technology Officer\n    Responsibilities: Treats strategy as central to the job, pricing and\n"
    )
    coloured = run("search", "pricing", env={"NO_COLOR": None, "FORCE_COLOR": "1", "TERM": "xterm"}).stdout
    assert re.search(r"\x1b\[[0-9;]*7[0-9;]*mpricing\x1b\[0m", coloured)  # reverse video on the term only


def test_dutch_labels(run):
    out = run("search", "prijsstelling", "--lang", "nl").stdout
    assert "Verantwoordelijkheden: " in out


def test_no_match_suggests_close_terms(run):
    result = run("search", "securty")
    assert (result.stdout, result.exit_code) == ("Nothing mentions 'securty'.\nDid you mean: security, seniority?\n", 1)
    assert run("search", "beveiligng", "--lang", "nl").stdout.endswith(
        "Bedoelde u: beveiliging, informatiebeveiliging, beveiligingsdirecteur?\n"
    )


def test_structures_are_searched_too(run):
    results = json.loads(run("search", "merged", "-f", "json").stdout)["derived"]["results"]
    assert {"kind": "structure", "id": "merged"}.items() <= results[0].items()


def test_json_spans_point_at_the_term(run):
    match = json.loads(run("search", "open", "source", "-f", "json").stdout)["derived"]["results"][0]["matches"][0]
    for start, end in match["spans"]:
        assert match["text"][start:end].lower() in ("open", "source")


def ranking(run, words: str, lang: str) -> list[tuple[str, int]]:
    """Every result with its score: question words must not move either."""
    doc = json.loads(run("search", *words.split(), "--lang", lang, "-f", "json").stdout)
    return [(r["id"], r["score"]) for r in doc["derived"]["results"]]


@pytest.mark.parametrize(
    ("question", "subject", "lang"),
    [
        ("what is the difference between the CIO and the CTO?", "cio cto", "en"),
        ("wat is het verschil tussen de CIO en de CTO?", "cio cto", "nl"),
        ("who is responsible for security?", "security", "en"),
        ("wie is verantwoordelijk voor beveiliging?", "beveiliging", "nl"),
        ("what does the CDO do?", "cdo", "en"),
        ("wat doet de CDO eigenlijk?", "cdo", "nl"),
        ("who is in charge of pricing", "pricing", "en"),
        ("what are the CTO's responsibilities?", "cto", "en"),
        ("wat zijn de taken van de CISO?", "ciso", "nl"),
        ("why does the CTO report to the CIO?", "cto report cio", "en"),
        ("waarom rapporteert de CTO aan de CIO?", "rapporteert cto cio", "nl"),
        ("hoe zit het met open source?", "open source", "nl"),
        ("who is verantwoordelijk voor klanten", "klanten", "nl"),  # a question may mix the languages
    ],
)
def test_question_words_never_decide_the_ranking(run, question, subject, lang):
    assert ranking(run, question, lang) == ranking(run, subject, lang)
    assert ranking(run, subject, lang)  # the subject alone finds something


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Only question words: name what you are looking for, for example: techexec search security.\n"),
        ("nl", "Alleen vraagwoorden: noem wat u zoekt, bijvoorbeeld: techexec search beveiliging --lang nl.\n"),
    ],
)
def test_a_question_of_question_words_only_says_what_to_ask(run, lang, expected):
    result = run("search", "wie", "is", "what", "is", "the", "--lang", lang, env={"COLUMNS": "200"})
    assert (result.stdout, result.exit_code) == (expected, 1)


def test_a_question_naming_two_roles_points_to_compare(run):
    english = run("search", "difference", "between", "cio", "and", "cto").stdout.splitlines()
    assert "Tip: put them side by side with techexec compare cio cto" in english
    dutch = run("search", "verschil", "tussen", "cso", "en", "ciso", "--lang", "nl").stdout.splitlines()
    assert "Tip: zet ze naast elkaar met techexec compare cso ciso --lang nl" in dutch
