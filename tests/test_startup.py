"""What each kind of run imports: Tab and --help stay light, text output imports only its share of Rich."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

PROBE = """
import json, os, sys
sys.argv = ["techexec", *json.loads(os.environ["PROBE_ARGS"])]
from techexec.cli.entry import main
try:
    main()
except SystemExit:
    pass
sys.stderr.write("\\nMODULES " + json.dumps(sorted(sys.modules)))
"""


def modules(*args: str, **env: str) -> set[str]:
    run_env = {**os.environ, "PROBE_ARGS": json.dumps(args), **env}
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=run_env, check=True)
    return set(json.loads(result.stderr.rsplit("MODULES ", 1)[1]))


def test_tab_on_a_role_imports_neither_typer_rich_nor_yaml():
    modules("show", "cto")  # warm the data cache, as any earlier command does
    loaded = modules(_TECHEXEC_COMPLETE="complete_bash", COMP_WORDS="techexec show c", COMP_CWORD="2")
    assert not {"typer", "rich", "yaml"} & loaded


def test_help_imports_no_data_layer():
    loaded = modules("--help")
    assert not {"yaml", "techexec.data.schema", "techexec.data.cache", "techexec.render.terminal"} & loaded


@pytest.mark.parametrize(
    ("args", "absent"),
    [
        (
            ["show", "cto"],
            {"yaml", "rich.table", "rich.tree", "techexec.questions.search", "techexec.questions.compare"}
            | {"docx", "pptx", "lxml"},  # Word and PowerPoint only when asked for
        ),
        (["org-tree"], {"yaml", "rich.table", "techexec.questions.search"}),
        (["show", "cto", "--format", "json"], {"yaml", "rich.console", "techexec.render.terminal"}),
    ],
)
def test_commands_import_only_what_they_draw(args, absent):
    modules(*args)  # warm the cache
    assert not absent & modules(*args)


def test_a_cold_cache_parses_yaml(tmp_path):
    assert "yaml" in modules("list", TECHEXEC_CACHE_DIR=str(tmp_path))


def test_a_repeated_show_imports_neither_typer_click_nor_rich():
    first = modules("show", "cto", COLUMNS="97")  # a width no other test asks for: this run keeps the answer
    assert "rich" in first  # drawn
    loaded = {name.split(".")[0] for name in modules("show", "cto", COLUMNS="97")}
    assert not {"typer", "click", "rich", "yaml"} & loaded
