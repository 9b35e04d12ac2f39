"""Where a command may write: never into its inputs, and never over a file that handbook did not write.

Every command that writes (``build --site-dir``, ``checklists --out``, ``audit --out`` and ``--store``,
``training --out``, ``codeowners --output``) checks its targets here before it does any work:

* **Inputs are sacred.** A target that is an input of the run (the standards folder and what is in it,
  ``--results``, ``--surveys``, ``--transcripts``, ``--staff``, ``--acks``, ``./mkdocs.yml``, a ``--since``
  folder, the ``--store``), lies inside an input folder, or — a folder replaced whole — holds an input, is
  refused (exit 2), ``--force`` or not. Paths are compared by file identity (device and inode), so a symbolic
  link, ``..``, a bind mount or a case-insensitive file system do not get around the check.
* **What handbook did not write is kept.** An existing file is replaced only when handbook wrote it: its
  content carries the command's mark (the CODEOWNERS header), or the folder's record
  (:data:`RECORD`, the SHA-256 of every file handbook wrote there) lists it unchanged. Anything else (a file
  of the user's, or one edited since) needs ``--force``. Folders replaced whole carry a marker file of their
  own (:func:`generator.atomic.check_replaceable`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import atomic
from .errors import UsageError

#: the record of the files handbook wrote into a folder: ``{"files": {name: sha256}}``
RECORD = ".handbook-outputs"
_RECORD_NOTE = "written by handbook: the files it wrote here, so that it replaces only those"
_HEAD = 4096  # how much of a file a mark is looked for in

Identity = tuple[int, int]
Mark = Callable[[bytes], bool]


def _identity(path: Path) -> Identity | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino)


def _lineage(path: Path) -> Iterator[Path]:
    """``path`` and each folder around it, as written (made absolute) and as the file system resolves it."""
    for start in (Path(os.path.abspath(path)), Path(os.path.realpath(path))):
        yield start
        yield from start.parents


@dataclass(frozen=True)
class Inputs:
    """What a run reads, each with how to name it to people: ``(path, "the standards folder")``."""

    folders: tuple[tuple[str, str], ...] = ()
    files: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, folders: Iterable[tuple[str | os.PathLike[str] | None, str]] = (),
           files: Iterable[tuple[str | os.PathLike[str] | None, str]] = ()) -> Inputs:
        """The inputs that were given (None: an option left out)."""
        return cls(
            tuple((os.fspath(p), label) for p, label in folders if p is not None),
            tuple((os.fspath(p), label) for p, label in files if p is not None),
        )

    def _named(self) -> dict[Identity, str]:
        named: dict[Identity, str] = {}
        for path, label in (*self.folders, *self.files):
            ident = _identity(Path(path))
            if ident is not None:
                named.setdefault(ident, f"{label} {path}")
        return named

    def check(self, target: Path, option: str, *, folder: bool = False) -> None:
        """Refuse ``target`` when it is an input or inside one, or (``folder``: replaced whole) holds one."""
        named = self._named()
        itself = _identity(target)
        for place in _lineage(target):
            ident = _identity(place)
            if ident in named:
                where = "is" if ident == itself else "is inside"
                raise UsageError(
                    f"{option} {target} {where} {named[ident]}, which this run only reads; handbook never "
                    f"writes into its inputs: choose another {option}"
                )
        if not folder or itself is None:
            return
        for path, label in (*self.folders, *self.files):
            for place in _lineage(Path(path)):
                if _identity(place) == itself:
                    raise UsageError(
                        f"{option} {target} holds {label} {path}, and the whole folder would be replaced: "
                        f"choose a {option} outside it (e.g. beside the standards, not around them)"
                    )


@dataclass
class Outputs:
    """The targets of one run: checked before any work, written whole, recorded as handbook's."""

    inputs: Inputs
    force: bool = False
    _checked: set[Path] = field(default_factory=set)

    def folder(self, target: Path, option: str, marker: str, command: str) -> None:
        """A folder replaced whole (a site, the checklists): not an input, holds none, and written by ``command``."""
        self.inputs.check(target, option, folder=True)
        atomic.check_replaceable(target, marker, command, option, force=self.force)

    def into(self, folder: Path, option: str) -> None:
        """A folder files are written into (``audit --out``): not an input, nor inside one."""
        self.inputs.check(folder, option)

    def file(self, target: Path, option: str, mark: Mark | None = None) -> None:
        """A file about to be written: not an input, nor inside one, and handbook's if it exists (or --force)."""
        self.inputs.check(target, option)
        if target.is_dir() and not target.is_symlink():
            raise UsageError(f"{option} {target} is a folder; give the path of a file to write")
        if not self.force and os.path.lexists(target):
            why = _not_ours(target, mark)
            if why:
                raise UsageError(
                    f"{option} {target} already exists and {why}; handbook replaces only files it wrote: "
                    f"choose another {option}, or give --force to replace it"
                )
        self._checked.add(Path(os.path.abspath(target)))

    def write_text(self, target: Path, content: str | Iterable[str], option: str, *, record: bool = True,
                   mark: Mark | None = None) -> None:
        """Check ``target`` (unless already checked), write it whole, and record it as handbook's."""
        if Path(os.path.abspath(target)) not in self._checked:
            self.file(target, option, mark)
        digest = hashlib.sha256()

        def hashed(chunks: Iterable[str]) -> Iterator[str]:
            for chunk in chunks:
                digest.update(chunk.encode("utf-8", "surrogatepass"))
                yield chunk

        atomic.write_text(target, hashed([content] if isinstance(content, str) else content))
        if record:
            remember(target.parent, {target.name: digest.hexdigest()})

    def write_with(self, target: Path, produce: Callable[[Path], None], option: str) -> None:
        """Like :meth:`write_text` for a binary format a library writes to a path (a workbook)."""
        if Path(os.path.abspath(target)) not in self._checked:
            self.file(target, option)
        atomic.write_with(target, produce)
        remember(target.parent, {target.name: _sha256(target)})


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _recorded(folder: Path) -> dict[str, str]:
    """The files handbook recorded in ``folder`` (nothing when there is no record or it is not one)."""
    try:
        data = json.loads((folder / RECORD).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict):
        return {}
    return {str(k): str(v) for k, v in files.items()}


def remember(folder: Path, written: dict[str, str]) -> None:
    """Add ``{name: sha256}`` to the record of ``folder``."""
    files = _recorded(folder) | written
    payload = {"note": _RECORD_NOTE, "files": dict(sorted(files.items()))}
    with contextlib.suppress(UsageError, OSError):  # the outputs are written; a record that cannot be is no error
        atomic.write_text(folder / RECORD, json.dumps(payload, indent=1, ensure_ascii=False) + "\n")


def _not_ours(target: Path, mark: Mark | None) -> str:
    """Why an existing ``target`` is not handbook's to replace ("" when it is)."""
    if target.is_symlink():
        return "is a symbolic link"
    if not target.is_file():
        return "is not a regular file"
    if mark is not None:
        try:
            with target.open("rb") as stream:
                if mark(stream.read(_HEAD)):
                    return ""
        except OSError as exc:
            raise UsageError(f"cannot read {target}: {exc.strerror or exc}") from exc
    recorded = _recorded(target.parent).get(target.name)
    if recorded is None:
        return "was not written by handbook"
    try:
        same = _sha256(target) == recorded
    except OSError as exc:
        raise UsageError(f"cannot read {target}: {exc.strerror or exc}") from exc
    return "" if same else "was changed since handbook wrote it"
