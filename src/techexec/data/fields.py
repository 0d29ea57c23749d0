"""Typed access to one file's YAML nodes; every mismatch becomes a Problem with file:line:column."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

import yaml

from techexec.data import plain_text
from techexec.errors import Field, Problem, ProblemKey
from techexec.matching import close_matches
from techexec.model import GENERAL, KINDS, LANGUAGES, OWN, STATED, Claim, ClaimKind, Text
from techexec.safe_text import has_unsafe

What = str | Field  # a field of the file, for the problem that names it
Choice = TypeVar("Choice", bound=str)

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_COUNT = re.compile(r"^[1-9][0-9]{0,5}$")
STR = "tag:yaml.org,2002:str"
BOOL = "tag:yaml.org,2002:bool"
INT = "tag:yaml.org,2002:int"
PROVENANCE = ("sentences", "kind")  # optional keys beside every `source`


@dataclass(frozen=True)
class Ref:
    """A name used in a file that must be defined somewhere (a role or a source section)."""

    kind: str
    name: str
    path: str
    line: int
    column: int
    near: str = ""  # role names: the words written around it (its line, the comments next to it)


@dataclass(frozen=True)
class Cited:
    """The sentences one claim, placement or line cites, checked against its section once every file is read."""

    section: str
    sentences: tuple[int, ...]
    path: str
    line: int
    column: int


@dataclass
class Reader:
    """Reads values out of one file's nodes, collecting problems instead of stopping at the first."""

    path: str
    both_languages: bool = True
    lang: str | None = None  # the file's top-level `lang`: a text may be a plain string in it (techexec/2 exports)
    problems: list[Problem] = field(default_factory=list)
    refs: list[Ref] = field(default_factory=list)
    cited: list[Cited] = field(default_factory=list)
    unsafe: bool = False  # some text holds control or format characters (safe_text)
    broken: dict[str, tuple[str, ...]] = field(default_factory=dict)  # roles with errors: id -> names they answer to

    def fail(self, node: yaml.Node, key: ProblemKey, /, **facts: object) -> None:
        """Note a problem at `node`: a message key and its facts (render/problems words them)."""
        mark = node.start_mark
        self.problems.append(Problem(self.path, mark.line + 1, mark.column + 1, key, facts))

    def refer(self, kind: str, name: str, node: yaml.Node) -> None:
        mark = node.start_mark
        self.refs.append(Ref(kind, name, self.path, mark.line + 1, mark.column + 1))

    def mapping(
        self, node: yaml.Node, what: What, required: Sequence[str], optional: Sequence[str] = ()
    ) -> dict[str, yaml.Node] | None:
        """The mapping's values by key, after checking for missing, unknown and repeated keys."""
        if not isinstance(node, yaml.MappingNode):
            self.fail(node, "not_mapping", what=what, found=_kind(node))
            return None
        known = [*required, *optional]
        found: dict[str, yaml.Node] = {}
        meant: set[str] = set()  # keys a misspelt key most likely means: missing them is the same mistake
        for key_node, value_node in node.value:
            key = key_node.value if key_node.tag == STR else str(key_node.value)
            if key in found:
                self.fail(key_node, "repeated_key", what=what, key=key)
            elif key not in known:
                suggestions = close_matches(key, known)
                meant.update(suggestions[:1])
                self.fail(key_node, "unknown_key", what=what, key=key, suggestions=suggestions, known=known)
            else:
                found[key] = value_node
        missing = [key for key in required if key not in found and key not in meant]
        if missing:
            self.fail(node, "missing_keys", what=what, keys=missing)
        return found

    def string(self, node: yaml.Node, what: What) -> str | None:
        if not isinstance(node, yaml.ScalarNode) or node.tag != STR:
            self.fail(node, "not_text", what=what, found=_kind(node))
            return None
        value: str = node.value.strip()
        if has_unsafe(value):  # kept as written (JSON shows it); terminals get a cleaned copy
            self.unsafe = True
        if not value:
            self.fail(node, "empty", what=what)
            return None
        return value

    def identifier(self, node: yaml.Node, what: What) -> str | None:
        value = self.string(node, what)
        if value is not None and not _ID.match(value):
            fixed = re.sub(r"[^a-z0-9_-]+", "-", value.lower()).strip("-_")[:64]
            self.fail(node, "bad_id", what=what, value=value, suggestions=[fixed] if _ID.match(fixed) else [])
            return None
        return value

    def boolean(self, node: yaml.Node, what: What) -> bool | None:
        if not isinstance(node, yaml.ScalarNode) or node.tag != BOOL:
            self.fail(node, "not_boolean", what=what, found=_kind(node))
            return None
        return node.value.lower() in ("true", "yes", "on")

    def choice(self, node: yaml.Node, what: What, allowed: Sequence[Choice]) -> Choice | None:
        """One of `allowed`, typed as they are (a Literal stays a Literal)."""
        value = self.string(node, what)
        if value is None:
            return None
        if value not in allowed:
            suggestions = close_matches(value, list(allowed))
            self.fail(node, "not_choice", what=what, value=value, allowed=list(allowed), suggestions=suggestions)
            return None
        return next(a for a in allowed if a == value)

    def count(self, node: yaml.Node, what: What) -> int | None:
        """A whole number from 1."""
        if not isinstance(node, yaml.ScalarNode) or node.tag != INT or not _COUNT.match(node.value):
            shown = ("number", node.value) if isinstance(node, yaml.ScalarNode) and node.tag == INT else _kind(node)
            self.fail(node, "not_count", what=what, found=shown)
            return None
        return int(node.value)

    def numbers(self, node: yaml.Node, what: What) -> tuple[int, ...] | None:
        """Sentence numbers: a non-empty list like [3] or [3, 4], increasing, each once."""
        if not isinstance(node, yaml.SequenceNode) or not node.value:
            self.fail(node, "not_numbers", what=what)
            return None
        values = [self.count(item, Field("entry", Field.of(what))) for item in node.value]
        if None in values:
            return None
        found = tuple(v for v in values if v is not None)
        if list(found) != sorted(set(found)):
            self.fail(node, "not_increasing", what=what)
            return None
        return found

    def provenance(
        self, fields: dict[str, yaml.Node], source: str | None, what: What
    ) -> tuple[tuple[int, ...], ClaimKind] | None:
        """The `sentences` and `kind` beside a `source`; general knowledge has neither."""
        sentences = (
            self.numbers(fields["sentences"], Field("sentences", Field.of(what))) if "sentences" in fields else ()
        )
        kind: ClaimKind | None = (
            self.choice(fields["kind"], Field("kind", Field.of(what)), KINDS) if "kind" in fields else STATED
        )
        if sentences is None or kind is None:
            return None
        extra = [key for key in PROVENANCE if key in fields]
        if source == GENERAL and extra:
            self.fail(fields[extra[0]], "general_cites", what=what, key=extra[0])
            return None
        if source is not None and source not in (GENERAL, OWN):
            mark = fields.get("sentences", fields["source"]).start_mark
            self.cited.append(Cited(source, sentences, self.path, mark.line + 1, mark.column + 1))
        return sentences, kind

    def items(self, node: yaml.Node | None, what: What) -> list[yaml.Node]:
        if node is None:
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.fail(node, "not_list", what=what, found=_kind(node))
            return []
        return list(node.value)

    def strings(self, node: yaml.Node | None, what: What) -> tuple[str, ...]:
        values = (self.string(item, Field("entry", Field.of(what))) for item in self.items(node, what))
        return tuple(v for v in values if v is not None)

    def text(self, node: yaml.Node, what: What, named: yaml.Node | None = None, key: str = "") -> Text | None:
        """A mapping of language code to text, e.g. {en: ..., nl: ...}; or, in a file with a `lang`, a plain string
        in that language, or in the one `named` (the value of `key` beside it: `title_lang`) says."""
        if self.lang and isinstance(node, yaml.ScalarNode):
            return plain_text.read(self, node, what, named, key)
        if isinstance(node, yaml.ScalarNode) and node.tag == STR:  # a techexec/2 export without its `lang`
            self.fail(node, "plain_needs_lang", what=what, languages=list(LANGUAGES))
            return None
        fields = self.mapping(node, what, (), LANGUAGES)
        if fields is None or plain_text.mixed(self, named, key, what, list(fields)):
            return None
        return self.languages(node, fields, what)

    def languages(self, node: yaml.Node, fields: dict[str, yaml.Node], what: What) -> Text | None:
        """The language texts among `fields`; both required in bundled data, at least one in a user's."""
        if "text" in fields:  # a claim's plain `text` (data/plain_text.py)
            if plain_text.mixed(self, fields["text"], "text", what, [x for x in LANGUAGES if x in fields]):
                return None
            lang = Field("text_lang", Field.of(what))
            return plain_text.read(self, fields["text"], what, fields.get("text_lang"), lang)
        texts = {
            lang: self.string(fields[lang], Field.of(what)._replace(lang=lang)) for lang in LANGUAGES if lang in fields
        }
        present = {lang: value for lang, value in texts.items() if value is not None}
        missing = [lang for lang in LANGUAGES if lang not in fields]
        if self.both_languages and missing:
            self.fail(node, "missing_language", what=what, languages=missing)
            return None
        if not fields.keys() & set(LANGUAGES):
            self.fail(node, "no_language", what=what, languages=list(LANGUAGES))
            return None
        return present if len(present) == len(texts) else None

    def claim(self, node: yaml.Node, what: What, role: str = "", values: Sequence[str] = ()) -> Claim | None:
        """A text in each language with its `source`; `role` ('required'/'optional') and `values` add keys."""
        sourced = ["source"] if self.both_languages else []  # the user's own data may leave it out
        required = sourced + (["role"] if role == "required" else []) + (["value"] if values else [])
        optional = (
            [*LANGUAGES, *PROVENANCE, *plain_text.keys(self)]
            + (["role"] if role == "optional" else [])
            + (["source"] if not sourced else [])
        )
        fields = self.mapping(node, what, required, optional)
        if fields is None:
            return None
        text = self.languages(node, fields, what)
        source = self.source(node, fields, what)
        cites = self.provenance(fields, source, what) if source is not None else None
        role_id = self.role_name(fields["role"], Field("role", Field.of(what))) if "role" in fields else None
        value = self.choice(fields["value"], Field("value", Field.of(what)), values) if "value" in fields else None
        if (
            text is None
            or source is None
            or cites is None
            or ("role" in fields and role_id is None)
            or ("value" in fields and value is None)
        ):
            return None
        return Claim(text=text, source=source, role=role_id, value=value, sentences=cites[0], kind=cites[1])

    def source(self, node: yaml.Node, fields: dict[str, yaml.Node], what: What) -> str | None:
        """The `source` id; in the user's own data it may be left out, and then it is OWN ("your own data")."""
        if "source" in fields:
            source = self.identifier(fields["source"], Field("source", Field.of(what)))
            if source is not None:
                self.refer("source", source, fields["source"])
            return source
        if self.both_languages:
            return None
        if fields.keys() & set(PROVENANCE):  # sentences of what?
            self.fail(node, "provenance_needs_source")
            return None
        return OWN

    def claims(self, node: yaml.Node | None, what: What, role: str = "") -> tuple[Claim, ...]:
        parsed = (self.claim(item, what, role) for item in self.items(node, what))
        return tuple(c for c in parsed if c is not None)

    def role_ref(self, node: yaml.Node, what: What) -> str | None:
        value = self.identifier(node, what)
        if value is not None:
            self.refer("role", value, node)
        return value

    def role_name(self, node: yaml.Node, what: What) -> str | None:
        """A role as a person names it (id, acronym or title, any case), resolved to its id once every file is read."""
        value = self.string(node, what)
        if value is not None:
            self.refer("role_name", value, node)
        return value


def _kind(node: yaml.Node) -> tuple[str, str]:
    """What the node holds instead, as (kind, value): ('list', ''), ('text', 'abc'), ..."""
    if isinstance(node, yaml.MappingNode):
        return ("mapping", "")
    if isinstance(node, yaml.SequenceNode):
        return ("list", "")
    kinds = {"tag:yaml.org,2002:int": "a_number", "tag:yaml.org,2002:float": "a_number", BOOL: "boolean"}
    kind = kinds.get(node.tag, "empty" if node.tag == "tag:yaml.org,2002:null" else "text")
    return (kind, node.value[:40] if kind == "text" else "")
