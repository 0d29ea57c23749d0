"""Official classifications and the look-alike roles, as a reader meets them through the CLI."""

from __future__ import annotations

import json

import pytest

from test_validate import write

OPENINGS = {
    "Chief Data Officer": "Not from the article. In the article, and everywhere else in techexec, CDO is\nthe Chief Digital Officer: techexec show cdo.",
    "Chief Strategy Officer": "Not from the article. In the article, and everywhere else in techexec, CSO is\nthe Chief Security Officer: techexec show cso.",
    "VP of Engineering": "Not from the article. Often confused with the CTO (Chief Technology Officer):\ntechexec show cto.",
    "Chief Product Officer": "Not from the article. Often confused with the CTO (Chief Technology Officer):\ntechexec show cto.",
}


@pytest.mark.parametrize("title", list(OPENINGS))
def test_full_titles_find_the_look_alikes_whose_page_says_what_they_are_not(run, title):
    out = run("show", title).stdout
    first, opening = out.split("\n", 1)
    assert first.endswith(f" — {title}")
    assert opening.startswith(OPENINGS[title])


def test_acronyms_keep_the_article_meaning_and_say_so(run):
    cdo = run("show", "CDO").stdout
    assert cdo.startswith("CDO — Chief Digital Officer\n")
    assert "Chief Data Officer (techexec\nshow chief-data-officer)" in cdo
    assert run("show", "cso").stdout.startswith("CSO — Chief Security Officer\n")
    nl = run("show", "cdo", "--lang", "nl").stdout
    assert "Niet te verwarren met (niet uit het artikel): Chief Data Officer" in nl
    assert run("show", "Chief Data Officer", "--lang", "nl").stdout.startswith(
        "CDO — Chief Data Officer\nNiet uit het artikel. In het artikel, en verder overal in techexec, is de CDO de\n"
    )


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("hoofd ict-beveiliging", "CISO — "),
        ("Head of IT Security", "CISO — "),
        ("chief ICT security officer", "CISO — "),
        ("algemeen directeur", "CEO — "),
        ("directeur-generaal", "CEO — "),
        ("information technology director", "CTO — "),
        ("chief analytics officer", "CDO — Chief Data Officer"),
        ("chief digital officer", "CDO — Chief Digital Officer"),  # an ESCO label elsewhere; the article's here
        ("productverantwoordelijke", "CPO — "),
    ],
)
def test_unambiguous_esco_labels_are_names(run, name, role):
    assert run("show", name).stdout.startswith(role)


def test_a_label_esco_gives_to_two_roles_lists_them_and_a_unit_is_no_name(run):
    shared = run("show", "IT director")
    assert shared.exit_code == 2
    assert "cio (Chief Information Officer) or cto (Chief Technology Officer)" in shared.stderr
    assert run("show", "office of the CTO").exit_code == 2


def test_show_cto_is_classified_with_o_net_listing_it_under_chief_executives(run):
    out = " ".join(run("show", "cto").stdout.split())
    assert "Classified as • ESCO: chief technology officer http://data.europa.eu/esco/occupation/7b1b5da8" in out
    assert "• ISCO-08 1330: Information and communications technology service managers" in out
    assert "O*NET-SOC 11-1011.00 Chief Executives, as alternate titles: “Chief Technical Officer (CTO)”" in out
    assert "Credits: ESCO, © European Union (ESCO v1.2); O*NET 27.0 Database, USDOL/ETA, CC BY 4.0" in out
    nl = " ".join(run("show", "cto", "--lang", "nl").stdout.split())
    assert "Ingedeeld als • ESCO: chief technology officer" in nl
    assert "ISCO-08 1330: Leidinggevende functies op het gebied van informatie- en communicatietechnologie" in nl


def test_the_nuances_of_the_notes_are_shown(run):
    ciso = " ".join(run("show", "ciso").stdout.split())
    assert "ISCO-08 2529: Database and network professionals not elsewhere classified" in ciso
    assert "Computer and Information Systems Managers, as alternate title" in ciso
    cdo = " ".join(run("show", "cdo").stdout.split())
    assert "ESCO (nearest, no exact occupation): digital transformation manager" in cdo
    assert "ISCO-08 1330 (through the nearest ESCO occupation)" in cdo
    vpe = " ".join(run("show", "vpe", "--lang", "nl").stdout.split())
    assert "ESCO en ISCO-08: geen beroep gevonden" in vpe
    assert "(dichtstbijzijnd: O*NET noemt de rol niet; dichtstbijzijnde titel “Engineering Director”)" in vpe


