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


def document_file(fmt: str, doc: Document, template: Path | None, charts: list[bytes], lang: str) -> str | bytes:
    """The file's content: HTML as text, DOCX and PPTX as bytes; a template's missing styles said once."""
    if fmt == "html":
        from techexec.render.html import html

        return html(doc)
    style = _template(fmt, template)
    _library(fmt)
    try:
        made = _write(fmt, doc, style, charts)
    except (KeyError, ValueError, OSError):  # a damaged template: python-docx/pptx found no document in it
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
    """The template's bytes, after checking it is a Word or PowerPoint file of the kind `fmt` needs."""
    if template is None:
        return None
    try:
        data = template.read_bytes() if template.suffix.lower() in TEMPLATES[fmt] else b""
    except OSError:
        data = b""
    if not data.startswith(b"PK"):  # not a template of this kind, unreadable, or not a zip-packed Office file
        raise UsageError("template_kind", path=template, fmt=fmt)
    return data


def _library(fmt: str) -> None:
    """python-docx or python-pptx, or one line naming the install command."""
    import importlib.util

    if importlib.util.find_spec(fmt) is None:
        raise TechexecError("office_missing", fmt=fmt, library=LIBRARIES[fmt])
