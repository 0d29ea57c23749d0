"""The cache folder's entries: read back only techexec's records, written atomically, pruned to a size.

Several techexec runs may use the folder at once: every write is a temporary file renamed into
place, a reader that finds an entry missing, half-written, foreign, a link or not a regular file
(a FIFO would block) treats it as a miss, and pruning skips what another run removed first.
Which folder, if any, is trusted: cache_folder.py.
"""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path

MAX_BYTES = 64 * 1024 * 1024
_STALE_TEMP = 3600  # seconds after which a temporary file is a leftover of a killed run
_ALLOWED = {
    ("techexec.model", name)
    for name in (
        "Dataset",
        "Role",
        "Claim",
        "Structure",
        "Node",
        "Dotted",
        "Origin",
        "Contrast",
        "Release",
        "Concept",
        "Placing",
        "Classification",
    )
} | {
    ("techexec.errors", "Problem"),
    ("techexec.errors", "Field"),
    ("techexec.data.fields", "Ref"),
    ("techexec.data.fields", "Cited"),
}
_ALLOWED |= {("techexec.data.schema", "FileResult"), ("techexec.data.schema", "Collected")}


def prune(folder: Path, live: set[str], limit: int | None = None) -> None:
    """Delete the least recently used entries not in `live` until the folder holds at most `limit` bytes."""
    import time

    entries = []
    try:
        with os.scandir(folder) as scan:
            for entry in scan:
                try:
                    stat = entry.stat(follow_symlinks=False)
                except OSError:
                    continue  # another run removed it
                entries.append((stat.st_mtime, on_disk(stat), entry.name))
    except OSError:
        return
    total = sum(size for _, size, _ in entries)
    limit = MAX_BYTES if limit is None else limit
    now = time.time()
    for mtime, size, name in sorted(entries):
        leftover = name.endswith(".tmp") and now - mtime > _STALE_TEMP
        if (
            name in live
            or (total <= limit and not leftover)
            or not name.startswith(("s-", "f-", "a-", "tmp", ".techexec-"))
        ):
            continue
        try:
            os.unlink(folder / name)
        except OSError:
            continue  # another run pruned it first, or the folder is read-only
        total -= size


def on_disk(found: os.stat_result) -> int:
    """The bytes an entry takes on disk: whole blocks (a 300-byte file takes 4 KiB), not its size."""
    blocks = getattr(found, "st_blocks", None)
    return blocks * 512 if blocks is not None else blocks_for(found.st_size)


def blocks_for(size: int) -> int:
    """The disk space a file of `size` bytes is likely to take: whole 4 KiB blocks."""
    return max(1, -(-size // 4096)) * 4096


def read(target: Path) -> object:
    """The entry, built only from techexec's records and plain values; None if missing, broken or foreign."""
    import pickle

    class ModelOnly(pickle.Unpickler):
        def find_class(self, module: str, name: str) -> type:
            if (module, name) in _ALLOWED:
                return super().find_class(module, name)  # type: ignore[no-any-return]
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in techexec's cache")

    raw = read_bytes(target)
    if raw is None:
        return None
    try:
        value = ModelOnly(io.BytesIO(raw)).load()
    except Exception:  # truncated, foreign or hostile: recompute
        return None
    return value


def read_bytes(target: Path) -> bytes | None:
    """An entry's bytes; None unless it is a regular file (never through a link, never blocking on a FIFO)."""
    import stat

    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(target, flags)
    except OSError:
        return None
    with os.fdopen(descriptor, "rb") as entry:
        try:
            found = os.fstat(descriptor)
            if not stat.S_ISREG(found.st_mode) or found.st_size > MAX_BYTES:  # larger than the whole cache: planted
                return None
            return entry.read()
        except OSError:
            return None


def touch(target: Path) -> None:
    """Mark an entry as used, so pruning removes the least recently used first."""
    with contextlib.suppress(OSError):
        os.utime(target, follow_symlinks=os.utime not in os.supports_follow_symlinks)


def write(folder: Path, target: Path, value: object) -> int:
    """Store `value`; the disk space the entry takes (0 when it could not be stored)."""
    import pickle

    try:
        content = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except (RecursionError, pickle.PicklingError):
        return 0
    return write_bytes(folder, target, content)


def write_bytes(folder: Path, target: Path, content: bytes) -> int:
    """Write atomically (a reader never sees half a file); a cache that cannot be written is skipped."""
    from techexec.data.saving import save
    from techexec.errors import TechexecError

    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        save(target, content, private=True)
    except (OSError, TechexecError):
        return 0
    return blocks_for(len(content))
