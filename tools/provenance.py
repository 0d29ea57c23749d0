"""Print each claim of the bundled data next to the article sentence(s) it cites, so a person can check it.

    python tools/provenance.py [NAME ...] [--article PATH]

NAME is a role or structure id (a file name under data/roles or data/structures), or comparisons
(data/comparisons.yaml); none means all.
The article is read at run time, never stored in the repository: --article, else the environment
variable TECHEXEC_ARTICLE, else ../shared/seed/000_60e6a1719e4b3e2f.txt relative to the repo root.

How the article is cut (`sections`, which tests/test_provenance.py imports too):
- The article is plain text, one paragraph or heading per line; blank lines are ignored.
- The first line is the article's title and belongs to no section.
- A heading is a later line that does not end with a full stop and has at most 15 words
  (every paragraph of the article ends with a full stop; "Wat is een CIO?" is a heading).
- The text before the first heading is section `intro`. Each heading opens the section whose
  Dutch title in data/sources.yaml equals it, ignoring case and spacing; a heading that matches
  no section opens a section named by the heading itself.
- A paragraph is cut into sentences after '.', '?' or '!' (and any closing quote or bracket)
  where whitespace and then a capital letter, a digit or an opening quote or bracket follow.
  So "Logz.io" and "(CEO)." stay whole. Sentences are numbered from 1 within their section,
  across its paragraphs; headings are not sentences.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
ARTICLE = ROOT.parent / "shared" / "seed" / "000_60e6a1719e4b3e2f.txt"
INTRO = "intro"
GENERAL = "general"
KINDS = ("author", "case", "inferred")
HEADING_MAX_WORDS = 15
QUOTES = "\"'\u2018\u2019\u201c\u201d"  # straight and curly quotes
SENTENCE_END = re.compile(rf"(?<=[.?!])[{QUOTES})\]]*\s+(?=[{QUOTES}(\[]?[A-ZÀ-Ý0-9])")


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _is_heading(line: str) -> bool:
    return not line.endswith(".") and len(line.split()) <= HEADING_MAX_WORDS


def sections(article: str, titles: dict[str, str]) -> dict[str, list[str]]:
    """The article's sentences by section id (`titles`: section id -> Dutch heading); see the module docstring."""
    by_heading = {_fold(title): sid for sid, title in titles.items()}
    lines = [line.strip() for line in article.splitlines() if line.strip()]
    found: dict[str, list[str]] = {INTRO: []}
    current = INTRO
    for line in lines[1:]:
        if _is_heading(line):
            current = by_heading.get(_fold(line), line)
            found[current] = []
        else:
            found[current].extend(SENTENCE_END.split(line))
    return found


class Citation(NamedTuple):
    """One place in data/ that cites a source: a claim, a node placement, a dotted line or a description."""

    file: str  # relative to the repo root
    line: int
    where: str
    texts: dict[str, str]  # language -> text
    source: str
    sentences: tuple[int, ...]
    kind: str


def _scalars(node: yaml.MappingNode) -> dict[str, yaml.Node]:
    return {key.value: value for key, value in node.value if isinstance(key, yaml.ScalarNode)}


def _label(fields: dict[str, yaml.Node], path: str) -> str:
    names = [
        f"{k} {fields[k].value}" for k in ("role", "from", "to", "parent") if isinstance(fields.get(k), yaml.ScalarNode)
    ]
    return " ".join([path, *names]).strip()


def _walk(node: yaml.Node, path: str, file: str) -> Iterator[Citation]:
    if isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value, 1):
            yield from _walk(item, f"{path}[{i}]", file)
    elif isinstance(node, yaml.MappingNode):
        fields = _scalars(node)
        if "source" in fields:
            numbers = fields.get("sentences")
            yield Citation(
                file,
                node.start_mark.line + 1,
                _label(fields, path),
                {k: fields[k].value for k in ("en", "nl") if isinstance(fields.get(k), yaml.ScalarNode)},
                str(fields["source"].value),
                tuple(int(n.value) for n in numbers.value) if isinstance(numbers, yaml.SequenceNode) else (),
                str(fields["kind"].value) if "kind" in fields else "stated",
            )
        for key, value in fields.items():
            if key not in ("role", "structure"):
                yield from _walk(value, f"{path}.{key}" if path else key, file)
            else:
                yield from _walk(value, path, file)


