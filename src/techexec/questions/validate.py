"""`validate`'s question: what is wrong in these data files, and how much data do they hold?"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from techexec.data import check
from techexec.data.files import SUFFIXES, Layers, bundled_dir, scan
from techexec.data.saving import shown
from techexec.errors import Problem, UsageError


class Report(NamedTuple):
    """Every problem found in the files checked, and what those files define."""

    problems: list[Problem]
    files: int
    roles: int
    structures: int

    @property
    def errors(self) -> int:
        return sum(not p.warning for p in self.problems)

    @property
    def warnings(self) -> int:
        return len(self.problems) - self.errors


def check_data(layers: Layers, asked: bool) -> Report:
    """Check `layers`; when the user `asked` about their own folders, report on those files alone.

    The bundled data is still loaded (the user's files may name its roles and sections), but its
    files, roles and warnings are counted only when no folder is given: then it is what was asked.
    UsageError when the folders asked about hold no data file: nothing was checked, which must not read as OK.
    """
    bundled = bundled_dir().resolve()
    mine = [d for d, _ in layers if not (asked and d.resolve() == bundled)]
    scanned = [scan(directory) for directory in mine]
    files = {shown(path) for readable, _ in scanned for path in readable}
    passed = {shown(entry.path) for _, skipped in scanned for entry in skipped}
    if not files and mine:
        raise UsageError("nothing_to_check", paths=[shown(d) for d in mine])
    found, problems = check(layers)
    if asked:  # errors stop every command, so all are shown; warnings only about the user's own files
        places = files | passed | {shown(d) for d in mine}
        problems = [p for p in problems if not p.warning or p.path in places]
    roles = sum(1 for role in found.roles.values() if not asked or role.origin.path in files)
    structures = sum(1 for structure in found.structures.values() if not asked or structure.origin.path in files)
    return Report(problems, len(files), roles, structures)


def default_folders(env_paths: list[Path], here: Path) -> tuple[list[Path], str]:
    """What a plain `validate` checks: $TECHEXEC_DATA's folders, else the data files in the current folder
    (only those in it, not below: a home or project folder holds much other YAML), else the bundled data alone.

    The second value says where they came from: 'env', 'here' or 'bundled'.
    """
    if env_paths:
        return env_paths, "env"
    try:
        found = sorted(p for p in here.iterdir() if p.suffix in SUFFIXES and not p.name.startswith(".") and p.is_file())
    except OSError:
        found = []
    return (found, "here") if found else ([], "bundled")
