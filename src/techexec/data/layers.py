"""The files' results joined into one Dataset: later layers override earlier ids, an id defined twice
in one layer is a problem, then the checks across files run. The cache calls `combine` with results it
kept per file; `check` parses every file (no cache)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from techexec.data import contrasts, integrity, references
from techexec.data.files import Layers, data_files, skipped_problems
from techexec.data.schema import Collected, FileResult, read_file
from techexec.errors import Problem
from techexec.model import GENERAL, OWN, Dataset


def parse_and_check(directories: Layers) -> tuple[Dataset, list[Problem]]:
    """Everything the directories define, and every problem and warning, in file order (no cache)."""
    dataset, problems = combine(
        [(directory, [read_file(path, strict) for path in data_files(directory)]) for directory, strict in directories]
    )
    return dataset, sorted([*problems, *skipped_problems(directories)], key=lambda p: (p.path, p.line, p.column))


def combine(layers: list[tuple[Path, list[FileResult]]]) -> tuple[Dataset, list[Problem]]:
    """Join the files' results, later layers overriding earlier ids, and run the checks across files."""
    found = Collected()
    for _directory, files in layers:
        layer = Collected()
        for result in files:
            _join(layer, result.found)
        for role_id in layer.roles:  # a replaced role moves to the end, after the roles it was defined with
            found.roles.pop(role_id, None)
        for table, items in _tables(found, layer):  # a later layer's ids replace earlier ones
            table.update(items)
        found.contrasts.update(layer.contrasts)
        _carry(found, layer)
    sources = {GENERAL, OWN, *found.sections, *found.releases, *found.concepts}
    role_ids = set(found.roles) | set(found.broken)  # a role with errors of its own is still known: no knock-on errors
    known = dict(role=role_ids, source=sources, concept=set(found.concepts), release=set(found.releases))
    said = [ref for ref in found.refs if ref.kind == "role_name"]
    ids, problems = references.resolve(said, found.roles, found.broken)
    found.structures, found.roles = references.renamed(found.structures, found.roles, ids)
    problems += references.confusions(said, found.roles, ids)
    problems += found.problems + integrity.references([r for r in found.refs if r.kind != "role_name"], known)
    problems += integrity.sentences(found.cited, found.counts)
    problems += integrity.structures(found.structures.values(), role_ids)
    found.structures, unusable = integrity.drawable(found.structures)
    problems += unusable
    problems += integrity.classifications(found.classified, found.concepts, found.releases)
    problems += integrity.related(found.roles)
    named = integrity.with_official_names(found.roles, found.classified, found.concepts)
    roles = dict(sorted(named.items(), key=lambda item: item[1].related))  # the article's roles first
    problems += integrity.shared_aliases(roles)  # ESCO names included: lookups use them too
    place = str(layers[-1][0]) if layers else "<none>"
    if not found.roles and not [p for p in problems if not p.warning]:
        problems.append(Problem(place, 1, 1, "no_roles", {}))
    elif found.roles and not found.structures:
        problems.append(Problem(place, 1, 1, "no_structure", {}, warning=True))
    dataset = Dataset(
        roles=roles,
        structures=found.structures,
        sections=found.sections,
        article=found.article,
        article_sections=frozenset(found.article_sections),
        author=found.author,
        contrasts=tuple(found.contrasts.values()),
        releases=found.releases,
        concepts=found.concepts,
        classified=found.classified,
        unsafe_text=any(result.unsafe for _directory, files in layers for result in files),
    )
    return dataset, sorted(problems, key=lambda p: (p.path, p.line, p.column))


def _join(layer: Collected, part: Collected) -> None:
    """Add one file's definitions to its layer; an id defined twice in a layer is a problem where it comes again."""
    kinds = ("role id", "structure id", "release id", "concept id", "classification of role")
    for kind, (table, items) in zip(kinds, _tables(layer, part), strict=True):
        for key, item in items.items():
            if key in table:
                first, here = table[key].origin, item.origin
                facts = {"kind": kind, "id": key, "first": f"{first.path}:{first.line}"}
                layer.problems.append(Problem(here.path, here.line, here.column, "duplicate", facts))
            else:
                table[key] = item
    for contrast in part.contrasts.values():
        contrasts.add(layer.contrasts, contrast, layer.problems)
    _carry(layer, part)


def _tables(into: Collected, part: Collected) -> list[tuple[dict[Any, Any], dict[Any, Any]]]:
    """The definitions kept by id: (where they go, what comes)."""
    pairs: list[tuple[dict[Any, Any], dict[Any, Any]]] = [(into.roles, part.roles), (into.structures, part.structures)]
    return [*pairs, (into.releases, part.releases), (into.concepts, part.concepts), (into.classified, part.classified)]


def _carry(into: Collected, part: Collected) -> None:
    """What is not kept by id: sections and their sizes, the article, problems, and the names to check later."""
    into.article_sections = (into.article_sections - set(part.sections)) | part.article_sections  # a user's id wins
    into.sections.update(part.sections)
    into.counts.update(part.counts)
    into.article = part.article or into.article
    into.author = part.author or into.author
    into.problems += part.problems
    into.refs += part.refs
    into.cited += part.cited
    into.broken.update(part.broken)
