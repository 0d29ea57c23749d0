"""Which language to speak: --lang, then TECHEXEC_LANG, then LANGUAGE and LANG, then English."""

from __future__ import annotations

from collections.abc import Mapping

from techexec.errors import UsageError
from techexec.matching import close_matches
from techexec.model import LANGUAGES, Dataset

FALLBACK = "en"


def resolve(option: str | None, environ: Mapping[str, str]) -> str:
    """The language to use; an explicit --lang is strict, the environment only a preference list."""
    if option is not None:
        code = _code(option)
        if code not in LANGUAGES:
            choices = list(LANGUAGES)
            raise UsageError(
                "unknown_language", option=option, choices=choices, suggestions=close_matches(option, choices)
            )
        return code
    for candidate in preferences(environ):
        if candidate in LANGUAGES:
            return candidate
    return FALLBACK


def wording(option: str | None, environ: Mapping[str, str]) -> str:
    """The language to word a message in: like `resolve`, but an unknown --lang falls back instead of failing."""
    code = _code(option or "")
    if code in LANGUAGES:
        return code
    return next((c for c in preferences(environ) if c in LANGUAGES), FALLBACK)


def untranslated(data: Dataset, lang: str) -> int:
    """How many roles, structures and comparisons lack text in `lang` somewhere (they fall back to another language)."""
    return sum(_lacks(x, lang) for x in [*data.roles.values(), *data.structures.values(), *data.contrasts])


def _lacks(record: object, lang: str) -> bool:
    """Whether some language mapping inside a role or structure has no `lang`, found by walking its fields.

    Texts are plain dicts (what the loader and the cache make); checking `dict` rather than the
    Mapping ABC, and stopping at the first, keeps this to milliseconds for 10,000 roles.
    """
    stack: list[object] = [record]
    while stack:
        item = stack.pop()
        if isinstance(item, tuple):  # records (named tuples) and tuples of them
            stack.extend(item)
        elif isinstance(item, dict) and item and lang not in item:
            return True
    return False


def preferences(environ: Mapping[str, str]) -> list[str]:
    """Language codes in priority order, after the tldr client specification.

    LANGUAGE (colon-separated) is honoured only when LANG is set and is not C or POSIX.
    """
    wanted = [_code(environ.get("TECHEXEC_LANG", ""))]
    lang = environ.get("LANG", "")
    if _code(lang):
        wanted += [_code(item) for item in environ.get("LANGUAGE", "").split(":")]
        wanted.append(_code(lang))
    return [code for code in wanted if code]


def _code(value: str) -> str:
    """'nl_BE.UTF-8' -> 'nl'; 'C' and 'POSIX' -> ''."""
    base = value.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return "" if base in ("c", "posix") else base
