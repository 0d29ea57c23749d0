"""A bounded cache of checked data: one entry per data file (keyed by its bytes) and one per set of files.

Parsing YAML is most of a command's own work. Each data file's own result (its records and the
problems found in it alone) is stored under the hash of its bytes, its path and its layer; the
checks across files and the joined Dataset are stored under the hash of the whole set. An
unchanged set is one read; an edited file costs one parse plus the checks across files.

Keys also hash techexec's version, the Python version and the size and time of every module
of the package, so new code never reads old entries. Unpickling admits only techexec's record
classes, and data served from an entry is scanned for control characters as if it came from a
file. The folder (cache_folder.py: $TECHEXEC_CACHE_DIR, else $XDG_CACHE_HOME/techexec, else
~/.cache/techexec, and only when no one else can write it) is capped by size: after a miss, the least recently used entries not in use by this run are
deleted until the folder holds at most MAX_BYTES (entries differ a thousandfold in size, from
one bundled role to 10,000 joined ones, so a count cap would say nothing about disk use).
Concurrent runs are safe: every write is a temporary file renamed into place, and a file that
vanishes or is half-written under a reader is a miss. TECHEXEC_NO_CACHE=1 turns the cache off;
a cache that cannot be read or written is ignored.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from techexec.data import cache_files, fingerprint
from techexec.data.cache_folder import chosen
from techexec.data.completion_index import NameIndex, built, cleaned
from techexec.data.files import Layers, Skipped, as_problems, scan
from techexec.errors import DataError, Problem

if TYPE_CHECKING:
    from techexec.data.schema import FileResult
    from techexec.model import Dataset

Result = tuple["Dataset", list[Problem]]
_TOO_LARGE = fingerprint.TOO_LARGE  # safe_yaml refuses such files; hash their size, do not read them


class DataFile(NamedTuple):
    path: Path
    strict: bool
    raw: bytes | None  # None: too large to read
    key: str


def load(layers: Layers) -> Dataset:
    """The checked Dataset, or DataError with every problem (warnings do not stop it)."""
    return _usable(check(layers))


def check(layers: Layers) -> Result:
    """layers.parse_and_check, answered from the cache as far as the files are byte-for-byte what they were."""
    folder = chosen()
    if folder is None:
        from techexec.data.layers import parse_and_check

        return parse_and_check(layers)
    files, whole, skipped = _scan(layers)
    dataset, problems = _check_in(folder, layers, files, whole)
    return dataset, sorted([*problems, *as_problems(skipped)], key=lambda p: (p.path, p.line, p.column))


def names(layers: Layers) -> NameIndex:
    """What completion offers, from a small JSON index stored beside the set's entry (same key).

    Tab reads this without unpickling the model. On a miss the data is loaded (and cached) as for any command.
    """
    import json

    folder = chosen()
    if folder is None:
        return built(load(layers))
    files, whole, _skipped = _scan(layers)
    target = folder / f"s-{whole}.names.json"
    raw = cache_files.read_bytes(target)
    try:
        if raw is not None:
            return cleaned(json.loads(raw))  # cleaned again: the entry is trusted no more than data
    except (ValueError, TypeError):
        pass
    index = built(_usable(_check_in(folder, layers, files, whole)))
    cache_files.write_bytes(folder, target, json.dumps(index).encode())
    return index


def _scan(layers: Layers) -> tuple[list[list[DataFile]], str, list[Skipped]]:
    """Every data file with its key, the key of the whole set (which also covers the layers' order), what was skipped."""
    code = _code_key()
    whole = _digest(code.encode())
    files: list[list[DataFile]] = []
    skipped: list[Skipped] = []
    for directory, strict in layers:
        whole.update(b"\0layer|%d|%s" % (strict, os.fsencode(directory)))  # any file name, UTF-8 or not
        found = []
        readable, passed = scan(directory)
        skipped += passed
        for path in readable:
            raw = _read(path)
            digest = _digest(b"%s|%d|%s|" % (code.encode(), strict, os.fsencode(path)))
            digest.update(b"\0unreadable" if raw is None else raw)
            key = digest.hexdigest()
            whole.update(key.encode())
            found.append(DataFile(path, strict, raw, key))
        files.append(found)
    return files, whole.hexdigest(), skipped


def _read(path: Path) -> bytes | None:
    """A data file's bytes; None when too large or unreadable (schema says why), or no longer a regular file."""
    import stat

    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    with os.fdopen(descriptor, "rb") as handle:
        try:
            found = os.fstat(descriptor)
            if not stat.S_ISREG(found.st_mode) or found.st_size > _TOO_LARGE:
                return None
            return handle.read()
        except OSError:
            return None


_digest = fingerprint.digest
_code_key = fingerprint.code_key


def _check_in(folder: Path, layers: Layers, files: list[list[DataFile]], whole: str) -> Result:
    """The set's result from its entry, else joined from the files' entries (parsing the missing ones)."""
    target = folder / f"s-{whole}.pickle"
    cached = cache_files.read(target)
    if isinstance(cached, tuple) and len(cached) == 2 and _is_dataset(cached[0]):
        from techexec.safe_text import holds_unsafe

        cache_files.touch(target)
        dataset = cached[0]._replace(unsafe_text=holds_unsafe(cached[0]))  # never trust the stored flag
        return dataset, list(cached[1])
    from techexec.data.layers import combine
    from techexec.data.schema import FileResult, read_file

    joined: list[tuple[Path, list[FileResult]]] = []
    room = cache_files.MAX_BYTES // 2  # for this set's file entries (each a 4 KiB block at least); beyond it, parse
    for (directory, _strict), found in zip(layers, files, strict=True):
        results = []
        for item in found:
            entry = folder / f"f-{item.key}.pickle"
            result = cache_files.read(entry) if item.raw is not None and room > 0 else None
            if isinstance(result, FileResult):
                room -= cache_files.blocks_for(1)
            else:
                result = read_file(item.path, item.strict, item.raw)
                if item.raw is not None and room > 0:
                    room -= cache_files.write(folder, entry, result)
            results.append(result)
        joined.append((directory, results))
    dataset, problems = combine(joined)
    cache_files.write(folder, target, (dataset, problems))
    live = {target.name, f"s-{whole}.names.json", *(f"f-{item.key}.pickle" for found in files for item in found)}
    cache_files.prune(folder, live)
    return dataset, problems


def _usable(result: Result) -> Dataset:
    dataset, problems = result
    errors = [p for p in problems if not p.warning]
    if errors:
        raise DataError(errors)
    return dataset


def _is_dataset(value: object) -> bool:
    from techexec.model import Dataset

    return isinstance(value, Dataset)
