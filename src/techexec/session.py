"""What every command needs before it can answer: the language and the loaded data."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from techexec import lang as language
from techexec.loader import bundled_dir, load
from techexec.model import Dataset


@dataclass(frozen=True)
class Session:
    lang: str
    data: Dataset


def start(lang_option: str | None) -> Session:
    """Resolve the language first (a bad --lang needs no data), then load the bundled data."""
    lang = language.resolve(lang_option, os.environ)
    directories: list[tuple[Path, bool]] = [(bundled_dir(), True)]
    return Session(lang, load(directories))
