"""search's work grows with the text and the question, not with their product (counted, never timed)."""

from __future__ import annotations

import random

import pytest

from techexec.questions import words


def made_up(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice("abcdefghij") for _ in range(rng.randint(4, 12))) for _ in range(n)]


@pytest.fixture
def steps(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many characters the word-by-word lookup reads, in total."""
    counted = [0]
    walk = words.Finder._walk

    def counting(self: words.Finder, word: str, start: int, shortest: int) -> list[tuple[str, int, int]]:
        found = walk(self, word, start, shortest)
        counted[0] += 1
        return found

    monkeypatch.setattr(words.Finder, "_walk", counting)
    return counted


def test_each_distinct_word_is_looked_up_once_however_many_times_it_occurs(steps):
    finder = words.Finder(tuple(made_up(words.FEW + 1, 1)))  # more terms than FEW: the word-by-word path
    finder.find(" ".join(["informatiebeveiliging"] * 1000))
    once = steps[0]
    assert once == 1 + len("informatiebeveiliging") - words.HEAD - words.PART + 1  # its start and its parts
    finder.find(" ".join(["informatiebeveiliging"] * 20_000))
    assert steps[0] == once  # a text 20 times longer of words already seen reads no word again


def test_the_lookups_do_not_grow_with_the_number_of_terms(steps):
    text = " ".join(made_up(2000, 2))
    words.Finder(tuple(made_up(words.FEW + 1, 3))).find(text)
    few = steps[0]
    steps[0] = 0
    words.Finder(tuple(made_up(3_000, 4))).find(text)
    assert steps[0] == few  # one walk per start position of each distinct word, whatever the question


def test_a_very_long_word_is_read_from_its_start_only(steps):
    finder = words.Finder(tuple(made_up(words.FEW + 1, 5)))
    finder.find("x" * 1_000_000)
    assert steps[0] == 1
