"""What the role pages say, read as a reader of the article would: its sharpest lines kept sharp,
the author's view and his own case shown as his, and no sentence told twice on one page."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

ROLES = ["ceo", "cio", "cto", "cdo", "cso", "ciso"]
RELATED = ["chief-data-officer", "cpo", "chief-strategy-officer", "vpe"]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _bullet(out: str, words: str) -> str:
    """The one bullet (or paragraph) of a page that contains `words`."""
    found = [part for part in re.split(r" • |\n\n", out) if words in _flat(part)]
    assert len(found) == 1, (words, found)
    return _flat(found[0])


def _claims(node: Any, lang: str) -> Iterator[str]:
    """Every claim text in `lang` of a `show -f json` role: mappings that carry a `source`."""
    if isinstance(node, dict):
        if "source" in node and lang in node:
            yield node[lang]
        for value in node.values():
            yield from _claims(value, lang)
    elif isinstance(node, list):
        for value in node:
            yield from _claims(value, lang)


@pytest.mark.parametrize("role", ROLES + RELATED)
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_no_sentence_is_told_twice_on_a_page(run, role, lang):
    doc = json.loads(run("show", role, "--lang", lang, "-f", "json").stdout)["role"]
    claims = list(_claims(doc, lang))
    sentences = [s for c in claims for s in re.split(r"(?<=[.;:])\s+", c) if len(s.split()) >= 5]
    assert [s for s, n in Counter(sentences).items() if n > 1] == []
    page = _flat(run("show", role, "--lang", lang).stdout)
    assert [c for c in claims if page.count(_flat(c)) > 1] == []


@pytest.mark.parametrize(
    ("lang", "words", "comparative"),
    [
        ("en", "takes the broader technology decisions that bear", "works more closely than the CIO with customers"),
        ("nl", "de bredere technologiekeuzes maakt", "nauwer dan de CIO optrekt met klanten"),
        ("en", "CTO roles and seniority", "vary far more than CIO roles"),
        ("nl", "Inhoud en niveau van CTO-functies", "lopen veel verder uiteen dan die van CIO's"),
    ],
)
def test_the_articles_comparisons_with_the_cio_stay_comparisons(run, lang, words, comparative):
    out = run("show", "cto", "--lang", lang).stdout
    assert comparative in _bullet(out, words)


@pytest.mark.parametrize(
    ("lang", "words", "mark"),
    [
        ("en", "contribute to the open-source tools", "— in the author's view (the CTO of Logz.io)"),
        ("en", "should lead the contributions", "— in the author's view (the CTO of Logz.io)"),
        ("en", "spends much time with customers and prospects", "— the author's own case at Logz.io"),
        ("nl", "bij te dragen aan de opensourcetools", "— volgens de auteur (de CTO van Logz.io)"),
        ("nl", "voorop te gaan bij het bijdragen", "— volgens de auteur (de CTO van Logz.io)"),
        ("nl", "veel tijd door met klanten", "— uit de eigen praktijk van de auteur bij Logz.io"),
    ],
)
def test_the_authors_duties_and_practice_are_shown_as_his(run, lang, words, mark):
    page = run("show", "cto", "--lang", lang).stdout
    line = _bullet(page, words)
    if "(" in mark:  # his view: said once, by the heading his lines are gathered under
        heading = mark.removeprefix("\u2014 ")
        gathered = page.split(f"\n{heading[0].upper()}{heading[1:]}\n")[1].split("\n\n")[0]
        assert words in " ".join(gathered.split())
    else:
        assert line.endswith(mark)
    assert ("The author" in line or "the author" in line) if lang == "en" else "de auteur" in line.lower()


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_list_says_what_each_role_is_not_what_the_cto_does(run, lang):
    out = run("list", "--lang", lang).stdout.split("\n\n")[0]  # the article's roles, not the related ones
    entries = {m.group(1): _flat(m.group(2)) for m in re.finditer(r"^(CDO|CSO|CISO) .*\n((?:      .*\n)+)", out, re.M)}
    assert set(entries) == {"CDO", "CSO", "CISO"}
    for acronym, line in entries.items():
        first = line.split(";")[0]
        assert "CTO" not in first, (acronym, line)  # the role itself first; the article's mention after
    assert "nothing more" in entries["CDO"] or "verder niets" in entries["CDO"]


@pytest.mark.parametrize("role", ["cdo", "cso", "ciso"])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_being_named_side_by_side_is_no_working_relation(run, role, lang):
    out = _flat(run("show", role, "--lang", lang).stdout)
    assert "Named next to" not in out and "Wordt naast" not in out
    assert "projects and initiatives of their own" not in out and "eigen projecten" not in out


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_no_line_of_the_cto_leans_on_the_line_before(run, lang):
    out = _flat(run("show", "cto", "--lang", lang).stdout)
    for elliptical in ("Does the same", "toward the same", "Doet hetzelfde", "hetzelfde doel", "these variations"):
        assert elliptical not in out


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_reporting_lines_name_the_boss_with_its_article(run, lang):
    out = _flat(run("show", "cto", "--lang", lang).stdout)
    expected = {"en": "Reports to the CEO — in", "nl": "Rapporteert aan de CEO — in"}[lang]
    assert expected in out and "Reports to CEO" not in out


@pytest.mark.parametrize(
    ("lang", "query"), [("en", "customers"), ("en", "security"), ("nl", "klanten"), ("nl", "beveiliging")]
)
def test_counts_of_more_lines_agree_in_number(run, lang, query):
    out = run("search", query, "--lang", lang).stdout
    pattern = r"and (\d+) more matching (lines?)\b" if lang == "en" else r"en nog (\d+) passende (regels?)\b"
    counts = re.findall(pattern, out)
    assert counts, out
    assert all((n == "1") == (word in ("line", "regel")) for n, word in counts)


def test_dutch_prose_names_no_structure_by_its_id_and_no_label_repeats_its_heading(run):
    out = _flat(run("compare", "cio", "cto", "--lang", "nl").stdout)
    assert "vervult één persoon de rollen van CIO en CTO" in out
    assert "structuur “merged”" not in out and "structuur merged" not in out  # an id is for the command line
    assert out.startswith("CIO en CTO vergeleken")
    show = _flat(run("show", "cso", "--lang", "nl").stdout)
    assert "Beveiliging · verantwoordelijk " in show and "Beveiliging · verantwoordelijk voor beveiliging" not in show
    assert "Doelgroep" not in show


def test_an_ambiguous_name_offers_one_role_or_the_other(run):
    result = run("show", "IT director", "--lang", "nl")
    assert result.exit_code != 0
    assert "om cio (Chief Information Officer) of cto (Chief Technology Officer)" in result.stderr
