"""Every claim cites sentences that exist in the article, and no data text copies the article.

The article is read at run time (tools/provenance.py says from where) and never stored in the
repository; without it these tests skip locally and fail in CI (CI=true).
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

ROOT = Path(__file__).parents[1]
COPIED_WORDS = 7  # this many consecutive words of the article in a data text count as copied


def _provenance() -> ModuleType:
    spec = importlib.util.spec_from_file_location("provenance", ROOT / "tools" / "provenance.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["provenance"] = module
    spec.loader.exec_module(module)
    return module


provenance = _provenance()


@pytest.fixture(scope="module")
def article() -> str:
    path = provenance.article_path(None)
    if not path.is_file():
        message = f"the article is not at {path} (set TECHEXEC_ARTICLE to its path)"
        if os.environ.get("CI"):
            pytest.fail(message + "; in CI the provenance tests must run")
        pytest.skip(message)
    return str(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sections(article: str) -> dict[str, list[str]]:
    return dict(provenance.sections(article, provenance.dutch_titles()))


def test_every_section_of_sources_yaml_is_a_heading_of_the_article(sections):
    assert set(provenance.dutch_titles()) <= set(sections)


def test_sources_yaml_counts_the_sentences_of_each_section(sections):
    recorded = {sid: s.get("sentences") for sid, s in provenance.source_sections().items() if sid != "general"}
    assert recorded == {sid: len(sections[sid]) for sid in recorded}


def test_every_cited_section_and_sentence_exists(sections):
    cited = provenance.citations(provenance.data_files())
    assert len(cited) > 100
    assert provenance.problems(cited, sections) == []


def test_a_sentence_beyond_the_section_is_reported_with_file_and_line(sections, tmp_path):
    bad = tmp_path / "x.yaml"
    bad.write_text("role:\n  summary:\n    en: A.\n    source: modern-cto\n    sentences: [4]\n", encoding="utf-8")
    cited = provenance._walk(yaml.compose(bad.read_text(encoding="utf-8")), "", "x.yaml")
    assert provenance.problems(list(cited), sections) == ["x.yaml:3: summary: modern-cto has 3 sentences, not 4"]


def test_headings_end_sections_and_sentences_end_at_stops_not_inside_names():
    text = "Title\nIntro one. Intro two at Logz.io.\nWat is een CIO?\nDe CIO (CEO). Hij ook? Ja! Zeker.\nKort\n"
    assert provenance.sections(text, {"what-is-cio": "wat is een cio?"}) == {
        "intro": ["Intro one.", "Intro two at Logz.io."],
        "what-is-cio": ["De CIO (CEO).", "Hij ook?", "Ja!", "Zeker."],
        "Kort": [],
    }


def _words(text: str) -> list[str]:
    """Words in lower case without punctuation or apostrophes (straight or curly), so "CTO's," is "ctos"."""
    return re.findall(r"\w+", text.casefold().replace("\u2019", "").replace("'", ""))


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + COPIED_WORDS]) for i in range(len(words) - COPIED_WORDS + 1)}


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return []


def test_no_data_text_copies_a_run_of_the_articles_words(sections):
    """Headings are left out: sources.yaml names each section by its Dutch heading, as a citation."""
    article = {run for sentences in sections.values() for run in _runs(_words(" ".join(sentences)))}
    copied = []
    for path in sorted([*(ROOT / "data").rglob("*.yaml"), *(ROOT / "tests" / "fixtures").rglob("*.yaml")]):
        for text in _texts(yaml.safe_load(path.read_text(encoding="utf-8"))):
            copied += [f"{path.relative_to(ROOT)}: {' '.join(run)}" for run in _runs(_words(text)) & article]
    assert copied == []


def test_no_test_output_or_page_copies_a_run_of_the_articles_words(sections):
    """The goldens, the tests themselves, the README and the docs: the article's text is nowhere in the repository."""
    article = {run for sentences in sections.values() for run in _runs(_words(" ".join(sentences)))}
    files = [*(ROOT / "tests").rglob("*"), ROOT / "README.md", *(ROOT / "docs").rglob("*")]
    copied = []
    for path in sorted(p for p in files if p.is_file() and p.suffix not in (".yaml", ".pyc", ".png")):
        text = path.read_text(encoding="utf-8", errors="replace")
        copied += [f"{path.relative_to(ROOT)}: {' '.join(run)}" for run in _runs(_words(text)) & article]
    assert copied == []
