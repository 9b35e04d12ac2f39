"""The earlier version of the standards that a comparison starts from (a folder, a git revision, the last tag).

Loading is the pipeline's work, so this module is the only part of :mod:`generator.diff` that runs it;
the comparison and the change values import nothing that loads.
"""

from __future__ import annotations

import dataclasses
import os

from ..model import Handbook
from ..pipeline import load
from .changes import ChangeSet
from .compare import compare
from .sources import previous_tag, revision_of_folder


def load_baseline(folder: str, since: str | None) -> Handbook | None:
    """The previous version of the standards in ``folder``, to compare the current one with.

    ``since`` is a standards folder or a git revision (read from the repository holding ``folder``,
    at the same path). None means the previous git tag: the newest tag reachable from HEAD whose
    copy of the folder differs from the folder now; the result is None when ``folder`` is not in a
    git repository or has no such tag. The model is returned even when the old version has validation
    problems (it is built tolerantly); an unknown revision or a missing folder raises UsageError.
    """
    if since is not None and os.path.isdir(since):
        return load(since).handbook
    revision = since if since is not None else previous_tag(folder)
    if revision is None:
        return None
    with revision_of_folder(folder, revision) as side:
        handbook = load(side.folder).handbook
    return dataclasses.replace(handbook, root=side.label)


def changes_since(folder: str, since: str | None, handbook: Handbook) -> ChangeSet | None:
    """What changed in ``handbook`` since ``since`` (a folder or git revision; None: the previous tag).

    None when there is no baseline (no git repository, no earlier tag) or nothing changed.
    """
    baseline = load_baseline(folder, since)
    if baseline is None:
        return None
    change_set = compare(baseline, handbook)
    return None if change_set.empty else change_set
