"""`techexec compare`: what roles share and where they differ."""

from __future__ import annotations

import json


def test_cio_and_cto_share_a_boss_and_differ_in_audience_and_security(run):
    out = " ".join(run("compare", "cio", "cto").stdout.split())
    assert "Comparing: CIO vs CTO" in out
    assert "Shared: reports to (CEO)" in out
    assert (
        "Differs: audience (CIO internal, CTO external); security (CIO often responsible for security, CTO supports the security owners)"
        in out
    )


def test_three_roles_in_dutch(run):
    out = " ".join(run("compare", "cso", "ciso", "cdo", "--lang", "nl").stdout.split())
    assert "Vergelijking: CSO vs CISO vs CDO" in out
    assert "Verschilt: doelgroep (CSO intern, CISO intern, CDO intern en extern)" in out


def test_narrow_terminal_stacks_the_roles(run):
    out = run("compare", "cio", "cto", env={"COLUMNS": "40"}).stdout
    assert "┃" not in out
    assert max(len(line) for line in out.splitlines()) <= 40
    assert "  CIO: internal" in out


def test_json_lists_dimensions(run):
    doc = json.loads(run("compare", "cio", "cto", "-f", "json").stdout)["derived"]
    assert doc["compare"] == ["cio", "cto"]
    assert doc["shared"] == ["reports_to"]
    assert doc["differs"] == ["audience", "security"]
    audience = next(d for d in doc["dimensions"] if d["id"] == "audience")
    assert audience["values"]["cio"]["value"] == "internal"
