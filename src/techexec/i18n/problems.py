"""The problems found in data files as lines: file:line:column, then what is wrong, in the user's language."""

from __future__ import annotations

from typing import Any

from techexec.errors import Problem
from techexec.i18n.book import and_list, field_name, phrase, yaml_reason
from techexec.model import say
from techexec.safe_text import clean

_FOUND = {"mapping", "list", "a_number", "boolean", "empty"}  # what a value holds instead of what was asked


def problem_line(problem: Problem, lang: str) -> str:
    """The problem as one line, file:line:column first so editors can jump to it."""
    kind = phrase("warning", lang) if problem.warning else ""
    return clean(f"{problem.place}: {kind}{problem_message(problem, lang)}")


def problem_message(problem: Problem, lang: str) -> str:
    """What is wrong, without the place."""
    facts = _facts(problem.key, problem.facts, lang)
    count = len(problem.facts.get("keys") or problem.facts.get("languages") or ()) if problem.key in _COUNTED else None
    text = phrase(problem.key, lang, count, **facts)
    again = problem.facts.get("again")
    if again:
        text += " " + phrase("used_again", lang, len(again), lines=", ".join(map(str, again)))
    suggestions = problem.facts.get("suggestions")
    if suggestions:
        return f"{text} {phrase('did_you_mean', lang, words=', '.join(suggestions))}"
    if problem.key == "undefined_role":
        return f"{text} {phrase('define_role', lang)}"
    if problem.key == "unknown_key":
        return f"{text} {phrase('known_keys', lang, words=', '.join(problem.facts['known']))}"
    return text


_COUNTED = {"missing_keys", "missing_language"}  # their verb and noun follow how many


def _facts(key: str, given: dict[str, Any], lang: str) -> dict[str, Any]:
    """The facts as the phrases show them: lists joined, kinds and field names in the user's language."""
    facts = dict(given)
    for name in ("title", "other_title"):
        if name in facts:
            facts[name] = say(facts[name], lang)
    for name in ("allowed", "roles", "names", "others", "schemes", "ids", "words"):
        if name in facts:
            facts[name] = ", ".join(facts[name])
    if "loop" in facts:
        facts["loop"] = " -> ".join(facts["loop"])
    if "found" in facts and key != "wrong_scheme":
        found, value = facts["found"]
        facts["found"] = (
            phrase(f"found_{found}", lang) if found in _FOUND else (value if found == "number" else f"'{value}'")
        )
    if "keys" in facts:
        facts["keys"] = ", ".join(repr(k) for k in facts["keys"])
    if key == "missing_language":
        facts["languages"] = and_list([phrase(f"language_{code}", lang) for code in facts["languages"]], lang)
    elif "languages" in facts:
        facts["languages"] = ", ".join(facts["languages"])
    for name in ("what", "kind"):
        if name in facts:
            facts[name] = field_name(facts[name], lang)
    if key == "invalid_yaml":
        facts["reason"] = yaml_reason(facts["reason"], lang)
    return facts
