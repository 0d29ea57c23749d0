"""Where data lives: the bundled directory and the data files below a directory."""

from __future__ import annotations

from pathlib import Path

SUFFIXES = (".yaml", ".yml", ".json")
Layers = list[tuple[Path, bool]]  # (directory or file, both languages required), later ones override earlier ids


PACKAGE = Path(__file__).resolve().parents[1]  # src/techexec, or site-packages/techexec


def bundled_dir() -> Path:
    """The data shipped with techexec: techexec/bundled in a wheel, the repo's data/ in a checkout."""
    packaged = PACKAGE / "bundled"
    return packaged if packaged.is_dir() else PACKAGE.parents[1] / "data"


def data_files(directory: Path) -> list[Path]:
    """YAML and JSON files below `directory`, in a stable order."""
    if directory.is_file():
        return [directory]
    return sorted(p for p in directory.rglob("*") if p.suffix in SUFFIXES and p.is_file())
