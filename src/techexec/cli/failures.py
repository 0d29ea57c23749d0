"""How a failure reaches the user: one line on stderr in their language and an exit code, never a traceback."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from techexec.errors import TechexecError


@contextmanager
def handled(lang_option: str | None = None) -> Iterator[None]:
    """Word our errors in the language the user asked for (English if that is what failed)."""
    try:
        try:
            yield
        except BrokenPipeError:  # the reader stopped reading (| head): the output was cut short
            silence_stdout()
            raise TechexecError("pipe_closed") from None
        finally:
            _say_notes(lang_option)
    except TechexecError as exc:
        from techexec.i18n.messages import word
        from techexec.questions.language import wording
        from techexec.safe_text import clean

        text = word(exc, wording(lang_option, os.environ))
        sys.stderr.write(clean(text) + "\n")  # messages may quote what the user typed or the data held
        raise SystemExit(exc.exit_code) from None  # as typer.Exit ends a run, without importing Typer


def _say_notes(lang_option: str | None) -> None:
    """What the data layer noted on the way (a cache folder it would not trust), once, in the user's language."""
    from techexec.data.cache_folder import notes

    if notes:
        from techexec.i18n.messages import word
        from techexec.questions.language import wording
        from techexec.safe_text import clean

        lang = wording(lang_option, os.environ)
        for note in notes:
            sys.stderr.write(clean(word(note, lang)) + "\n")
        notes.clear()


def environment_failure(exc: BaseException) -> TechexecError | None:
    """A failure of the user's environment (full disk, closed output, an encoding that cannot show
    the text) as an error to word, or None if `exc` is something else (a bug)."""
    if isinstance(exc, UnicodeEncodeError):
        char = exc.object[exc.start : exc.start + 1] if isinstance(exc.object, str) else ""
        shown = f"U+{ord(char):04X}" if char else "a character"
        return TechexecError("output_encoding", path=_stdout_path(), encoding=exc.encoding, char=shown)
    if isinstance(exc, OSError):
        if exc.filename is not None:
            return TechexecError("cannot_write", path=exc.filename, reason=exc.strerror or exc)
        return TechexecError("output_failed", path=_stdout_path(), reason=exc.strerror or exc)
    return None


def _stdout_path() -> str:
    """Where standard output goes, by name when it is a file or device (/dev/full), else 'standard output'."""
    try:
        target = os.readlink("/proc/self/fd/1")
    except OSError:
        return "standard output"
    return target if target.startswith("/") else "standard output"


def say_failure(error: TechexecError) -> None:
    """One line on stderr, in the language the environment asks for; nothing if stderr is gone too."""
    from techexec.i18n.messages import word
    from techexec.questions.language import wording
    from techexec.safe_text import clean

    if sys.stderr is not None:
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.write(clean(word(error, wording(None, os.environ))) + "\n")
            sys.stderr.flush()


def silence_stdout() -> None:
    """Point fd 1 at /dev/null so the interpreter's last flush cannot fail again ('Exception ignored')."""
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
