"""Where the two sides of a diff come from: a standards folder, or a git revision of one.

A revision is read with ``git archive REV -- PATH``, extracted (data only: no devices) into a temporary
folder and loaded by the normal pipeline, so both sides are the same model. A symbolic link of the
revision is extracted as a link to nothing, which the loader reports as it reports a link in a working tree
(LAYOUT001, at the file's path in the repository) and never follows.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tarfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .. import leftovers
from ..errors import UsageError

#: where a symbolic link of a revision points once extracted: nowhere (it is reported, never followed)
LINK_TARGET = ".handbook-link-not-followed"


@dataclass(frozen=True)
class Side:
    """One side of a diff: the folder to load and how to name it to people."""

    folder: str
    label: str
    #: how the folder's files are named to people: the folder itself, or its path in the repository
    #: for a revision (never the temporary folder it was extracted into)
    shown: str = ""


def _git(args: list[str], cwd: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", "-C", cwd, *args], capture_output=True, check=False)
    except OSError as exc:  # git is not installed
        raise UsageError(f"cannot run git: {exc.strerror}") from exc


def repo_root(path: str) -> str | None:
    """The top folder of the git work tree holding ``path``, or None when it is not in one."""
    start = path if os.path.isdir(path) else os.path.dirname(path) or "."
    try:
        done = _git(["rev-parse", "--show-toplevel"], start)
    except UsageError:
        return None
    return done.stdout.decode().strip() if done.returncode == 0 else None


def resolve_revision(repo: str, revision: str) -> str:
    """The commit a revision names; UsageError (exit 2) when git does not know it."""
    if revision.startswith("-"):
        raise UsageError(f"'{revision}' is not a folder or a git revision")
    done = _git(["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"], repo)
    if done.returncode != 0:
        raise UsageError(
            f"'{revision}' is neither an existing folder nor a git revision of {repo} "
            "(for a pull request's base, fetch it first: actions/checkout with fetch-depth: 0)"
        )
    return done.stdout.decode().strip()


def extract(repo: str, commit: str, path: str, dest: str) -> str:
    """Write the standards folder ``path`` of ``commit`` under ``dest``; return the extracted folder."""
    rel = path.strip("/") or "."
    done = _git(["archive", "--format=tar", commit, "--", rel], repo)
    if done.returncode != 0:
        raise UsageError(f"revision {commit[:12]} has no folder '{rel}' (give the standards folder with --path)")
    with tarfile.open(fileobj=io.BytesIO(done.stdout)) as tar:
        members = tar.getmembers()
        tar.extractall(dest, members=[m for m in members if not (m.issym() or m.islnk())], filter="data")
        for link in (m for m in members if m.issym() or m.islnk()):
            _placeholder(dest, link.name)
    folder = os.path.join(dest, rel)
    if not os.path.isdir(folder):
        raise UsageError(f"revision {commit[:12]} has no folder '{rel}'")
    return folder


def _placeholder(dest: str, name: str) -> None:
    """A link of the revision as a link to nothing at the same place (inside ``dest`` only)."""
    base = os.path.realpath(dest)
    path = os.path.realpath(os.path.join(base, os.path.dirname(name)))
    if path != base and not path.startswith(base + os.sep):
        return
    os.makedirs(path, exist_ok=True)
    target = os.path.join(path, os.path.basename(name))
    if not os.path.lexists(target):
        os.symlink(LINK_TARGET, target)


@contextmanager
def side(argument: str, path: str = "standards", cwd: str = ".") -> Iterator[Side]:
    """An existing folder as it is; anything else as a git revision of the repository around ``cwd``."""
    if os.path.isdir(argument):
        yield Side(argument, argument)
        return
    repo = repo_root(cwd)
    if repo is None:
        raise UsageError(f"'{argument}' is not a folder, and {os.path.abspath(cwd)} is not in a git repository")
    commit = resolve_revision(repo, argument)
    tmp = str(leftovers.temp_dir(None, "handbook-diff-"))
    try:
        folder = extract(repo, commit, path, tmp)
        rel = path.strip("/") or "."
        yield Side(folder, f"{argument}:{rel}", rel)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


@contextmanager
def revision_of_folder(folder: str, revision: str) -> Iterator[Side]:
    """The same folder as it was at ``revision`` (the path is taken relative to its repository)."""
    repo = repo_root(folder)
    if repo is None:
        raise UsageError(f"{folder} is not in a git repository, so '{revision}' cannot be read")
    rel = Path(os.path.realpath(folder)).relative_to(os.path.realpath(repo)).as_posix()
    with side(revision, rel, repo) as found:
        yield found


def previous_tag(folder: str) -> str | None:
    """The newest tag reachable from HEAD whose copy of ``folder`` differs from the folder as it is now.

    Tags are taken newest first (by the date of their commit); a tag whose folder is identical to the
    working folder is the current release itself and is skipped. None: not a repository, or no such tag.
    """
    repo = repo_root(folder)
    if repo is None:
        return None
    rel = Path(os.path.realpath(folder)).relative_to(os.path.realpath(repo)).as_posix()
    tags = _git(["tag", "--merged", "HEAD", "--sort=-committerdate"], repo)
    if tags.returncode != 0:
        return None
    untracked = _git(["ls-files", "--others", "--exclude-standard", "--", rel], repo).stdout.strip()
    for tag in tags.stdout.decode().split():
        same = _git(["diff", "--quiet", tag, "--", rel], repo).returncode == 0
        if not same or untracked:
            return tag
    return None


def version_tag(folder: str, version: str) -> str | None:
    """The git tag of handbook ``version`` in the repository holding ``folder``: ``v<version>``, else
    ``<version>``; None when neither exists or ``folder`` is not in a git repository."""
    repo = repo_root(folder)
    if repo is None or not version or version.startswith("-"):
        return None
    for name in (f"v{version}", version):
        done = _git(["rev-parse", "--verify", "--quiet", f"refs/tags/{name}^{{commit}}"], repo)
        if done.returncode == 0:
            return name
    return None
