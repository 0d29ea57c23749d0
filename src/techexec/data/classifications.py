"""The official classifications in data files: releases, concepts and where each role is placed.

    releases:   {id: {scheme, name, url, credit: [lines], licence: {en, nl}, note: {en, nl}}}
    concepts:   [{id, scheme: esco|isco|onet, code, label|title, release, uri, isco, names}]
    classified: [{role, esco: [{concept, match}], onet: [{concept, listed_as, titles}], note}]

Parsing only; the cross-file checks (known concepts, matching schemes) are in integrity.py.
"""

from __future__ import annotations

import yaml

from techexec.data.fields import Reader
from techexec.errors import Field
from techexec.model import LISTINGS, MATCHES, Classification, Concept, Origin, Placing, Release

RELEASE_SCHEMES = ("esco", "onet")
CONCEPT_SCHEMES = ("esco", "isco", "onet")
_RELEASE_KEYS = ("scheme", "name", "url", "credit", "licence", "note")
_CONCEPT_KEYS = {
    "esco": (("id", "scheme", "code", "label", "uri", "isco", "release"), ("names",)),
    "isco": (("id", "scheme", "code", "label", "release"), ("uri",)),
    "onet": (("id", "scheme", "code", "title", "release"), ()),
}


def releases(r: Reader, node: yaml.Node) -> list[Release]:
    """Each release under `releases:`, keyed by its id."""
    if not isinstance(node, yaml.MappingNode):
        r.fail(node, "releases_not_mapping")
        return []
    found = []
    for key_node, value_node in node.value:
        rid = r.identifier(key_node, "release id")
        f = r.mapping(value_node, Field("release", name=str(key_node.value)), _RELEASE_KEYS)
        if rid is None or f is None or any(key not in f for key in _RELEASE_KEYS):
            continue
        parts = (
            r.choice(f["scheme"], "scheme", RELEASE_SCHEMES),
            r.string(f["name"], "name"),
            r.string(f["url"], "url"),
            r.strings(f["credit"], "credit") or None,
            r.text(f["licence"], "licence"),
            r.text(f["note"], "note"),
        )
        if all(p is not None for p in parts):
            found.append(Release(rid, *parts, origin=_origin(r, value_node)))  # type: ignore[arg-type]
    return found


def concept(r: Reader, node: yaml.Node) -> Concept | None:
    """One concept; which keys it needs depends on its scheme."""
    if not isinstance(node, yaml.MappingNode):
        r.mapping(node, "concept", ())  # says what it is instead
        return None
    scheme_node = next((value for key, value in node.value if key.value == "scheme"), None)
    if scheme_node is None:
        r.fail(node, "concept_needs_scheme", schemes=list(CONCEPT_SCHEMES))
        return None
    scheme = r.choice(scheme_node, "scheme", CONCEPT_SCHEMES)
    if scheme is None:
        return None
    required, optional = _CONCEPT_KEYS[scheme]
    f = r.mapping(node, f"{scheme} concept", required, optional)
    if f is None or any(key not in f for key in required):
        return None
    cid = r.identifier(f["id"], "concept id")
    code = r.string(f["code"], "code")
    label = r.text(f["label"], "label") if "label" in f else _english(r.string(f["title"], "title"))
    release = r.identifier(f["release"], "release")
    if release is not None:
        r.refer("release", release, f["release"])
    isco = r.identifier(f["isco"], "isco") if "isco" in f else None
    if isco is not None:
        r.refer("concept", isco, f["isco"])
    uri = r.string(f["uri"], "uri") if "uri" in f else ""
    names = r.strings(f.get("names"), "names")
    if cid is None or code is None or label is None or release is None or uri is None:
        return None
    return Concept(cid, scheme, code, label, release, uri, isco, names, _origin(r, node))


def classification(r: Reader, node: yaml.Node) -> Classification | None:
    """Where one role is placed: its ESCO concepts, its O*NET occupations, and a note."""
    f = r.mapping(node, "classification", ("role",), ("esco", "onet", "note"))
    if f is None or "role" not in f:
        return None
    role = r.role_ref(f["role"], "role")
    esco = tuple(p for p in (_esco(r, item) for item in r.items(f.get("esco"), "esco")) if p)
    onet = tuple(p for p in (_onet(r, item) for item in r.items(f.get("onet"), "onet")) if p)
    note = r.claim(f["note"], "note") if "note" in f else None
    if role is None or ("note" in f and note is None):
        return None
    return Classification(role, esco, onet, note, _origin(r, node))


def _esco(r: Reader, node: yaml.Node) -> Placing | None:
    f = r.mapping(node, "esco entry", ("concept", "match"))
    if f is None or "concept" not in f or "match" not in f:
        return None
    concept_id = _concept_ref(r, f["concept"])
    match = r.choice(f["match"], "match", MATCHES)
    return None if concept_id is None or match is None else Placing(concept_id, match)


def _onet(r: Reader, node: yaml.Node) -> Placing | None:
    f = r.mapping(node, "onet entry", ("concept", "listed_as"), ("titles",))
    if f is None or "concept" not in f or "listed_as" not in f:
        return None
    concept_id = _concept_ref(r, f["concept"])
    kinds = tuple(k for k in (r.choice(n, "listed_as", LISTINGS) for n in r.items(f["listed_as"], "listed_as")) if k)
    titles = r.strings(f.get("titles"), "titles")
    if "nearest" in kinds and len(kinds) > 1:
        r.fail(f["listed_as"], "nearest_alone")
        return None
    if concept_id is None or not kinds:
        return None
    if kinds == ("nearest",):
        return Placing(concept_id, "nearest", (), titles)
    return Placing(concept_id, "exact", kinds, titles)


def _concept_ref(r: Reader, node: yaml.Node) -> str | None:
    value = r.identifier(node, "concept")
    if value is not None:
        r.refer("concept", value, node)
    return value


def _english(title: str | None) -> dict[str, str] | None:
    """O*NET titles exist in English only."""
    return None if title is None else {"en": title}


def _origin(r: Reader, node: yaml.Node) -> Origin:
    return Origin(r.path, node.start_mark.line + 1, node.start_mark.column + 1)
