"""techexec: who does what at the top of a technology organisation, explained in the terminal."""

import _signal  # type: ignore[import-not-found]  # the C module: signal.py would import enum
import os as _os

__version__ = "0.1.0"


def _quiet_interrupt(_signum: int, _frame: object) -> None:
    """Ctrl-C before the command line has taken charge (while modules load): exit 130, no traceback."""
    _os._exit(130)


if _signal.getsignal(_signal.SIGINT) is _signal.default_int_handler:  # not when embedded with its own handler
    _signal.signal(_signal.SIGINT, _quiet_interrupt)
