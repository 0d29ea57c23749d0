"""A cache of checked data, keyed by the bytes of every data file, so it can never serve stale data.

Parsing YAML is most of a command's own work (and all of it for 10,000 roles). The cache
stores the checked Dataset and its problems as a pickle under $TECHEXEC_CACHE_DIR, else
$XDG_CACHE_HOME/techexec, else ~/.cache/techexec. The key hashes techexec's version, the
Python version, the size and time of techexec's own modules, and the path and full content of
every data file in every layer: any change to any of them is a miss. Unpickling admits only
techexec's model classes. TECHEXEC_NO_CACHE=1 turns it off; a cache that cannot be read or
written is ignored.
"""

from __future__ import annotations

import hashlib
import io
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from techexec import __version__
from techexec.data.files import PACKAGE, Layers, data_files
from techexec.errors import DataError, Problem

if TYPE_CHECKING:
    from techexec.model import Dataset

Result = tuple["Dataset", list[Problem]]
_ALLOWED = {
    ("techexec.model", name)
    for name in (
        "Dataset",
        "Role",
        "Claim",
        "Variant",
        "Node",
        "Dotted",
        "Origin",
        "Contrast",
        "Release",
        "Concept",
        "Placing",
        "Classification",
    )
} | {("techexec.errors", "Problem")}


def load(layers: Layers) -> Dataset:
    """The checked Dataset, or DataError with every problem (warnings do not stop it)."""
    return _usable(check(layers))


def check(layers: Layers) -> Result:
    """loader.check, answered from the cache when every file is byte-for-byte what it was."""
    folder = _folder()
    return _fresh(layers) if folder is None else _check_in(folder, fingerprint(layers), layers)


def names(layers: Layers) -> dict[str, list[list[str]]]:
    """What completion offers, from a small JSON index stored beside the cached data (same key).

    {"roles": [[id, acronym, title, name, name, ...]], "variants": [[id, name]]}; Tab reads this
    without unpickling the model. On a miss the data is loaded (and cached) as for any command.
    """
    import json

    folder = _folder()
    if folder is None:
        return _names(_usable(_fresh(layers)))
    key = fingerprint(layers)  # once: hashing reads every data file
    target = folder / f"{key}.names.json"
    try:
        index: dict[str, list[list[str]]] = json.loads(target.read_text(encoding="utf-8"))
        return index
    except (OSError, ValueError):
        pass
    index = _names(_usable(_check_in(folder, key, layers)))
    _write_bytes(folder, target, json.dumps(index).encode())
    return index


def _check_in(folder: Path, key: str, layers: Layers) -> Result:
    """The result stored under `key`, or a fresh one, stored."""
    target = folder / f"{key}.pickle"
    cached = _read(target)
    if cached is not None:
        return cached
    result = _fresh(layers)
    _write(folder, target, result)
    return result


def _usable(result: Result) -> Dataset:
    dataset, problems = result
    errors = [p for p in problems if not p.warning]
    if errors:
        raise DataError(errors)
    return dataset


def _names(dataset: Dataset) -> dict[str, list[list[str]]]:
    return {
        "roles": [[r.id, r.acronym, next(iter(r.title.values())), r.id, *r.aliases] for r in dataset.roles.values()],
        "variants": [[v.id, next(iter(v.name.values()))] for v in dataset.variants.values()],
    }


def fingerprint(layers: Layers) -> str:
    digest = hashlib.sha256(f"{__version__}|{sys.version}".encode())
    for module in sorted(PACKAGE.rglob("*.py")):  # every module of the package, in every folder
        stat = module.stat()
        digest.update(f"{module.relative_to(PACKAGE)}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    for directory, strict in layers:
        digest.update(f"\0layer|{strict}|{directory}".encode())
        for path in data_files(directory):
            content = path.read_bytes() if path.stat().st_size < 64 * 1024 * 1024 else b"\0too large"
            digest.update(f"\0file|{path}|{len(content)}|".encode())
            digest.update(content)
    return digest.hexdigest()


def _fresh(layers: Layers) -> Result:
    from techexec.data.schema import check as parse_and_check

    return parse_and_check(layers)


def _folder() -> Path | None:
    if os.environ.get("TECHEXEC_NO_CACHE"):
        return None
    explicit = os.environ.get("TECHEXEC_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "techexec"


def _read(target: Path) -> Result | None:
    import pickle

    from techexec.model import Dataset

    class ModelOnly(pickle.Unpickler):
        def find_class(self, module: str, name: str) -> type:
            if (module, name) in _ALLOWED:
                return super().find_class(module, name)  # type: ignore[no-any-return]
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in techexec's cache")

    try:
        value = ModelOnly(io.BytesIO(target.read_bytes())).load()
    except Exception:  # missing, truncated, foreign or hostile: recompute
        return None
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], Dataset):
        return value[0], list(value[1])
    return None


def _write(folder: Path, target: Path, result: Result) -> None:
    import pickle

    try:
        content = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    except (RecursionError, pickle.PicklingError):
        return
    _write_bytes(folder, target, content)


def _write_bytes(folder: Path, target: Path, content: bytes) -> None:
    """Write atomically (a reader never sees half a file); a cache that cannot be written is skipped."""
    import tempfile

    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, delete=False, suffix=".tmp") as out:
            out.write(content)
        os.replace(out.name, target)
    except OSError:
        return
