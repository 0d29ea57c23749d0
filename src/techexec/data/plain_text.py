"""Texts as a techexec/2 export gives them: plain strings in the language of the file's top-level `lang`.

A text the export took from another language names that language beside it: `title_lang` beside a
role's title, `name_lang` beside a structure's name, `text_lang` beside a claim's or dotted line's `text`.
Keyed texts ({en: ..., nl: ...}, the data file schema and techexec/1) read as they always did.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import yaml

from techexec.errors import Field
from techexec.model import LANGUAGES, Text

if TYPE_CHECKING:
    from techexec.data.fields import Reader, What

CLAIM_KEYS = ("text", "text_lang")


def keys(r: Reader, key: str = "") -> tuple[str, ...]:
    """The keys plain texts add in a file with a `lang`: `<key>_lang` beside a text; a claim's `text`, `text_lang`."""
    return () if not r.lang else (f"{key}_lang",) if key else CLAIM_KEYS


def read(r: Reader, node: yaml.Node, what: What, named: yaml.Node | None, key: What) -> Text | None:
    """One plain string, in the language `named` (the value of `key`) gives, or else in the file's."""
    lang = r.lang if named is None else r.choice(named, key, LANGUAGES)
    value = r.string(node, Field.of(what)._replace(lang=lang or ""))
    if r.both_languages and lang:  # bundled data has every text in both languages
        r.fail(node, "missing_language", what=what, languages=[x for x in LANGUAGES if x != lang])
        return None
    return {lang: value} if lang and value is not None else None


def mixed(r: Reader, plain: yaml.Node | None, key: str, what: What, keyed: list[str]) -> bool:
    """Whether a plain text's key stands beside text per language: refused, as it is unclear which is meant."""
    if plain is not None and keyed:
        r.fail(plain, "plain_and_languages", what=what, key=key, languages=keyed)
        return True
    return False
