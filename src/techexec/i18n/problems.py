"""The problems found in data files, worded in English and Dutch: file:line:column, then what is wrong."""

from __future__ import annotations

from typing import Any

from techexec.errors import Problem
from techexec.i18n.problem_terms import what_nl, yaml_nl
from techexec.safe_text import clean

_PHRASES: dict[str, tuple[str, str]] = {  # (en, nl); facts in braces, lists already joined
    "not_mapping": (
        "{what} must be a mapping (key: value), not {found}",
        "{what} moet een mapping (sleutel: waarde) zijn, maar is {found}",
    ),
    "repeated_key": ("{what}: key '{key}' appears twice", "{what}: sleutel '{key}' staat er twee keer"),
    "unknown_key": ("{what}: unknown key '{key}'.", "{what}: onbekende sleutel '{key}'."),
    "missing_keys": ("{what}: missing required key{s} {keys}", "{what}: verplichte sleutel{s} {keys} ontbre{ekt}"),
    "not_text": (
        "{what} must be text, not {found} (put quotes around it)",
        "{what} moet tekst zijn, maar is {found} (zet er aanhalingstekens omheen)",
    ),
    "empty": ("{what} must not be empty", "{what} mag niet leeg zijn"),
    "bad_id": (
        "{what} '{value}' must be lower-case letters, digits, '-' or '_' (at most 64)",
        "{what} '{value}' mag alleen kleine letters, cijfers, '-' en '_' bevatten (hoogstens 64)",
    ),
    "not_boolean": ("{what} must be true or false, not {found}", "{what} moet true of false zijn, maar is {found}"),
    "not_choice": (
        "{what} '{value}' is not one of: {allowed}.",
        "{what} '{value}' is geen van de toegestane waarden: {allowed}.",
    ),
    "not_count": (
        "{what} must be a whole number from 1, not {found}",
        "{what} moet een geheel getal vanaf 1 zijn, maar is {found}",
    ),
    "not_numbers": (
        "{what} must be a list of sentence numbers, like [3] or [3, 4]",
        "{what} moet een lijst zinsnummers zijn, zoals [3] of [3, 4]",
    ),
    "not_increasing": (
        "{what} must be in increasing order, each number once",
        "{what} moet oplopen, met elk nummer één keer",
    ),
    "general_cites": (
        "{what}: general knowledge cites no sentences and has no kind; remove '{key}'",
        "{what}: algemene kennis citeert geen zinnen en heeft geen kind; verwijder '{key}'",
    ),
    "not_list": (
        "{what} must be a list (lines starting with '- '), not {found}",
        "{what} moet een lijst zijn (regels die met '- ' beginnen), maar is {found}",
    ),
    "missing_language": ("{what}: missing the {languages} text", "{what}: de {languages} tekst ontbre{ekt}"),
    "no_language": (
        "{what}: needs text in at least one language ({languages})",
        "{what}: heeft tekst nodig in minstens één taal ({languages})",
    ),
    "duplicate": (
        "duplicate {kind} '{id}' (first defined at {first})",
        "{kind} '{id}' komt twee keer voor (eerst gedefinieerd in {first})",
    ),
    "second_comparison": (
        "a second comparison of {roles} (first at {first})",
        "een tweede vergelijking van {roles} (de eerste staat in {first})",
    ),
    "provenance_needs_source": (
        "node: 'sentences' and 'kind' need a 'source'",
        "knoop: 'sentences' en 'kind' hebben een 'source' nodig",
    ),
    "sections_not_mapping": (
        "sections must be a mapping of section id to its title",
        "sections moet een mapping van sectie-id naar titel zijn",
    ),
    "comparison_roles": (
        "comparison roles: name two or more different roles",
        "vergelijkingsrollen: noem twee of meer verschillende rollen",
    ),
    "core_stranger": (
        "core: '{role}' is not one of this comparison's roles ({roles})",
        "core: '{role}' is geen van de rollen in deze vergelijking ({roles})",
    ),
    "core_twice": (
        "core: a second line for '{role}'; each role has one",
        "core: een tweede regel voor '{role}'; elke rol heeft er één",
    ),
    "core_missing": (
        "core: no line for {roles}; each role of the comparison needs one",
        "core: geen regel voor {roles}; elke rol in de vergelijking heeft er een nodig",
    ),
    "releases_not_mapping": (
        "releases must be a mapping of release id to its description",
        "releases moet een mapping van release-id naar beschrijving zijn",
    ),
    "concept_needs_scheme": (
        "concept: missing required key 'scheme' ({schemes})",
        "concept: verplichte sleutel 'scheme' ontbreekt ({schemes})",
    ),
    "nearest_alone": (
        "listed_as: 'nearest' means O*NET does not list the role; it cannot go with a listing",
        "listed_as: 'nearest' betekent dat O*NET de rol niet noemt; het kan niet samengaan met een vermelding",
    ),
    "no_roles": ("no roles defined", "geen rollen gedefinieerd"),
    "no_structure": (
        "no reporting structure (structure) defined: org-tree has nothing to draw",
        "geen rapportagestructuur (structure) gedefinieerd: org-tree heeft niets te tekenen",
    ),
    "too_big": ("file is {size} MiB; the limit is {limit} MiB", "het bestand is {size} MiB; de limiet is {limit} MiB"),
    "unreadable": ("cannot read file: {reason}", "kan het bestand niet lezen: {reason}"),
    "invalid_yaml": ("invalid YAML: {reason}", "ongeldige YAML: {reason}"),
    "too_deep": ("nesting is too deep (the limit is {limit} levels)", "te diep genest (de limiet is {limit} niveaus)"),
    "binary": (
        "binary file (contains a NUL byte); data files are UTF-8 YAML",
        "binair bestand (bevat een NUL-byte); gegevensbestanden zijn YAML in UTF-8",
    ),
    "not_utf8": (
        "not valid UTF-8 (byte {byte}); save the file as UTF-8",
        "geen geldige UTF-8 (byte {byte}); sla het bestand op als UTF-8",
    ),
    "alias": (
        "YAML aliases (*name) are not supported; write the value out",
        "YAML-aliassen (*naam) worden niet ondersteund; schrijf de waarde voluit",
    ),
    "tag": (
        "YAML tag '{tag}' is not allowed; only plain values, lists and mappings",
        "YAML-tag '{tag}' is niet toegestaan; alleen gewone waarden, lijsten en mappings",
    ),
    "unknown_role": ("unknown role '{name}'.", "onbekende rol '{name}'."),
    "unknown_source": ("unknown source '{name}'.", "onbekende bron '{name}'."),
    "unknown_concept": ("unknown concept '{name}'.", "onbekend concept '{name}'."),
    "unknown_release": ("unknown release '{name}'.", "onbekende release '{name}'."),
    "no_sentences": (
        "cites section '{section}' without its sentences: add sentences: [N] (it has {count})",
        "citeert sectie '{section}' zonder zinnen: voeg sentences: [N] toe (de sectie heeft er {count})",
    ),
    "no_such_sentence": (
        "section '{section}' has {count} sentences, so there is no sentence {n}",
        "sectie '{section}' heeft {count} zinnen, dus er is geen zin {n}",
    ),
    "placed_twice": (
        "structure '{structure}': role '{role}' already has a place at line {first}; "
        "a role has one solid parent (use a dotted line for the other)",
        "structuur '{structure}': rol '{role}' heeft al een plaats op regel {first}; "
        "een rol heeft één directe leidinggevende (gebruik een stippellijn voor de andere)",
    ),
    "several_roots": (
        "structure '{structure}' has several roots ({names}); all nodes but one need a parent",
        "structuur '{structure}' heeft meer dan één top ({names}); alle rollen op één na hebben een parent nodig",
    ),
    "parent_missing": (
        "structure '{structure}': parent '{parent}' of '{role}' is not in this structure.",
        "structuur '{structure}': parent '{parent}' van '{role}' staat niet in deze structuur.",
    ),
    "cycle": (
        "structure '{structure}' has a reporting cycle: {loop}",
        "structuur '{structure}' rapporteert in een kring: {loop}",
    ),
    "wrong_release": (
        "{scheme} concept '{concept}' cites {release_scheme} release '{release}'",
        "{scheme}-concept '{concept}' citeert {release_scheme}-release '{release}'",
    ),
    "isco_not_isco": (
        "isco of '{concept}' must be an isco concept, not '{group}'",
        "isco van '{concept}' moet een isco-concept zijn, niet '{group}'",
    ),
    "wrong_scheme": (
        "role '{role}': {scheme} entry names {found} concept '{concept}'",
        "rol '{role}': {scheme}-item noemt {found}-concept '{concept}'",
    ),
    "differs_not_related": (
        "role '{role}': differs_from is for related roles (add related: true)",
        "rol '{role}': differs_from is voor verwante rollen (voeg related: true toe)",
    ),
    "shared_acronym": (
        "related role '{role}' shares the acronym {acronym} with '{twin}': say how they differ (differs_from: {{role: {twin}, ...}})",
        "verwante rol '{role}' deelt het acroniem {acronym} met '{twin}': zeg waarin ze verschillen (differs_from: {{role: {twin}, ...}})",
    ),
    "shared_name": (
        "role '{role}' shares the name '{name}' with {others}; looking it up will list both",
        "rol '{role}' deelt de naam '{name}' met {others}; wie die naam opzoekt, krijgt ze allebei te zien",
    ),
}
_TAILS = {
    "did_you_mean": (" Did you mean: {words}?", " Bedoelde u: {words}?"),
    "known": (" Known keys: {words}.", " Bekende sleutels: {words}."),
}
_WARNING = ("warning: ", "waarschuwing: ")
_FOUND = {  # what a value holds instead of what was asked
    "mapping": ("a mapping", "een mapping"),
    "list": ("a list", "een lijst"),
    "a_number": ("a number", "een getal"),
    "boolean": ("true/false", "true/false"),
    "empty": ("empty", "leeg"),
}
_LANGUAGE_NL = {"en": "Engelse", "nl": "Nederlandse"}


