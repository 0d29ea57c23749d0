"""The questions, asked directly: language choice, lookups, the org-tree walk and Tab's word parsing."""

from __future__ import annotations

import pytest

from techexec.cli.fast_completion import complete
from techexec.cli.formats import COMMAND_FORMATS
from techexec.data import load
from techexec.data.files import bundled_dir
from techexec.errors import UsageError
from techexec.model import Dataset, Node, Structure
from techexec.questions import language
from techexec.questions.lookup import find, find_all
from techexec.questions.orgtree import chart_order, placements, tree, walk


@pytest.fixture(scope="module")
def data() -> Dataset:
    return load([(bundled_dir(), True)])


@pytest.mark.parametrize(
    ("option", "environ", "expected"),
    [
        (None, {}, "en"),
        ("NL", {}, "nl"),
        ("nl_BE.UTF-8", {}, "nl"),
        (None, {"TECHEXEC_LANG": "nl"}, "nl"),
        (None, {"LANG": "nl_NL.UTF-8"}, "nl"),
        (None, {"LANG": "de_DE.UTF-8", "LANGUAGE": "de:nl"}, "nl"),
        (None, {"LANG": "C", "LANGUAGE": "nl"}, "en"),  # LANGUAGE counts only beside a real LANG
        ("en", {"TECHEXEC_LANG": "nl"}, "en"),  # the option wins
    ],
)
def test_language_choice(option, environ, expected):
    assert language.resolve(option, environ) == expected


def test_an_unknown_language_option_is_refused_but_errors_still_get_words():
    with pytest.raises(UsageError) as caught:
        language.resolve("fr", {"LANG": "nl_NL.UTF-8"})
    assert caught.value.facts["option"] == "fr"
    assert language.wording("fr", {"LANG": "nl_NL.UTF-8"}) == "nl"


@pytest.mark.parametrize(
    "name", ["cto", "CTO", "Chief Technology Officer", "technisch directeur", "Technisch  Directeur"]
)
def test_lookup_by_any_name(data, name):
    assert find(data.roles, name).id == "cto"


def test_lookup_of_a_shared_name_lists_every_holder(data):
    with pytest.raises(UsageError) as caught:
        find(data.roles, "IT director")
    assert caught.value.key == "ambiguous_role"
    assert [role_id for role_id, _ in caught.value.facts["options"]] == ["cio", "cto"]


def test_lookup_of_a_typo_suggests(data):
    with pytest.raises(UsageError) as caught:
        find(data.roles, "ctoo")
    assert caught.value.facts["suggestions"][0] == "cto"


def test_too_few_roles_is_its_own_error(data):
    with pytest.raises(UsageError) as caught:
        find_all(data.roles, ["cio"], 2)
    assert caught.value.key == "missing_roles"


def test_the_walk_is_top_down_with_depths():
    nodes = (Node("a"), Node("b", parent="a"), Node("c", parent="b"), Node("d", parent="a"))
    walked = [(branch.node.role, parent, depth) for branch, parent, depth in walk(tree(Structure("v", {}, None, nodes)))]
    assert walked == [("a", None, 0), ("b", "a", 1), ("c", "b", 2), ("d", "a", 1)]


def test_a_deep_chain_needs_no_recursion():
    nodes = (Node("r0"), *(Node(f"r{i}", parent=f"r{i - 1}") for i in range(1, 5000)))
    assert [depth for _, _, depth in walk(tree(Structure("deep", {}, None, nodes)))][-1] == 4999


def test_placements_start_with_the_default_structure(data):
    first, *others = placements(data, "cto")
    assert first.structure is data.default_structure()
    assert {p.parent.role for p in [first, *others] if p.parent} == {"ceo", "cio"}


def test_chart_order_is_level_by_level(data):
    assert chart_order(data)[0].id == "ceo"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("techexec show ci", ["cio", "ciso"]),
        ("techexec compare cio ct", ["cto"]),
        ("techexec org-tree --structure m", ["merged"]),
        ("techexec show --lang n", ["nl"]),
        ("techexec show cto c", None),  # show takes one role: nothing more to name here
        ("techexec show --format ", list(COMMAND_FORMATS["show"])),  # show's own, from cli/formats.py
        ("techexec validate -f m", []),  # validate has no markdown
        ("techexec show --sort ", None),  # an option it does not know: left to Typer
        ("techexec sh", None),  # a command name: left to Typer
    ],
)
def test_fast_completion_reads_the_words_typed(line, expected):
    words = line.split(" ")
    answer = complete({"_TECHEXEC_COMPLETE": "complete_bash", "COMP_WORDS": line, "COMP_CWORD": str(len(words) - 1)})
    assert (answer.output.split() if answer else None) == expected
