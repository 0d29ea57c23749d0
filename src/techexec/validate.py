"""`validate`'s question: what is wrong in these data files, and how much data do they hold?"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from techexec.data import check
from techexec.data.files import Layers, bundled_dir, data_files
from techexec.errors import Problem


class Report(NamedTuple):
    """Every problem found, and what was checked."""

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


def validate(layers: Layers, asked: bool) -> Report:
    """Check `layers`; when the user `asked` about their own files, the bundled files' warnings are left out."""
    found, problems = check(layers)
    if asked:
        bundled = bundled_dir().resolve()
        problems = [p for p in problems if not (p.warning and Path(p.path).resolve().is_relative_to(bundled))]
    files = sum(len(data_files(directory)) for directory, _ in layers)
    return Report(problems, files, len(found.roles), len(found.variants))