def test_sources_carry_the_full_credit_lines(run):
    out = " ".join(run("show", "cto", "--sources").stdout.split())
    assert (
        "This page includes information from the O*NET 27.0 Database by the U.S. Department of Labor, "
        "Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license." in out
    )
    assert "ESCO, © European Union (ESCO v1.2)" in out
    assert "never shortened" in out
    assert "[O*NET 27.0 Database]" in out
    assert "[ESCO v1.2]" in out


def test_compare_cto_with_the_vp_of_engineering(run):
    out = run("compare", "cto", "VP of Engineering").stdout
    assert out.startswith("Comparing: CTO vs VPE\n")
    flat = " ".join(out.split())
    assert (
        "Differs: audience (CTO: internal and external; VPE: internal); classified as (CTO: ISCO-08 1330; "
        "VPE: no ISCO-08 group)" in flat
    )
    assert "How they differ: The CTO takes the broader technology decisions" in out
    nl = run("compare", "cto", "vpe", "--lang", "nl").stdout
    assert "Het verschil: De CTO neemt de bredere technologiebeslissingen" in nl


def test_compare_the_two_cdos(run):
    out = run("compare", "cdo", "Chief Data Officer").stdout
    assert out.startswith("Comparing: Chief Digital Officer vs Chief Data Officer\n")
    flat = " ".join(out.split())
    # the same ISCO-08 group, but only through the nearest ESCO occupation for the article's CDO
    assert (
        "Shared: • Security: supports the security owners • Classified as: ISCO-08 1330 (nearest: Chief Digital Officer)"
        in flat
    )
    assert "classified as" not in flat[flat.index("Differs:") :].split("┏")[0]
    assert "How they differ: The Chief Digital Officer drives the digital side" in flat
    assert "• ESCO (nearest, no exact │ • ESCO: chief data officer" in flat
    nl = run("compare", "cdo", "Chief Data Officer", "--lang", "nl").stdout
    assert nl.startswith("Chief Digital Officer en Chief Data Officer vergeleken\n")


def test_json_carries_codes_how_listed_and_credits(run):
    doc = json.loads(run("show", "ciso", "-f", "json").stdout)
    found = doc["derived"]["classified"]
    assert found["esco"][0]["uri"] == "http://data.europa.eu/esco/occupation/276ba420-ef09-4a0e-b215-2c2e2f80ad28"
    assert [g["code"] for g in found["isco"]] == ["2529"]
    assert [(o["code"], o["listed_as"]) for o in found["onet"]] == [
        ("11-1011.00", ["alternate-title"]),
        ("11-3021.00", ["alternate-title"]),
    ]
    credits = {c["release"]: c for c in doc["derived"]["credits"]}
    assert credits["onet-27"]["credit"][0].startswith("This page includes information from the O*NET 27.0 Database")
    assert credits["esco-1-2"]["credit"] == ["ESCO, © European Union (ESCO v1.2)"]
    nl = json.loads(run("show", "Chief Data Officer", "-f", "json", "--lang", "nl").stdout)
    assert nl["role"]["related"] is True
    assert nl["role"]["differs_from"]["role"] == "cdo"
    assert nl["derived"]["shares_acronym_with"] == "cdo"
    assert nl["derived"]["classified"]["esco"][0]["label"] == "chief data officer"


def test_every_format_shows_the_classification(run):
    assert "11-1011.00" in run("show", "cto", "-f", "yaml").stdout
    markdown = run("show", "cto", "-f", "markdown", "--sources").stdout
    assert "## Classified as" in markdown
    assert "O\\*NET 27.0 Database by the U.S. Department of Labor" in markdown
    table = run("compare", "cto", "vpe", "-f", "markdown").stdout
    assert "| Classified as ≠ | **ISCO-08 1330**" in table
    doc = json.loads(run("compare", "cto", "vpe", "-f", "json").stdout)["derived"]
    assert "classified" in doc["differs"]
    assert doc["told_apart"][0]["role"] == "cto"


