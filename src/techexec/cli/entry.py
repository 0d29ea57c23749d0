"""The `techexec` program: Tab completion of names, and a question answered before with the same inputs,
are answered before the CLI (Typer, Rich) is imported; a new question of a known command line, before Typer is."""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # typing itself is not imported: 2.6 ms of every answer served from the cache
if TYPE_CHECKING:
    from types import FrameType


def main() -> None:
    """Answer a completion request for a role, structure or language directly, or a repeated question
    from the cache; else run the CLI.

    Ctrl-C at any moment, even while the first modules load, ends with exit code 130 and no traceback.
    """
    try:
        _run()
    except KeyboardInterrupt:
        _interrupted()


def _interrupted() -> None:
    """Exit 130 at once: unwinding further (or flushing a pipe) could be interrupted again."""
    import _signal  # type: ignore[import-not-found]  # the C module: signal.py builds enums on import, 1 ms of every start

    _signal.signal(_signal.SIGINT, _signal.SIG_IGN)
    os._exit(130)


def _interrupt(_signum: int, frame: FrameType | None) -> None:
    """Ctrl-C as a KeyboardInterrupt, so that what runs can stop (a Graphviz child is ended); while a module
    is being imported, an exit at once: Python would print the exception raised in its import locks, not stop."""
    while frame is not None:
        if frame.f_code.co_filename.startswith("<frozen importlib"):
            _interrupted()
        frame = frame.f_back
    raise KeyboardInterrupt


def _run() -> None:
    import _signal  # the C half of signal.py

    _signal.signal(_signal.SIGINT, _interrupt)  # from here on, Ctrl-C is a KeyboardInterrupt (outside imports)
    completing = os.environ.get("_TECHEXEC_COMPLETE", "")
    if completing and not _completion_request_ok(os.environ):
        sys.exit(0)  # the shell sent something malformed: answer nothing, quietly
    if completing.startswith("complete_") and not os.environ.get("TECHEXEC_SLOW_COMPLETION"):
        _complete()
    key = None
    if not completing and sys.stdout is not None:
        from techexec.cli.fast_answer import look_up, serve

        kept, key, table = look_up(sys.argv[1:], os.environ)
        if kept is not None:
            sys.exit(serve(kept))
        if key is not None:  # asked for the first time, with options the stored table knows: no Typer needed
            from techexec.cli.direct import run as run_direct

            run_direct(sys.argv[1:], table, key)  # exits, unless the command line is one for Typer to read
    from techexec.cli.app import run

    run(key)


def _complete() -> None:
    """Answer a Tab request the fast way if it can be: as it was answered before (fast_answer.tab_key),
    else from the names index (fast_completion), keeping the answer for next time."""
    from techexec.cli.fast_answer import tab_key
    from techexec.data import replies

    found = tab_key(os.environ)
    kept = None if found is None else replies.read(*found)
    if kept is not None:
        sys.stdout.write(kept.decode(errors="surrogateescape"))  # what was written, as it was written
        sys.exit(0)
    from techexec.cli.fast_completion import complete

    answer = complete(os.environ)
    if answer is None:
        return
    sys.stdout.write(answer.output)
    if found is not None and answer.exit_code == 0:
        replies.write(found[1], answer.output.encode(errors="surrogateescape"), set())
    sys.exit(answer.exit_code)


def _completion_request_ok(environ: os._Environ[str]) -> bool:
    """Whether bash's COMP_CWORD is a number pointing into COMP_WORDS (zsh and fish send other variables)."""
    if environ.get("_TECHEXEC_COMPLETE") != "complete_bash":
        return True
    words = environ.get("COMP_WORDS", "").split()
    cword = environ.get("COMP_CWORD", "")
    return cword.isdigit() and 0 < int(cword) <= len(words) and bool(words)
