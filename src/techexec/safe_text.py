"""Text from data files and the command line, made safe to print on a terminal.

Every control (Unicode category Cc) and format (Cf) character except newline and tab is
removed from what reaches a terminal: ESC, CSI and OSC (colours, titles, links), BEL, and the
invisible format characters that make text read differently from what it is: bidirectional
overrides and isolates (U+202A..U+202E, U+2066..U+2069), zero-width characters (U+200B..U+200F,
U+2060), the byte order mark, tag characters. Removed rather than shown, so that legitimate
uses (a zero-width joiner in an emoji) degrade to readable text. JSON and YAML keep the data as
it is and escape these characters (`escape_json`, render/documents).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from techexec.model import Dataset

T = TypeVar("T")

# Categories Cc and Cf of Unicode 14 (Python 3.11), newline and tab left out;
# tests/test_terminal_safety.py checks this against the running Python's unicodedata.
UNSAFE_RANGES = (
    (0x0000, 0x0008), (0x000B, 0x001F), (0x007F, 0x009F), (0x00AD, 0x00AD), (0x0600, 0x0605),
    (0x061C, 0x061C), (0x06DD, 0x06DD), (0x070F, 0x070F), (0x0890, 0x0891), (0x08E2, 0x08E2),
    (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F),
    (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD), (0x110CD, 0x110CD), (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0001, 0xE0001), (0xE0020, 0xE007F),
)  # fmt: skip
_CODES = [code for first, last in UNSAFE_RANGES for code in range(first, last + 1)]
_UNSAFE = frozenset(map(chr, _CODES))
_REMOVE = dict.fromkeys(_CODES)


def has_unsafe(value: str) -> bool:
    """Whether `value` holds a control or format character other than newline and tab."""
    return not _UNSAFE.isdisjoint(value)


def clean(value: str) -> str:
    """`value` without control and format characters (newline and tab kept)."""
    return value.translate(_REMOVE)


def for_terminal(data: Dataset) -> Dataset:
    """The data as a terminal may show it: every text cleaned (a copy, made only when some text needs it)."""
    return _clean_deep(data)._replace(unsafe_text=False) if data.unsafe_text else data


def holds_unsafe(value: object) -> bool:
    """Whether any string inside `value` (records, tuples, lists, mappings) holds an unsafe character."""
    if isinstance(value, str):
        return has_unsafe(value)
    if isinstance(value, tuple | list):
        return any(holds_unsafe(item) for item in value)
    if isinstance(value, dict):
        return any(holds_unsafe(k) or holds_unsafe(v) for k, v in value.items())
    return False


def for_xml(value: T) -> T:
    """`value` (an answer's document) without U+FFFE and U+FFFF, which XML cannot hold: Word and PowerPoint
    files are XML, and python-docx/pptx refuse them. The other unsafe characters are gone already."""
    return _clean_deep(value, _NOT_XML, lambda text: not _NONCHARACTERS.isdisjoint(text))


def _clean_deep(value: T, table: dict[int, None] | None = None, needs: Callable[[str], bool] = has_unsafe) -> T:
    """`value` with every string inside it (records, tuples, mappings) cleaned (of `table`'s characters)."""
    if isinstance(value, str):
        return value.translate(table or _REMOVE) if needs(value) else value  # type: ignore[return-value]
    if isinstance(value, tuple):
        items = [_clean_deep(item, table, needs) for item in value]
        return type(value)(*items) if hasattr(value, "_fields") else tuple(items)  # type: ignore[return-value]
    if isinstance(value, dict):
        return {_clean_deep(k, table, needs): _clean_deep(v, table, needs) for k, v in value.items()}  # type: ignore[return-value]
    return value


def escape_json(text: str) -> str:
    """JSON text with every control and format character written as a \\u escape (beyond the BMP, as the
    surrogate pair JSON needs, which data/safe_yaml joins again on reading): the same data, safe to cat.
    U+FFFE and U+FFFF are escaped too: the YAML reader refuses them raw, and the JSON must load back."""
    if not has_unsafe(text) and _NONCHARACTERS.isdisjoint(text):  # the usual case: a scan in C, no copy
        return text
    return text.translate(_JSON_ESCAPES)


def escape_yaml(text: str) -> str:
    """YAML text with those characters as escapes; valid only where they stand in double-quoted scalars."""
    if not has_unsafe(text):
        return text
    return text.translate({code: f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}" for code in _CODES})


def _surrogates(code: int) -> str:
    """A code point beyond the BMP as the two \\u escapes JSON needs."""
    offset = code - 0x10000
    return f"\\u{0xD800 + (offset >> 10):04x}\\u{0xDC00 + (offset & 0x3FF):04x}"


_NONCHARACTERS = frozenset("\ufffe\uffff")  # not printable to YAML, so escaped for it to read them back
_NOT_XML: dict[int, None] = dict.fromkeys(map(ord, _NONCHARACTERS))
_JSON_ESCAPES = {code: f"\\u{code:04x}" if code < 0x10000 else _surrogates(code) for code in [*_CODES, 0xFFFE, 0xFFFF]}
