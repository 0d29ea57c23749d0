"""`techexec compare`: the point the article makes, what roles share and where they differ."""

from __future__ import annotations

import json
import re
import textwrap

import pytest
import yaml


def flat(text: str) -> str:
    return " ".join(text.split())


def test_cio_and_cto_open_with_their_core_difference_and_what_makes_them_alike(run):
    out = flat(run("compare", "cio", "cto").stdout)
    assert out.startswith("Comparing: CIO vs CTO From one article")  # whose text it is, said first
    assert out.index("In short: The CIO is responsible for IT systems across the enterprise") < out.index("Differs:")
    short = out[: out.index("Alike:")]
    # the article's own discriminators, not weakened: often internal, more closely, far more variation
    assert "often internal ones" in short
    assert "some customer-facing systems" in short
    assert "without owning their technology stack" in short
    assert "works more closely with customers" in short
    assert "far more variation in CTO roles" in short  # the article's comparison, without a "than" it does not write
    alike = out[out.index("Alike:") : out.index("Differs:")]
    assert "the article calls the two roles very similar" in alike  # not the difference again
    assert "One person holds the CIO and CTO roles at once in one structure (techexec org-tree --structure merged)." in alike


def test_the_opening_in_dutch(run):
    out = flat(run("compare", "cio", "cto", "--lang", "nl").stdout)
    assert "In het kort: De CIO is verantwoordelijk voor de IT-systemen van de hele onderneming, vaak interne" in out
    assert "werkt nauwer samen met klanten" in out
    assert "Overeenkomst: Net als CIO's nemen CTO's technologische beslissingen" in out
    assert "vervult één persoon de rollen van CIO en CTO tegelijk (techexec org-tree --structure merged --lang nl)." in out
    assert "rapporteert aan (CIO: de CEO; CTO: de CEO of de CIO, afhankelijk van het bedrijf)" in out


def test_reporting_line_is_compared_across_every_structure_not_the_default_alone(run):
    out = flat(run("compare", "cio", "cto").stdout)
    assert "Reports to: the CEO" not in out
    assert "reports to (CIO: the CEO; CTO: the CEO or the CIO, depending on the company)" in out
    table = run("compare", "cio", "cto").stdout
    assert "in all 3 structures" in table  # the CIO's
    assert "the CEO: ceo-both, merged" in table  # the CTO's, structure by structure
    assert "the CIO: cto-under-cio" in table


def test_a_boss_shared_in_every_structure_is_shared(run):
    out = flat(run("compare", "cio", "cdo").stdout)
    assert "Shared: • Reports to: the CEO" in out
    assert "reports to (" not in out


def shared_leads(run) -> str:
    """The claim on whom they lead that the CIO and the CTO make word for word, as the data words it."""
    doc = json.loads(run("compare", "cio", "cto", "-f", "json").stdout)["derived"]
    (leads,) = [d for d in doc["dimensions"] if d["id"] == "leads"]
    assert [s["roles"] for s in leads["shared_claims"]] == [["cio", "cto"]]
    return str(leads["shared_claims"][0]["text"])


def test_a_claim_both_roles_make_word_for_word_is_said_once_as_shared(run):
    said = shared_leads(run)
    text = run("compare", "cio", "cto", env={"COLUMNS": "500"}).stdout  # wide: no sentence wraps in the table
    assert flat(text).count(said) == 1  # a long shared line still wraps at the prose measure
    shared = text[text.index("Shared:") : text.index("┏")]
    assert f"• Leads: {said}" in flat(shared)


def test_three_roles_name_who_a_shared_claim_or_contrast_is_about(run):
    out = flat(run("compare", "cio", "cto", "cdo").stdout)
    for pair in ("CIO vs CTO", "CIO vs CDO", "CTO vs CDO"):  # no group entry: each pair's own
        assert f"In short ({pair}): " in out
    assert f"CIO and CTO — Leads: {shared_leads(run)}" in out
    assert "reports to (CIO and CDO: the CEO; CTO: the CEO or the CIO, depending on the company)" in out


def test_a_group_of_its_own_opens_with_its_own_point_only(run):
    out = flat(run("compare", "cio", "cto", "cdo", "cso", "ciso", "ceo").stdout)
    assert out.count("In short") == 1
    assert "In short: The CIO is responsible" in out


def test_the_top_of_the_chart_is_said_as_such(run):
    out = flat(run("compare", "ceo", "cto").stdout)
    assert "reports to (CEO: at the top of the structure; CTO: the CEO or the CIO, depending on the company)" in out
    assert "nobody" not in out
    assert "bovenaan de structuur" in flat(run("compare", "ceo", "cto", "--lang", "nl").stdout)


def test_one_role_under_several_names_names_it_once_with_nothing_to_compare(run):
    result = run("compare", "cio", "CIO", "chief information officer")
    assert (result.stdout, result.exit_code) == ("", 2)
    assert result.stderr == (
        "'cio', 'CIO' and 'chief information officer' name one and the same role, cio (Chief Information Officer): "
        "there is nothing to compare. Name another role, or see this one with: techexec show cio\n"
    )


def test_a_role_named_twice_among_others_is_compared_once(run):
    out = run("compare", "cio", "CIO", "cto").stdout
    assert out.startswith("Comparing: CIO vs CTO\n")


def test_roles_with_equal_values_are_named_together_in_the_differences(run):
    out = flat(run("compare", "cso", "ciso", "cdo", "--lang", "nl").stdout)
    assert "Verschillen: voor wie (CSO en CISO: intern; CDO: intern en extern)" in out
    assert out.startswith("CSO, CISO en CDO vergeleken ")


