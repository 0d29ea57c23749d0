"""Dutch for the words inside data problems: the fields they are about, and PyYAML's complaints."""

from __future__ import annotations

import re

_WHAT_NL = {
    "file": "bestand",
    "role": "rol",
    "role id": "rol-id",
    "structure": "structuur",
    "structure id": "structuur-id",
    "structure name": "naam van de structuur",
    "node": "knoop",
    "node role": "rol van de knoop",
    "dotted line": "stippellijn",
    "article": "artikel",
    "article title": "titel van het artikel",
    "article author": "auteur van het artikel",
    "section id": "sectie-id",
    "release id": "release-id",
    "concept id": "concept-id",
    "classification": "classificatie",
    "classification of role": "classificatie van rol",
    "comparison": "vergelijking",
    "comparison roles": "vergelijkingsrollen",
    "comparison role": "vergelijkingsrol",
    "esco entry": "esco-item",
    "onet entry": "onet-item",
}
_SUFFIXES_NL = {
    " entry": "item in {}",
    " sentences": "sentences van {}",
    " kind": "kind van {}",
    " source": "source van {}",
    " role": "role van {}",
    " value": "value van {}",
}
_QUOTED = re.compile(r"^(section|release) ('.*')$")


def what_nl(what: str) -> str:
    """A field's description in Dutch; the YAML keys themselves (summary, title, ...) stay as written."""
    if what in _WHAT_NL:
        return _WHAT_NL[what]
    if what.endswith(")") and " (" in what:  # 'title (nl)'
        base, _, code = what.rpartition(" (")
        return f"{what_nl(base)} ({code}"
    quoted = _QUOTED.match(what)
    if quoted:
        return f"{'sectie' if quoted.group(1) == 'section' else 'release'} {quoted.group(2)}"
    if what.endswith(" concept"):
        return what.removesuffix(" concept") + "-concept"
    for suffix, phrase in _SUFFIXES_NL.items():
        if what.endswith(suffix):
            return phrase.format(what_nl(what.removesuffix(suffix)))
    return what


_YAML_NL = (  # PyYAML's most common complaints (C and Python loaders); the rarer ones stay in its English
    (
        re.compile(r"mapping values are not allowed (?:here|in this context)"),
        "hier mag geen 'sleutel: waarde' staan (zet tekst met een dubbele punt tussen aanhalingstekens)",
    ),
    (
        re.compile(r"found character .*that cannot start any token"),
        "hier staat een teken dat niet mag (een tab? Spring in met spaties)",
    ),
    (re.compile(r"did not find expected key"), "hier werd een sleutel verwacht (klopt het inspringen?)"),
    (re.compile(r"(?:could|did) not find expected (.*)"), "hier werd {0} verwacht"),
    (re.compile(r"expected (.*), but found (.*)"), "hier werd {0} verwacht, maar staat {1}"),
    (re.compile(r"found unexpected end of stream"), "het bestand houdt onverwacht op"),
    (re.compile(r"found undefined alias.*"), "onbekende alias"),
)


def yaml_nl(reason: str) -> str:
    """PyYAML's complaint in Dutch when it is a common one."""
    for pattern, phrase in _YAML_NL:
        found = pattern.fullmatch(reason)
        if found:
            return phrase.format(*(group.replace(" or ", " of ") for group in found.groups()))
    return reason
