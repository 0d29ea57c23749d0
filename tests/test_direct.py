"""A new question with a plain command line runs without Typer (cli/direct.py), and says exactly what the
Typer path says: the same stdout bytes, the same stderr, the same exit code. Any command line it cannot be
sure of goes to Typer."""

from __future__ import annotations

import subprocess
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import pytest
import typer

from probe import Ran, plain_env, probe
from techexec.cli.direct import keywords
from techexec.cli.option_table import made, read


class Kind(StrEnum):
    a = "a"
    b = "b"


ROLE = "role:\n  id: vpe\n  acronym: VPE\n  title: {en: VP of Engineering}\n  summary: {en: Runs engineering., source: general}\n"


@pytest.fixture
def techexec(tmp_path: Path):
    """Run techexec with a cache of its own; `forget`: which kept files to delete first ('answers', 'all', 'none')."""
    cache = tmp_path / "cache"
    note = tmp_path / "note"
    base = plain_env(cache, note)

    def invoke(*args: str, forget: str = "answers", **env: str) -> Ran:
        for kept in cache.glob("a-*") if cache.is_dir() and forget != "none" else []:
            if forget == "all" or not kept.name.startswith("a-options-"):
                kept.unlink()
        return probe(args, {**base, **env}, note)

    return invoke


CLEAN = {"show": ("show", "cto"), "compare": ("compare", "cio", "cto"), "org-tree": ("org-tree",), "list": ("list",)}


def both_ways(techexec, *args: str, **env: str) -> tuple[Ran, Ran]:
    """The answer through Typer (no option table kept yet), then asked anew once a clean answer of the same
    command has stored its option table (only a clean answer is kept, and its table with it)."""
    typer = techexec(*args, forget="all", **env)
    techexec(*CLEAN.get(args[0], ("search", "security")))
    return typer, techexec(*args, **env)


PLAIN = [
    ("show", "cto"),
    ("show", "cto", "--lang", "nl"),
    ("show", "--lang=nl", "cto", "-s", "-b"),
    ("show", "chief", "technology", "officer", "-l", "nl"),
    ("show", "cto", "-f", "markdown"),
    ("show", "cto", "--format=plain", "--sources"),
    ("show", "cto", "-f", "html"),
    ("show", "cto", "-f", "json", "--lang", "nl"),
    ("show", "cto", "-f", "yaml"),
    ("show", "cto", "--no-pager"),
    ("show",),  # no role: the command's own error
    ("show", "cfo"),  # unknown role: one line, exit 2
    ("show", "cto", "--lang", "fr"),  # unknown language
    ("show", "cto", "-f", "html", "--lang", "xx"),
    ("compare", "cio", "cto"),
    ("compare", "cio", "vs", "cto", "-f", "markdown", "--lang", "nl", "-s"),
    ("compare", "cio"),  # one role
    ("org-tree",),
    ("org-tree", "--structure", "cto-under-cio", "--highlight", "cto", "--highlight", "cio"),
    ("org-tree", "--highlight", "cto,cio", "-f", "mermaid"),
    ("org-tree", "-f", "dot", "--no-legend"),
    ("org-tree", "--list", "--lang", "nl"),
    ("org-tree", "--structure", "nowhere"),
    ("list",),
    ("list", "--isco", "1330", "-f", "plain"),
    ("list", "--isco", "9999"),  # nothing: exit 1
    ("search", "who", "owns", "security"),
    ("search", "beveiliging", "--lang", "nl", "-f", "json"),
    ("search", "zzzzqqq"),  # nothing: exit 1
]


@pytest.mark.parametrize("args", PLAIN, ids=" ".join)
def test_a_plain_command_line_runs_without_typer_and_says_the_same(techexec, args):
    typer, direct = both_ways(techexec, *args)
    assert (typer.way, direct.way) == ("typer", "direct")
    assert direct.said() == typer.said()
    assert direct.out or direct.err  # never silent


def test_your_own_data_runs_without_typer_too(techexec, tmp_path):
    org = tmp_path / "org"
    org.mkdir()
    (org / "vpe.yaml").write_text(ROLE, encoding="utf-8")
    for args in (("show", "vpe", "--data", str(org)), ("list", "-d", str(org), "--no-bundled")):
        typer, direct = both_ways(techexec, *args)
        assert (typer.way, direct.way) == ("typer", "direct")
        assert direct.said() == typer.said() and b"VP of Engineering" in direct.out


UNSURE = [
    ("show", "cto", "--help"),
    ("show", "cto", "-sb"),  # short flags run together
    ("show", "--", "cto"),
    ("show", "cto", "--lang", "nl", "--lang", "en"),  # twice: Click keeps the last
    ("show", "cto", "-f", "JSON"),  # not exactly a choice
    ("show", "cto", "--lang", "-s"),  # Click takes '-s' as the language
    ("show", "cto", "-l=nl"),
    ("show", "cto", "--sources=yes"),
    ("show", "cto", "--bogus"),
    ("show", "cto", "--data", ""),
    ("search", "-n", "2", "security"),  # a number: Typer checks its range
    ("search",),  # a missing argument
    ("org-tree", "--scale", "2", "-f", "dot"),
    ("org-tree", "extra"),  # org-tree takes no argument
    ("list", "-d", "~no-such-user-here/org"),  # a ~ that names no home folder: Typer words it
]


