"""compare's summary lines on the real data: an "In short" for every pair, reporting lines true to each structure."""

from __future__ import annotations

import itertools
import json
import re

import pytest

SIX = ("cio", "cto", "cdo", "cso", "ciso", "ceo")
PAIRS = list(itertools.combinations(SIX, 2))


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("pair", PAIRS, ids="-".join)
def test_every_pair_of_the_six_roles_opens_with_its_own_in_short(run, pair, lang):
    out = flat(run("compare", *pair, "--lang", lang).stdout)
    short = "In short: " if lang == "en" else "In het kort: "
    assert out.count(short) == 1, out[:300]  # its own: no '(CIO vs CTO)' suffix, no second one
    assert out.index(short) < out.index("Shared:" if lang == "en" else "Gemeenschappelijk:")
    for words in ("in 2 of 3", "in 1 of", "van de 3", "varies by structure", "verschilt per structuur", "nobody"):
        assert words not in out  # never a count of techexec's own sample structures, never 'varies'


def test_the_article_is_silent_on_cso_and_ciso_so_their_difference_is_marked_general_knowledge(run):
    out = flat(run("compare", "cso", "ciso").stdout)
    short = out[out.index("In short:") : out.index("Alike:")]
    assert "physical security" in short and "information security only" in short
    assert short.rstrip().endswith("*")
    assert "* general knowledge, not from the article" in out


def test_each_claim_of_a_mixed_in_short_carries_its_own_mark(run):
    out = flat(run("compare", "cio", "cso").stdout)
    short = out[out.index("In short:") : out.index("Alike:")]
    cio, cso = short.split(". The CSO")
    assert "*" not in cio  # the article states the CIO's side
    assert cso.rstrip().endswith("included. *")  # the CSO's is general knowledge


@pytest.mark.parametrize(
    ("lang", "ciso"),
    [("en", "CISO: whoever holds the CIO role"), ("nl", "CISO: wie de rol van CIO vervult")],
)
def test_a_role_under_the_same_role_in_every_structure_is_placed_alike(run, lang, ciso):
    out = flat(run("compare", "cso", "ciso", "--lang", lang).stdout)
    assert ciso in out
    doc = json.loads(run("compare", "cso", "ciso", "-f", "json").stdout)["derived"]
    (row,) = [d for d in doc["dimensions"] if d["id"] == "reports_to"]
    assert row["values"]["ciso"]["value"] == "cio"
    assert row["values"]["ciso"]["by_structure"] == {"ceo-both": "cio", "cto-under-cio": "cio", "merged": "cto+cio"}


def test_the_same_isco_group_is_shared_not_a_difference(run):
    out = flat(run("compare", "cto", "cdo").stdout)
    shared = out[out.index("Shared:") : out.index("┏")]
    assert "Classified as: ISCO-08 1330 (nearest: CDO)" in shared
    assert "classified as" not in out[out.index("Differs:") : out.index("Shared:")]


def test_no_count_of_sample_structures_anywhere_in_a_group(run):
    for lang in ("en", "nl"):
        out = flat(run("compare", *SIX, "--lang", lang).stdout)
        assert not re.search(r"\b\d+ (of|van de) \d+\b", out)
        assert "verschilt per structuur" not in out and "varies by structure" not in out
