"""Plain dicts in one language for --format json (and any other structured format).

Role and variant dicts use the data file schema, so an export loads back with --data;
what techexec computes goes under `derived`, which the loader ignores.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from techexec.model import SECTIONS, STATED, Claim, Dataset, Dotted, Node, Role, Text, Variant, claims
from techexec.orgtree import Branch, chart_order, placements, tree, walk
from techexec.render.labels import label

if TYPE_CHECKING:
    from techexec.compare import Cell, Comparison
    from techexec.search import Answer

FORMAT = "techexec/1"
Doc = dict[str, Any]


def show(data: Dataset, role: Role, lang: str) -> Doc:
    lines = [
        {
            "variant": p.variant.id,
            "parent": p.parent.role if p.parent else None,
            "merged_with": [r for r in p.node.roles if r != role.id],
        }
        for p in placements(data, role.id)
    ]
    return _doc(lang, role=role_dict(role, lang), derived={"reports_to": lines})


def role_list(data: Dataset, lang: str) -> Doc:
    roles = [
        {"id": r.id, "acronym": r.acronym, "title": _text(r.title, lang), "summary": _claim(r.summary, lang)}
        for r in chart_order(data)
    ]
    return _doc(lang, roles=roles)


def comparison(result: Comparison, lang: str) -> Doc:
    """The comparison: contrasts and one-person boxes first, then each dimension's values and shared claims."""
    rows = [
        {
            "id": d.key,
            "label": label(d.key, lang),
            "same": d.same,
            "values": {role.id: _cell(cell, lang) for role, cell in zip(result.roles, d.cells, strict=True)},
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
            "compare": [r.id for r in result.roles],
            "contrasts": contrasts,
            "one_position": [{"structure": v, "roles": list(held)} for v, held in result.one_box],
            "dimensions": rows,
            "shared": [d.key for d in result.shared()],
            "differs": [d.key for d in result.differing()],
        },
    )


def _cell(cell: Cell, lang: str) -> Doc:
    """A role's answer; on the reporting line the value is a role id, 'varies' or null (top of the chart),
    and `by_structure` gives the boss (null: none) in each structure."""
    from techexec.compare import TOP, VARIES

    def plain(value: str | None) -> str | None:
        return "varies" if value == VARIES else None if value == TOP else value

    doc: Doc = {"value": plain(cell.value)}
    if cell.bosses:
        doc["by_structure"] = {variant: plain(boss) for variant, boss in cell.bosses}
    return {**doc, "claims": [_claim(c, lang) for c in cell.claims]}


def org_tree(data: Dataset, variant: Variant, lang: str, highlight: str | None) -> Doc:
    others = [v.id for v in data.variants.values() if v is not variant]
    return _doc(
        lang,
        variant=variant_dict(variant, lang),
        derived={"tree": _branch(tree(variant)), "other_variants": others, "highlight": highlight},
    )


def role_dict(role: Role, lang: str) -> Doc:
    doc: Doc = {"id": role.id, "acronym": role.acronym, "title": _text(role.title, lang), "aliases": list(role.aliases)}
    if role.group:
        doc["group"] = role.group
    for section in SECTIONS:
        found = [_claim(c, lang) for c in claims(role, section)]
        if section.many:
            doc[section.key] = found
        elif found:
            doc[section.key] = found[0]
    return doc


def variant_dict(variant: Variant, lang: str) -> Doc:
    doc: Doc = {"id": variant.id, "name": _text(variant.name, lang), "default": variant.default}
    if variant.description:
        doc["description"] = _claim(variant.description, lang)
    doc["nodes"] = [_node(n) for n in variant.nodes]
    doc["dotted"] = [
        {"from": d.start, "to": d.end, **_text(d.text, lang), "source": d.source, **_cited(d)} for d in variant.dotted
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
    return {**doc, **_text(claim.text, lang), "source": claim.source, **_cited(claim)}


def _text(text: Text, lang: str) -> dict[str, str]:
    """{lang: text}: the requested language, or the one the data has, labelled truthfully."""
    if lang in text:
        return {lang: text[lang]}
    first = next(iter(text))
    return {first: text[first]}


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
