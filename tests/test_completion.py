"""Shell completion, exercised through real shells: bash with the script Typer generates, zsh and fish as installed."""

from __future__ import annotations

import functools
import io
import os
import shutil
import subprocess
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path

import pytest

import tools
from techexec.cli import entry
from techexec.cli.formats import COMMAND_FORMATS
from techexec.cli.shell_scripts import SCRIPTS
from tools import require

EXE = Path(sys.executable).with_name("techexec")


@pytest.fixture(autouse=True)
def _bash_and_techexec() -> None:
    """Real shells and the installed program: skipped locally without them, a failure in CI."""
    tools.require("bash", shutil.which("bash"))
    tools.require("the installed techexec program", str(EXE) if EXE.exists() else None)


OUR_ORG = """role:
  id: vpe
  acronym: VPE
  title: {en: VP of Engineering}
  aliases: [engineering-head]
  summary: {en: Runs engineering., source: general}
"""


@pytest.fixture(scope="module")
def our_org(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("our-org")
    (folder / "vpe.yaml").write_text(OUR_ORG)
    return folder


def shell_env(home: Path | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("TECHEXEC_DATA", "TECHEXEC_LANG")}
    env["PATH"] = f"{EXE.parent}{os.pathsep}{env.get('PATH', '')}"
    if home is not None:
        env["HOME"] = str(home)
    return env


@functools.cache
def bash_script() -> str:
    """The completion script the program gives bash, made once: each Tab below then starts the program once."""
    env = {**shell_env(), "_TECHEXEC_COMPLETE": "source_bash"}
    return subprocess.run([str(EXE)], capture_output=True, text=True, env=env, check=True).stdout


def complete(line: str) -> list[str]:
    """What bash offers after typing `line` and pressing Tab."""
    words = line.split(" ")
    script = f"""
        {bash_script()}
        COMP_WORDS=({" ".join(repr(w) for w in words)})
        COMP_CWORD={len(words) - 1}
        _techexec_completion {EXE}
        printf '%s\\n' "${{COMPREPLY[@]}}"
    """
    result = subprocess.run(
        ["bash", "--norc", "-c", script], capture_output=True, text=True, env=shell_env(), check=True
    )
    return [line for line in result.stdout.splitlines() if line]


def test_commands():
    assert complete("techexec s") == ["show", "search"]


def test_role_ids_and_one_word_aliases():
    article, related = (
        ["cdo", "ceo", "cio", "ciso", "cso", "cto"],
        ["chief-data-officer", "cpo", "chief-strategy-officer"],
    )
    assert complete("techexec show c") == [*article, *related]  # the article's roles first
    assert complete("techexec show info") == ["informatiedirecteur"]
    assert complete("techexec show technisch") == []  # 'technisch directeur' has a space: not offered


def test_roles_for_compare_and_highlight():
    assert complete("techexec compare cio ct") == ["cto"]
    assert complete("techexec org-tree --highlight ci") == ["cio", "ciso"]


def test_structures_and_languages():
    assert complete("techexec org-tree --structure ") == ["ceo-both", "cto-under-cio", "merged"]
    assert complete("techexec list --lang ") == ["en", "nl"]


def test_formats_are_each_commands_own():
    assert complete("techexec show --format ") == list(COMMAND_FORMATS["show"])
    assert complete("techexec org-tree -f m") == ["markdown", "mermaid"]
    assert complete("techexec compare -f p") == ["plain", "pptx"]
    assert "docx" not in complete("techexec validate --format ")


def test_options():
    assert "--sources" in complete("techexec show cto --")


def test_data_typed_before_the_tab_is_honoured(our_org):
    assert complete(f"techexec show --data {our_org} v") == ["vpe"]
    assert complete(f"techexec show --data {our_org} eng") == ["engineering-head"]
    assert complete(f"techexec org-tree --data {our_org} --highlight v") == ["vpe"]
    assert complete(f"techexec show --data {our_org} --no-bundled c") == []  # only vpe is left
    assert complete(f"techexec show --data {our_org}/missing c") == []  # a wrong folder completes nothing


def test_ambiguous_names_and_roles_already_given_are_not_offered():
    assert "IT director" not in complete("techexec show IT")  # an alias of cio and of cto: it would fail as ambiguous
    assert "cio" not in complete("techexec compare cio c")
    offered = complete("techexec compare cio cto c")
    assert {"cdo", "ceo", "ciso", "cso"} <= set(offered) and not {"cio", "cto"} & set(offered)
    assert "informatiedirecteur" not in complete("techexec compare cio i")  # an alias of cio


CASES = [
    "techexec show ",
    "techexec show c",
    "techexec show C",
    "techexec show it-",
    "techexec compare cio c",
    "techexec compare --sources cio ",
    "techexec show --lang nl c",
    "techexec org-tree --structure ",
    "techexec org-tree --structure m",
    "techexec org-tree -v c",
    "techexec org-tree --highlight ci",
    "techexec list --lang ",
    "techexec search --lang n",
    "techexec show cto c",
    "techexec show --format ",
    "techexec org-tree -f p",
    "techexec search --format ",
    "techexec validate -f j",
    "techexec show --data ",
    "techexec s",
    "techexec compare cio 'ct",
    "techexec show --data {org} v",
    "techexec show --data {org} --no-bundled ",
    "techexec show -d {org} e",
    "techexec org-tree --data {org} --highlight v",
    "techexec compare cio cto ",
    "techexec compare cio I",
    "techexec show IT",
]


def raw(line: str, slow: bool, shell: str = "bash", action: str = "get-args") -> tuple[str, int]:
    """The completion program's own output and exit code, through the fast path or forced through Typer.

    In-process (the program's own entry point, with the environment a shell gives it): this compares
    two code paths, and starting the program twice per case made this file a third of the suite's time.
    The shells above run the installed program itself.
    """
    env = {"_TECHEXEC_COMPLETE": f"complete_{shell}", "TECHEXEC_SLOW_COMPLETION": "1" if slow else None}
    if shell == "bash":
        env.update(COMP_WORDS=line, COMP_CWORD=str(len(line.split(" ")) - 1))
    else:
        env.update(_TYPER_COMPLETE_ARGS=line, _TYPER_COMPLETE_FISH_ACTION=action)
    with pytest.MonkeyPatch.context() as patch:
        for name, value in {**env, "TECHEXEC_DATA": None, "TECHEXEC_LANG": None}.items():
            if value is None:
                patch.delenv(name, raising=False)
            else:
                patch.setenv(name, value)
        patch.setattr(sys, "argv", [str(EXE)])
        patch.setitem(sys.modules, "__main__", types.ModuleType("__main__"))  # so Click names the program 'techexec'
        out = io.StringIO()
        patch.setattr(sys, "stdout", out)
        try:
            entry.main()
            code = 0
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else 1
    return out.getvalue(), code


# Option names come from Typer on both paths, in an order that varies between runs; not compared.
OTHER_SHELLS = [
    "techexec show c",
    "techexec compare cio ",
    "techexec org-tree --structure m",
    "techexec list --lang ",
    "techexec show --data {org} v",
    "techexec show IT",
    "techexec show cto c",
]


@pytest.mark.parametrize(
    ("line", "shell"),
    [(line, "bash") for line in CASES] + [(line, shell) for shell in ("zsh", "fish") for line in OTHER_SHELLS],
)
def test_fast_path_answers_exactly_like_typer(line, shell, our_org):
    line = line.format(org=our_org)
    assert raw(line, slow=False, shell=shell) == raw(line, slow=True, shell=shell)
    if shell == "fish":  # fish first asks whether there is anything to offer
        assert raw(line, False, shell, "is-args") == raw(line, True, shell, "is-args")


def install(shell: str, home: Path) -> str:
    result = subprocess.run(
        [str(EXE), "--install-completion", shell], capture_output=True, text=True, env=shell_env(home), check=True
    )
    return result.stdout


def test_install_completion_installs_the_shell_named(tmp_path):
    assert install("zsh", tmp_path).startswith(f"zsh completion installed in {tmp_path}/.zfunc/_techexec")
    assert install("fish", tmp_path).startswith(f"fish completion installed in {tmp_path}/.config/fish/completions/")
    assert install("bash", tmp_path).startswith(f"bash completion installed in {tmp_path}/.bash_completions/")
    assert "complete_zsh" in (tmp_path / ".zfunc/_techexec").read_text()
    assert "fpath+=~/.zfunc" in (tmp_path / ".zshrc").read_text()


def test_the_scripts_are_typers_own():
    """The protocol both completion paths answer: the scripts must stay the pinned Typer's, word for word."""
    from typer._completion_shared import get_completion_script

    for shell, script in SCRIPTS.items():
        assert script == get_completion_script(prog_name="techexec", complete_var="_TECHEXEC_COMPLETE", shell=shell)
    assert subprocess.run([str(EXE), "--show-completion", "fish"], capture_output=True, text=True).stdout == (
        SCRIPTS["fish"] + "\n"
    )


def test_installing_twice_adds_its_line_once_and_keeps_the_start_up_files_permissions(tmp_path):
    rc = tmp_path / ".bashrc"
    rc.write_text("alias ll='ls -l'")  # no newline at the end
    rc.chmod(0o600)
    install("bash", tmp_path)
    install("bash", tmp_path)
    lines = rc.read_text().splitlines()
    assert lines[0] == "alias ll='ls -l'" and lines.count(f"source '{tmp_path}/.bash_completions/techexec.sh'") == 1
    assert rc.stat().st_mode & 0o777 == 0o600
    (tmp_path / ".zshrc").write_text("zstyle ':completion:*' list-colors ''\n")
    install("zsh", tmp_path)
    install("zsh", tmp_path)
    zshrc = (tmp_path / ".zshrc").read_text()
    assert zshrc.count("fpath+=~/.zfunc") == 1 and zshrc.count("zstyle") == 1  # the user's own style kept alone


def test_a_start_up_file_that_is_a_link_is_left_alone_and_the_line_to_add_is_said(tmp_path):
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    (dotfiles / "bashrc").write_text("export EDITOR=vi\n")
    (tmp_path / ".bashrc").symlink_to(dotfiles / "bashrc")
    done = subprocess.run(
        [str(EXE), "--install-completion", "bash"], capture_output=True, text=True, env=shell_env(tmp_path)
    )
    assert done.returncode == 1 and done.stdout == ""
    assert len(done.stderr.splitlines()) == 1 and "symbolic link" in done.stderr
    assert f"source '{tmp_path}/.bash_completions/techexec.sh'" in done.stderr
    assert (dotfiles / "bashrc").read_text() == "export EDITOR=vi\n"
    assert not (tmp_path / ".bash_completions").exists()


def test_fish_as_installed(tmp_path, our_org):
    fish = require("fish", shutil.which("fish"))
    install("fish", tmp_path)

    def offered(line: str) -> list[str]:
        result = subprocess.run(
            [fish, "-c", f"complete -C '{line}'"], capture_output=True, text=True, env=shell_env(tmp_path), check=True
        )
        return [row.split("\t")[0] for row in result.stdout.splitlines()]

    assert {"cdo", "ceo", "cio", "ciso", "cso", "cto"} <= set(offered("techexec show c"))
    assert offered(f"techexec show --data {our_org} v") == ["vpe"]
    assert "cto" in offered("techexec compare cio c") and "cio" not in offered("techexec compare cio c")


def test_zsh_as_installed(tmp_path, our_org):
    """A real interactive zsh (in tmux) with the script installed: Tab twice lists, Tab on one match fills in."""
    zsh = require("zsh", shutil.which("zsh"))
    tmux = require("tmux", shutil.which("tmux"))
    install("zsh", tmp_path)
    env = shell_env(tmp_path)
    server = [tmux, "-S", str(tmp_path / "tmux.sock")]
    shell = f"env PS1='%% ' {zsh} -i"
    subprocess.run([*server, "new-session", "-d", "-x", "150", "-y", "40", shell], env=env, check=True)
    try:
        screen = _type(server, "techexec compare cio c", "Tab", "Tab", until=lambda screen: " -- " in screen)
        menu = [row.split()[0] for row in screen.splitlines() if " -- " in row]
        assert {"cdo", "ceo", "ciso", "cso", "cto"} <= set(menu) and "cio" not in menu
        line = f"techexec show --data {our_org} v"
        screen = _type(server, "C-c " + line, "Tab", until=lambda screen: line + "pe" in screen)
        assert line + "pe" in screen
    finally:
        subprocess.run([*server, "kill-server"], check=False)


def _type(server: list[str], text: str, *keys: str, until: Callable[[str], bool]) -> str:
    """Type into the tmux pane, press `keys`, and return the screen once `until` holds (or after 30 s)."""
    if text.startswith("C-c "):
        subprocess.run([*server, "send-keys", "C-c"], check=True)
        text = text[4:]
    _screen(server, lambda screen: screen.rstrip().endswith("%"))  # the prompt: zsh is ready
    subprocess.run([*server, "send-keys", "-l", text], check=True)
    for key in keys:
        time.sleep(0.5)  # let zsh finish the previous key before the next one
        subprocess.run([*server, "send-keys", key], check=True)
    return _screen(server, until)


def _screen(server: list[str], until: Callable[[str], bool]) -> str:
    deadline = time.monotonic() + 30
    while True:
        screen = subprocess.run([*server, "capture-pane", "-p"], capture_output=True, text=True, check=True).stdout
        if until(screen) or time.monotonic() > deadline:
            return screen
        time.sleep(0.2)
