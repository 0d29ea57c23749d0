"""`techexec init`: a small, commented, valid example of a company's own structure."""

from __future__ import annotations

from pathlib import Path

from techexec.errors import TechexecError

FILENAME = "company.yaml"
EXAMPLE = """\
# Your own organisation, for techexec. Check it with:   techexec validate {dir}
# Use it with any command:                            techexec org-tree --data {dir}
#
# This file adds to the bundled roles (ceo, cio, cto, cdo, cso, ciso); a role or structure
# with the same id as a bundled one replaces it. Text may be in English (en), Dutch (nl) or
# both; where one is missing, techexec shows the other and says so.

sources:
  sections:
    # What your claims cite. `general` (general knowledge) always exists.
    org-handbook:
      en: Our organisation handbook
      nl: Ons organisatiehandboek

roles:
  - id: vpe
    acronym: VPE
    group: technology      # colours its box in charts: business, technology or security
    title:
      en: VP of Engineering
      nl: VP Engineering
    aliases: [head of engineering, hoofd engineering]
    summary:
      en: Runs the engineering teams day to day, so the CTO can work on strategy.
      nl: Leidt de engineeringteams dagelijks, zodat de CTO zich op strategie kan richten.
      source: org-handbook
    audience:
      value: internal
      en: The engineering teams.
      source: org-handbook
    responsibilities:
      - en: Hiring, delivery and engineering practices.
        source: org-handbook

variants:
  - id: our-company
    default: true          # the structure org-tree draws when no --variant is given
    name:
      en: Our company
      nl: Ons bedrijf
    description:
      en: The CTO has a VP of Engineering; the CISO reports to the CIO with a dotted line to the CEO.
      source: org-handbook
    nodes:                 # every node but the top one has exactly one solid parent
      - role: ceo
      - {role: cio, parent: ceo, source: org-handbook}
      - {role: cto, parent: ceo, source: org-handbook}
      - {role: vpe, parent: cto, source: org-handbook}
      - {role: ciso, parent: cio, source: org-handbook}
    dotted:                # collaboration lines: drawn apart, never part of the tree
      - from: ciso
        to: ceo
        en: reports security risks directly
        nl: meldt beveiligingsrisico's rechtstreeks
        source: org-handbook
"""


def write_example(directory: Path) -> Path:
    """Write the example dataset into `directory`; never overwrite anything."""
    target = directory / FILENAME
    if target.exists():
        raise TechexecError("init_exists", path=target)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with target.open("x", encoding="utf-8") as out:  # "x": fail rather than overwrite, even in a race
            out.write(EXAMPLE.replace("{dir}", str(directory)))
    except OSError as exc:
        raise TechexecError("cannot_write", path=target, reason=exc.strerror or exc) from None
    return target
