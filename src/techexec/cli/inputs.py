"""What every command needs before it can answer: the language and the loaded data."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from techexec import language
from techexec.data.cache import load
from techexec.data.files import bundled_dir
from techexec.errors import UsageError
from techexec.model import Dataset


class Session(NamedTuple):
    lang: str
    data: Dataset


def start(lang_option: str | None, data: list[Path] | None = None, no_bundled: bool = False) -> Session:
    """Resolve the language first (a bad --lang needs no data), then load bundled and user data."""
    lang = language.resolve(lang_option, os.environ)
    return Session(lang, load(layers(data or [], no_bundled)))


def layers(data: list[Path], no_bundled: bool) -> list[tuple[Path, bool]]:
    """Bundled data (both languages required), then $TECHEXEC_DATA, then --data (one language is enough)."""
    env = [Path(p) for p in os.environ.get("TECHEXEC_DATA", "").split(os.pathsep) if p]
    user = [(path, False) for path in [*env, *data]]
    for path, _ in user:
        if not path.exists():
            raise UsageError(f"Data directory '{path}' does not exist.")
    return user if no_bundled else [(bundled_dir(), True), *user]


def untranslated(data: Dataset, lang: str) -> int:
    """How many roles and variants lack text in `lang` somewhere (they fall back to another language)."""

    def lacks(obj: object) -> bool:
        return any(isinstance(v, Mapping) and v and lang not in v for v in _texts(obj))

    return sum(lacks(x) for x in [*data.roles.values(), *data.variants.values()])


def _texts(obj: object) -> list[object]:
    """Every language mapping inside a role or variant, found by walking its fields."""
    found: list[object] = []
    stack: list[object] = [obj]
    while stack:
        item = stack.pop()
        if isinstance(item, tuple):  # records (named tuples) and tuples of them
            stack.extend(item)
        elif isinstance(item, Mapping):
            found.append(item)
    return found
