"""Send a command's result to stdout in the chosen format, and optionally save the terminal rendering."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from techexec.cli.formats import is_binary
from techexec.errors import UsageError

if TYPE_CHECKING:
    from techexec.answers.document import Document
    from techexec.cli.inputs import Inputs
    from techexec.render.terminal import Writer


PICTURES = ("svg", "png")  # drawn by Graphviz from the DOT source


class View(NamedTuple):
    """One result, ready to be produced in any format the command offers.

    `document` is what to say, built once; plain text, Markdown and the office formats are drawn from it,
    and the terminal too unless the view has its own drawing (org-tree's chart). `charts`: the DOT of
    each chart the document holds, drawn as the pictures of its slides.
    """

    doc: Callable[[], dict[str, Any]] | None = None  # JSON and YAML, where the command has them
    draw: Callable[[Writer], None] | None = None
    document: Callable[[], Document] | None = None
    texts: Mapping[str, Callable[[], str]] = {}  # any other text format by its name: mermaid, dot (pictures), csv
    charts: Callable[[], list[str]] | None = None


class Exports(NamedTuple):
    """--export-svg / --export-html: where to save the terminal rendering, if anywhere."""

    svg: Path | None = None
    html: Path | None = None


def emit(
    fmt: str,
    inputs: Inputs,
    view: View,
    sources: bool = False,
    exports: Exports | None = None,
    pager: bool = True,
    scale: float = 1.0,
    output: Path | None = None,
    template: Path | None = None,
) -> None:
    """Write `view` to stdout as `fmt`, or to `output` (whole, then one line on stderr saying where).

    The text format is drawn with Rich, imported only then. `pager`: on a terminal, text taller
    than the screen may go through a pager (never when exporting). `template`: DOCX/PPTX house style.
    """
    exports = exports or Exports()
    if (exports.svg or exports.html) and fmt != "text":
        raise UsageError("export_needs_text")
    if template is not None and fmt not in ("docx", "pptx"):
        raise UsageError("template_kind", path=template, fmt=fmt)
    if fmt == "text" and output is None:
        _draw(inputs, view, sources, exports, pager)
        return
    if output is None and is_binary(fmt) and sys.stdout.isatty():
        example = "org-tree -o chart.png" if fmt == "png" else f"show cto -o cto.{fmt}"
        raise UsageError("binary_to_terminal", fmt=fmt, example=example)
    made = _content(fmt, inputs, view, sources, scale, template)
    if output is not None:
        _save(made, output, inputs.lang)
    elif isinstance(made, bytes):
        sys.stdout.flush()
        sys.stdout.buffer.write(made)
    else:
        sys.stdout.write(made)


def _save(made: str | bytes, output: Path, lang: str) -> None:
    """The whole answer made first, then written in one go: a failure leaves no file and an old one as it was."""
    from techexec.data.saving import save, shown
    from techexec.i18n.book import phrase

    save(output, made if isinstance(made, bytes) else made.encode())
    sys.stderr.write(phrase("saved_to", lang, path=shown(output)) + "\n")


def _content(fmt: str, inputs: Inputs, view: View, sources: bool, scale: float, template: Path | None) -> str | bytes:
    """The answer in `fmt`: text for text formats, bytes for pictures and office files."""
    if fmt == "text":
        from io import StringIO

        from techexec.render.screen import make_console
        from techexec.render.terminal import Writer

        console = make_console(file=StringIO())
        _drawn(Writer(console, inputs.data, inputs.lang, sources), view)
        return console.file.getvalue()  # type: ignore[attr-defined, no-any-return]
    if fmt in PICTURES:
        return _picture_bytes(fmt, view, scale)
    if fmt in ("html", "docx", "pptx") and view.document is not None:
        from techexec.cli.office import document_file

        charts = _charts(view, scale) if fmt == "pptx" else []
        return document_file(fmt, view.document(), template, charts, inputs.lang)
    return _produce(fmt, view)


def emit_json(doc: dict[str, Any]) -> None:
    """`doc` as JSON on stdout."""
    sys.stdout.write(_json(doc))


def _json(doc: dict[str, Any]) -> str:
    """JSON that keeps the data as it is, with control and format characters as escapes (safe to cat)."""
    import json

    from techexec.safe_text import escape_json

    return escape_json(json.dumps(doc, ensure_ascii=False, indent=2)) + "\n"


def _produce(fmt: str, view: View) -> str:
    if fmt in ("json", "yaml") and view.doc is not None:
        return _json(view.doc()) if fmt == "json" else _yaml(view.doc())
    if fmt == "plain" and view.document:
        from techexec.render.plain import text

        return text(view.document())
    if fmt == "markdown" and view.document:
        from techexec.render.markdown_document import markdown

        return markdown(view.document())
    producer = view.texts.get(fmt)
    if producer is None:
        raise UsageError("format_unavailable", fmt=fmt)
    return producer()


def _picture_bytes(fmt: str, view: View, scale: float) -> bytes:
    if "dot" not in view.texts:
        raise UsageError("format_unavailable", fmt=fmt)
    from techexec.render.graphviz import draw

    return draw(view.texts["dot"](), fmt, scale)


def _charts(view: View, scale: float) -> list[bytes]:
    """Each chart of the answer as a PNG for its slide: none when Graphviz is missing, or cannot or will not
    draw one of them (too dense, too slow): the slides then list the boxes, as a picture's alt text would."""
    from techexec.errors import TechexecError
    from techexec.render.graphviz import draw

    if view.charts is None:
        return []
    try:
        return [draw(source, "png", scale) for source in view.charts()]
    except TechexecError as error:
        if error.key not in ("graphviz_missing", "chart_too_dense", "graphviz_timeout"):
            raise
        return []


def _draw(inputs: Inputs, view: View, sources: bool, exports: Exports, pager: bool) -> None:
    from techexec.render.screen import MEASURE, export_html, export_svg, make_console, paged
    from techexec.render.terminal import Writer

    exporting = bool(exports.svg or exports.html)
    console = make_console(record=exporting)
    if exporting:
        console.width = min(console.width, MEASURE)  # a picture for a page: no wider than prose reads
    writer = Writer(console, inputs.data, inputs.lang, sources)
    screen = console.file.isatty() and not console.is_dumb_terminal  # not console.is_terminal: FORCE_COLOR fakes it
    if pager and not exporting and screen:
        on, command = pager_choice(os.environ)
        if on:
            if paged(console, lambda: _drawn(writer, view), command):
                from techexec.cli import fast_answer

                if fast_answer.current is not None:
                    fast_answer.current.paged()  # what a pager showed is not kept
            return
    _drawn(writer, view)
    if exports.svg is not None:  # whole or not at all, never through a link; said where, as -o says it
        _save(export_svg(console), exports.svg, inputs.lang)
    if exports.html is not None:  # kept for old scripts: the same page as -o FILE.html where there is one
        page = _content("html", inputs, view, sources, 1.0, None) if view.document else export_html(console)
        _save(str(page), exports.html, inputs.lang)


def _drawn(writer: Writer, view: View) -> None:
    """The view's own drawing where it has one (org-tree's chart), else its document by the terminal writer."""
    if view.draw is not None:
        view.draw(writer)
    elif view.document is not None:
        from techexec.render.terminal_document import draw

        draw(writer, view.document())


def _yaml(doc: dict[str, Any]) -> str:
    """YAML that keeps the data as it is: text with control or format characters is double-quoted, and
    those characters are written as escapes (YAML would print bidi overrides and zero-width characters raw)."""
    import yaml

    from techexec.safe_text import escape_yaml, has_unsafe

    base = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's emitter: 5x faster on big charts

    class Dumper(base):  # type: ignore[valid-type,misc]
        pass

    def text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"' if has_unsafe(value) else None)

    Dumper.add_representer(str, text)
    return escape_yaml(str(yaml.dump(doc, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=100)))


def pager_choice(env: Mapping[str, str]) -> tuple[bool, str | None]:
    """Whether to page, and with which command: TECHEXEC_PAGER, then PAGER; empty or 'cat' turns paging off."""
    for name in ("TECHEXEC_PAGER", "PAGER"):
        if name in env:
            command = env[name].strip()
            return command not in ("", "cat"), command or None
    return True, None
