"""Which cache folder techexec may use: the user's own, writable by no one else, else none.

$TECHEXEC_CACHE_DIR (a leading ~ is the home folder), else $XDG_CACHE_HOME/techexec when that is
an absolute path (the XDG spec says to ignore a relative one), else ~/.cache/techexec. Like ssh
with ~/.ssh, a folder owned by another user or writable by group or others is not used: anyone who
can write it could plant entries. techexec then runs without a cache and, when the user chose the
folder, says so once (`notes`); TECHEXEC_NO_CACHE=1 turns the cache off.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from techexec.errors import TechexecError

notes: list[TechexecError] = []  # said once per run by the command line, in the user's language
_chosen: dict[tuple[str | None, ...], Path | None] = {}
_SETTINGS = ("TECHEXEC_NO_CACHE", "TECHEXEC_CACHE_DIR", "XDG_CACHE_HOME", "HOME")


def chosen() -> Path | None:
    """The cache folder for this run (created if missing), or None: no cache. Checked once per setting."""
    setting = tuple(os.environ.get(name) for name in _SETTINGS)
    if setting not in _chosen:
        _chosen[setting] = _choose(os.environ)
    return _chosen[setting]


def _choose(env: Mapping[str, str]) -> Path | None:
    from techexec.data import replies

    found = replies.folder(env)  # where the answers given before Typer loads are read from too
    if found is None:
        return None
    explicit = env.get("TECHEXEC_CACHE_DIR", "").strip()
    folder = Path(found)
    reason = _distrust(folder)
    if reason is None:
        return folder
    if explicit:  # a folder the user named: say why it is not used (the default one is not worth a word)
        from techexec.data.saving import shown

        unusable = reason == "cache_unusable"
        notes.append(TechexecError("cache_unusable" if unusable else "cache_untrusted", path=shown(folder)))
    return None


def _distrust(folder: Path) -> Literal["cache_unusable", "cache_not_owned", "cache_shared"] | None:
    """Why `folder` must not be used (a message key), or None when it is safe."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        found = os.stat(folder)
    except OSError:
        return "cache_unusable"  # cannot be made or read (a file is in the way, no permission)
    if not stat.S_ISDIR(found.st_mode):
        return "cache_unusable"
    if hasattr(os, "geteuid") and found.st_uid != os.geteuid():
        return "cache_not_owned"
    if found.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return "cache_shared"
    return None
