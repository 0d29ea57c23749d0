"""The few completion requests worth answering without Typer: a name after `show`, `compare`,
`--highlight`, `--variant` or `--lang`. Everything else returns None and goes to Typer.

The values come from techexec.cli.completion, the same functions Typer's completion calls, and
tests/test_completion.py checks both paths give the same answer for every case handled here.
"""

from __future__ import annotations

VALUE_OPTIONS = {"--lang", "-l", "--format", "-f", "--data", "-d", "--variant", "-v", "--highlight", "--limit", "-n"}
ROLE_ARGUMENTS = {"show": 1, "compare": None}  # how many role arguments a command takes (None: any number)


def complete_bash(comp_words: str, comp_cword: str) -> list[str] | None:
    """Completion values, or None when this request is not one of the simple cases."""
    if any(ch in comp_words for ch in "'\"\\"):
        return None  # quoting: leave the shell-like splitting to Typer
    words = comp_words.split()
    try:
        cword = int(comp_cword)
    except ValueError:
        return None
    if comp_words.endswith(" ") and cword == len(words):
        words.append("")
    if not 1 < cword < len(words) + 1 or cword != len(words) - 1:
        return None
    command, args, incomplete = words[1], words[2:cword], words[cword]
    if incomplete.startswith("-") or command.startswith("-"):
        return None
    kind = _what(command, args)
    if kind is None:
        return None
    from techexec.cli import completion

    if kind == "lang":
        return completion.languages(incomplete)
    chosen = completion.variants(incomplete) if kind == "variant" else completion.roles(incomplete)
    return [value for value, _ in chosen]


def _what(command: str, args: list[str]) -> str | None:
    """'role', 'variant' or 'lang' when the word being typed is one of those, else None."""
    previous = args[-1] if args else None
    if previous in ("--lang", "-l") and command in ("show", "compare", "org-tree", "list", "search"):
        return "lang"
    if command == "org-tree" and previous in ("--variant", "-v"):
        return "variant"
    if command == "org-tree" and previous == "--highlight":
        return "role"
    if command not in ROLE_ARGUMENTS or previous in VALUE_OPTIONS:
        return None
    if any(arg.startswith("-") and "=" in arg for arg in args):
        return None
    positional = _positional(args)
    if positional is None:
        return None
    limit = ROLE_ARGUMENTS[command]
    return "role" if limit is None or positional < limit else None


def _positional(args: list[str]) -> int | None:
    """How many positional arguments come before the word being typed (None if unsure)."""
    count, skip = 0, False
    for arg in args:
        if skip:
            skip = False
        elif arg in VALUE_OPTIONS:
            skip = True
        elif arg.startswith("-"):
            if arg not in ("--sources", "-s", "--no-bundled"):
                return None
        else:
            count += 1
    return count
