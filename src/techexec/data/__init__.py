"""The data layer's front door: checked data from YAML files, answered from the cache when it can be.

    files -> safe_yaml (one file's node tree) -> fields + schema (records, problems at file:line)
    -> integrity (checks across files) -> cache (keyed by the files' bytes) -> load / check / names

The functions import the layer when called, so importing techexec.data.files stays cheap.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing is not imported: the answer cache goes through here before anything else
if TYPE_CHECKING:
    from techexec.data.completion_index import NameIndex
    from techexec.data.files import Layers
    from techexec.errors import Problem
    from techexec.model import Dataset


def load(layers: Layers) -> Dataset:
    """The checked Dataset, or DataError with every problem (warnings do not stop it)."""
    from techexec.data import cache

    return cache.load(layers)


def check(layers: Layers) -> tuple[Dataset, list[Problem]]:
    """Everything the layers define, with every problem and warning, in file order."""
    from techexec.data import cache

    return cache.check(layers)


def names(layers: Layers) -> NameIndex:
    """What completion offers: role and structure names, without unpickling the model on a warm cache."""
    from techexec.data import cache

    return cache.names(layers)
