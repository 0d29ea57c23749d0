"""What every command needs before it can answer: the language and the loaded data."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple

from techexec.cli.formats import is_raw
from techexec.data import load
from techexec.data.files import Layers, bundled_dir
from techexec.data.saving import shown
from techexec.errors import DataError, UsageError
from techexec.model import Dataset
from techexec.questions import language
from techexec.safe_text import for_terminal


class Inputs(NamedTuple):
    lang: str
    data: Dataset


def prepare(
    lang_option: str | None, data: list[Path] | None = None, no_bundled: bool = False, fmt: str = "text"
) -> Inputs:
    """Resolve the language first (a bad --lang needs no data), then load the data; note untranslated text once.

    Formats not raw in the format table (all but JSON and YAML) get data with control and format characters removed.
    """
    lang = language.resolve(lang_option, os.environ)
    try:
        found = load(layers(data or [], no_bundled))
    except DataError as exc:
        exc.facts["command"] = validate_command(data or [], no_bundled)
        raise
    if not is_raw(fmt):
        found = for_terminal(found)
    missing = language.untranslated(found, lang)
    if missing:
        from techexec.i18n.book import phrase

        sys.stderr.write(phrase("untranslated_note", lang).format(n=missing, lang=lang) + "\n")
    return Inputs(lang, found)


def layers(data: list[Path], no_bundled: bool) -> Layers:
    """Bundled data (both languages required), then $TECHEXEC_DATA, then --data (one language is enough)."""
    user = [(path, False) for path in [*env_folders(), *data]]
    for path, _ in user:
        if not path.exists():
            raise UsageError("no_data_dir", path=shown(path))
    return user if no_bundled else [(bundled_dir(), True), *user]


def env_folders() -> list[Path]:
    """The folders $TECHEXEC_DATA names (separated by ':'), in order."""
    return [Path(p).expanduser() for p in os.environ.get("TECHEXEC_DATA", "").split(os.pathsep) if p.strip()]


def validate_command(data: list[Path], no_bundled: bool) -> str:
    """The validate command that checks the same data as --data/--no-bundled did, for hints to repeat."""
    import shlex

    words = ["techexec", "validate", *(shlex.quote(str(path)) for path in data)]
    return " ".join([*words, "--no-bundled"] if no_bundled else words)
