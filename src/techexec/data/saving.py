"""The one way techexec writes a file: whole or not at all, and never through a link.

Exports, `-o`, `init` and cache entries all call `save`. The bytes go to a temporary file in the
target's own folder, which is renamed into place only once everything is written and flushed: a
full disk, a killed run or an unwritable folder leaves no half file and no temporary file behind.
A target that is a symbolic link is refused, never followed (a link planted in /tmp cannot make
techexec overwrite the file it points to); a rename replaces a link made in a race, never writes
through it. A link on the way to the target that another user made in a shared sticky folder
(/tmp/x -> /etc) is refused too. Standard output named as a file (/dev/stdout, /dev/fd/N) and existing devices or named
pipes (/dev/null, a FIFO) are written to directly: there is no file there to leave half-written.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

from techexec.errors import TechexecError

_OWN_OUTPUT = ("/dev/stdout", "/dev/stderr")
_OWN_OUTPUT_FOLDERS = ("/dev/fd/", "/proc/self/fd/")


def shown(path: Path | str) -> str:
    """A path as a message may print it: bytes that are not UTF-8, and control characters (a newline in a
    file name would forge a line of its own), as \\x escapes; never a crash."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return text.translate(_CONTROLS) if any(ch < " " or ch == "\x7f" for ch in text) else text


_CONTROLS = {code: f"\\x{code:02x}" for code in [*range(32), 127]}


def refuse_empty(path: str) -> str:
    """`path` itself, or an error when it is empty (an unset shell variable must not mean 'here')."""
    if not path.strip():
        raise TechexecError("empty_path")
    return path


def save(path: Path, content: bytes, *, exclusive: bool = False, private: bool = False) -> Path:
    """Write `content` to `path` atomically; TechexecError (one line to show) when it cannot.

    `exclusive`: fail with 'init_exists' rather than replace an existing file (init).
    `private`: a cache entry, readable by its owner only, replacing whatever has its name (a link, a FIFO:
    the rename replaces the name, never writes through it); otherwise a file replaced keeps its permissions
    (a private ~/.bashrc stays private), and the umask decides those of a new one.
    """
    text = os.fspath(path)
    if not text:
        raise TechexecError("empty_path")
    mode = None
    if not private:
        if text in _OWN_OUTPUT or text.startswith(_OWN_OUTPUT_FOLDERS) or _is_stream(path):
            return _write_stream(path, content, exclusive)
        mode = _check_target(path, exclusive)
    try:
        handle, temporary = _new_file(path.parent)
    except OSError as exc:
        raise _failure(path, exc) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
            if not private:  # a user's file survives a power cut whole; a cache entry is only a miss
                out.flush()
                os.fsync(out.fileno())
        if not private:
            os.chmod(temporary, 0o666 & ~_umask() if mode is None else mode)
        _place(temporary, path, exclusive)
    except BaseException as exc:  # a full disk, Ctrl-C, anything: leave nothing behind
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise _failure(path, exc) from None
        raise
    return path


def _new_file(folder: Path) -> tuple[int, str]:
    """A new file of a random name in `folder`, this user's only, as tempfile.mkstemp makes one (that module,
    with the shutil, random and compression modules it imports, took 2 ms of every answer kept)."""
    for _ in range(100):  # a name taken by chance: another try; 100 taken in a row is not chance
        name = os.path.join(folder, f".techexec-{os.urandom(8).hex()}.tmp")
        try:
            return os.open(name, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600), name
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free name for a temporary file", os.fspath(folder))


def _check_target(path: Path, exclusive: bool) -> int | None:
    """Refuse a link (here or planted above) or anything but a regular file; the permissions of one to replace."""
    planted = _planted_link_above(path)
    if planted is not None:
        raise TechexecError("link_refused", path=shown(planted))
    try:
        found = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise _failure(path, exc) from None
    if exclusive:
        raise TechexecError("init_exists", path=shown(path))
    if stat.S_ISLNK(found.st_mode):
        raise TechexecError("link_refused", path=shown(path))
    if not stat.S_ISREG(found.st_mode):
        raise _failure(path, IsADirectoryError(21, "not a regular file"))
    return stat.S_IMODE(found.st_mode)


def _planted_link_above(path: Path) -> Path | None:
    """A link on the way to `path` that another user made in a shared sticky folder such as /tmp: Linux's
    fs.protected_symlinks would refuse to follow it, and techexec does too where that setting is off."""
    start = Path(os.path.abspath(path)).parent
    for folder in (start, *start.parents):
        try:
            found = os.lstat(folder)
        except OSError:
            return None
        if not stat.S_ISLNK(found.st_mode):
            continue
        try:
            above = os.stat(folder.parent)
        except OSError:
            continue
        shared = above.st_mode & stat.S_ISVTX and above.st_mode & stat.S_IWOTH
        if shared and found.st_uid not in (os.geteuid(), above.st_uid):
            return folder
    return None


def _place(temporary: str, path: Path, exclusive: bool) -> None:
    """Rename into place; when `exclusive`, fail rather than replace a file that appeared meanwhile."""
    if not exclusive:
        os.replace(temporary, path)
        return
    try:
        os.link(temporary, path)  # fails if `path` exists, atomically
    except FileExistsError:
        raise TechexecError("init_exists", path=shown(path)) from None
    except OSError:  # a file system without hard links: check, then rename
        if os.path.lexists(path):
            raise TechexecError("init_exists", path=shown(path)) from None
        os.replace(temporary, path)
        return
    os.unlink(temporary)


def _is_stream(path: Path) -> bool:
    """Whether `path` is an existing device or named pipe (not a link): written to as it is."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


def _write_stream(path: Path, content: bytes, exclusive: bool) -> Path:
    if exclusive:
        raise TechexecError("init_exists", path=shown(path))
    try:  # a named pipe no program reads would block for ever: opened without waiting, it is an error
        descriptor = os.open(
            path, os.O_WRONLY | os.O_APPEND | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_NONBLOCK", 0)
        )
        os.set_blocking(descriptor, True)
        with os.fdopen(descriptor, "wb") as out:
            out.write(content)
    except OSError as exc:
        raise _failure(path, exc) from None
    return path


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _failure(path: Path, exc: OSError) -> TechexecError:
    return TechexecError("cannot_write", path=shown(path), reason=exc.strerror or str(exc))
