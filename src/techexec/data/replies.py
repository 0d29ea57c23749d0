"""Whole answers kept in the cache folder: the bytes a command wrote, under a key of all that shaped them.

The keys are made in cli/fast_answer.py; this module only finds the folder, reads and writes.
Entries share the data cache's folder, its atomic writes and its size cap (entries.py), and are
read only from a folder this user owns that no one else can write, never through a symlink.
Only `os` is imported before a write: a read is on the path of every repeated question.
"""

from __future__ import annotations

import os
import stat

TYPE_CHECKING = False  # typing is not imported on the fast path
if TYPE_CHECKING:
    from collections.abc import Mapping

PREFIX = "a-"  # entries.prune knows it


def folder(environ: Mapping[str, str]) -> str | None:
    """Where the cache folder is (cache_folder.py decides whether it may be used): $TECHEXEC_CACHE_DIR
    (~ expanded), else $XDG_CACHE_HOME/techexec when that is absolute, else ~/.cache/techexec; None
    with TECHEXEC_NO_CACHE or with no home to find it in."""
    if environ.get("TECHEXEC_NO_CACHE"):
        return None
    explicit = environ.get("TECHEXEC_CACHE_DIR", "").strip()
    if explicit:
        return os.path.expanduser(explicit)
    xdg = environ.get("XDG_CACHE_HOME", "")
    where = os.path.join(xdg if os.path.isabs(xdg) else os.path.join(os.path.expanduser("~"), ".cache"), "techexec")
    return where if os.path.isabs(where) else None


def read(where: str, name: str) -> bytes | None:
    """The entry's bytes, or None when it is missing or cannot be trusted (cache_folder.py's rules, checked
    here with `os` alone: a folder and an entry this user owns that no one else can write, no links, no FIFOs)."""
    if not _trusted(where, directory=True):
        return None
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        handle = os.open(os.path.join(where, PREFIX + name), flags)
    except OSError:
        return None
    try:
        if not _trusted(handle, directory=False):
            return None
        chunks = []
        while chunk := os.read(handle, 1 << 20):
            chunks.append(chunk)
        os.utime(handle)  # pruning removes the least recently used first
        return b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(handle)


def write(name: str, content: bytes, live: set[str]) -> None:
    """Store an entry atomically in the trusted cache folder, then prune the folder to its cap, keeping
    `live` (names without the prefix)."""
    from techexec.data import cache_files
    from techexec.data.cache_folder import chosen

    where = chosen()
    if where is None:
        return
    cache_files.write_bytes(where, where / (PREFIX + name), content)
    cache_files.prune(where, {PREFIX + item for item in live | {name}})


def _trusted(target: str | int, directory: bool) -> bool:
    """A folder (or a regular file) this user owns that no other user can write."""
    try:
        info = os.stat(target)
    except OSError:
        return False
    kind = stat.S_ISDIR(info.st_mode) if directory else stat.S_ISREG(info.st_mode)
    return kind and info.st_uid == os.geteuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
