"""`techexec show ROLE`: one role explained, in English or Dutch, with its sources."""

from __future__ import annotations

import json

import pytest

ROLES = ["ceo", "cio", "cto", "cdo", "cso", "ciso"]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_role_shows_in_both_languages(run, role, lang):
    result = run("show", role, "--lang", lang)
    assert result.exit_code == 0, result.stderr
    doc = json.loads(run("show", role, "--lang", lang, "--format", "json").stdout)["role"]
    assert doc["title"] in result.stdout
    heading = {"en": "Reporting line", "nl": "Rapportagelijn"}[lang]
    assert heading in result.stdout
    assert doc["summary"]["text"][:40] in " ".join(result.stdout.split())


def test_cto_facts_from_the_article(run):
    out = " ".join(run("show", "cto").stdout.split())
    assert "Audience · internal and external" in out  # outward-facing, yet it may lead engineering and product teams
    assert "open-source tools" in out
    assert "pricing and packaging" in out
    assert "technical partnerships" in out
    assert "Reports to the CIO — in “The CTO reports to the CIO” (cto-under-cio)" in out
    assert "Reports to the CEO — in “CIO and CTO both report to the CEO” (ceo-both)" in out
    assert "engineering and/or product teams" in out


def test_cio_owns_security_and_looks_inward(run):
    out = " ".join(run("show", "cio").stdout.split())
    assert "Audience · internal" in out
    assert "Security · often responsible" in out
    assert "Usually reports directly to the CEO." in out


def test_dutch_labels_and_text(run):
    out = run("show", "cio", "--lang", "nl").stdout
    assert "Verantwoordelijkheden" in out
    assert "Voor wie · intern" in out
    assert "Responsibilities" not in out


@pytest.mark.parametrize(("role", "meaning"), [("cdo", "Chief Data Officer"), ("cso", "Chief Strategy Officer")])
def test_ambiguous_acronyms_are_flagged(run, role, meaning):
    out = " ".join(run("show", role).stdout.split())
    assert out.count("Note: ") == 1
    assert meaning in out


def test_sources_name_article_sections_and_general_knowledge(run):
    plain = run("show", "cdo").stdout
    cited = " ".join(run("show", "cdo", "--sources").stdout.split())
    assert "§" not in plain
    assert "[§ CSO vs CDO vs CIO vs CTO? The modern CTO is here, sentence 2]" in cited
    assert "[general knowledge, not from the article]" in cited
    assert "Source: “The New Technical Executive: between CIO & CTO”" in cited


def test_role_found_by_alias_title_and_dutch_name(run):
    for name in ("Chief Technical Officer", "TECHNISCH DIRECTEUR", "Cto"):
        assert run("show", name).stdout.startswith("CTO — Chief Technology Officer"), name
    assert run("show", "hoofd ICT-beveiliging").stdout.startswith("CISO — ")


def test_json_shape(run):
    doc = json.loads(run("show", "cto", "--format", "json", "--lang", "nl").stdout)
    assert doc["format"] == "techexec/2"
    assert doc["lang"] == "nl"
    assert doc["role"]["id"] == "cto"
    assert doc["role"]["audience"] == {
        "value": "both",
        "text": doc["role"]["audience"]["text"],
        "source": "what-is-cto",
        "sentences": [6, 8],
        "kind": "inferred",
    }
    lines = [
        {k: v for k, v in line.items() if k in ("structure", "parent", "merged_with")}
        for line in doc["derived"]["reports_to"]
    ]
    assert {"structure": "cto-under-cio", "parent": "cio", "merged_with": []} in lines
    assert {"structure": "merged", "parent": "ceo", "merged_with": ["cio"]} in lines
    assert {"structure": "merged", "kind": "inferred"}.items() <= doc["derived"]["reports_to"][2].items()


def test_no_trailing_spaces_and_no_escape_codes_when_piped(run):
    out = run("show", "cto", env={"NO_COLOR": None}).stdout
    assert "\x1b" not in out
    assert all(line == line.rstrip() for line in out.splitlines())


@pytest.mark.parametrize("width", ["40", "200"])
def test_readable_at_narrow_and_wide_terminals(run, width):
    out = run("show", "cto", env={"COLUMNS": width}).stdout
    assert max(len(line) for line in out.splitlines()) <= int(width)
    assert "office of the CTO" in " ".join(out.split())


def test_an_id_always_finds_its_role_even_when_another_role_shares_the_acronym(run, tmp_path):
    (tmp_path / "cto2.yaml").write_text(
        "role:\n  id: cto2\n  acronym: CTO\n  title: {en: Second CTO}\n  summary: {en: Ours., source: general}\n"
    )
    assert run("show", "cto", "--data", str(tmp_path)).stdout.startswith("CTO — Chief Technology Officer\n")
    assert run("show", "CTO", "--data", str(tmp_path)).stdout.startswith("CTO — Chief Technology Officer\n")


def test_a_role_under_a_merged_box_reports_to_both_roles_it_holds(run):
    out = " ".join(run("show", "ciso").stdout.split())
    assert "Reports to the CTO + CIO — in “CIO and CTO merged into one technical executive” (merged)" in out


def test_general_knowledge_and_inferences_are_marked_without_sources(run):
    cso = run("show", "cso").stdout
    assert "Protecting the company, its people, assets and information, against threats. *" in " ".join(cso.split())
    assert "\n* general knowledge, not from the article\n" in cso
    assert "— inferred from the article" in " ".join(run("compare", "cio", "cto").stdout.split())
    assert "CDO  Chief Digital Officer *" in run("org-tree").stdout


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("role", ["cdo", "cso", "ciso", "ceo"])
def test_the_general_knowledge_mark_keeps_its_last_word_at_any_width(run, role, lang):
    """At 100 columns the CDO's note once ended with its '*' alone on a line: the mark must stay
    with the word before it, whatever the width."""
    for width in [*range(60, 121, 2), 100, 101]:
        out = run("show", role, "--lang", lang, env={"COLUMNS": str(width)}).stdout
        assert [line for line in out.splitlines() if line.strip() == "*"] == [], width
