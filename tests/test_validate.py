"""`techexec validate` and the data rules: each problem named, placed (file:line:column) and counted."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

ROLE = """\
role:
  id: vpe
  acronym: VPE
  title: {en: VP of Engineering}
  summary: {en: Runs engineering., source: general}
"""


def bundled() -> tuple[int, int, int]:
    """(roles, structures, files) of the bundled data, which every validate without --no-bundled counts too."""
    from techexec.data import load
    from techexec.data.files import bundled_dir, data_files

    data = load([(bundled_dir(), True)])
    return len(data.roles), len(data.structures), len(data_files(bundled_dir()))


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def structure(nodes: str) -> str:
    return "structure:\n  id: ours\n  name: {en: Ours}\n  nodes:\n" + textwrap.indent(textwrap.dedent(nodes), "    ")


def test_clean_data_passes(run, tmp_path):
    write(tmp_path, "vpe.yaml", ROLE)
    result = run("validate", str(tmp_path))
    assert (result.stdout, result.exit_code) == ("OK: 1 role, 0 structures in 1 file.\n", 0)  # the folder named


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("role:\n  id: vpe\n  title: [oops\n", "bad.yaml:4:1: invalid YAML: did not find expected ',' or ']'"),
        (ROLE.replace("  acronym: VPE\n", ""), "bad.yaml:2:3: role: missing required key 'acronym'"),
        (
            ROLE.replace("acronym: VPE", "acronym: [V, P]"),
            "bad.yaml:3:12: acronym must be text, not a list (put quotes around it)",
        ),
        (ROLE.replace("summary:", "sumary:"), "bad.yaml:5:3: role: unknown key 'sumary'. Did you mean: summary?"),
        (ROLE.replace("source: general", "source: handbok"), "bad.yaml:5:44: unknown source 'handbok'."),
        (
            ROLE + "  works_with:\n    - {role: ctoo, en: x, source: general}\n",
            "bad.yaml:7:14: unknown role 'ctoo'. Did you mean: cto?",
        ),
        (
            ROLE + "  audience: {value: inside, en: x, source: general}\n",
            "bad.yaml:6:21: audience value 'inside' is not one of: internal, external, both.",
        ),
        (
            ROLE.replace("title: {en: VP of Engineering}", "title: {fr: VP}"),
            "bad.yaml:4:11: title: unknown key 'fr'. Known keys: en, nl.",
        ),
        (ROLE.replace("  id: vpe", "  id: vpe\n  id: vpe2"), "bad.yaml:3:3: role: key 'id' appears twice"),
        (
            ROLE.replace("id: vpe", "id: VP Eng"),
            "bad.yaml:2:7: role id 'VP Eng' must be lower-case letters, digits, '-' or '_' (at most 64 characters). Did you mean: vp-eng?",
        ),
    ],
    ids=[
        "syntax",
        "missing-key",
        "type",
        "unknown-key",
        "unknown-source",
        "unknown-role",
        "bad-enum",
        "unknown-language",
        "duplicate-key",
        "bad-id",
    ],
)
def test_each_schema_rule(run, tmp_path, text, expected):
    write(tmp_path, "bad.yaml", text)
    result = run("validate", str(tmp_path))
    assert result.exit_code == 1
    assert f"{tmp_path}/{expected}" in result.stdout.splitlines()
    assert result.stdout.endswith(" in 1 file.\n")


def test_every_problem_at_once_with_a_count(run, tmp_path):
    write(tmp_path, "a.yaml", ROLE.replace("summary:", "sumary:"))
    write(tmp_path, "b.yaml", ROLE.replace("id: vpe", "id: dpo").replace("acronym: VPE", "acronym: 7"))
    lines = run("validate", str(tmp_path)).stdout.splitlines()
    assert [line.split(": ", 1)[0].rsplit("/", 1)[1] for line in lines[:-1]] == [
        "a.yaml:5:3",  # a misspelt key is one mistake: no second line saying 'summary' is missing
        "b.yaml:3:12",
    ]
    assert lines[-1] == "2 errors in 2 files."


def test_duplicate_ids_in_one_directory(run, tmp_path):
    write(tmp_path, "a.yaml", ROLE)
    write(tmp_path, "b.yaml", ROLE)
    out = run("validate", str(tmp_path)).stdout
    assert f"b.yaml:2:3: duplicate role id 'vpe' (first defined at {tmp_path}/a.yaml:2)" in out


def test_a_name_two_roles_share_is_a_warning(run, tmp_path):
    write(tmp_path, "vpe.yaml", ROLE + "  aliases: [Chief Technical Officer]\n")
    result = run("validate", str(tmp_path))
    assert result.exit_code == 0
    assert "vpe.yaml:2:3: warning: role 'vpe' shares the name 'chief technical officer' with cto (" in result.stdout
    assert result.stdout.endswith(", 1 warning.\n")
    assert run("show", "chief technical officer", "--data", str(tmp_path)).exit_code == 2


@pytest.mark.parametrize(
    ("nodes", "expected"),
    [
        (
            "- role: ceo\n- {role: cto, parent: ceo}\n- {role: cto, parent: cio}\n- {role: cio, parent: ceo}\n",
            "bad.yaml:7:7: structure 'ours': role 'cto' already has a place at line 6; a role has one solid parent (use a dotted line for the other)",
        ),
        ("- role: ceo\n- {role: cto, parent: ceo, parent: cio}\n", "bad.yaml:6:32: node: key 'parent' appears twice"),
        (
            "- role: ceo\n- role: cio\n",
            "bad.yaml:6:7: structure 'ours' has several roots (ceo, cio); all nodes but one need a parent",
        ),
        (
            "- role: ceo\n- {role: cto, parent: cio}\n- {role: cio, parent: cto}\n",
            "bad.yaml:6:7: structure 'ours' has a reporting cycle: cto -> cio -> cto",
        ),
        (
            "- role: ceo\n- {role: cto, parent: cdo}\n",
            "bad.yaml:6:7: structure 'ours': parent 'cdo' of 'cto' is not in this structure. Did you mean: cto, ceo?",
        ),
    ],
    ids=["two-parents", "parent-key-twice", "several-roots", "cycle", "parent-outside"],
)
def test_each_structure_rule(run, tmp_path, nodes, expected):
    write(tmp_path, "bad.yaml", structure(nodes))
    result = run("validate", str(tmp_path))
    assert result.exit_code == 1
    assert f"{tmp_path}/{expected}" in result.stdout.splitlines()


def test_commands_refuse_broken_data_with_one_line(run, tmp_path):
    write(tmp_path, "bad.yaml", structure("- role: ceo\n- {role: cto, parent: cio}\n- {role: cio, parent: cto}\n"))
    result = run("org-tree", "--data", str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr == f"{tmp_path}/bad.yaml:6:7: structure 'ours' has a reporting cycle: cto -> cio -> cto\n"


def test_missing_data_directory(run, tmp_path):
    result = run("list", "--data", str(tmp_path / "nope"))
    assert (result.stderr, result.exit_code) == (f"Data directory '{tmp_path}/nope' does not exist.\n", 2)


def test_user_data_overrides_bundled_and_may_be_one_language(run, tmp_path):
    write(tmp_path, "cto.yaml", ROLE.replace("id: vpe", "id: cto").replace("acronym: VPE", "acronym: CTO"))
    result = run("show", "cto", "--data", str(tmp_path), "--lang", "nl")
    assert result.stdout.startswith("CTO — VP of Engineering\n")
    assert "\nRuns engineering. *\n" in result.stdout  # general knowledge, marked
    assert (
        result.stderr
        == "Let op: bij 1 van uw rollen, structuren of vergelijkingen ontbreekt op sommige plaatsen tekst in 'nl'; "
        "daar wordt een andere taal getoond.\n"
    )


def test_environment_variable_and_no_bundled(run, tmp_path):
    write(tmp_path, "vpe.yaml", ROLE)
    out = run("list", "--no-bundled", env={"TECHEXEC_DATA": str(tmp_path)}).stdout
    assert (
        out == "VPE   VP of Engineering  (vpe)\n      Runs engineering. *\n* general knowledge, not from the article\n"
    )


def test_init_writes_a_valid_example_and_never_overwrites(run, tmp_path):
    target = tmp_path / "org"
    assert run("init", str(target)).exit_code == 0
    before = (target / "company.yaml").read_text()
    assert run("validate", str(target)).stdout == "OK: 1 role, 1 structure in 1 file.\n"
    tree = run("org-tree", "--data", str(target)).stdout
    assert "└── CTO  Chief Technology Officer\n    └── VPE  VP of Engineering" in tree
    assert "CISO ╌╌ CEO: briefs the CEO on security risks" in tree
    again = run("init", str(target))
    assert (again.exit_code, again.stderr) == (
        1,
        f"{target}/company.yaml already exists; techexec init never overwrites files.\n",
    )
    assert (target / "company.yaml").read_text() == before


def test_roles_without_a_structure_still_explain_and_org_tree_says_why(run, tmp_path):
    write(tmp_path, "vpe.yaml", ROLE)
    write(tmp_path, "cto.yaml", ROLE.replace("vpe", "cto").replace("VPE", "CTO"))
    checked = run("validate", str(tmp_path), "--no-bundled")
    assert checked.exit_code == 0
    assert "warning: no reporting structure (structure) defined" in checked.stdout
    assert run("show", "vpe", "--data", str(tmp_path), "--no-bundled").stdout.startswith("VPE — VP of Engineering\n")
    assert run("compare", "vpe", "cto", "--data", str(tmp_path), "--no-bundled").exit_code == 0
    chart = run("org-tree", "--data", str(tmp_path), "--no-bundled")
    assert (chart.exit_code, chart.stdout) == (1, "")
    assert chart.stderr.startswith("The data you chose defines no reporting structure")


def test_warnings_about_a_folder_beside_the_bundled_one_are_shown(run, tmp_path, monkeypatch):
    import shutil

    from techexec.data.files import bundled_dir

    bundled = tmp_path / "data"
    shutil.copytree(bundled_dir(), bundled)
    monkeypatch.setattr("techexec.cli.inputs.bundled_dir", lambda: bundled)
    monkeypatch.setattr("techexec.questions.validate.bundled_dir", lambda: bundled)
    extra = tmp_path / "data-extra"  # its path starts with the bundled folder's path, but is not inside it
    extra.mkdir()
    write(extra, "vpe.yaml", ROLE + "  aliases: [Chief Technical Officer]\n")
    assert "warning: role 'vpe' shares the name" in run("validate", str(extra)).stdout


def test_the_bundled_data_is_reported_only_when_no_folder_is_named(run, tmp_path):
    write(tmp_path, "vpe.yaml", ROLE)
    named = run("validate", str(tmp_path)).stdout
    assert "data/roles" not in named and "bundled" not in named  # no warnings about files the user cannot change
    everything = run("validate")
    assert everything.exit_code == 0
    assert "warning: role 'cto' shares the name 'it director'" in everything.stdout
    roles, structures, files = bundled()
    assert f"OK: {roles} roles, {structures} structures in {files} files" in everything.stdout


@pytest.mark.parametrize("extra", [[], ["--no-bundled"]])
def test_an_empty_folder_has_nothing_to_check(run, tmp_path, extra):
    result = run("validate", str(tmp_path), *extra)
    assert (result.stdout, result.exit_code) == ("", 2)  # like a folder that does not exist: a CI step must not pass
    assert result.stderr == f"Nothing to check: {tmp_path} holds no data files (.yaml, .yml or .json).\n"


def test_json_report_for_scripts_and_editors(run, tmp_path):
    write(tmp_path, "a.yaml", ROLE.replace("summary:", "sumary:"))
    write(tmp_path, "b.yaml", ROLE.replace("id: vpe", "id: dpo").replace("acronym: VPE", "acronym: DPO"))
    result = run("validate", str(tmp_path), "--format", "json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert {k: report[k] for k in ("ok", "files", "roles", "structures", "errors", "warnings")} == {
        "ok": False,
        "files": 2,
        "roles": 1,
        "structures": 0,
        "errors": 1,
        "warnings": 0,
    }
    first = report["problems"][0]
    assert (first["path"], first["line"], first["column"], first["severity"]) == (
        str(tmp_path / "a.yaml"),
        5,
        3,
        "error",
    )
    assert first["message"] == "role: unknown key 'sumary'. Did you mean: summary?"


@pytest.mark.parametrize(
    ("options", "hint"),
    [([], "techexec validate {dir}"), (["--no-bundled"], "techexec validate {dir} --no-bundled")],
)
def test_the_hint_after_a_data_error_repeats_the_options(run, tmp_path, options, hint):
    write(tmp_path, "a.yaml", ROLE.replace("summary:", "sumary:").replace("acronym: VPE", "acronym: [V, P]"))
    result = run("show", "vpe", "--data", str(tmp_path), *options)
    assert result.exit_code == 1
    assert result.stderr.endswith(f"(and 1 more problem; run '{hint.format(dir=tmp_path)}')\n")
    again = run(*hint.format(dir=tmp_path).split()[1:])
    assert again.stdout.endswith("2 errors in 1 file.\n")
