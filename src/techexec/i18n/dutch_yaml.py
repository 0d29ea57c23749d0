"""PyYAML's most common complaints in Dutch, for the problems of a data file that is not valid YAML."""

from __future__ import annotations

import re

_YAML = (  # PyYAML's most common complaints (C and Python loaders); the rarer ones stay in its English.
    # Patterns, compiled by re on first use (cached there): compiling seven at import cost every run 1.4 ms
    (
        r"mapping values are not allowed (?:here|in this context)",
        "hier mag geen 'sleutel: waarde' staan (zet tekst met een dubbele punt tussen aanhalingstekens)",
    ),
    (
        r"found character .*that cannot start any token",
        "hier staat een teken dat niet mag (een tab? Spring in met spaties)",
    ),
    (r"did not find expected key", "hier werd een sleutel verwacht (klopt het inspringen?)"),
    (r"(?:could|did) not find expected (.*)", "hier werd {0} verwacht"),
    (r"expected (.*), but found (.*)", "hier werd {0} verwacht, maar staat {1}"),
    (r"found unexpected end of stream", "het bestand houdt onverwacht op"),
    (r"found undefined alias.*", "onbekende alias"),
)


def translated(reason: str) -> str:
    """PyYAML's complaint in Dutch when it is a common one; else as PyYAML said it."""
    for pattern, phrase in _YAML:
        found = re.fullmatch(pattern, reason)
        if found:
            return phrase.format(*(group.replace(" or ", " of ") for group in found.groups()))
    return reason
