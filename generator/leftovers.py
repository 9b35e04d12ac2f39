"""Temporary files and folders that name their owner, and the sweep that removes those a killed run left.

A build writes its site into ``.site-build-…`` beside the site folder, an output file into ``.report.json.…``
beside it, an audit its DuckDB files into ``handbook-audit-…`` in the system's temporary folder. A run that is
killed (Ctrl-C twice, an out-of-memory kill, a cancelled CI job) cannot remove them, and nothing else would.

:func:`temp_dir` and :func:`temp_file` put the owner in the name: ``<prefix><pid>@<host>-<random>``. Before
making a new one, :func:`sweep` removes the leftovers of the same prefix in the same folder that are certainly
stale: those whose process, on this machine, is no longer running, and those of another machine, or from before
names carried an owner, that are older than :data:`STALE_AFTER`. A temporary folder of a run still going (a
concurrent build, a ``serve`` running for days) is never touched, nor anything of another user or a symbolic
link.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import socket
import stat
import tempfile
import time
from pathlib import Path

STALE_AFTER = 30 * 60  # seconds: a leftover whose owner cannot be checked is removed after this
_HOST = hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:6]
_RANDOM = r"[a-z0-9_]{8}"  # what tempfile adds


def _mark() -> str:
    return f"{os.getpid()}@{_HOST}-"


def temp_dir(parent: Path | str | None, prefix: str) -> Path:
    """A new folder ``<prefix><pid>@<host>-<random>`` in ``parent`` (the system's temporary folder when None),
    once the stale leftovers of ``prefix`` there are swept."""
    folder = Path(parent) if parent is not None else Path(tempfile.gettempdir())
    sweep(folder, prefix)
    return Path(tempfile.mkdtemp(prefix=prefix + _mark(), dir=folder))


def temp_file(parent: Path, prefix: str) -> tuple[int, str]:
    """``tempfile.mkstemp`` in ``parent`` with the owner in the name, once stale leftovers are swept."""
    sweep(parent, prefix)
    return tempfile.mkstemp(prefix=prefix + _mark(), dir=parent)


def _alive(pid: int) -> bool:
    if os.name != "posix":  # elsewhere signal 0 is no mere question: trust only the age
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process (EPERM): running
        return True
    return True


def is_stale(path: Path, prefix: str, now: float | None = None) -> bool:
    """True when ``path`` (named ``prefix…``) is a leftover of a run that has ended."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    if stat.S_ISLNK(info.st_mode) or (hasattr(os, "getuid") and info.st_uid != os.getuid()):
        return False
    rest = path.name[len(prefix):]
    owner = re.fullmatch(rf"([0-9]+)@([0-9a-f]{{6}})-{_RANDOM}", rest)
    if owner is not None and owner.group(2) == _HOST:
        pid = int(owner.group(1))
        return pid != os.getpid() and not _alive(pid)
    if owner is None and not re.fullmatch(_RANDOM, rest):
        return False  # not a name we make: a user's own `.site-build-notes`
    age = (time.time() if now is None else now) - info.st_mtime
    return age > STALE_AFTER


def sweep(parent: Path, prefix: str) -> list[Path]:
    """Remove the stale leftovers named ``prefix…`` directly in ``parent``; the paths removed. Never fails: a
    leftover that cannot be removed stays."""
    removed: list[Path] = []
    try:
        entries = [entry for entry in os.scandir(parent) if entry.name.startswith(prefix)]
    except OSError:
        return removed
    for entry in entries:
        path = Path(entry.path)
        if not is_stale(path, prefix):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(path)
            else:
                path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed
