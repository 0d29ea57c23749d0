"""Documents for pasting: HTML, DOCX and PPTX from one answer's document, with the user's template if given.

python-docx and python-pptx come with `pip install 'techexec[office]'` and are imported only here,
only when their format is asked for; without them the command says so in one line.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from techexec.errors import TechexecError, UsageError

if TYPE_CHECKING:
    from techexec.answers.document import Document
    from techexec.render.paste import Made

TEMPLATES = {"docx": (".docx", ".dotx"), "pptx": (".pptx", ".potx")}
LIBRARIES = {"docx": "python-docx", "pptx": "python-pptx"}
TEMPLATE_LIMIT = 64  # MiB, packed and unpacked: far above a house style with its logos and fonts


def document_file(fmt: str, doc: Document, template: Path | None, charts: list[bytes], lang: str) -> str | bytes:
    """The file's content: HTML as text, DOCX and PPTX as bytes; a template's missing styles said once."""
    if fmt == "html":
        from techexec.render.html import html

        return html(doc)
    from techexec.safe_text import for_xml

    style = _template(fmt, template)
    _library(fmt)
    doc = for_xml(doc)
    try:
        made = _write(fmt, doc, style, charts)
    except (KeyError, ValueError, OSError, SyntaxError):  # a damaged template: no document, or XML lxml refused
        if template is None:
            raise
        raise UsageError("template_kind", path=template, fmt=fmt) from None
    if made.missing and template is not None:
        from techexec.data.saving import shown
        from techexec.i18n.book import phrase

        names = ", ".join(f"'{name}'" for name in made.missing)
        sys.stderr.write(phrase("template_lacks", lang, path=shown(template), names=names) + "\n")
    return made.data


def _write(fmt: str, doc: Document, style: bytes | None, charts: list[bytes]) -> Made:
    import zipfile

    try:
        if fmt == "docx":
            from techexec.render.word import word

            return word(doc, style)
        from techexec.render.slides import slides

        return slides(doc, charts, style)
    except zipfile.BadZipFile as exc:
        raise ValueError(str(exc)) from None


def _template(fmt: str, template: Path | None) -> bytes | None:
    """The template's bytes, after checking it is a Word or PowerPoint file of the kind `fmt` needs.

    A template that cannot be read says why; one that would unpack to more than TEMPLATE_LIMIT MiB
    (a zip bomb, or not a house style) is refused before python-docx/pptx unpack it into memory.
    """
    if template is None:
        return None
    if template.suffix.lower() not in TEMPLATES[fmt]:
        raise UsageError("template_kind", path=template, fmt=fmt)
    limit = TEMPLATE_LIMIT * 1024 * 1024
    try:
        if template.exists() and not template.is_file():  # a folder, or a named pipe that would never end
            raise OSError(0, "not a regular file")
        with template.open("rb") as opened:
            data = opened.read(limit + 1)
    except OSError as exc:
        raise TechexecError("template_unreadable", path=template, reason=exc.strerror or exc) from None
    if not data.startswith(b"PK"):  # not a zip-packed Office file
        raise UsageError("template_kind", path=template, fmt=fmt)
    if len(data) > limit or _unpacked(data) > limit:
        raise UsageError("template_too_big", path=template, limit=TEMPLATE_LIMIT)
    return data


def _unpacked(data: bytes) -> int:
    """How many bytes the zip says its members unpack to (a damaged zip: 0, refused later by the reader)."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as packed:
            return sum(member.file_size for member in packed.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return 0


def _library(fmt: str) -> None:
    """python-docx or python-pptx, or one line naming the install command."""
    import importlib.util

    if importlib.util.find_spec(fmt) is None:
        raise TechexecError("office_missing", fmt=fmt, library=LIBRARIES[fmt])
