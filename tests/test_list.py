"""`techexec list`: every role with a one-line summary."""

from __future__ import annotations

import json


def test_roles_in_chart_order(run):
    out = run("list").stdout
    acronyms = [line.split()[0] for line in out.splitlines() if not line.startswith(" ")]
    assert acronyms == ["CEO", "CIO", "CTO", "CDO", "CSO", "CISO"]
    assert "CDO   Chief Digital Officer  (cdo)" in out


def test_json_roles_are_loadable_role_records(run):
    doc = json.loads(run("list", "--lang", "nl", "-f", "json").stdout)
    cto = next(r for r in doc["roles"] if r["id"] == "cto")
    assert set(cto) == {"id", "acronym", "title", "summary"}
    assert cto["summary"]["source"] == "what-is-cto"
    assert "nl" in cto["summary"]