@pytest.mark.parametrize("args", UNSURE, ids=" ".join)
def test_a_command_line_it_cannot_be_sure_of_goes_to_typer(techexec, args):
    typer, again = both_ways(techexec, *args)
    assert again.way in ("typer", "cached")  # a clean answer may be kept; never read without Typer
    assert again.said() == typer.said()


def test_a_file_option_always_runs_through_typer(techexec, tmp_path):
    techexec("show", "cto", forget="all")  # keeps the option table
    saved = techexec("show", "cto", "-o", str(tmp_path / "cto.md"))
    assert saved.way == "typer" and saved.code == 0 and (tmp_path / "cto.md").read_text(encoding="utf-8")


def test_an_answer_worked_out_without_typer_is_kept_and_served(techexec):
    techexec("show", "cto", forget="all")
    direct = techexec("show", "cto", "--lang", "nl")
    served = techexec("show", "cto", "--lang", "nl", forget="none")
    assert (direct.way, served.way) == ("direct", "cached")
    assert served.said() == direct.said()


def test_no_cache_means_typer_every_time(techexec):
    techexec("show", "cto", forget="all")
    assert techexec("show", "cto", "--lang", "nl", TECHEXEC_NO_CACHE="1").way == "typer"


def test_a_stored_table_from_other_code_is_not_used(techexec, tmp_path):
    """The table is stored under the code's key: a table kept by other code (or a forged one) is never read."""
    techexec("show", "cto", forget="all")
    (table,) = (tmp_path / "cache").glob("a-options-*-show")
    table.rename(table.with_name("a-options-" + "0" * 64 + "-show"))
    assert techexec("show", "cto", "--lang", "nl").way == "typer"


def test_the_table_reads_words_as_click_does():
    table = "".join(
        line + "\n"
        for line in (
            "argument\troles\t-1\t0\ttext",
            "option\t--lang\tlang\ttext\t",
            "option\t-l\tlang\ttext\t",
            "option\t--sources\tsources\tflag\t1",
            "option\t--format\tfmt\tchoice\ttext|json",
            "option\t--highlight\thighlight\ttexts\t",
            "option\t--data\tdata\tpaths\t",
        )
    )
    options, arguments, _, typer_only = read(table)
    assert not typer_only

    def read_words(*words: str) -> object:
        return keywords(list(words), options, arguments)

    assert read_words("cio", "--lang", "nl", "cto") == {"roles": ["cio", "cto"], "lang": "nl"}
    assert read_words("--highlight", "a", "--highlight=b", "--sources") == {"highlight": ["a", "b"], "sources": True}
    assert read_words("--data", "~/org") == {"data": [Path("~/org").expanduser()]}
    assert read_words("-", "--format", "json") == {"roles": ["-"], "fmt": "json"}  # '-' is an argument to Click
    assert read_words() == {}
    for unsure in (["--lang"], ["--format", "xml"], ["--sources=1"], ["-l=nl"], ["--lang", "a", "--lang", "b"]):
        assert read_words(*unsure) is None


def test_a_parameter_click_reads_from_elsewhere_keeps_the_command_on_typer():
    """An option Click also reads from the environment (or acts on) is more than its words: Typer runs it."""

    def with_env(lang: Annotated[str, typer.Option("--lang", envvar="SOME_LANG")] = "en") -> None: ...

    def plain(lang: Annotated[str, typer.Option("--lang")] = "en") -> None: ...

    for function, only in ((with_env, True), (plain, False)):
        app = typer.Typer()
        app.command()(function)
        app.command("other")(plain)
        command = typer.main.get_command(app).commands[function.__name__.replace("_", "-")]  # type: ignore[attr-defined]
        assert read(made(command))[3] is only


def test_no_command_module_imports_typer():
    """What lets a command run before Typer loads: its module declares options as plain records."""
    probe = (
        "import sys\nfrom techexec.cli import commands\nimport importlib\n"
        "for name in commands.names(): importlib.import_module('techexec.cli.commands.' + name.replace('-', '_'))\n"
        "print('typer' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_a_table_edited_by_hand_cannot_make_help_run_the_command_or_pass_unknown_parameters(techexec, tmp_path):
    techexec("show", "cto", forget="all")
    (table,) = (tmp_path / "cache").glob("a-options-*-show")
    kept = table.read_text(encoding="utf-8")
    table.write_text(kept + "option\t--help\tsources\tflag\t1\noption\t--zz\tzz\tflag\t1\n", encoding="utf-8")
    helped = techexec("show", "cto", "--help")
    assert helped.way == "typer" and b"Usage: techexec show" in helped.out
    odd = techexec("show", "cto", "--zz")
    assert odd.way == "typer" and odd.code == 2 and b"No such option" in odd.err


def test_only_words_typer_would_pass_as_they_are_are_read_before_it():
    """A number, a repeatable choice or an argument of another type: Typer converts it, so it reads it."""

    def odd(
        count: Annotated[list[int], typer.Argument()],
        kinds: Annotated[list[Kind] | None, typer.Option("--kind")] = None,
        limit: Annotated[int, typer.Option("--limit")] = 1,
    ) -> None: ...

    app = typer.Typer()
    app.command()(odd)
    app.command("other")(odd)
    options, arguments, _, _ = read(made(typer.main.get_command(app).commands["odd"]))  # type: ignore[attr-defined]
    assert {word: kind for word, (_, kind, _) in options.items()} == {
        "--kind": "value",
        "--limit": "value",
    }
    assert keywords(["1"], options, arguments) is None
    assert keywords(["1", "--limit", "2"], options, arguments) is None
