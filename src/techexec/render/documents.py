"""Plain dicts in one language for --format json (and any other structured format).

Every text is a plain string in the document's `lang`; one the data lacks in `lang` names the language it
is in under `<key>_lang` beside it (`title_lang`, a claim's `text_lang`). Role and structure dicts follow
the data file schema, so an export loads back with --data; what techexec computes is under `derived`.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from techexec.answers.classified import shares_acronym, told_apart, twin
from techexec.i18n.book import phrase
from techexec.i18n.problems import problem_message
from techexec.model import SECTIONS, STATED, Claim, Dataset, Dotted, Node, Role, Structure, Text, claims
from techexec.questions.classification import isco_codes, occupations, releases
from techexec.questions.orgtree import Branch, chart_order, placements, tree, walk

if TYPE_CHECKING:
    from techexec.questions.compare import Cell, Comparison
    from techexec.questions.search import Answer
    from techexec.questions.validate import Report

FORMAT = "techexec/2"  # 2: text fields are plain strings in `lang`; 1 keyed them by language
Doc = dict[str, Any]


def show(data: Dataset, role: Role, lang: str) -> Doc:
    lines = [
        {
            "structure": p.structure.id,
            "parent": p.parent.role if p.parent else None,
            "merged_with": [r for r in p.node.roles if r != role.id],
            **({"source": p.node.source} if p.node.source else {}),
            **_cited(p.node),
        }
        for p in placements(data, role.id)
    ]
    derived: Doc = {"reports_to": lines}
    if role.id in data.classified:
        derived["classified"] = classified(data, role.id, lang)
    if role.related:
        other = twin(data, role)
        derived["not_from_article"] = True
        derived["shares_acronym_with"] = other.id if other and shares_acronym(role, other) else None
    derived["confused_with_it"] = [
        r.id for r in data.roles.values() if r.differs_from and r.differs_from.role == role.id
    ]
    return _doc(lang, role=role_dict(role, lang), derived={**derived, **credits(data, [role.id], lang)})


def role_list(data: Dataset, lang: str, roles: list[Role] | None = None, isco: str | None = None) -> Doc:
    """Every role (or those `list --isco` chose), article roles first; related ones say so."""
    chosen = chart_order(data) if roles is None else roles
    items = [
        {
            "id": r.id,
            "acronym": r.acronym,
            **_text("title", r.title, lang),
            "summary": _claim(r.summary, lang),
            **_related(r, lang),
        }
        for r in sorted(chosen, key=lambda r: r.related)
    ]
    if isco is None:
        return _doc(lang, roles=items)
    found = {r.id: list(isco_codes(data, r.id)) for r in chosen}
    return _doc(lang, roles=items, derived={"isco": isco, "isco_codes": found, **credits(data, list(found), lang)})


def _related(role: Role, lang: str) -> Doc:
    """A related role's marks, so that a list loads back as the same roles."""
    if not role.related:
        return {}
    return {"related": True, **({"differs_from": _claim(role.differs_from, lang)} if role.differs_from else {})}


def classified(data: Dataset, role_id: str, lang: str) -> Doc:
    """A role's entries per scheme, with codes, labels, how each fits and the release it quotes."""
    doc: Doc = {"esco": [], "isco": [], "onet": []}
    for entry in occupations(data, role_id):
        concept = entry.concept
        item: Doc = {"code": concept.code, **_text("label", concept.label, lang), "match": entry.match}
        if concept.uri:
            item["uri"] = concept.uri
        if entry.scheme == "onet":
            item.update(listed_as=list(entry.listed_as), titles=list(entry.titles))
        doc[entry.scheme].append({**item, "release": concept.release})
    note = data.classified[role_id].note if role_id in data.classified else None
    doc["note"] = _claim(note, lang) if note else None
    return doc


def credits(data: Dataset, role_ids: list[str], lang: str) -> Doc:
    """The credit lines, licence and notes of every release the roles' classifications quote."""
    used = releases(data, role_ids)
    if not used:
        return {}
    return {
        "credits": [
            {
                "release": r.id,
                "name": r.name,
                "url": r.url,
                "credit": list(r.credit),
                **_text("licence", r.licence, lang),
                **_text("note", r.note, lang),
            }
            for r in used
        ]
    }


def comparison(data: Dataset, result: Comparison, lang: str) -> Doc:
    """The comparison: contrasts and one-person boxes first, then each dimension's values and shared claims."""
    rows = [
        {
            "id": d.key,
            "label": phrase(d.key, lang),
            "same": d.same,
            "values": {
                role.id: _cell(data, d.key, role, cell, lang) for role, cell in zip(result.roles, d.cells, strict=True)
            },
            "shared_claims": [{"roles": list(s.roles), **_claim(s.claim, lang)} for s in d.shared],
        }
        for d in result.dimensions
    ]
    contrasts = [
        {"roles": list(c.roles), "core": [_claim(x, lang) for x in c.core], "alike": [_claim(x, lang) for x in c.alike]}
        for c in result.contrasts
    ]
    return _doc(
        lang,
        derived={
            **credits(data, [r.id for r in result.roles], lang),
            "told_apart": [_claim(c, lang) for c in told_apart(result.roles)],
            "compare": [r.id for r in result.roles],
            "contrasts": contrasts,
            "one_position": [{"structure": v, "roles": list(held)} for v, held in result.one_box],
            "dimensions": rows,
            "shared": [d.key for d in result.shared()],
            "differs": [d.key for d in result.differing()],
        },
    )


