"""Every mark the terminal shows (the author's view, his own case, inferred, general knowledge) is in every
text destination too, and every line's kind is in the JSON: an answer pasted anywhere keeps where it comes from."""

from __future__ import annotations

import json
import re
import subprocess
from collections import Counter
from typing import Any

import pytest
from markdown_it import MarkdownIt

from techexec.i18n.book import phrase

PAGES = [
    *(("show", "cto"), ("show", "cdo"), ("show", "ciso"), ("compare", "cio", "cto"), ("compare", "cto", "cdo")),
    *(("org-tree", "--highlight", "cto"), ("org-tree", "--structure", "merged"), ("list",), ("list", "--isco", "1330")),
    *(("search", "who", "owns", "security"), ("search", "open", "source")),
]
KINDS = ("author", "case", "inferred")


def _words(lang: str) -> dict[str, str]:
    return {
        "author": phrase("author_view", lang),
        "case": phrase("own_case", lang),
        "inferred": phrase("inferred_mark", lang),
    }


def shown(text: str, lang: str, general: str = r" \*") -> Counter[str]:
    """How often each mark is said in a text: its words, or the '*' after a line of general knowledge."""
    text = re.sub("[\u2500-\u257f]", " ", text)  # tree guides and table borders: a mark wraps across them
    flat = " ".join(text.split())
    found = Counter({kind: flat.count(words) for kind, words in _words(lang).items()})
    found["general"] = len(re.findall(general + r"(?=\s|$|\[\^)", text))
    found["grouped"] = flat.count(phrase("author_heading", lang).split("(")[0].strip())  # his view, said once
    return found


def plain_lines(text: str, lang: str) -> Counter[str]:
    """Each line's mark in plain text, a line under the author's heading counted as his view."""
    words = _words(lang)
    heading = phrase("author_heading", lang).split("(")[0].strip()
    found: Counter[str] = Counter()
    group = False
    previous = ""
    for line in text.splitlines():
        if not previous:
            group = line.startswith(heading)
        previous = line
        said = next((k for k, w in words.items() if f" \u2014 {w}" in line), None)
        if said:
            found[said] += 1
        elif line.endswith(" *"):
            found["general"] += 1
        elif group and not line.startswith(heading) and line:
            found["author"] += 1
    return found


def json_kinds(doc: Any) -> Counter[str]:
    """Every claim or placement in a JSON answer, by its kind (general knowledge by its source)."""
    found: Counter[str] = Counter()
    if isinstance(doc, dict):
        if "source" in doc and doc.get("source") == "general":
            found["general"] += 1
        elif doc.get("kind") in KINDS:
            found[doc["kind"]] += 1
        for value in doc.values():
            found += json_kinds(value)
    elif isinstance(doc, list):
        for value in doc:
            found += json_kinds(value)
    return found


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("args", PAGES, ids=" ".join)
def test_every_mark_of_the_terminal_is_in_plain_text_markdown_and_json(run, args, lang):
    terminal = run(*args, "--lang", lang, env={"COLUMNS": "40"}).stdout  # stacked: a mark is not cut by a cell border
    plain = run(*args, "--lang", lang, "-f", "plain").stdout
    markdown = run(*args, "--lang", lang, "-f", "markdown").stdout
    marks = shown(terminal, lang)
    assert sum(marks.values()) > 0
    assert shown(plain, lang) == marks
    assert shown(markdown, lang, general=r" \\\*") == marks
    MarkdownIt("commonmark").enable("table").parse(markdown)
    exported = run(*args, "--lang", lang, "-f", "json").stdout
    checked = subprocess.run(["jq", "."], input=exported, capture_output=True, text=True, check=True, timeout=30)
    kinds, lines = json_kinds(json.loads(checked.stdout)), plain_lines(plain, lang)
    if args[0] == "show":  # every line of the page, and its kind, in the JSON (structures placing the role
        doc = json.loads(checked.stdout)  # alike, on the same grounds, share one line of the page)
        alike = {json.dumps({k: v for k, v in p.items() if k != "structure"}) for p in doc["derived"]["reports_to"]}
        placed = json_kinds([json.loads(p) for p in alike])
        assert +(json_kinds(doc["role"]) + placed) == +lines
    else:  # a comparison's JSON also holds what the page says once for several roles
        assert all(kinds[kind] >= n for kind, n in lines.items())


def test_plain_text_is_one_line_per_paragraph_and_bullet(run):
    plain = run("show", "cto", "-f", "plain").stdout.splitlines()
    summary = json.loads(run("show", "cto", "-f", "json").stdout)["role"]["summary"]["text"]
    assert summary in plain  # whole, on a line of its own, however wide
    assert max(len(line) for line in plain) > 200
    assert not any(line.startswith(" ") for line in plain)


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("role", ["ceo", "cio", "cto", "cdo", "cso", "ciso"])
def test_brief_show_fits_a_slide(run, role, lang):
    text = run("show", role, "--brief", "--lang", lang).stdout
    assert len(text.splitlines()) < 20
    heads = {phrase("focus", lang), phrase("reporting", lang), phrase("security", lang)}
    assert all(f"{head}:" in text for head in heads)
    assert all(
        f"{head}:" in run("show", role, "--brief", "--lang", lang, "-f", f).stdout
        for f in ("plain", "markdown")
        for head in heads
    )


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("pair", [("cio", "cto"), ("cso", "ciso"), ("cto", "cdo"), ("ceo", "cio")])
def test_brief_compare_gives_the_point_and_one_value_per_role(run, pair, lang):
    text = run("compare", *pair, "--brief", "--lang", lang).stdout
    assert len(text.splitlines()) < 25
    assert phrase("in_short", lang) in text and phrase("shared", lang) not in text
    for fmt in ("plain", "markdown"):
        other = run("compare", *pair, "--brief", "--lang", lang, "-f", fmt).stdout
        assert phrase("in_short", lang) in other and phrase("shared", lang) not in other


def test_compare_says_the_answer_first(run):
    text = run("compare", "cio", "cto").stdout
    point, differs, shared = (text.index(phrase(key, "en")) for key in ("in_short", "differs", "shared"))
    assert point < differs < shared
    assert point < 400  # on the first screen


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("structure", ["ceo-both", "cto-under-cio", "merged"])
def test_every_mark_of_the_org_tree_is_in_its_json(run, structure, lang):
    """org-tree has no plain text or Markdown: its boxes' and lines' marks are in the JSON, one for one."""
    terminal = run("org-tree", "--structure", structure, "--lang", lang).stdout
    exported = run("org-tree", "--structure", structure, "--lang", lang, "-f", "json").stdout
    checked = subprocess.run(["jq", "."], input=exported, capture_output=True, text=True, check=True, timeout=30)
    marks = +shown(terminal, lang)
    assert marks and +json_kinds(json.loads(checked.stdout)) == marks
