"""Which file of a standards folder holds what (FORMAT §1)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

TOP_LEVEL: dict[str, str] = {
    "handbook.yaml": "handbook",
    "glossary.yaml": "glossary",
    "principles.yaml": "principles",
    "channels.yaml": "channels",
    "roles.yaml": "roles",
    "phrases.yaml": "phrases",
    "scoring.yaml": "scoring",
}
FOLDERS: dict[str, str] = {"journey": "stage", "situations": "situation", "scenarios": "scenario"}
REQUIRED = ("handbook.yaml",)
YAML_SUFFIXES = (".yaml", ".yml")
IGNORED_DIRS = {".git", "node_modules", "__pycache__", ".venv"}


@dataclass(frozen=True)
class StandardsFile:
    """One YAML file of the folder: its path relative to the folder, and its kind (None: unknown)."""

    rel: str  # posix path relative to the standards folder, e.g. "journey/01-discover.yaml"
    kind: str | None
    path: Path  # the real path on disk
    display: str  # as shown in diagnostics
    bad_name: bool = False  # the name is not UTF-8 (rel and display show its bytes as \xNN): never loaded
    linked_folder: bool = False  # a symbolic link to a folder: not followed, so its files are never read
    linked_file: bool = False  # any other symbolic link (to a file, to nothing): never followed, never read


def kind_of(rel: str) -> str | None:
    """The kind of a file from its place in the folder, or None when the layout does not know it."""
    parts = rel.split("/")
    if len(parts) == 1:
        return TOP_LEVEL.get(parts[0])
    if len(parts) == 2 and parts[0] in FOLDERS and parts[1].endswith(".yaml"):
        return FOLDERS[parts[0]]
    return None


def display_path(root: str, rel: str) -> str:
    """The path of a file as the user named its folder: ``standards/journey/01-x.yaml``."""
    if root in ("", "."):
        return rel
    return os.path.normpath(os.path.join(root, rel)).replace(os.sep, "/")


def printable(name: str) -> str:
    """A file name as UTF-8 text: the bytes of a name in another encoding shown as ``\\xNN``."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _is_utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def discover(root: str) -> list[StandardsFile]:
    """Every YAML file under ``root``, sorted by path, each with its kind; every symbolic link (to a folder,
    a file or nothing, whatever its name) as a file of no kind, never followed (LAYOUT001)."""
    base = Path(root)
    found: list[StandardsFile] = []
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames[:] = sorted(d for d in dirnames if d not in IGNORED_DIRS and not d.startswith("."))
        for name in dirnames:
            full = Path(dirpath) / name
            if full.is_symlink():  # os.walk does not follow it: say so rather than drop its standards silently
                rel = printable(full.relative_to(base).as_posix())
                found.append(StandardsFile(rel, None, full, printable(display_path(root, rel)), linked_folder=True))
        for name in filenames:
            full = Path(dirpath) / name
            if full.is_symlink() and not name.startswith("."):  # in a working tree as in a git revision
                rel = printable(full.relative_to(base).as_posix())
                found.append(StandardsFile(rel, None, full, printable(display_path(root, rel)), linked_file=True))
                continue
            if not name.endswith(YAML_SUFFIXES):
                continue
            rel = full.relative_to(base).as_posix()
            if not _is_utf8(rel):
                shown = printable(rel)
                found.append(StandardsFile(shown, None, full, printable(display_path(root, rel)), bad_name=True))
                continue
            found.append(StandardsFile(rel, kind_of(rel), full, display_path(root, rel)))
    found.sort(key=lambda f: (f.rel.count("/"), f.rel))
    return found
