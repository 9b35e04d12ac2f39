"""Outputs are written whole or not at all: temporary files and folders beside the target, then a rename.

Everything written is deployable as it is: files get ``0666`` and folders ``0777`` less the umask (0644 and
0755 under the usual 022), not the private modes of :mod:`tempfile` (0600, 0700), so a web server's user can
serve a site, its checklists and the audit reports.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

from . import leftovers
from .errors import UsageError


def umask() -> int:
    """The process's umask (read without changing it for longer than the call)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def file_mode() -> int:
    """The mode of a new file under the umask: 0644 under 022."""
    return 0o666 & ~umask()


def folder_mode() -> int:
    """The mode of a new folder under the umask: 0755 under 022."""
    return 0o777 & ~umask()


def publish_modes(folder: Path) -> None:
    """Give ``folder`` (a temporary folder about to be renamed into place) the mode of a new folder."""
    os.chmod(folder, folder_mode())


def write_text(target: Path, content: str | Iterable[str], newline: str | None = None) -> None:
    """Write ``content`` (a string or chunks) to a temporary file beside ``target``, then rename it into place."""
    if target.is_dir():
        raise UsageError(f"{target} is a folder; give the path of a file to write")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = leftovers.temp_file(target.parent, f".{target.name}.")
    except OSError as exc:
        raise UsageError(f"cannot write to {target.parent}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as handle:
            if isinstance(content, str):
                handle.write(content)
            else:
                handle.writelines(content)
        os.chmod(tmp, file_mode())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def check_replaceable(target: Path, marker: str, command: str, option: str, force: bool = False) -> None:
    """Refuse to replace a non-empty folder that ``command`` did not write (it lacks ``marker``), unless ``force``."""
    if not target.exists():
        return
    if not target.is_dir():
        raise UsageError(f"{target} exists and is not a folder; choose another {option}")
    if not force and any(target.iterdir()) and not (target / marker).exists():
        raise UsageError(
            f"{target} is not empty and was not written by `{command}`; it would be replaced whole, "
            f"so choose another {option}, empty it first, or give --force to replace it"
        )


def replace_dir(new: Path, target: Path) -> None:
    """Put the folder ``new`` in place of ``target``; the old one is deleted only once the new one is in place."""
    publish_modes(new)
    old: Path | None = None
    if target.exists():
        old = leftovers.temp_dir(target.parent, f".{target.name}.old-")
        os.replace(target, old / "previous")
    try:
        os.replace(new, target)
    except OSError:
        if old is not None:
            os.replace(old / "previous", target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def write_with(target: Path, produce: Callable[[Path], None]) -> None:
    """Let ``produce`` write a temporary file beside ``target`` (a binary format, e.g. a workbook), then rename it
    into place; nothing is left behind if it fails."""
    if target.is_dir():
        raise UsageError(f"{target} is a folder; give the path of a file to write")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = leftovers.temp_file(target.parent, f".{target.name}.")
        os.close(fd)
    except OSError as exc:
        raise UsageError(f"cannot write to {target.parent}: {exc.strerror or exc}") from exc
    try:
        produce(Path(tmp))
        os.chmod(tmp, file_mode())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
