"""Run techexec the way a user does, with a fixed width, no colour and no language in the environment."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from techexec.cli.app import app

WIDTH = 80
CLEAN_ENV = {
    "COLUMNS": str(WIDTH),
    "NO_COLOR": "1",
    "TECHEXEC_LANG": None,
    "LANGUAGE": None,
    "LANG": None,
    "TECHEXEC_DATA": None,
}


@dataclass
class Result:
    stdout: str
    stderr: str
    exit_code: int


Run = Callable[..., Result]


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests, and the programs they start, cache parsed data in a folder of their own."""
    import os

    os.environ["TECHEXEC_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture
def run() -> Run:
    """`run("show", "cto", env={...})`: the CLI's stdout, stderr and exit code."""

    def invoke(*args: str, env: dict[str, str | None] | None = None) -> Result:
        result = CliRunner().invoke(app, list(args), env={**CLEAN_ENV, **(env or {})}, prog_name="techexec")
        if result.exception and not isinstance(result.exception, SystemExit):
            raise result.exception
        return Result(result.stdout, result.stderr, result.exit_code)

    return invoke


FIXTURE_DATA = Path(__file__).parent / "fixtures" / "data"


@pytest.fixture
def fixture_data(monkeypatch: pytest.MonkeyPatch) -> Path:
    """The commands read tests/fixtures/data as their bundled data: goldens do not follow edits of data/."""
    monkeypatch.setattr("techexec.cli.inputs.bundled_dir", lambda: FIXTURE_DATA)
    monkeypatch.setattr("techexec.questions.validate.bundled_dir", lambda: FIXTURE_DATA)
    return FIXTURE_DATA


@pytest.fixture
def golden() -> Callable[[str, str], None]:
    """Compare output with tests/golden/NAME; `python tools/regenerate.py` rewrites them (TECHEXEC_UPDATE_GOLDEN=1)."""
    import os

    def check(name: str, actual: str) -> None:
        path = Path(__file__).parent / "golden" / name
        if os.environ.get("TECHEXEC_UPDATE_GOLDEN"):
            path.write_text(actual, encoding="utf-8")
        assert actual == path.read_text(encoding="utf-8"), f"output differs from {path}"

    return check