def data_files() -> list[Path]:
    """Every role, structure and comparison file of the bundled data."""
    files = sorted((DATA / "roles").glob("*.yaml")) + sorted((DATA / "structures").glob("*.yaml"))
    return files + sorted(DATA.glob("comparisons.yaml"))


def citations(files: list[Path]) -> list[Citation]:
    """Every citation in `files`, in file order."""
    found: list[Citation] = []
    for path in files:
        tree = yaml.compose(path.read_text(encoding="utf-8"))
        if tree is not None:
            found.extend(_walk(tree, "", str(path.relative_to(ROOT))))
    return found


def source_sections() -> dict[str, dict[str, object]]:
    """data/sources.yaml's sections by id."""
    loaded = yaml.safe_load((DATA / "sources.yaml").read_text(encoding="utf-8"))
    return dict(loaded["sources"]["sections"])


def dutch_titles() -> dict[str, str]:
    """Section id -> Dutch heading, for every article section (not `general`)."""
    return {sid: str(s["nl"]) for sid, s in source_sections().items() if sid != GENERAL}


def problems(cited: list[Citation], article: dict[str, list[str]]) -> list[str]:
    """What is wrong with the citations, one line each with file:line; empty when all is well."""
    found = []
    for c in cited:
        at = f"{c.file}:{c.line}: {c.where}"
        if c.kind not in ("stated", *KINDS):
            found.append(f"{at}: kind '{c.kind}' is not one of {', '.join(KINDS)}")
        if c.source == GENERAL:
            if c.sentences or c.kind != "stated":
                found.append(f"{at}: general knowledge cites no sentences and has no kind")
        elif c.source not in article:
            found.append(f"{at}: section '{c.source}' is not in the article")
        elif not c.sentences:
            found.append(f"{at}: cites section '{c.source}' but no sentences")
        else:
            count = len(article[c.source])
            found.extend(f"{at}: {c.source} has {count} sentences, not {n}" for n in c.sentences if not 1 <= n <= count)
    return found


def article_path(given: str | None) -> Path:
    """Where the article is: --article, TECHEXEC_ARTICLE, or next to the repository."""
    return Path(given or os.environ.get("TECHEXEC_ARTICLE") or ARTICLE)


def _kind_note(kind: str) -> str:
    return {"author": "  (the author's view)", "case": "  (the author's own case at Logz.io)", "inferred": "  (inferred from the sentences)"}.get(
        kind, ""
    )


def report(cited: list[Citation], article: dict[str, list[str]]) -> Iterator[str]:
    """Each citation: where, what it says in both languages, and the Dutch sentences it cites."""
    wrap = textwrap.TextWrapper(width=110, subsequent_indent="      ")
    for c in cited:
        numbers = ", ".join(map(str, c.sentences))
        yield f"{c.file}:{c.line}  {c.where}  [{c.source}{' ' + numbers if numbers else ''}]{_kind_note(c.kind)}"
        for lang, text in c.texts.items():
            yield wrap.fill(f"  {lang}: {text}")
        for n in c.sentences:
            sentence = article.get(c.source, [])[n - 1] if 0 < n <= len(article.get(c.source, [])) else "(missing)"
            yield wrap.fill(f"  {n:>2}> {sentence}")
        yield ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", metavar="NAME", help="role or structure id (default: all)")
    parser.add_argument("--article", help="the article's text file")
    args = parser.parse_args(argv)
    path = article_path(args.article)
    if not path.is_file():
        print(f"article not found: {path} (give --article PATH or set TECHEXEC_ARTICLE)", file=sys.stderr)
        return 2
    files = [f for f in data_files() if not args.names or f.stem in args.names]
    if args.names and {f.stem for f in files} != set(args.names):
        unknown = sorted(set(args.names) - {f.stem for f in files})
        print(f"no role or structure named: {', '.join(unknown)}", file=sys.stderr)
        return 2
    article = sections(path.read_text(encoding="utf-8"), dutch_titles())
    cited = citations(files)
    for line in report(cited, article):
        print(line)
    wrong = problems(cited, article)
    for line in wrong:
        print(line, file=sys.stderr)
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
