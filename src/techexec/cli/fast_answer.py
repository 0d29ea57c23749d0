"""A repeated question answered from the cache before Typer, Click or Rich is imported.

The first time a command answers (any but validate and init), the bytes it wrote to stdout are
kept (data/replies.py) under a key of everything that shapes them: the arguments, every
environment variable techexec, Typer or Rich reads, whether stdin/stdout/stderr are terminals and
their sizes, stdout's encoding, the bytes of every data file (listed as the data cache lists them),
techexec's code and the installed Typer, Rich and PyYAML. The next run with the same key writes
those bytes and exits. Only a clean answer is kept: exit 0, something written, nothing on stderr,
no pager started, nothing written as raw bytes. A command line is answered only when every option
in it is in the command's own option table (stored with the code's key by the run that kept the
answer) and none of them names a file: --export-* and -o/--output always run the command.
Anything else, and TECHEXEC_NO_CACHE=1, goes to the normal path.
"""

from __future__ import annotations

import os
import sys

from techexec.cli import commands, option_table
from techexec.data import fingerprint, replies

TYPE_CHECKING = False  # typing is not imported on the fast path
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any, TextIO

    from techexec.cli.option_table import Options

COMMANDS = commands.answering()
ENV_PREFIXES = ("TECHEXEC_", "_TECHEXEC_", "TYPER_", "_TYPER_", "LC_", "JUPYTER_", "PYTHON")
ENV_NAMES = (
    *("TERM", "COLORTERM", "NO_COLOR", "FORCE_COLOR", "PY_COLORS", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "CI"),
    *("COLUMNS", "LINES", "TERMINAL_WIDTH", "UNICODE_VERSION", "LANG", "LANGUAGE", "PAGER", "LESS", "HOME"),
    *("LESSCHARSET", "SOURCE_DATE_EPOCH"),
    *("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "GITHUB_ACTIONS", "DATABRICKS_RUNTIME_VERSION", "SHELL"),
)


def covers(name: str) -> bool:
    """Whether the environment variable `name` is part of every answer's key."""
    return name in ENV_NAMES or name.startswith(ENV_PREFIXES)


def look_up(args: list[str], environ: Mapping[str, str]) -> tuple[bytes | None, str | None, str]:
    """(the kept answer or None, the key to keep this run's answer under or None, the command's option table)."""
    where = replies.folder(environ)
    if where is None or not args or args[0] not in COMMANDS:
        return None, None, ""
    code = fingerprint.code_key()
    text = _read_text(where, _table_name(code, args[0]))
    if not text:
        return None, None, ""
    options, _, libraries, _ = option_table.read(text)
    if not libraries or libraries != option_table.libraries_now(list(libraries)):
        return None, None, ""  # Typer, Rich or PyYAML changed: the run that keeps the answer rewrites the table
    key = answer_key(args, environ, code, options, text)
    return (None if key is None else replies.read(where, key)), key, text


def tab_key(environ: Mapping[str, str]) -> tuple[str, str] | None:
    """(folder, key) of a Tab request whose words name no data of their own; None: not kept."""
    where = replies.folder(environ)
    words = f"{environ.get('COMP_WORDS', '')} {environ.get('_TYPER_COMPLETE_ARGS', '')}".split()
    if where is None or any(word.startswith(("--data", "-d", "--no-bundled")) for word in words):
        return None
    hashed = fingerprint.digest(f"tab\0{fingerprint.code_key()}".encode())
    for name in sorted(environ):
        if covers(name) or name in ("COMP_WORDS", "COMP_CWORD"):
            hashed.update(f"\0env\0{name}={environ[name]}".encode(errors="surrogateescape"))
    user = [p for p in environ.get("TECHEXEC_DATA", "").split(os.pathsep) if p]
    if user:
        hashed.update(b"\0cwd\0" + os.fsencode(os.getcwd()))
    for directory, strict in [(fingerprint.bundled_path(), True), *((path, False) for path in user)]:
        fingerprint.data_key(hashed, directory, strict)
    return where, "tab-" + hashed.hexdigest()


def serve(answer: bytes) -> int:
    """Write a kept answer; the exit code. A closed pipe or a full disk is reported as the normal path reports it."""
    try:
        sys.stdout.buffer.write(answer)
        sys.stdout.flush()
        return 0
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        from techexec.cli.failures import environment_failure, say_failure, silence_stdout
        from techexec.errors import TechexecError

        error = TechexecError("pipe_closed") if isinstance(exc, BrokenPipeError) else environment_failure(exc)
        silence_stdout()
        say_failure(error or TechexecError("output_failed", path="standard output", reason=exc))
        return 1


def answer_key(args: list[str], environ: Mapping[str, str], code: str, table: Options, text: str) -> str | None:
    """The key of this run's answer, or None when the command line is not one the fast path may answer."""
    plan = _plan(args, table)
    if plan is None:
        return None
    data, no_bundled = plan
    hashed = fingerprint.digest(f"{code}\0{text}".encode(errors="surrogateescape"))
    hashed.update("\0args\0{}".format("\0".join(args)).encode(errors="surrogateescape"))  # any bytes typed
    for name in sorted(environ):
        if covers(name):
            hashed.update(f"\0env\0{name}={environ[name]}".encode(errors="surrogateescape"))
    hashed.update(f"\0stdout\0{getattr(sys.stdout, 'encoding', None)}|{getattr(sys.stdout, 'errors', None)}".encode())
    for fd in (0, 1, 2):
        hashed.update(f"\0fd{fd}|{_terminal(fd)}".encode())
    user = [p for p in environ.get("TECHEXEC_DATA", "").split(os.pathsep) if p] + data
    if "" in data:
        return None  # an empty --data is the current folder to pathlib, not to os
    if user:
        hashed.update(b"\0cwd\0" + os.fsencode(os.getcwd()))
    layers = [(path, False) for path in user]
    for directory, strict in layers if no_bundled else [(fingerprint.bundled_path(), True), *layers]:
        fingerprint.data_key(hashed, directory, strict)
    return hashed.hexdigest()


def _terminal(fd: int) -> str:
    """Whether a standard stream is a terminal, and its size, as Rich and Click find it."""
    try:
        size = os.get_terminal_size(fd)
    except (OSError, ValueError):
        size = None
    tty = os.isatty(fd)  # False for a closed or bad descriptor
    return f"{tty}|{size and tuple(size)}"


def _plan(args: list[str], table: Options) -> tuple[list[str], bool] | None:
    """The --data paths and --no-bundled of a command line whose every option is in `table`; else None."""
    data: list[str] = []
    no_bundled, pending = False, ""
    for word in args[1:]:
        if pending:
            data += [word] if pending == "data" else []
            pending = ""
        elif word.startswith("-") and word != "-":
            name, equals, value = word.partition("=")
            if name not in table:
                return None
            param, kind, _ = table[name]
            takes_value = kind not in option_table.TAKES_NO_VALUE
            if equals and (not name.startswith("--") or not takes_value):
                return None
            if equals:
                data += [value] if param == "data" else []
            elif takes_value:
                pending = param
            no_bundled = no_bundled or param == "no_bundled"
    return None if pending else (data, no_bundled)


def _table_name(code: str, command: str) -> str:
    return f"options-{code}-{command}"


def _read_text(where: str, name: str) -> str | None:
    raw = replies.read(where, name)
    try:
        return None if raw is None else raw.decode("utf-8", "surrogateescape")
    except UnicodeDecodeError:
        return None


class Recording:
    """One normal run of a command, whose answer is kept if it turns out clean."""

    def __init__(self, where: str, key: str, table: tuple[str, str]) -> None:
        self.where, self.key, self.table = where, key, table
        self.out, self.err = _Tee(sys.stdout), _Watch(sys.stderr)
        sys.stdout, sys.stderr = self.out, self.err

    def paged(self) -> None:
        self.out.clean = False  # the answer went to a pager: what stdout got is not the answer

    def finish(self, exit_code: object) -> None:
        """Put the streams back; keep the answer if the run was clean."""
        global current
        current = None
        sys.stdout, sys.stderr = self.out.real, self.err.real
        if exit_code not in (0, None) or not (self.out.clean and self.err.clean and self.out.kept):
            return
        import codecs

        encoding = getattr(self.out.real, "encoding", None) or ""
        try:
            if codecs.lookup(encoding).name != "utf-8":
                return  # other encodings may be stateful: no promise the same bytes come out
            content = "".join(self.out.kept).encode(encoding, getattr(self.out.real, "errors", None) or "strict")
        except (LookupError, UnicodeError):
            return  # the answer was written; keeping it is only a saving
        name, text = self.table
        if not os.path.exists(os.path.join(self.where, replies.PREFIX + name)):
            replies.write(name, text.encode("utf-8", "surrogateescape"), set())
        replies.write(self.key, content, {name})


current: Recording | None = None  # this run's, if its answer may be kept


def record(args: list[str], command: Any, environ: Mapping[str, str], key: str | None) -> None:
    """Start keeping what this run writes, if its answer may be kept (`key`: found before Typer loaded)."""
    global current
    where = replies.folder(environ)
    if where is None or not args or args[0] not in COMMANDS or args[0] not in getattr(command, "commands", {}):
        return
    text = option_table.made(command.commands[args[0]])
    code = fingerprint.code_key()
    key = key or (answer_key(args, environ, code, option_table.read(text)[0], text) if text else None)
    if key is not None:
        current = Recording(where, key, (_table_name(code, args[0]), text))


def keep(command: str, environ: Mapping[str, str], key: str, text: str) -> None:
    """Start keeping what this run writes: a first-time question run without Typer (cli/direct.py)."""
    global current
    where = replies.folder(environ)
    if where is not None:
        current = Recording(where, key, (_table_name(fingerprint.code_key(), command), text))


class _Tee:
    """stdout as the command sees it: every write also kept, so the same bytes can be written next time."""

    def __init__(self, real: TextIO) -> None:
        self.real, self.clean = real, True
        self.kept: list[str] = []

    def write(self, text: str) -> int:
        self.kept.append(text)
        return self.real.write(text)

    @property
    def buffer(self) -> Any:
        self.clean = False  # raw bytes (a PNG) are not kept
        return self.real.buffer

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


class _Watch(_Tee):
    """stderr: any word on it (a warning, a note) makes the answer not worth keeping."""

    def write(self, text: str) -> int:
        self.clean = self.clean and not text
        return self.real.write(text)