def problem_line(problem: Problem, lang: str) -> str:
    """The problem as one line, file:line:column first so editors can jump to it."""
    nl = lang == "nl"
    kind = _WARNING[nl] if problem.warning else ""
    return clean(f"{problem.place}: {kind}{problem_message(problem, lang)}")


def problem_message(problem: Problem, lang: str) -> str:
    """What is wrong, without the place."""
    nl = lang == "nl"
    facts = _facts(problem.key, problem.facts, nl)
    text = _PHRASES[problem.key][nl].format(**facts)
    suggestions = problem.facts.get("suggestions")
    if suggestions:
        return text + _TAILS["did_you_mean"][nl].format(words=", ".join(suggestions))
    if problem.key == "unknown_key":
        return text + _TAILS["known"][nl].format(words=", ".join(problem.facts["known"]))
    return text


def _facts(key: str, given: dict[str, Any], nl: bool) -> dict[str, Any]:
    """The facts as the phrases show them: lists joined, kinds and field names in the user's language."""
    facts = dict(given)
    for name in ("allowed", "roles", "names", "others", "schemes"):
        if name in facts:
            facts[name] = ", ".join(facts[name])
    if "loop" in facts:
        facts["loop"] = " -> ".join(facts["loop"])
    if "found" in facts and key != "wrong_scheme":
        found, value = facts["found"]
        facts["found"] = _FOUND[found][nl] if found in _FOUND else (value if found == "number" else f"'{value}'")
    if "keys" in facts:
        many = len(facts["keys"]) > 1
        facts["keys"] = ", ".join(repr(k) for k in facts["keys"])
        facts["s"] = "s" if many else ""
        facts["ekt"] = "ken" if many else "ekt"
    if key == "missing_language":
        languages = facts["languages"]
        facts["ekt"] = "ken" if len(languages) > 1 else "ekt"
        facts["languages"] = (
            " en ".join(_LANGUAGE_NL.get(code, code) for code in languages) if nl else " and ".join(languages)
        )
    elif "languages" in facts:
        facts["languages"] = ", ".join(facts["languages"])
    if nl:
        for name in ("what", "kind"):
            if name in facts:
                facts[name] = what_nl(facts[name])
    if nl and key == "invalid_yaml":
        facts["reason"] = yaml_nl(facts["reason"])
    return facts
