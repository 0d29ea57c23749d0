"""Generated role files, valid and mutated: techexec never crashes and never passes on control codes."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

NASTY = st.sampled_from(
    [
        "[bold]",
        "[/]",
        "[link=http://x]",
        "\x1b[31m",
        "\x1b]8;;x\x07",
        "\x9b",
        "\x00",
        "\r",
        ":",
        "- ",
        "&a",
        "*a",
        "!!",
        "#",
    ]
)
TEXT = st.lists(st.one_of(st.text(max_size=12), NASTY), max_size=4).map("".join)
IDS = st.sampled_from(["cto", "cio", "x", "new-role", "ceo", "Bad Id", ""])
CLAIM = st.fixed_dictionaries(
    {"en": TEXT, "source": st.sampled_from(["general", "intro", "nope"])}, optional={"nl": TEXT}
)
VALUE = st.one_of(TEXT, st.integers(), st.none(), st.lists(TEXT, max_size=2), CLAIM)

ROLE = st.fixed_dictionaries(
    {"id": IDS, "acronym": TEXT, "title": st.fixed_dictionaries({"en": TEXT}), "summary": CLAIM},
    optional={
        "aliases": st.lists(TEXT, max_size=3),
        "responsibilities": st.lists(CLAIM, max_size=3),
        "audience": CLAIM.map(lambda c: {**c, "value": "internal"}),
        "works_with": st.lists(CLAIM.map(lambda c: {**c, "role": "cto"}), max_size=2),
    },
)
NODES = st.lists(st.fixed_dictionaries({"role": IDS}, optional={"parent": IDS}), max_size=5)
STRUCTURE = st.fixed_dictionaries({"id": IDS, "name": st.fixed_dictionaries({"en": TEXT}), "nodes": NODES})


@st.composite
def documents(draw: st.DrawFn) -> str:
    """A data file: a role or a structure, maybe mutated (a key dropped or replaced), or raw text."""
    kind = draw(st.sampled_from(["role", "structure", "raw"]))
    if kind == "raw":
        return draw(st.text(max_size=200))
    doc = draw(ROLE if kind == "role" else STRUCTURE)
    if draw(st.booleans()) and doc:
        key = draw(st.sampled_from(sorted(doc)))
        if draw(st.booleans()):
            del doc[key]
        else:
            doc[key] = draw(VALUE)
    return yaml.safe_dump({kind: doc}, allow_unicode=True)


CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=st.lists(documents(), min_size=1, max_size=3))
def test_generated_data_never_crashes_or_leaks_control_codes(run, files):
    with tempfile.TemporaryDirectory() as tmp:
        for i, text in enumerate(files):
            Path(tmp, f"f{i}.yaml").write_text(text, encoding="utf-8")
        for args in (
            ["validate", tmp],
            ["show", "x", "--data", tmp],
            ["org-tree", "--data", tmp],
            ["list", "--data", tmp, "-f", "json"],
        ):
            result = run(*args)  # run() re-raises anything that is not a clean exit
            assert result.exit_code in (0, 1, 2), (args, result)
            assert not CONTROL.search(result.stdout), (args, result.stdout)
            assert "Traceback" not in result.stderr
            assert len(result.stderr.splitlines()) <= 2  # one error line, at most one language note


@given(st.text(alphabet=st.characters(max_codepoint=0x7F)))
def test_the_ascii_shortcut_folds_like_the_general_rule(text):
    from techexec.matching import fold, fold_map

    assert fold(text) == fold_map(text)[0]
