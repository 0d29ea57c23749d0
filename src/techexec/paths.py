"""Where data lives: the bundled directory and the data files below a directory."""

from __future__ import annotations

from pathlib import Path

SUFFIXES = (".yaml", ".yml", ".json")


def bundled_dir() -> Path:
    """The data shipped with techexec: inside the package in a wheel, at the repo root in a checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "data"
    return packaged if packaged.is_dir() else here.parents[1] / "data"


def data_files(directory: Path) -> list[Path]:
    """YAML and JSON files below `directory`, in a stable order."""
    if directory.is_file():
        return [directory]
    return sorted(p for p in directory.rglob("*") if p.suffix in (".yaml", ".yml", ".json") and p.is_file())
