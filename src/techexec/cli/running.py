"""One run of a command, through Typer or without it (cli/direct.py): a clean answer kept for next time;
Ctrl-C ends quietly, a closed pipe and the environment's failures in one line, a bug in one line too."""

from __future__ import annotations

import sys

from techexec.errors import TechexecError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import NoReturn


def guarded(body: Callable[[], None]) -> NoReturn:
    """Run `body` and exit with its code; its output flushed here, so a full disk is reported like any other write."""
    from techexec.cli import fast_answer
    from techexec.cli.failures import environment_failure, say_failure, silence_stdout

    if sys.stdout is None:  # started with stdout closed (>&-)
        say_failure(TechexecError("output_closed"))
        sys.exit(1)
    code: int | str | None = 0
    try:
        try:
            body()
        except SystemExit as done:
            code = done.code
        sys.stdout.flush()
        if fast_answer.current is not None:
            fast_answer.current.finish(code)
    except BrokenPipeError:  # the reader stopped reading (| head), outside a command's own handling
        _forget(fast_answer.current)
        silence_stdout()
        say_failure(TechexecError("pipe_closed"))
        code = 1
    except KeyboardInterrupt:
        _forget(fast_answer.current)
        code = 130
    except Exception as exc:
        _forget(fast_answer.current)
        error = environment_failure(exc)
        if error is None:  # a bug: still one line, never a traceback
            sys.stderr.write(f"techexec: internal error: {type(exc).__name__}: {exc} (please report this)\n")
            code = 70
        else:
            say_failure(error)
            code = 1
        silence_stdout()
    sys.exit(code)


def _forget(recording: object) -> None:
    """A run that failed keeps nothing; its streams are put back."""
    from techexec.cli.fast_answer import Recording

    if isinstance(recording, Recording):
        recording.finish(1)