def _cell(data: Dataset, key: str, role: Role, cell: Cell, lang: str) -> Doc:
    """A role's answer; on the reporting line the value is a role id, 'varies' or null (top of the chart),
    and `by_structure` gives the boss (null: none) in each structure; the classification row adds `entries`."""
    from techexec.questions.compare import TOP, VARIES

    def plain(value: str | None) -> str | None:
        return "varies" if value == VARIES else None if value == TOP else value

    doc: Doc = {"value": plain(cell.value)}
    if cell.bosses:
        doc["by_structure"] = {structure: plain(boss) for structure, boss in cell.bosses}
    if key == "classified":
        doc["entries"] = classified(data, role.id, lang)
    return {**doc, "claims": [_claim(c, lang) for c in cell.claims]}


def org_tree(data: Dataset, structure: Structure, lang: str, highlight: Collection[str]) -> Doc:
    others = [v.id for v in data.structures.values() if v is not structure]
    return _doc(
        lang,
        structure=structure_dict(structure, lang),
        derived={"tree": _branch(tree(structure)), "other_structures": others, "highlight": list(highlight)},
    )


def org_trees(data: Dataset, structures: list[Structure], lang: str, highlight: Collection[str]) -> Doc:
    """Every structure (org-tree --structure all), each with its tree."""
    trees = [{**structure_dict(s, lang), "tree": _branch(tree(s))} for s in structures]
    return _doc(lang, structures=trees, derived={"highlight": list(highlight)})


def structure_list(data: Dataset, lang: str) -> Doc:
    """org-tree --list: each structure's id and name, the default marked."""
    listed = [{"id": s.id, **_text("name", s.name, lang), "default": s.default} for s in data.structures.values()]
    return _doc(lang, structures=listed)


def role_dict(role: Role, lang: str) -> Doc:
    doc: Doc = {"id": role.id, "acronym": role.acronym, **_text("title", role.title, lang)}
    doc["aliases"] = list(role.aliases)
    if role.group:
        doc["group"] = role.group
    if role.related:
        doc["related"] = True
    if role.differs_from:
        doc["differs_from"] = _claim(role.differs_from, lang)
    for section in SECTIONS:
        found = [_claim(c, lang) for c in claims(role, section)]
        if section.many:
            doc[section.key] = found
        elif found:
            doc[section.key] = found[0]
    return doc


def structure_dict(structure: Structure, lang: str) -> Doc:
    doc: Doc = {"id": structure.id, **_text("name", structure.name, lang), "default": structure.default}
    if structure.description:
        doc["description"] = _claim(structure.description, lang)
    doc["nodes"] = [_node(n) for n in structure.nodes]
    doc["dotted"] = [
        {"from": d.start, "to": d.end, **_text("text", d.text, lang), "source": d.source, **_cited(d)}
        for d in structure.dotted
    ]
    return doc


def _node(node: Node) -> Doc:
    fields = (("role", node.role), ("also", list(node.also)), ("parent", node.parent), ("source", node.source))
    return {**{k: v for k, v in fields if v}, **_cited(node)}


def _cited(item: Claim | Node | Dotted) -> Doc:
    """`sentences` and `kind` as in the data files: only when there are sentences, only when not stated."""
    doc: Doc = {"sentences": list(item.sentences)} if item.sentences else {}
    return {**doc, "kind": item.kind} if item.kind != STATED else doc


def _branch(root: Branch) -> list[Doc]:
    """The chart top-down (pre-order) as a flat list with depths: no nesting, so any depth serialises."""
    return [
        {"role": branch.node.role, "also": list(branch.node.also), "parent": parent, "depth": depth}
        for branch, parent, depth in walk(root)
    ]


def _claim(claim: Claim, lang: str) -> Doc:
    doc: Doc = {}
    if claim.role:
        doc["role"] = claim.role
    if claim.value:
        doc["value"] = claim.value
    return {**doc, **_text("text", claim.text, lang), "source": claim.source, **_cited(claim)}


def _text(key: str, text: Text, lang: str) -> dict[str, str]:
    """{key: the text in `lang`}; without it, the text the data has, and `{key}_lang` names its language."""
    if lang in text:
        return {key: text[lang]}
    first = next(iter(text), None)
    return {key: text[first], f"{key}_lang": first} if first else {}


def _doc(lang: str, **parts: Any) -> Doc:
    return {"format": FORMAT, "lang": lang, **parts}


def search_answer(answer: Answer, lang: str) -> Doc:
    hits = [
        {
            "kind": hit.kind,
            "id": hit.id,
            "score": hit.score,
            "matches": [
                {"field": m.field, "text": m.text, "spans": [list(s) for s in m.spans], "source": m.source}
                | {"kind": m.kind, "sentences": list(m.sentences)}
                for m in hit.matches
            ],
        }
        for hit in answer.hits
    ]
    return _doc(
        lang,
        derived={
            "terms": list(answer.terms),
            "results": hits,
            "suggestions": list(answer.suggestions),
            "named_roles": list(answer.named),
        },
    )


def validation(report: Report, lang: str) -> Doc:
    """`validate --format json`: the counts and every problem, for scripts and editors."""
    problems = [
        {
            "path": p.path,
            "line": p.line,
            "column": p.column,
            "severity": "warning" if p.warning else "error",
            "message": problem_message(p, lang),
        }
        for p in report.problems
    ]
    counts = {"files": report.files, "roles": report.roles, "structures": report.structures}
    return {
        "format": FORMAT,
        "ok": not report.errors,
        **counts,
        "errors": report.errors,
        "warnings": report.warnings,
        "problems": problems,
    }
