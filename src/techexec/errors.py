"""The errors a user can cause, each with the exit code it ends the program with."""

from __future__ import annotations

from typing import NamedTuple

from techexec.matching import clean


class TechexecError(Exception):
    """An error shown to the user as one line on stderr, never as a traceback."""

    exit_code = 1


class UsageError(TechexecError):
    """The command line asked for something that does not exist (role, variant, language)."""

    exit_code = 2


class Problem(NamedTuple):
    """One thing wrong in a data file, at a place a text editor can jump to."""

    path: str
    line: int
    column: int
    message: str
    warning: bool = False

    def __str__(self) -> str:
        kind = "warning: " if self.warning else ""
        return clean(f"{self.path}:{self.line}:{self.column}: {kind}{self.message}")


class DataError(TechexecError):
    """Data files failed validation; carries every problem found."""

    exit_code = 1

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = str(problems[0])
        more = len(problems) - 1
        suffix = f" (and {more} more problem{'s' if more != 1 else ''}; run 'techexec validate')" if more else ""
        super().__init__(first + suffix)
