"""What a cached result depends on, hashed with nothing but `os`: the code, and the data files' bytes.

The data cache and the answer cache (answered before Typer, Rich or even pathlib load) share the
code's key; the answer cache hashes every entry below the data folders (a superset of the files read).
"""

from __future__ import annotations

import os
import stat
import sys

from techexec import __version__

SUFFIXES = (".yaml", ".yml", ".json")
TOO_LARGE = 16 * 1024 * 1024  # safe_yaml refuses such files: never read them whole
PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))  # src/techexec, or site-packages/techexec


TYPE_CHECKING = False  # typing itself is not imported: this module runs before everything else
if TYPE_CHECKING:
    from typing import Protocol

    class Hash(Protocol):
        def update(self, data: bytes, /) -> None: ...
        def hexdigest(self) -> str: ...


def digest(start: bytes) -> Hash:
    """A BLAKE2b hash, from CPython's built-in module when it has one: importing hashlib loads
    OpenSSL, 2.5 ms of every run's start-up."""
    try:
        from _blake2 import blake2b
    except ImportError:  # another Python: hashlib has it too
        from hashlib import blake2b
    return blake2b(start, digest_size=32)


def code_key() -> str:
    """techexec's code (the size and time of every module, in every folder of the package) and the
    Python that runs it; worked out once a run (the answer cache, the data cache and keeping an answer
    all ask, and each asking stats every module)."""
    if not _code:
        hashed = digest(f"{__version__}|{sys.version}".encode())
        _modules(hashed, PACKAGE_DIR, ".")
        _code.append(hashed.hexdigest())
    return _code[0]


_code: list[str] = []  # this run's code key: the program running does not change under it


def _modules(hashed: Hash, folder: str, shown: str) -> None:
    """Each module below `folder` by its path from the package, size and time; one stat each (scandir)."""
    with os.scandir(folder) as found:
        entries = sorted(found, key=lambda e: e.name)
    for entry in entries:
        if entry.name.endswith(".py") and entry.is_file():
            info = entry.stat()
            hashed.update(f"{shown}/{entry.name}|{info.st_size}|{info.st_mtime_ns}".encode())
    for entry in entries:
        if entry.name != "__pycache__" and entry.is_dir():
            _modules(hashed, entry.path, entry.name if shown == "." else f"{shown}/{entry.name}")


def bundled_path() -> str:
    """The data shipped with techexec: techexec/bundled in a wheel, the repo's data/ in a checkout."""
    packaged = os.path.join(PACKAGE_DIR, "bundled")
    return packaged if os.path.isdir(packaged) else os.path.join(os.path.dirname(os.path.dirname(PACKAGE_DIR)), "data")


def data_key(hashed: Hash, directory: str, strict: bool) -> None:
    """Add one layer to `hashed`: every entry below `directory` by name and kind (a link by its target),
    and the bytes of every data file among them.

    This is a superset of what the data layer reads (files.scan): a file it skips is hashed too, so
    any change below the folder, to a file it reads or not, is a change of the key.
    """
    hashed.update(b"\0layer|%d|%s" % (strict, os.fsencode(directory)))
    _add(hashed, directory, os.path.realpath(directory), set(), top=True)


def _add(hashed: Hash, path: str, root: str, seen: set[str], top: bool = False) -> None:
    try:
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            hashed.update(b"\0link|" + os.fsencode(os.readlink(path)))
            real = os.path.realpath(path)
            if real != root and not real.startswith(root.rstrip(os.sep) + os.sep):
                return  # outside the folder: files.scan skips it, and says so
            info = os.stat(path)
    except OSError:
        hashed.update(b"\0missing")
        return
    if stat.S_ISDIR(info.st_mode):
        real = os.path.realpath(path)
        if real in seen:
            return  # a link loop is walked once
        seen.add(real)
        try:
            names = sorted(os.listdir(path))
        except OSError:
            hashed.update(b"\0unreadable")
            return
        for name in names:
            hashed.update(b"\0entry|" + os.fsencode(name))
            _add(hashed, os.path.join(path, name), root, seen)
    elif stat.S_ISREG(info.st_mode) and (top or _suffix(os.path.basename(path)) in SUFFIXES):
        hashed.update(b"\0file|%d|" % info.st_size)
        if info.st_size > TOO_LARGE:  # safe_yaml refuses it: never read it whole
            hashed.update(b"%d" % info.st_mtime_ns)
            return
        try:
            with open(path, "rb") as data:
                hashed.update(data.read())
        except OSError:
            hashed.update(b"\0unreadable")
    else:
        hashed.update(b"\0kind|%d" % stat.S_IFMT(info.st_mode))


def _suffix(name: str) -> str:
    """The file's suffix as pathlib sees it ('.yaml' has none)."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""
