"""HTML: one answer as a light, self-contained page that pastes into Word and Google Docs with its structure.

Semantic tags only (headings, lists, a real table, blockquote for notes), a print-friendly style sheet
inline, nothing loaded from the network. Every mark a line carries is said in words, as the terminal does.
"""

from __future__ import annotations

from html import escape

from techexec.answers.document import Block, Bullets, Document, Heading, Line, Note, Paragraph, Table, Tree
from techexec.i18n.book import phrase
from techexec.render.paste import citation, cited_sources, mark

STYLE = """
body { font: 11pt/1.45 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: #1a1a1a; background: #fff; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6em; margin: 0 0 .6em; } h2 { font-size: 1.25em; margin: 1.4em 0 .4em; }
h3 { font-size: 1.05em; margin: 1.1em 0 .3em; }
table { border-collapse: collapse; width: 100%; margin: .6em 0 1em; }
th, td { border: 1px solid #999; padding: .35em .5em; text-align: left; vertical-align: top; }
thead th { background: #eee; } tbody th { font-weight: 600; width: 18%; }
tr.same td { color: #333; }
blockquote { margin: .8em 0; padding: .3em .9em; border-left: 4px solid #4477aa; background: #f4f7fb; }
blockquote.point { font-size: 1.05em; }
blockquote p { margin: .3em 0; }
.mark { font-style: italic; color: #555; } .cite { font-size: .9em; color: #555; }
ul.tree { list-style: none; padding-left: 1.2em; } ul.tree ul { list-style: none; padding-left: 1.4em; }
.highlight { font-weight: 700; background: #fff3b0; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } }
"""


def html(doc: Document) -> str:
    """The whole page for `doc`, in its language."""
    body = "\n".join([*(_block(doc, block) for block in doc.blocks), _sources(doc)])
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(doc.lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(doc.title.text)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"<h1>{_line(doc, doc.title)}</h1>\n{body}\n</body>\n</html>\n"
    )


def _block(doc: Document, block: Block) -> str:
    if isinstance(block, Heading):
        level = min(block.level + (1 if block.level == 1 else 0), 6)  # the page's own title is the only h1
        return f"<h{level}>{_line(doc, block.line)}</h{level}>"  # its words say the mark it has
    if isinstance(block, Paragraph):
        return f"<p>{_line(doc, block.line)}</p>"
    if isinstance(block, Bullets):
        return "<ul>\n" + "\n".join(f"<li>{_line(doc, item)}</li>" for item in block.items) + "\n</ul>"
    if isinstance(block, Table):
        return _table(doc, block)
    if isinstance(block, Note):
        lines = "\n".join(f"<p>{_line(doc, line)}</p>" for line in block.lines)
        return f'<blockquote class="{block.role}">\n{lines}\n</blockquote>'
    return _tree(doc, block)


def _table(doc: Document, table: Table) -> str:
    head = "".join(f'<th scope="col">{_line(doc, cell)}</th>' for cell in table.header)
    rows = []
    for row in table.rows:
        cells = "".join("<td>" + "<br>\n".join(_line(doc, line) for line in cell) + "</td>" for cell in row.cells)
        kind = ' class="same"' if row.same else ""
        rows.append(f'<tr{kind}><th scope="row">{_line(doc, row.label)}</th>{cells}</tr>')
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>"


def _tree(doc: Document, tree: Tree) -> str:
    """Nested lists, one level per depth: a tree that survives pasting."""
    out, depth = ['<ul class="tree">'], 0
    for branch in tree.branches:
        while depth < branch.depth:
            out.append("<ul>")
            depth += 1
        while depth > branch.depth:
            out.append("</ul>")
            depth -= 1
        text = _line(doc, branch.line)
        out.append(f'<li><span class="highlight">{text}</span></li>' if branch.highlight else f"<li>{text}</li>")
    out.extend(["</ul>"] * (depth + 1))
    return "\n".join(out)


def _line(doc: Document, line: Line) -> str:
    """A line's label, text, mark in words and, when asked for, its citation."""
    parts = []
    if line.label:
        parts.append(f"<strong>{escape(line.label)}</strong>" + (": " if line.text else ""))
    parts.append(escape(line.text))
    if line.link:
        parts.append(f' <a href="{escape(line.link)}">{escape(line.link)}</a>')
    if mark(doc, line):
        parts.append(f' <span class="mark" data-mark="{line.mark}">{escape(mark(doc, line))}</span>')
    if citation(doc, line):
        parts.append(f' <span class="cite">{escape(citation(doc, line))}</span>')
    return "".join(parts)


def _sources(doc: Document) -> str:
    """Under --sources, each source once, linked."""
    found = cited_sources(doc)
    if not found:
        return ""
    items = "\n".join(
        f'<li><a href="{escape(cite.url)}">{escape(cite.name)}</a></li>'
        if cite.url
        else f"<li>{escape(cite.name)}</li>"
        for cite in found
    )
    return f"<h2>{escape(phrase('sources', doc.lang))}</h2>\n<ul>\n{items}\n</ul>"
