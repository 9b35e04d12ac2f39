"""Earlier versions of the standards, from git: the tag ``v<version>`` or ``<version>`` of the folder's repository.

Each is loaded by the normal pipeline and compared with the current model exactly as ``handbook diff`` does.
"""

from __future__ import annotations

import dataclasses

from ..diff.changes import ChangeSet
from ..diff.compare import compare
from ..diff.sources import repo_root, revision_of_folder, version_tag
from ..errors import UsageError
from ..model import Handbook
from ..pipeline import load
from .status import Baseline, Unresolved


def git_baseline(folder: str, current: Handbook) -> Baseline:
    """``since(version)``: the changes from that version (read from git) to ``current``, or why there are none."""

    def since(version: str) -> ChangeSet | Unresolved:
        tag = version_tag(folder, version)
        if tag is None:
            return Unresolved("no_repository" if repo_root(folder) is None else "no_tag")
        try:
            with revision_of_folder(folder, tag) as side:
                old = load(side.folder).handbook
        except UsageError as exc:
            return Unresolved("unreadable", exc.format_message())
        return compare(dataclasses.replace(old, root=side.label), current)

    return since
