"""The errors a user can cause: a key and its facts, worded by the phrase book (i18n/) in the user's language."""

from __future__ import annotations

from typing import Any, Literal, NamedTuple

ErrorKey = Literal[  # what a TechexecError can be about; the phrase book words each
    "no_own_structures",
    "ambiguous_role",
    "bad_isco",
    "binary_to_terminal",
    "cache_untrusted",
    "cache_unusable",
    "cannot_write",
    "chart_too_dense",
    "data",
    "empty_path",
    "export_needs_text",
    "format_conflict",
    "office_missing",
    "template_kind",
    "template_too_big",
    "template_unreadable",
    "format_unavailable",
    "graphviz_failed",
    "graphviz_missing",
    "graphviz_timeout",
    "init_exists",
    "link_refused",
    "start_up_link",
    "missing_role",
    "missing_roles",
    "no_data_dir",
    "no_isco_match",
    "no_structures",
    "nothing_to_check",
    "one_role",
    "output_closed",
    "output_encoding",
    "output_failed",
    "pipe_closed",
    "role_as_command",
    "same_role",
    "unknown_extension",
    "format_not_offered",
    "unknown_language",
    "unknown_role",
    "unknown_structure",
]

ProblemKey = Literal[  # what can be wrong in a data file; the phrase book words each
    "not_mapping",
    "repeated_key",
    "unknown_key",
    "missing_keys",
    "not_text",
    "empty",
    "bad_id",
    "not_boolean",
    "not_choice",
    "not_count",
    "not_numbers",
    "not_increasing",
    "general_cites",
    "not_list",
    "missing_language",
    "no_language",
    "plain_and_languages",
    "plain_needs_lang",
    "duplicate",
    "second_comparison",
    "provenance_needs_source",
    "sections_not_mapping",
    "comparison_roles",
    "core_stranger",
    "core_twice",
    "core_missing",
    "releases_not_mapping",
    "concept_needs_scheme",
    "nearest_alone",
    "no_roles",
    "no_structure",
    "too_big",
    "unreadable",
    "invalid_yaml",
    "too_deep",
    "binary",
    "not_utf8",
    "alias",
    "tag",
    "undefined_role",
    "undefined_source",
    "undefined_concept",
    "undefined_release",
    "no_sentences",
    "no_such_sentence",
    "placed_twice",
    "several_roots",
    "parent_missing",
    "cycle",
    "wrong_release",
    "isco_not_isco",
    "wrong_scheme",
    "differs_not_related",
    "shared_acronym",
    "shared_name",
    "dotted_unplaced",
    "skipped_link_outside",
    "skipped_unreadable",
    "ambiguous_role_name",
    "acronym_other_meaning",
]


class TechexecError(Exception):
    """An error shown to the user as one line on stderr, never as a traceback."""

    exit_code = 1

    def __init__(self, key: ErrorKey, **facts: Any) -> None:
        super().__init__(key)
        self.key = key
        self.facts = facts


class UsageError(TechexecError):
    """The command line asked for something that does not exist (role, structure, language)."""

    exit_code = 2


class Field(NamedTuple):
    """What a data problem is about, in parts, so each language orders the words its own way."""

    term: str  # a YAML key, shown as written, or a word of the phrase book's FIELDS ('role id')
    inside: Field | None = None  # the field this one belongs to: the sentences of a summary
    name: str = ""  # the id it goes by: section 'x'
    lang: str = ""  # the language of a text: title (nl)

    @classmethod
    def of(cls, what: str | Field) -> Field:
        return what if isinstance(what, Field) else cls(what)


class Problem(NamedTuple):
    """One thing wrong in a data file, at a place a text editor can jump to: a key and its facts,
    worded by i18n/problems.py in the user's language."""

    path: str
    line: int
    column: int
    key: ProblemKey
    facts: dict[str, Any]
    warning: bool = False

    @property
    def place(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


class DataError(TechexecError):
    """Data files failed validation; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("data", problem=problems[0], more=len(problems) - 1)
        self.problems = problems
