"""A large organisation as a real one keeps it: 10,000 roles in 100 department files, one structure.

Run: python bench/departments.py DIR [--roles 10000] [--files 100]
Department k holds roles d{k}-r{i}; the head of each department reports to the head of
department 0 (the root), everyone else to the role ten places up in the same department.
Each role has both languages, an alias and a responsibility; one dotted line per seven roles.
The structure (all nodes and dotted lines) is one more file, structure.yaml, because a
structure is one tree and lives in one file.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml


def role(rid: str) -> dict[str, object]:
    """One role with both languages, an alias and one responsibility."""
    return {
        "id": rid,
        "acronym": rid.upper(),
        "title": {"en": f"Role {rid}", "nl": f"Rol {rid}"},
        "aliases": [f"role number {rid}"],
        "summary": {"en": f"Role {rid} does things.", "nl": f"Rol {rid} doet dingen.", "source": "general"},
        "responsibilities": [{"en": "Work.", "nl": "Werk.", "source": "general"}],
    }


def generate(target: Path, roles: int = 10_000, files: int = 100) -> Path:
    """Write the organisation under `target` (created); return the department file a user edits."""
    per_file = roles // files
    target.mkdir(parents=True, exist_ok=True)
    ids: list[list[str]] = [[f"d{k}-r{i}" for i in range(per_file)] for k in range(files)]
    for k, department in enumerate(ids):
        body = {"roles": [role(rid) for rid in department]}
        (target / f"dept-{k:03}.yaml").write_text(yaml.safe_dump(body, sort_keys=False), encoding="utf-8")
    nodes: list[dict[str, str]] = []
    for k, department in enumerate(ids):
        for i, rid in enumerate(department):
            if k == 0 and i == 0:
                nodes.append({"role": rid})
                continue
            parent = ids[0][0] if i == 0 else department[(i - 1) // 10]
            nodes.append({"role": rid, "parent": parent, "source": "general"})
    flat = [rid for department in ids for rid in department]
    dotted = [
        {"from": flat[i], "to": flat[i // 2], "en": "works with", "nl": "werkt met", "source": "general"}
        for i in range(2, len(flat), 7)
    ]
    structure = {
        "id": "company",
        "default": True,
        "name": {"en": "The company", "nl": "Het bedrijf"},
        "nodes": nodes,
        "dotted": dotted,
    }
    (target / "structure.yaml").write_text(yaml.safe_dump({"structure": structure}, sort_keys=False), encoding="utf-8")
    return target / f"dept-{files // 2:03}.yaml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--roles", type=int, default=10_000)
    parser.add_argument("--files", type=int, default=100)
    args = parser.parse_args()
    print(generate(args.directory, args.roles, args.files))


if __name__ == "__main__":
    main()
