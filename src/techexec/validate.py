"""The closing line of `techexec validate`."""

from __future__ import annotations

from pathlib import Path

from techexec.data.files import data_files
from techexec.errors import Problem
from techexec.model import Dataset


def summary(found: Dataset, problems: list[Problem], directories: list[Path]) -> tuple[str, bool]:
    """('N errors, M warnings in K files' or 'OK: ...', clean?)."""
    files = sum(len(data_files(d)) for d in directories)
    errors = sum(not p.warning for p in problems)
    warnings = len(problems) - errors
    tail = f", {_count(warnings, 'warning')}" if warnings else ""
    if errors:
        return f"{_count(errors, 'error')}{tail} in {_count(files, 'file')}.", False
    roles, variants = len(found.roles), len(found.variants)
    return f"OK: {_count(roles, 'role')}, {_count(variants, 'structure')} in {_count(files, 'file')}{tail}.", True


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
