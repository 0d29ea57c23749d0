"""The Tab-completion scripts for bash, zsh and fish, and installing one without harm to the user's files.

The scripts speak Typer's completion protocol (_TECHEXEC_COMPLETE=complete_<shell>), which both the
fast path (cli/fast_completion.py) and Typer answer; they are Typer's own (MIT), kept here so that no
private Typer call is needed, and tests/test_completion.py holds them equal to the pinned Typer's.
Installing writes through data/saving.py: each file whole or not at all, a start-up file (~/.bashrc,
~/.zshrc) only when a line is missing, keeping its permissions, and never through a symbolic link.
"""

from __future__ import annotations

from pathlib import Path

from techexec.data.saving import save, shown
from techexec.errors import TechexecError

PROGRAM, FUNCTION, VARIABLE = "techexec", "_techexec_completion", "_TECHEXEC_COMPLETE"
SCRIPTS = {  # bash's IFS=$'...' holds a real newline, as Typer's script does
    "bash": f"""{FUNCTION}() {{
    local IFS=$'\n'
    COMPREPLY=( $( env COMP_WORDS="${{COMP_WORDS[*]}}" \\
                   COMP_CWORD=$COMP_CWORD \\
                   {VARIABLE}=complete_bash $1 ) )
    return 0
}}

complete -o default -F {FUNCTION} {PROGRAM}""",
    "zsh": f"""#compdef {PROGRAM}

{FUNCTION}() {{
  eval $(env _TYPER_COMPLETE_ARGS="${{words[1,$CURRENT]}}" {VARIABLE}=complete_zsh {PROGRAM})
}}

compdef {FUNCTION} {PROGRAM}""",
    "fish": f"""complete --command {PROGRAM} --no-files --arguments "(env {VARIABLE}=complete_fish """
    f"""_TYPER_COMPLETE_FISH_ACTION=get-args _TYPER_COMPLETE_ARGS=(commandline -cp) {PROGRAM})" --condition """
    f""""env {VARIABLE}=complete_fish _TYPER_COMPLETE_FISH_ACTION=is-args _TYPER_COMPLETE_ARGS=(commandline -cp) """
    f"""{PROGRAM}\"""",
}
ZSH_LINES = ("fpath+=~/.zfunc; autoload -Uz compinit; compinit",)  # where zsh finds ~/.zfunc/_techexec
ZSH_STYLE = "zstyle ':completion:*' menu select"  # as Typer adds it, unless the user styles completion already


def install(shell: str, home: Path) -> Path:
    """Install the script for `shell` (bash, zsh or fish) under `home`, as Typer installs it; where it went.

    The start-up file is checked first, so a refusal (a link, not a file) leaves everything as it was.
    """
    if shell == "bash":
        script = home / ".bash_completions" / f"{PROGRAM}.sh"
        lines: tuple[str, ...] = (f"source '{script}'",)
        start_up: Path | None = home / ".bashrc"
    elif shell == "zsh":
        script, lines, start_up = home / ".zfunc" / f"_{PROGRAM}", ZSH_LINES, home / ".zshrc"
    else:
        script, lines, start_up = home / ".config" / "fish" / "completions" / f"{PROGRAM}.fish", (), None
    added = _with_lines(start_up, lines, shell) if start_up is not None else None
    _write(script, SCRIPTS[shell] + ("\n" if shell == "fish" else ""))
    if start_up is not None and added is not None:
        _write(start_up, added)
    return script


def _with_lines(path: Path, lines: tuple[str, ...], shell: str) -> str | None:
    """The start-up file's text with the lines it lacks added at its end; None when it has them all."""
    if path.is_symlink():  # a dotfiles folder's link, most likely: the user adds the line where it lives
        raise TechexecError("start_up_link", path=shown(path), line=lines[0])
    try:
        text = path.read_text(encoding="utf-8", errors="surrogateescape") if path.exists() else ""
    except OSError as exc:  # a folder, unreadable: said as any file that cannot be written
        raise TechexecError("output_failed", path=shown(path), reason=exc.strerror or exc) from None
    missing = [line for line in lines if line not in text]
    if shell == "zsh" and "zstyle" not in text:
        missing.append(ZSH_STYLE)
    if not missing:
        return None
    return text + ("\n" if text and not text.endswith("\n") else "") + "".join(line + "\n" for line in missing)


def _write(path: Path, text: str) -> None:
    """Write `text` whole (its folder made if missing): save() refuses links and keeps permissions."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise TechexecError("output_failed", path=shown(path.parent), reason=exc.strerror or exc) from None
    save(path, text.encode("utf-8", errors="surrogateescape"))
