"""Every error techexec itself reports, worded in English and Dutch."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from techexec.errors import TechexecError
from techexec.i18n.problems import problem_line
from techexec.model import say

if TYPE_CHECKING:
    from techexec.questions.validate import Report

_Phrase = tuple[str, str]  # (en, nl)

_PHRASES: dict[str, _Phrase] = {
    "unknown_role": ("Unknown role '{query}'.", "Onbekende rol '{query}'."),
    "ambiguous_role": (
        "Role name '{query}' is ambiguous: it can mean {options}. Use one of these ids.",
        "De rolnaam '{query}' is niet eenduidig: het kan gaan om {options}. Gebruik een van deze id's.",
    ),
    "missing_role": (
        "Which role? Name one, for example: techexec show cto.",
        "Welke rol? Geef er een op, bijvoorbeeld: techexec show cto.",
    ),
    "missing_roles": (
        "Compare needs at least two roles, for example: techexec compare cio cto.",
        "Geef minstens twee rollen op om te vergelijken, bijvoorbeeld: techexec compare cio cto.",
    ),
    "same_role": (
        "{names} name one and the same role, {id} ({title}): there is nothing to compare. Name another role, "
        "or see this one with: techexec show {id}",
        "{names} zijn één en dezelfde rol, {id} ({title}): er valt niets te vergelijken. Noem een andere rol, "
        "of bekijk deze met: techexec show {id}",
    ),
    "one_role": (
        "show explains one role; to put {names} side by side: techexec compare {ids}",
        "show legt één rol uit; om {names} naast elkaar te zetten: techexec compare {ids}",
    ),
    "role_as_command": (
        "'{typed}' is not a command but names {what}: did you mean {suggestion}?",
        "'{typed}' is geen opdracht maar noemt {what}: bedoelde u {suggestion}?",
    ),
    "a_role": ("a role", "een rol"),
    "roles": ("roles", "rollen"),
    "unknown_structure": ("Unknown structure '{name}'.", "Onbekende structuur '{name}'."),
    "bad_isco": (
        "'{code}' is not an ISCO-08 code: give 1 to 4 digits, e.g. --isco 1330 or --isco 13.",
        "'{code}' is geen ISCO-08-code: geef 1 tot 4 cijfers, bijvoorbeeld --isco 1330 of --isco 13.",
    ),
    "no_structures": (
        "The data you chose defines no reporting structure: add a structure (see techexec init) or leave out --no-bundled.",
        "De gekozen gegevens bevatten geen rapportagestructuur: voeg een structuur (`structure:`) toe (zie techexec init) of laat --no-bundled weg.",
    ),
    "unknown_language": ("Unknown language '{option}'.", "Onbekende taal '{option}'."),
    "no_data_dir": ("Data directory '{path}' does not exist.", "Gegevensmap '{path}' bestaat niet."),
    "nothing_to_check": (
        "Nothing to check: {places} holds no data files (.yaml, .yml or .json).",
        "Niets te controleren: {places} bevat geen gegevensbestanden (.yaml, .yml of .json).",
    ),
    "export_needs_text": (
        "--export-svg and --export-html save the text rendering; leave out --format or use --format text.",
        "--export-svg en --export-html slaan de tekstweergave op; laat --format weg of gebruik --format text.",
    ),
    "format_unavailable": ("Format '{fmt}' is not available here.", "Formaat '{fmt}' is hier niet beschikbaar."),
    "cannot_write": ("Cannot write {path}: {reason}", "Kan {path} niet schrijven: {reason}"),
    "empty_path": (
        "An empty path was given (an unset variable?): name a file or folder, or '.' for the current folder.",
        "Er is een leeg pad opgegeven (een lege variabele?): noem een bestand of map, of '.' voor de huidige map.",
    ),
    "link_refused": (
        "{path} is a symbolic link; techexec never writes through a link: remove it or choose another name.",
        "{path} is een symbolische koppeling; techexec schrijft nooit via een koppeling: verwijder die of kies een andere naam.",
    ),
    "output_failed": (
        "Cannot write the output to {path}: {reason}",
        "Kan de uitvoer niet schrijven naar {path}: {reason}",
    ),
    "pipe_closed": (
        "Output stopped early: the program reading it (such as head) closed the pipe.",
        "Uitvoer voortijdig gestopt: het programma dat haar las (zoals head) heeft de pipe gesloten.",
    ),
    "output_closed": (
        "Cannot write the output: standard output is closed.",
        "Kan de uitvoer niet schrijven: de standaarduitvoer is gesloten.",
    ),
    "output_encoding": (
        "Cannot write the output to {path}: its encoding '{encoding}' cannot show {char}; "
        "set PYTHONIOENCODING=utf-8 or use a UTF-8 locale (e.g. LANG=C.UTF-8).",
        "Kan de uitvoer niet schrijven naar {path}: de codering '{encoding}' kan {char} niet tonen; "
        "zet PYTHONIOENCODING=utf-8 of gebruik een UTF-8-locale (bv. LANG=C.UTF-8).",
    ),
    "init_exists": (
        "{path} already exists; techexec init never overwrites files.",
        "{path} bestaat al; techexec init overschrijft nooit bestanden.",
    ),
    "graphviz_missing": (
        "--format {fmt} needs Graphviz's 'dot' program, which is not on PATH: install Graphviz "
        "(Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz) or use --format dot.",
        "--format {fmt} heeft het programma 'dot' van Graphviz nodig, maar dat staat niet op het PATH: installeer "
        "Graphviz (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz) of gebruik --format dot.",
    ),
    "binary_to_terminal": (
        "--format png writes a picture, not text: send it to a file, e.g. techexec org-tree --format png > chart.png",
        "--format png schrijft een afbeelding, geen tekst: stuur die naar een bestand, bijv. "
        "techexec org-tree --format png > organigram.png",
    ),
    "graphviz_failed": ("Graphviz 'dot' failed: {reason}", "Graphviz 'dot' is mislukt: {reason}"),
    "data": ("{problem}", "{problem}"),
    "and": ("and", "en"),
    # the tails some messages end with
    "did_you_mean": (" Did you mean: {words}?", " Bedoelde u: {words}?"),
    "known_roles": (" Known roles: {words}.", " Bekende rollen: {words}."),
    "related_roles": (" Related, not from the article: {words}.", " Verwant, niet uit het artikel: {words}."),
    "structures": (" Structures: {words}.", " Structuren: {words}."),
    "languages": (" Choose one of: {words}.", " Kies uit: {words}."),
    "more_problems": (
        " (and {more} more problem{s}; run '{command}')",
        " (en nog {more} {s}; voer '{command}' uit)",
    ),
}


def word(error: TechexecError, lang: str) -> str:
    """The error as one line in `lang`."""
    facts = dict(error.facts)
    if error.key == "nothing_to_check":
        facts["places"] = ", ".join(facts["paths"])
    if error.key == "same_role":
        facts["names"] = _joined([f"'{name}'" for name in facts["names"]], lang)
        facts["title"] = say(facts["title"], lang)
    if error.key == "one_role":
        facts["names"] = _joined([f"'{name}'" for name in facts["names"]], lang)
        facts["ids"] = " ".join(facts["ids"])
    if error.key == "role_as_command":
        facts["what"] = _phrase("a_role" if facts["count"] == 1 else "roles", lang)
    if error.key == "data":
        facts["problem"] = problem_line(facts["problem"], lang)
    if error.key == "ambiguous_role":
        facts["options"] = ", ".join(f"{role_id} ({say(title, lang)})" for role_id, title in facts["options"])
    text = _phrase(error.key, lang).format(**facts)
    return text + "".join(tail(lang, facts) for tail in _TAILS.get(error.key, ()))


def _joined(words: list[str], lang: str) -> str:
    """'a, b and c' in `lang`."""
    return f"{', '.join(words[:-1])} {_phrase('and', lang)} {words[-1]}" if len(words) > 1 else "".join(words)


def _phrase(key: str, lang: str) -> str:
    en, nl = _PHRASES[key]
    return nl if lang == "nl" else en


def _listing(key: str, fact: str) -> Callable[[str, dict[str, Any]], str]:
    """A tail that lists `fact`'s words, when there are any."""

    def tail(lang: str, facts: dict[str, Any]) -> str:
        words = facts.get(fact) or []
        return _phrase(key, lang).format(words=", ".join(words)) if words else ""

    return tail


