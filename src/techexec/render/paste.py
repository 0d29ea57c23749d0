"""What the document writers (HTML, DOCX, PPTX) share: a line's mark and citation in words, the sources cited.

Decided here once, so that a page, a Word file and a slide say the same marks the same way.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from techexec.answers.document import Cite, Document, Line, lines, tags


class Made(NamedTuple):
    """A written file, and the styles or layouts its template lacked (said once by the command)."""

    data: bytes
    missing: tuple[str, ...] = ()


def mark(doc: Document, line: Line) -> str:
    """'*' after general knowledge, '(in the author's view)' after a line so marked; empty otherwise."""
    words = tags(doc, line)[0]
    return words if words in ("", "*") else f"({words})"


def citation(doc: Document, line: Line) -> str:
    """'[§ Section, sentences 1, 6]' under --sources; empty otherwise."""
    cite = tags(doc, line)[1]
    return f"[{cite}]" if cite else ""


def cited_sources(doc: Document) -> list[Cite]:
    """Each source cited in `doc` once, in order of first citation (only under --sources)."""
    if not doc.cited:
        return []
    seen: dict[tuple[str, str], Cite] = {}
    for line in lines(doc):
        if line.cite and line.cite.name:
            seen.setdefault((line.cite.name, line.cite.url), line.cite)
    return list(seen.values())


def template_as_document(template: bytes, kind: str) -> bytes:
    """A .dotx/.potx template given the content type of a .docx/.pptx, which python-docx/pptx insist on."""
    import io
    import zipfile

    swaps = {
        "docx": ("wordprocessingml.template.main+xml", "wordprocessingml.document.main+xml"),
        "pptx": ("presentationml.template.main+xml", "presentationml.presentation.main+xml"),
    }
    old, new = swaps[kind]
    source = zipfile.ZipFile(io.BytesIO(template))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(old.encode(), new.encode())
            copy.writestr(item, data)
    return out.getvalue()


def stamp(properties: Any, doc: Document) -> None:
    """A Word or PowerPoint file's properties as this answer's, not the library's sample file's (its author
    'python-docx' or 'Steve Canny', created in 2013): the title, the language, techexec, made now
    (SOURCE_DATE_EPOCH, when set, for a build that must make the same bytes twice)."""
    import os
    from datetime import UTC, datetime

    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    made = datetime.fromtimestamp(int(epoch), UTC) if epoch.isdigit() else datetime.now(UTC)
    properties.title, properties.language = doc.title.text, doc.lang
    properties.author = properties.last_modified_by = "techexec"
    properties.created = properties.modified = made.replace(microsecond=0, tzinfo=None)
    properties.revision = 1
    properties.comments = properties.subject = properties.keywords = properties.category = ""
