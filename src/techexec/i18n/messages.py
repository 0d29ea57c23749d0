"""Every error techexec itself reports, and validate's summary, as lines in the user's language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from techexec.errors import TechexecError
from techexec.i18n.book import and_list, or_list, phrase
from techexec.i18n.problems import problem_line
from techexec.model import say

if TYPE_CHECKING:
    from techexec.questions.validate import Report


def word(error: TechexecError, lang: str) -> str:
    """The error as one line in `lang`."""
    facts = dict(error.facts)
    if error.key == "nothing_to_check":
        facts["places"] = ", ".join(facts["paths"])
    if error.key == "same_role":
        facts["names"] = and_list([f"'{name}'" for name in facts["names"]], lang)
        facts["title"] = say(facts["title"], lang)
    if error.key == "one_role":
        facts["names"] = and_list([f"'{name}'" for name in facts["names"]], lang)
        facts["ids"] = " ".join(facts["ids"])
    if error.key == "role_as_command":
        facts["what"] = phrase("some_roles", lang, facts["count"])
    if error.key == "data":
        facts["problem"] = problem_line(facts["problem"], lang)
    if error.key == "ambiguous_role":
        facts["options"] = or_list([f"{role_id} ({say(title, lang)})" for role_id, title in facts["options"]], lang)
    text = phrase(error.key, lang, **facts)
    return text + "".join(tail(lang, facts) for tail in _TAILS.get(error.key, ()))


def _listing(key: str, fact: str) -> Callable[[str, dict[str, Any]], str]:
    """A tail that lists `fact`'s words, when there are any."""

    def tail(lang: str, facts: dict[str, Any]) -> str:
        words = facts.get(fact) or []
        return " " + phrase(key, lang, words=", ".join(words)) if words else ""

    return tail


def _suggest_or_list(lang: str, facts: dict[str, Any]) -> str:
    """'Did you mean: cto?' when something is close, else the list of roles."""
    return _listing("did_you_mean", "suggestions")(lang, facts) or _known(lang, facts)


def _known(lang: str, facts: dict[str, Any]) -> str:
    """The article's roles, then the related ones apart."""
    return _listing("known_roles", "known")(lang, facts) + _listing("known_related", "related")(lang, facts)


def _more(lang: str, facts: dict[str, Any]) -> str:
    more = facts.get("more", 0)
    if not more:
        return ""
    return " " + phrase("more_problems", lang, more, more=more, command=facts.get("command", "techexec validate"))


_TAILS: dict[str, tuple[Callable[[str, dict[str, Any]], str], ...]] = {
    "unknown_role": (_suggest_or_list,),
    "missing_role": (_known,),
    "missing_roles": (_known,),
    "unknown_structure": (_listing("did_you_mean", "suggestions"), _listing("known_structures", "known")),
    "unknown_language": (_listing("known_languages", "choices"), _listing("did_you_mean", "suggestions")),
    "data": (_more,),
}


def report_lines(report: Report, lang: str) -> list[str]:
    """`validate`'s output: each problem as file:line:column, then 'N errors ... in K files' or 'OK: ...'."""
    lines = [problem_line(problem, lang) for problem in report.problems]
    tail = f", {_count(report.warnings, 'warning', lang)}" if report.warnings else ""
    files = _count(report.files, "file", lang)
    if report.errors:
        return [*lines, f"{_count(report.errors, 'error', lang)}{tail} in {files}."]
    held = f"{_count(report.roles, 'role', lang)}, {_count(report.structures, 'structure', lang)}"
    return [*lines, f"OK: {held} in {files}{tail}."]


def _count(n: int, noun: str, lang: str) -> str:
    return phrase(f"count_{noun}", lang, n, n=n)


def checked_line(how: str, folders: list[Path], lang: str) -> str:
    """The last line of a plain `validate`: which folders it found to check, and why those."""
    import shlex

    if how == "bundled":
        return phrase("checked_nothing_here", lang)
    paths = ", ".join(shlex.quote(str(folder)) for folder in folders)
    return phrase("checked_env" if how == "env" else "checked_here", lang, paths=paths)
