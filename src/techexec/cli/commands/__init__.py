"""One module per command, named after it (org_tree.py is `org-tree`): the app finds them here.

Each holds `command`, the function Typer turns into the command (its docstring is the help), and
`ORDER`, where --help lists it. Adding a command is adding a module: nothing else lists them.
"""

import os

FOLDER = os.path.dirname(__file__)
FOLDERS = ("validate", "init")  # they read or write the user's folders: never answered from the cache; no --lang


def names() -> list[str]:
    """Every command's name, from the module files (no module is imported: the command line is read first).

    Only a file Python can import as a module counts: an editor's lock file (.#show.py) or a copy
    (show 2.py, show.orig.py) left here would otherwise break every command, not only itself.
    """
    found = (name.removesuffix(".py") for name in os.listdir(FOLDER) if name.endswith(".py"))
    return sorted(name.replace("_", "-") for name in found if name.isidentifier() and not name.startswith("_"))


def answering() -> list[str]:
    """The commands that answer a question (--lang, the answer cache): every one but those of the user's folders."""
    return [name for name in names() if name not in FOLDERS]
