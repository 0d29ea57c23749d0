"""`techexec init`: a small, commented, valid example of a company's own structure."""

from __future__ import annotations

import os
from pathlib import Path

from techexec.data.saving import save, shown
from techexec.errors import TechexecError

FILENAME = "company.yaml"
EXAMPLE = """\
# Your own organisation, for techexec. Check it with:   techexec validate {dir}
# Use it with any command:                            techexec org-tree --data {dir}
#
# This file adds to the bundled roles: the article's (ceo, cio, cto, cdo, cso, ciso) and the
# related ones people confuse with them (vpe, cpo, chief-data-officer, chief-strategy-officer,
# see techexec list). A role or structure with the same id as a bundled one replaces it. Text
# may be in English (en), Dutch (nl) or both; where one is missing, techexec shows the other.

sources:
  sections:
    # What your claims cite. `general` (general knowledge) always exists.
    org-handbook:
      en: Our organisation handbook
      nl: Ons organisatiehandboek

roles:
  - id: platform
    acronym: HoP
    group: technology      # colours its box in charts: business, technology or security
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
    default: true          # the structure org-tree draws when no --structure is given
    name:
      en: Our company
      nl: Ons bedrijf
    description:
      en: The CTO has a VP of Engineering with a Head of Platform; the CISO reports to the CIO with a dotted line to the CEO.
      nl: Onder de CTO staat een VP Engineering met een Hoofd Platform; de CISO rapporteert aan de CIO, met een stippellijn naar de CEO.
      source: org-handbook
    nodes:                 # every node but the top one has exactly one solid parent
      - role: ceo
      - {role: cio, parent: ceo, source: org-handbook}
      - {role: cto, parent: ceo, source: org-handbook}
      - {role: vpe, parent: cto, source: org-handbook}         # the bundled VP of Engineering
      - {role: platform, parent: vpe, source: org-handbook}
      - {role: ciso, parent: cio, source: org-handbook}
    dotted:                # collaboration lines: drawn apart, never part of the tree
      - from: ciso
        to: ceo
        en: briefs the CEO on security risks
        nl: houdt de CEO op de hoogte van beveiligingsrisico's
        source: org-handbook
"""


def write_example(directory: Path) -> Path:
    """Write the example dataset into `directory`; never overwrite anything."""
    target = directory / FILENAME
    if os.path.lexists(target):
        raise TechexecError("init_exists", path=shown(target))
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise TechexecError("cannot_write", path=shown(directory), reason=exc.strerror or exc) from None
    text = EXAMPLE.replace("{dir}", shown(directory))
    return save(target, text.encode("utf-8"), exclusive=True)  # never overwrites, even in a race