def test_sources_cite_the_opening(run):
    out = flat(run("compare", "cio", "cto", "--sources").stdout)
    assert re.search(r"technology stack\. \[[^]]*§ What is a CIO\?[^]]*\] The CTO takes", out)


def test_narrow_terminal_stacks_the_roles(run):
    out = run("compare", "cio", "cto", env={"COLUMNS": "40"}).stdout
    assert "┃" not in out
    assert max(len(line) for line in out.splitlines()) <= 40
    assert "  CIO: internal" in out


def test_json_has_the_contrast_every_structure_and_shared_claims(run):
    doc = json.loads(run("compare", "cio", "cto", "-f", "json").stdout)["derived"]
    assert doc["compare"] == ["cio", "cto"]
    assert doc["shared"] == ["classified"]  # both ICT service managers in ISCO-08
    assert doc["differs"] == ["audience", "security", "reports_to"]
    assert [c["role"] for c in doc["contrasts"][0]["core"]] == ["cio", "cto"]
    assert doc["one_position"] == [{"structure": "merged", "roles": ["cio", "cto"]}]
    rows = {d["id"]: d for d in doc["dimensions"]}
    cto = rows["reports_to"]["values"]["cto"]
    assert cto["value"] == "varies"
    assert cto["by_structure"] == {"ceo-both": "ceo", "cto-under-cio": "cio", "merged": "ceo"}
    leads = rows["leads"]
    assert [s["roles"] for s in leads["shared_claims"]] == [["cio", "cto"]]
    said = leads["shared_claims"][0]["text"]
    assert all(said not in [c["text"] for c in v["claims"]] for v in leads["values"].values())


def test_yaml_says_the_same_as_json(run):
    as_yaml = yaml.safe_load(run("compare", "cio", "cto", "-f", "yaml", "--lang", "nl").stdout)
    as_json = json.loads(run("compare", "cio", "cto", "-f", "json", "--lang", "nl").stdout)
    assert as_yaml == as_json
    assert as_yaml["derived"]["contrasts"][0]["alike"][0]["text"].startswith("Net als CIO's")


def test_markdown_opens_with_the_point_and_lists_what_is_shared(run):
    text = run("compare", "cio", "cto", "-f", "markdown").stdout
    assert "> **In short:** The CIO is responsible for IT systems" in text
    said = shared_leads(run)
    assert f"- **Leads:** {said}" in text
    assert text.index("In short") < text.index("Differs") < text.index("Shared") < text.index("| Dimension")
    assert text.count(said) == 1


def write(tmp_path, text: str) -> str:
    (tmp_path / "comparisons.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
    return str(tmp_path)


def test_users_can_add_their_own_contrast(run, tmp_path):
    folder = write(
        tmp_path,
        """\
        comparisons:
          - roles: [cso, ciso]
            core:
              - {role: cso, en: The CSO guards the whole company., source: general}
              - {role: ciso, en: The CISO guards its information., source: general}
        """,
    )
    result = run("compare", "cso", "ciso", "--data", folder, "--lang", "nl")
    assert "In het kort: The CSO guards the whole company. The CISO guards its information. *" in flat(result.stdout)
    assert "bij 1 van uw rollen, structuren of vergelijkingen ontbreekt" in result.stderr  # English shown instead


def test_bad_contrasts_are_reported_at_their_line(run, tmp_path):
    folder = write(
        tmp_path,
        """\
        comparisons:
          - roles: [cio, cto]
            core:
              - {role: cio, en: Inward., source: general}
              - {role: cso, en: Guards., source: general}
          - roles: [cio]
            core: []
          - roles: [cso, ciso]
            core:
              - {role: cso, en: Company., source: general}
              - {role: ciso, en: Information., source: general}
          - roles: [ciso, cso]
            core:
              - {role: cso, en: Company., source: general}
              - {role: ciso, en: Information., source: general}
        """,
    )
    result = run("validate", folder)
    assert result.exit_code == 1
    out = result.stdout
    assert "comparisons.yaml:5:9: core: 'cso' is not one of this comparison's roles (cio, cto)" in out
    assert "comparisons.yaml:4:7: core: no line for cto; each role of the comparison needs one" in out
    assert "comparisons.yaml:6:12: comparison roles: name two or more different roles" in out
    assert "comparisons.yaml:12:5: a second comparison of ciso, cso (first at " in out


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("pair", [("cio", "cto"), ("cto", "cio")])
def test_a_relation_both_roles_name_is_told_once(run, pair, lang):
    """The CIO's 'works with: the CTO ...' and the CTO's 'works with: the CIO ...' rest on one sentence of the
    article: compare tells it once, in the first column that has it; the JSON keeps each role's own claim."""
    page = run("compare", *pair, "--lang", lang, "-f", "plain").stdout
    heading = "Works with" if lang == "en" else "Werkt samen met"
    block = page.split(f"\n{heading}\n", 1)[1].split("\n\n", 1)[0].splitlines()
    first, second = (p.upper() for p in pair)
    assert sum(line.startswith(f"{first}: {second}:") for line in block) == 1
    assert sum(line.startswith(f"{second}: {first}:") for line in block) == 0
    doc = json.loads(run("compare", *pair, "--lang", lang, "-f", "json").stdout)
    (works,) = [d for d in doc["derived"]["dimensions"] if d["id"] == "works_with"]
    assert all(any(c.get("role") for c in works["values"][r]["claims"]) for r in pair)