def test_search_finds_codes(run):
    found = json.loads(run("search", "1330", "-f", "json").stdout)["derived"]["results"]
    assert {hit["id"] for hit in found} == {"cio", "cto", "cdo", "chief-data-officer"}
    executives = json.loads(run("search", "11-1011.00", "-f", "json").stdout)["derived"]["results"]
    assert {"ceo", "cio", "cto", "ciso"} <= {hit["id"] for hit in executives}
    assert "Ingedeeld als: ISCO-08 2529" in run("search", "2529", "--lang", "nl").stdout
    text = run("search", "1330").stdout
    assert text.startswith("1. CIO — Chief Information Officer\n")  # exact entries rank above the nearest
    assert "3. CDO — Chief Digital Officer\n    Nearest classification: ISCO-08 1330" in text


def test_a_show_json_of_a_related_role_loads_back(run, tmp_path):
    (tmp_path / "cpo.json").write_text(run("show", "cpo", "-f", "json").stdout, encoding="utf-8")
    assert run("validate", str(tmp_path)).exit_code == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "classified:\n  - role: vpe\n    esco:\n      - {concept: nope, match: exact}\n",
            "x.yaml:4:19: unknown concept 'nope'.",
        ),
        (
            "classified:\n  - role: vpe\n    esco:\n      - {concept: onet-11-1011-00, match: exact}\n",
            "x.yaml:2:5: role 'vpe': esco entry names onet concept 'onet-11-1011-00'",
        ),
        (
            "classified:\n  - role: vpe\n    onet:\n      - {concept: onet-11-1011-00, listed_as: [nearest, alternate-title]}\n",
            "x.yaml:4:47: listed_as: 'nearest' means O*NET does not list the role; it cannot go with a listing",
        ),
        (
            "concepts:\n  - {id: isco-9, scheme: isco, code: 9, label: {en: X, nl: X}, release: esco-1-2}\n",
            "x.yaml:2:38: code must be text, not a number (put quotes around it)",
        ),
        (
            "role:\n  id: cdata\n  related: true\n  acronym: CDO\n  title: {en: Chief Data Officer}\n"
            "  summary: {en: Data., source: general}\n",
            "x.yaml:2:3: warning: related role 'cdata' shares the acronym CDO with 'cdo': say how they differ "
            "(differs_from: {role: cdo, ...})",
        ),
    ],
    ids=["unknown-concept", "wrong-scheme", "nearest-and-listed", "unquoted-code", "acronym-without-difference"],
)
def test_classification_and_related_role_rules(run, tmp_path, text, expected):
    write(tmp_path, "x.yaml", text)
    result = run("validate", str(tmp_path))
    warning = "shares the acronym" in expected  # the acronym still finds the article's role
    assert result.exit_code == (0 if warning else 1)
    assert f"{tmp_path}/{expected}" in result.stdout.splitlines()[0]


def test_org_charts_leave_the_look_alikes_out(run):
    out = run("org-tree").stdout + run("org-tree", "--structure", "merged").stdout
    assert "VPE" not in out and "Chief Data Officer" not in out


def test_a_users_classification_is_shown_as_written(run, tmp_path):
    write(
        tmp_path,
        "ours.yaml",
        "concepts:\n"
        "  - {id: esco-ours, scheme: esco, code: '1330.9', label: {en: \"[bold]lead\\u001b[31m\"},"
        " uri: 'http://example.org/<x>', isco: isco-1330, release: esco-1-2}\n"
        "classified:\n  - role: vpe\n    esco:\n      - {concept: esco-ours, match: exact}\n",
    )
    out = run("show", "vpe", "--data", str(tmp_path), env={"NO_COLOR": None}).stdout
    assert "• ESCO: [bold]lead[31m" in out and "\x1b" not in out
    assert "http://example.org/<x>" in out
    markdown = run("show", "vpe", "--data", str(tmp_path), "-f", "markdown").stdout
    assert "http://example.org/&lt;x>" in markdown
    assert "- ESCO: \\[bold\\]lead" in markdown
