"""`techexec org-tree`: reporting structures as trees, with dotted lines apart."""

from __future__ import annotations

import json

import pytest


def test_default_tree_shape(run):
    out = run("org-tree").stdout
    assert "CEO  Chief Executive Officer\n├── CIO  Chief Information Officer\n│   └── CISO" in out
    assert "├── CTO  Chief Technology Officer\n" in out
    assert "Other structures (show one with --structure ID):" in out
    assert "• cto-under-cio — The CTO reports to the CIO" in out


def test_cto_under_cio(run):
    out = run("org-tree", "--structure", "cto-under-cio").stdout
    assert "├── CIO  Chief Information Officer\n│   ├── CTO  Chief Technology Officer\n│   └── CISO" in out
    assert "CTO ╌╌ CIO" not in out  # a boss is not a dotted line


def test_merged_box_carries_both_roles(run):
    out = run("org-tree", "--structure", "merged", "--highlight", "cio").stdout
    assert "├── ▶ CTO + CIO  Chief Technology Officer / Chief Information Officer" in out
    assert "│   └── CISO" in out


def test_dotted_lines_are_listed_apart(run):
    out = run("org-tree").stdout
    head, dotted = out.split("Dotted lines (collaboration, not reporting)")
    assert "╌╌" not in head
    assert "CTO ╌╌ CDO: align technology strategy and meet security needs" in dotted


@pytest.mark.parametrize("structure", ["ceo-both", "cto-under-cio", "merged"])
def test_every_structure_in_dutch(run, structure):
    out = run("org-tree", "--structure", structure, "--lang", "nl").stdout
    assert "Rapportagestructuur:" in out
    assert "Andere structuren" in out


def test_json_tree(run):
    doc = json.loads(run("org-tree", "--structure", "merged", "-f", "json").stdout)
    rows = doc["derived"]["tree"]
    assert [(r["role"], r["parent"], r["depth"]) for r in rows] == [
        ("ceo", None, 0),
        ("cto", "ceo", 1),
        ("ciso", "cto", 2),
        ("cdo", "ceo", 1),
        ("cso", "ceo", 1),
    ]
    assert rows[1]["also"] == ["cio"]
    assert doc["derived"]["other_structures"] == ["ceo-both", "cto-under-cio"]


def test_a_very_deep_chart_is_cut_in_text_but_whole_in_json(run, tmp_path):
    roles = "".join(
        f"  - {{id: r{i}, acronym: R{i}, title: {{en: Role {i}}}, summary: {{en: x, source: general}}}}\n"
        for i in range(40)
    )
    nodes = "    - role: r0\n" + "".join(f"    - {{role: r{i}, parent: r{i - 1}}}\n" for i in range(1, 40))
    (tmp_path / "deep.yaml").write_text(
        f"roles:\n{roles}structure:\n  id: chain\n  name: {{en: Chain}}\n  nodes:\n{nodes}"
    )
    args = ["org-tree", "--data", str(tmp_path), "--no-bundled"]
    text = run(*args, env={"COLUMNS": "300"}).stdout
    assert "R24  Role 24" in text and "R25  Role 25" not in text
    assert "… 15 more boxes below, deeper than 25 levels (see them with --format json, dot or mermaid)" in text
    assert len(json.loads(run(*args, "-f", "json").stdout)["derived"]["tree"]) == 40


def test_the_old_name_variant_still_works_in_yaml_and_on_the_command_line(run, tmp_path):
    """`structure` is the one name now; files and scripts written with `variant` keep working."""
    (tmp_path / "old.yaml").write_text(
        "variant:\n  id: ours\n  name: {en: Ours, nl: Onze}\n  nodes:\n    - {role: ceo}\n    - {role: cio, parent: ceo}\n",
        encoding="utf-8",
    )
    new = run("org-tree", "--data", str(tmp_path), "--structure", "ours")
    old = run("org-tree", "--data", str(tmp_path), "--variant", "ours")
    assert new.exit_code == old.exit_code == 0
    assert new.stdout == old.stdout
    assert "Ours" in new.stdout


@pytest.mark.parametrize("fmt", ["plain", "markdown", "html"])
def test_the_list_of_structures_comes_in_every_document_format(run, fmt):
    listed = run("org-tree", "--list", "-f", fmt)
    assert listed.exit_code == 0 and listed.stderr == ""
    assert all(name in listed.stdout for name in ("ceo-both", "cto-under-cio", "merged"))
