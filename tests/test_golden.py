"""Whole text renderings of the test data (tests/fixtures/data) at 80 columns without colour, compared with tests/golden/."""

from __future__ import annotations

import pytest

CASES = {
    "show_cto": ["show", "cto"],
    "compare_cio_cto": ["compare", "cio", "cto"],
    "org_tree": ["org-tree"],
    "show_chief_data_officer": ["show", "Chief Data Officer"],
    "compare_cto_vpe": ["compare", "cto", "VP of Engineering"],
}


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("name", list(CASES))
def test_rendering_matches_golden_file(run, golden, fixture_data, name, lang):
    result = run(*CASES[name], "--lang", lang)
    assert result.exit_code == 0
    golden(f"{name}.{lang}.txt", result.stdout)
