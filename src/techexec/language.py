"""Which language to speak: --lang, then TECHEXEC_LANG, then LANGUAGE and LANG, then English."""

from __future__ import annotations

from collections.abc import Mapping

from techexec.errors import UsageError
from techexec.matching import did_you_mean
from techexec.model import LANGUAGES

FALLBACK = "en"


def resolve(option: str | None, environ: Mapping[str, str]) -> str:
    """The language to use; an explicit --lang is strict, the environment only a preference list."""
    if option is not None:
        code = _code(option)
        if code not in LANGUAGES:
            raise UsageError(
                f"Unknown language '{option}'. Choose one of: {', '.join(LANGUAGES)}.{did_you_mean(option, list(LANGUAGES))}"
            )
        return code
    for candidate in preferences(environ):
        if candidate in LANGUAGES:
            return candidate
    return FALLBACK


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
