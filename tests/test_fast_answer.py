"""A question asked before is answered from the cache with the very bytes the normal path wrote, and
only when nothing that shapes those bytes has changed: arguments, environment, terminal, data, code."""

from __future__ import annotations

import fcntl
import json
import os
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from probe import PROBE, Ran, plain_env, probe
from techexec.cli import fast_answer

STALE = b"STALE ANSWER\n"


@pytest.fixture
def techexec(tmp_path: Path):
    """Run techexec with a cache folder of this test's own and a fixed, plain environment."""
    cache = tmp_path / "cache"
    note = tmp_path / "note"
    base = plain_env(cache, note)

    def invoke(*args: str, tty: tuple[int, int] | None = None, **env: str | None) -> Ran:
        full = {**base, **env}
        full = {k: v for k, v in full.items() if v is not None}
        if tty is None:
            return probe(args, full, note)
        out, err, code = _in_terminal([sys.executable, "-c", PROBE, *args], full, *tty)
        return Ran(out, err, code, note.read_text())

    invoke.cache = cache  # type: ignore[attr-defined]
    return invoke


def _in_terminal(command: list[str], env: dict[str, str], rows: int, columns: int) -> tuple[bytes, bytes, int]:
    main, screen = os.openpty()
    fcntl.ioctl(screen, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    process = subprocess.Popen(command, stdin=screen, stdout=screen, stderr=subprocess.PIPE, env=env)
    os.close(screen)
    shown = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    err = process.stderr.read() if process.stderr else b""
    code = process.wait()
    os.close(main)
    return shown, err, code


def answers(cache: Path) -> list[Path]:
    return [p for p in cache.glob("a-*") if not p.name.startswith("a-options-")]


def poison(cache: Path) -> None:
    """Replace every kept answer with STALE: a run that prints STALE was served from the cache."""
    for path in answers(cache):
        path.write_bytes(STALE)


def test_a_repeated_question_is_the_same_bytes_without_typer(techexec):
    first = techexec("show", "cto")
    again = techexec("show", "cto")
    assert (first.path, again.path) == ("normal", "cached")
    assert again.out == first.out and again.code == 0 and again.err == b""
    assert b"CTO" in again.out


@pytest.mark.parametrize(
    "args",
    [
        *[["show", "cto", "-f", f] for f in ("text", "markdown", "json", "yaml")],
        *[["compare", "cio", "cto", "-f", f] for f in ("text", "markdown", "json", "yaml")],
        *[["list", "-f", f] for f in ("text", "markdown", "json", "yaml")],
        *[["org-tree", "-f", f] for f in ("text", "json", "yaml", "mermaid", "dot")],
        *[["search", "security", "-f", f] for f in ("text", "json", "yaml")],
        ["show", "cto", "--sources"],
        ["org-tree", "--structure", "cto-under-cio", "--highlight", "cto"],
    ],
    ids=" ".join,
)
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_command_and_format_is_served_byte_for_byte(techexec, args, lang):
    normal = techexec(*args, "--lang", lang, TECHEXEC_NO_CACHE="1")
    first = techexec(*args, "--lang", lang)
    again = techexec(*args, "--lang", lang)
    assert normal.code == 0 and normal.out
    assert again.path == "cached"
    assert again.out == first.out == normal.out


def test_colour_on_a_terminal_is_served_as_written(techexec):
    env = {"NO_COLOR": None, "TERM": "xterm-256color", "TECHEXEC_PAGER": "cat"}
    first = techexec("show", "cto", tty=(300, 100), **env)
    again = techexec("show", "cto", tty=(300, 100), **env)
    assert b"\x1b[" in first.out
    assert again.path == "cached" and again.out == first.out


CHANGES = {
    "another role": (["show", "cio"], {}),
    "another option": (["show", "cto", "--sources"], {}),
    "--lang": (["show", "cto", "--lang", "nl"], {}),
    "TECHEXEC_LANG": (["show", "cto"], {"TECHEXEC_LANG": "nl"}),
    "LANG": (["show", "cto"], {"LANG": "nl_NL.UTF-8"}),
    "LANGUAGE": (["show", "cto"], {"LANGUAGE": "nl"}),
    "LC_ALL": (["show", "cto"], {"LC_ALL": "C.UTF-8"}),
    "NO_COLOR": (["show", "cto"], {"NO_COLOR": None}),
    "FORCE_COLOR": (["show", "cto"], {"FORCE_COLOR": "1"}),
    "TERM": (["show", "cto"], {"TERM": "dumb"}),
    "COLORTERM": (["show", "cto"], {"COLORTERM": "truecolor"}),
    "COLUMNS": (["show", "cto"], {"COLUMNS": "61"}),
    "LINES": (["show", "cto"], {"LINES": "12"}),
    "PAGER": (["show", "cto"], {"PAGER": "more"}),
    "TECHEXEC_PAGER": (["show", "cto"], {"TECHEXEC_PAGER": "cat"}),
    "PYTHONIOENCODING": (["show", "cto"], {"PYTHONIOENCODING": "utf-8:replace"}),
    "TTY_COMPATIBLE": (["show", "cto"], {"TTY_COMPATIBLE": "1"}),
    "XDG_CACHE_HOME": (["show", "cto"], {"XDG_CACHE_HOME": "/nowhere"}),
}


@pytest.mark.parametrize("change", CHANGES, ids=str)
def test_every_input_of_the_key_changes_the_answer_served(techexec, change):
    techexec("show", "cto")
    poison(techexec.cache)
    assert techexec("show", "cto").out == STALE  # unchanged: served from the cache
    args, env = CHANGES[change]
    changed = techexec(*args, **env)
    assert changed.out != STALE and changed.path == "normal"


def test_a_terminal_and_its_size_are_part_of_the_key(techexec):
    env = {"TECHEXEC_PAGER": "cat", "COLUMNS": None}
    techexec("show", "cto", tty=(200, 90), **env)
    poison(techexec.cache)
    assert techexec("show", "cto", tty=(200, 90), **env).out.replace(b"\r\n", b"\n") == STALE
    for size in ((200, 91), (201, 90)):
        assert techexec("show", "cto", tty=size, **env).path == "normal"
    piped = techexec("show", "cto", **env)
    assert piped.out != STALE and piped.path == "normal"


ROLE = "role:\n  id: vpe\n  acronym: VPE\n  title: {en: VP of Engineering}\n  summary: {en: %s, source: general}\n"


def test_editing_a_data_file_is_seen_at_once(techexec, tmp_path):
    data = tmp_path / "org"
    data.mkdir()
    (data / "vpe.yaml").write_text(ROLE % "Runs engineering.", encoding="utf-8")
    assert b"Runs engineering." in techexec("show", "vpe", "--data", str(data)).out
    assert techexec("show", "vpe", "--data", str(data)).path == "cached"
    (data / "vpe.yaml").write_text(ROLE % "Runs hiring.", encoding="utf-8")  # same size, same second
    edited = techexec("show", "vpe", "--data", str(data))
    assert b"Runs hiring." in edited.out and edited.path == "normal"
    (data / "more.yaml").write_text("# nothing yet\n", encoding="utf-8")
    assert techexec("show", "vpe", "--data", str(data)).path == "normal"  # a new file counts too


def test_data_named_in_the_environment_is_part_of_the_key(techexec, tmp_path):
    data = tmp_path / "org"
    data.mkdir()
    (data / "vpe.yaml").write_text(ROLE % "Runs engineering.", encoding="utf-8")
    techexec("list", TECHEXEC_DATA=str(data))
    (data / "vpe.yaml").write_text(ROLE % "Runs platform.", encoding="utf-8")
    assert b"Runs platform." in techexec("list", TECHEXEC_DATA=str(data)).out


@pytest.mark.parametrize("args", [["show", "nobody"], ["search", "xyzzyq"], ["show", "cto", "--lang", "xx"]])
def test_errors_are_never_kept(techexec, args):
    first = techexec(*args)
    assert first.code != 0
    assert not answers(techexec.cache)
    again = techexec(*args)
    assert (again.path, again.code, again.err) == ("normal", first.code, first.err)


def test_exports_always_run_the_command(techexec, tmp_path):
    page = tmp_path / "cto.html"
    techexec("show", "cto", "--export-html", str(page))
    page.unlink()
    again = techexec("show", "cto", "--export-html", str(page))
    assert again.path == "normal" and page.exists()


def test_what_went_to_a_pager_is_not_kept(techexec, tmp_path):
    paged = tmp_path / "paged.txt"
    env = {"TECHEXEC_PAGER": f"cat > '{paged}'", "COLUMNS": None}
    techexec("show", "cto", tty=(10, 80), **env)
    assert b"CTO" in paged.read_bytes()
    paged.unlink()
    assert techexec("show", "cto", tty=(10, 80), **env).path == "normal"
    assert b"CTO" in paged.read_bytes()  # paged again, the same way


def test_no_cache_turns_it_off(techexec):
    techexec("show", "cto", TECHEXEC_NO_CACHE="1")
    techexec("show", "cto", TECHEXEC_NO_CACHE="1")
    assert techexec("show", "cto", TECHEXEC_NO_CACHE="1").path == "normal"
    assert not techexec.cache.exists()


def test_an_unknown_option_or_a_cluster_runs_the_command(techexec):
    techexec("show", "cto", "-s")
    assert techexec("show", "cto", "-s").path == "cached"
    assert techexec("show", "cto", "-sf", "json").path == "normal"
    assert techexec("show", "--help").path == "normal"


def test_an_answer_in_a_folder_others_can_write_is_not_served(techexec):
    techexec("show", "cto")
    poison(techexec.cache)
    techexec.cache.chmod(0o777)
    assert techexec("show", "cto").out != STALE
    techexec.cache.chmod(0o700)
    for path in answers(techexec.cache):
        path.chmod(0o666)
    assert techexec("show", "cto").out != STALE


def test_new_code_or_libraries_are_never_served_old_answers(techexec, monkeypatch):
    techexec("show", "cto")
    poison(techexec.cache)
    env = {**os.environ, "TECHEXEC_CACHE_DIR": str(techexec.cache)}
    assert fast_answer.look_up(["show", "cto"], env)[1] is not None
    monkeypatch.setattr(fast_answer.fingerprint, "code_key", lambda: "another version")
    assert fast_answer.look_up(["show", "cto"], env) == (None, None, "")
    monkeypatch.undo()
    table = next(techexec.cache.glob("a-options-*"))
    text = table.read_text()
    table.write_text(text.replace("\nlibrary\t", "\nlibrary\t/nowhere", 1))
    assert fast_answer.look_up(["show", "cto"], env) == (None, None, "")


def test_every_environment_variable_techexec_typer_or_rich_reads_is_in_the_key():
    """A name read from the environment anywhere in techexec, Typer or Rich must be part of the answer's key."""
    import re

    import rich
    import typer

    names: set[str] = set()
    for path in Path(fast_answer.__file__).parents[1].rglob("*.py"):  # techexec: every name near environ
        text = path.read_text(encoding="utf-8")
        if "environ" in text or "getenv" in text:
            names |= set(re.findall(r'"([A-Z][A-Z0-9_]{2,})"', text))
    for package in (rich, typer):  # the libraries: names passed to a getter
        for path in Path(package.__file__).parent.rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            names |= set(re.findall(r'(?:environ\.get|getenv|environ)[(\[]"([A-Z_][A-Z0-9_]+)"', text))
    assert "NO_COLOR" in names and "COLUMNS" in names  # the scan finds what it should
    not_names = {"FRX", "FOLDER", "COMP_WORDS", "COMP_CWORD"}  # a value, a metavar, completion's own
    not_keyed = {n for n in names if not fast_answer.covers(n) and not n.startswith("O_")} - not_names  # O_: flags
    assert not not_keyed, json.dumps(sorted(not_keyed))


def tab(words: str) -> dict[str, str]:
    return {"_TECHEXEC_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - 1)}


def test_tab_is_answered_as_before_without_reading_the_names_index(techexec, tmp_path):
    first = techexec(**tab("techexec show c"))
    again = techexec(**tab("techexec show c"))
    assert b"cto\n" in first.out and first.path == "completed"
    assert again.out == first.out and again.path == "cached"
    assert techexec(**tab("techexec show ci")).path == "completed"  # other words: another answer


def test_tab_sees_new_data_at_once_and_data_typed_on_the_line_is_never_kept(techexec, tmp_path):
    data = tmp_path / "org"
    data.mkdir()
    (data / "vpe.yaml").write_text(ROLE % "Runs engineering.", encoding="utf-8")
    assert b"vpe" in techexec(**tab("techexec show v"), TECHEXEC_DATA=str(data)).out
    (data / "cpe.yaml").write_text((ROLE % "Runs products.").replace("vpe", "vpx"), encoding="utf-8")
    assert b"vpx" in techexec(**tab("techexec show v"), TECHEXEC_DATA=str(data)).out
    line = f"techexec show --data {data} v"
    techexec(**tab(line))
    assert techexec(**tab(line)).path == "completed"
