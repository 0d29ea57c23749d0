"""`techexec list`: every role with a one-line summary."""

from __future__ import annotations

import json
import re


def test_roles_in_chart_order_then_the_related_ones_apart(run):
    out = run("list").stdout
    article, related = out.split("\nRelated roles, not from the article\n")
    assert [line.split()[0] for line in article.splitlines() if line[:1].isalpha()] == [
        "CEO",
        "CIO",
        "CTO",
        "CDO",
        "CSO",
        "CISO",
    ]
    assert "CDO   Chief Digital Officer  (cdo)" in article
    assert "CDO   Chief Data Officer  (chief-data-officer)" in related
    assert "VPE   VP of Engineering  (vpe)" in related
    assert "Verwante rollen, niet uit het artikel" in run("list", "--lang", "nl").stdout


def test_list_by_isco_group(run):
    out = run("list", "--isco", "1330").stdout
    assert out.startswith("Roles in ISCO-08 group 1330: Information and communications technology service")
    assert re.findall(r"^[A-Z]+ +[^(]+\(([a-z-]+)\)", out, re.MULTILINE) == [
        "cio",
        "cto",
        "cdo",
        "chief-data-officer",
    ]
    assert "(cdo)  ISCO-08 1330 (through the nearest ESCO" in out  # no exact ESCO occupation: said so
    assert "(ciso)" not in out  # ESCO puts the CISO in 2529, not 1330
    assert "(ciso)" in run("list", "--isco", "2529").stdout
    nl = run("list", "--isco", "1330", "--lang", "nl").stdout
    assert nl.startswith("Rollen in ISCO-08-groep 1330: Leidinggevende functies op het gebied van")


def test_list_by_isco_says_when_nothing_matches_and_refuses_a_bad_code(run):
    empty = run("list", "--isco", "9999")
    assert (empty.stdout, empty.exit_code) == ("No role is classified in ISCO-08 group 9999.\n", 1)
    bad = run("list", "--isco", "13a", "--lang", "nl")
    assert bad.exit_code == 2
    assert bad.stderr == "'13a' is geen ISCO-08-code: geef 1 tot 4 cijfers, bijvoorbeeld --isco 1330 of --isco 13.\n"


def test_json_roles_are_loadable_role_records(run):
    doc = json.loads(run("list", "--lang", "nl", "-f", "json").stdout)
    cto = next(r for r in doc["roles"] if r["id"] == "cto")
    assert set(cto) == {"id", "acronym", "title", "summary"}
    assert cto["summary"]["source"] == "what-is-cto"
    assert cto["summary"]["text"].startswith("Een technische") and "text_lang" not in cto["summary"]
    vpe = next(r for r in doc["roles"] if r["id"] == "vpe")
    assert (vpe["related"], vpe["differs_from"]["role"]) == (True, "cto")


def test_a_json_list_loads_back_as_the_same_roles(run, tmp_path):
    (tmp_path / "list.json").write_text(run("list", "-f", "json").stdout, encoding="utf-8")
    result = run("validate", str(tmp_path))
    assert result.exit_code == 0
    assert "acronym" not in result.stdout  # the related roles still say how they differ from the article's
