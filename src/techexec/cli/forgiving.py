"""A command line that forgives: a role typed where a command was expected gets the command it needs."""

from __future__ import annotations

import shlex

from techexec.errors import TechexecError, UsageError


def role_as_command(args: list[str], commands: list[str]) -> UsageError | None:
    """`techexec cso` -> try `techexec show cso`; `techexec cio cto` -> `techexec compare cio cto`.

    None when the first word is a command or an option, or when the words do not all name roles
    (then the usual 'No such command' stands). Loads the data: only ever on the way to an error.
    """
    words = []
    for arg in args:
        if arg.startswith("-"):
            break
        words.append(arg)
    if not words or words[0] in commands:
        return None
    from techexec.cli.inputs import layers
    from techexec.data import load
    from techexec.matching import fold
    from techexec.model import name_index
    from techexec.questions.lookup import group_words

    try:
        roles = load(layers([], False)).roles
    except (TechexecError, OSError):
        return None
    table = name_index(roles)
    names = group_words(table, words)
    if not all(fold(name) in table for name in names):
        return None
    command = "show" if len(names) == 1 else "compare"
    ids = [table[fold(name)][0] if len(table[fold(name)]) == 1 else name for name in names]
    suggestion = " ".join(["techexec", command, *(shlex.quote(i) for i in ids), *args[len(words) :]])
    return UsageError("role_as_command", typed=" ".join(words), count=len(names), suggestion=suggestion)