def _suggest_or_list(lang: str, facts: dict[str, Any]) -> str:
    """'Did you mean: cto?' when something is close, else the list of roles."""
    return _listing("did_you_mean", "suggestions")(lang, facts) or _known(lang, facts)


def _known(lang: str, facts: dict[str, Any]) -> str:
    """The article's roles, then the related ones apart."""
    return _listing("known_roles", "known")(lang, facts) + _listing("related_roles", "related")(lang, facts)


def _more(lang: str, facts: dict[str, Any]) -> str:
    more = facts.get("more", 0)
    if not more:
        return ""
    plural = ("s" if more != 1 else "") if lang != "nl" else ("problemen" if more != 1 else "probleem")
    return _phrase("more_problems", lang).format(more=more, s=plural, command=facts.get("command", "techexec validate"))


_TAILS: dict[str, tuple[Callable[[str, dict[str, Any]], str], ...]] = {
    "unknown_role": (_suggest_or_list,),
    "missing_role": (_known,),
    "missing_roles": (_known,),
    "unknown_structure": (_listing("did_you_mean", "suggestions"), _listing("structures", "known")),
    "unknown_language": (_listing("languages", "choices"), _listing("did_you_mean", "suggestions")),
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


_NOUNS = {  # singular, plural
    "error": (("error", "errors"), ("fout", "fouten")),
    "warning": (("warning", "warnings"), ("waarschuwing", "waarschuwingen")),
    "file": (("file", "files"), ("bestand", "bestanden")),
    "role": (("role", "roles"), ("rol", "rollen")),
    "structure": (("structure", "structures"), ("structuur", "structuren")),
}


def _count(n: int, noun: str, lang: str) -> str:
    return f"{n} {_NOUNS[noun][lang == 'nl'][n != 1]}"
