"""Where data lives: the bundled directory, and the data files a directory holds.

A file is read only when it is a regular file inside the data folder once links are resolved: a
link to a file or folder inside it is followed, a link that leads outside it (a planted link to
~/.aws/credentials), a folder that cannot be read, and anything that is not a regular file (a FIFO
would block the run) are skipped, each reported as a warning that names it. Nothing of a skipped
file is ever read, so nothing of it can be quoted.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import NamedTuple

from techexec.data import fingerprint
from techexec.errors import Problem, ProblemKey

SUFFIXES = fingerprint.SUFFIXES
Layers = list[tuple[Path, bool]]  # (directory or file, both languages required), later ones override earlier ids


class Skipped(NamedTuple):
    """An entry of a data folder that was not read, and why (the detail says more for 'skipped_unreadable')."""

    path: Path
    reason: ProblemKey
    detail: str = ""


def bundled_dir() -> Path:
    """The data shipped with techexec: techexec/bundled in a wheel, the repo's data/ in a checkout."""
    return Path(fingerprint.bundled_path())  # the answer cache finds it there too


def data_files(directory: Path) -> list[Path]:
    """YAML and JSON files below `directory` that may be read, in a stable order."""
    return scan(directory)[0]


def scan(directory: Path) -> tuple[list[Path], list[Skipped]]:
    """The files below `directory` that may be read, and the entries skipped (see the module's note)."""
    if not directory.is_dir():
        return ([directory] if directory.is_file() else []), []  # a file named on the command line is read
    root = directory.resolve()
    found: list[Path] = []
    skipped: list[Skipped] = []
    seen: set[tuple[int, int]] = set()  # folders already walked (device, inode): a link loop is walked once
    folders = [directory]  # a stack, not recursion: a folder nested 10,000 deep is no crash
    while folders:
        folder = folders.pop()
        try:
            info = os.stat(folder)
            if (info.st_dev, info.st_ino) in seen:
                continue
            seen.add((info.st_dev, info.st_ino))
            entries = list(os.scandir(folder))
        except OSError as exc:
            skipped.append(Skipped(folder, "skipped_unreadable", f"folder: {exc.strerror or exc}"))
            continue
        for entry in entries:
            path = Path(entry.path)
            if entry.is_symlink() and not _inside(path, root):
                if _is_dir(entry) or path.suffix in SUFFIXES:
                    skipped.append(Skipped(path, "skipped_link_outside", os.fsdecode(os.path.realpath(path))))
                continue
            try:
                mode = entry.stat().st_mode
            except OSError:
                if path.suffix in SUFFIXES:
                    skipped.append(Skipped(path, "skipped_unreadable", "a broken link"))
                continue
            if stat.S_ISDIR(mode):
                folders.append(path)
            elif path.suffix in SUFFIXES:
                if stat.S_ISREG(mode):
                    found.append(path)
                else:
                    skipped.append(Skipped(path, "skipped_unreadable", "not a regular file (a named pipe or device)"))
    return sorted(found), sorted(skipped)


def skipped_problems(layers: Layers) -> list[Problem]:
    """A warning naming every entry of the layers' folders that was not read."""
    return [warning for directory, _strict in layers for warning in as_problems(scan(directory)[1])]


def as_problems(skipped: list[Skipped]) -> list[Problem]:
    from techexec.data.saving import shown

    return [Problem(shown(s.path), 1, 1, s.reason, {"detail": s.detail}, warning=True) for s in skipped]


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:  # a link loop
        return False


def _inside(path: Path, root: Path) -> bool:
    try:
        return path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a link loop
        return False
