"""`techexec init`: a small, commented, valid example of a company's own structure."""

from __future__ import annotations

import os
from pathlib import Path

from techexec.data.saving import save, shown
from techexec.errors import TechexecError

FILENAME = "company.yaml"
EXAMPLE = """\
{intro}

sources:
  sections:
    # {sources}
    org-handbook:
      en: Our organisation handbook
      nl: Ons organisatiehandboek

roles:
  - id: platform
    acronym: HoP
    group: technology      # {group}
    title:
      en: Head of Platform
      nl: Hoofd Platform
    aliases: [platform lead, platformlead]
    summary:
      en: Runs the platform teams that every product team builds on, under the VP of Engineering.
      nl: Leidt de platformteams waarop elk productteam bouwt, onder de VP Engineering.
      source: org-handbook
    audience:
      value: internal
      en: The product and engineering teams.
      nl: De product- en ontwikkelteams.
      source: org-handbook
    responsibilities:
      - en: Shared infrastructure, developer tooling and reliability.
        nl: Gedeelde infrastructuur, hulpmiddelen voor ontwikkelaars en betrouwbaarheid.
        source: org-handbook

structures:
  - id: our-company
    default: true          # {default}
    name:
      en: Our company
      nl: Ons bedrijf
    description:
      en: The CTO has a VP of Engineering with a Head of Platform; the CISO reports to the CIO with a dotted line to the CEO.
      nl: Onder de CTO staat een VP Engineering met een Hoofd Platform; de CISO rapporteert aan de CIO, met een stippellijn naar de CEO.
      source: org-handbook
    nodes:                 # {nodes}
      - role: ceo
      - {{role: cio, parent: ceo, source: org-handbook}}
      - {{role: cto, parent: ceo, source: org-handbook}}
      - {{role: vpe, parent: cto, source: org-handbook}}         # {vpe}
      - {{role: platform, parent: vpe, source: org-handbook}}
      - {{role: ciso, parent: cio, source: org-handbook}}
    dotted:                # {dotted}
      - from: ciso
        to: ceo
        en: briefs the CEO on security risks
        nl: houdt de CEO op de hoogte van beveiligingsrisico's
        source: org-handbook
"""

COMMENTS = {  # the example's comments, in the language the user reads
    "en": {
        "intro": """\
# Your own organisation, for techexec. Check it with:   techexec validate {dir}
# Use it with any command:                            techexec org-tree --data {dir}
#
# This file adds to the bundled roles: the article's (ceo, cio, cto, cdo, cso, ciso) and the
# related ones people confuse with them (vpe, cpo, chief-data-officer, chief-strategy-officer,
# see techexec list). A role or structure with the same id as a bundled one replaces it. Text
# may be in English (en), Dutch (nl) or both; where one is missing, techexec shows the other.
# Roles may be named by id, acronym or title (cio, CIO, Chief Information Officer). Careful:
# in techexec cdo is the Chief *Digital* Officer and cso the Chief *Security* Officer; the
# Chief Data Officer is chief-data-officer, the Chief Strategy Officer chief-strategy-officer.
# `source:` is optional in your own data: without it, a text is shown as your own data.""",
        "sources": "What your claims cite. `general` (general knowledge) always exists.",
        "group": "colours its box in charts: business, technology or security",
        "default": "the structure org-tree draws when no --structure is given",
        "nodes": "every node but the top one has exactly one solid parent",
        "vpe": "the bundled VP of Engineering",
        "dotted": "collaboration lines: drawn apart, never part of the tree",
    },
    "nl": {
        "intro": """\
# Uw eigen organisatie, voor techexec. Controleer dit bestand met:  techexec validate {dir}
# Gebruik het bij elke opdracht:                                  techexec org-tree --data {dir}
#
# Dit bestand komt bovenop de meegeleverde rollen: die uit het artikel (ceo, cio, cto, cdo,
# cso, ciso) en de verwante rollen waarmee ze vaak worden verward (vpe, cpo, chief-data-officer,
# chief-strategy-officer; zie techexec list). Een rol of structuur met dezelfde id als een
# meegeleverde vervangt die. Tekst mag in het Engels (en), het Nederlands (nl) of allebei; waar
# een taal ontbreekt, toont techexec de andere. Een rol mag u noemen bij id, afkorting of titel
# (cio, CIO, Chief Information Officer). Let op: in techexec is cdo de Chief *Digital* Officer
# en cso de Chief *Security* Officer; de Chief Data Officer heet chief-data-officer, de Chief
# Strategy Officer chief-strategy-officer.
# `source:` (de bron) mag u in uw eigen gegevens weglaten: de tekst heet dan 'uw eigen gegevens'.""",
        "sources": "Waar uw beweringen naar verwijzen. `general` (algemene kennis) bestaat altijd.",
        "group": "kleurt het vak in organigrammen: business, technology of security",
        "default": "de structuur die org-tree tekent als u geen --structure opgeeft",
        "nodes": "elke functie behalve de bovenste heeft precies één doorgetrokken lijn omhoog",
        "vpe": "de meegeleverde VP of Engineering",
        "dotted": "samenwerkingslijnen: apart getekend, nooit deel van de boom",
    },
}


def write_example(directory: Path, lang: str = "en") -> Path:
    """Write the example dataset into `directory`, its comments in `lang`; never overwrite anything."""
    target = directory / FILENAME
    if os.path.lexists(target):
        raise TechexecError("init_exists", path=shown(target))
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise TechexecError("cannot_write", path=shown(directory), reason=exc.strerror or exc) from None
    comments = COMMENTS.get(lang, COMMENTS["en"])
    text = EXAMPLE.format(**comments).replace("{dir}", shown(directory))
    return save(target, text.encode("utf-8"), exclusive=True)  # never overwrites, even in a race
