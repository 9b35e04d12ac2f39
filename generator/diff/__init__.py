"""What changed between two versions of the standards, by item, by entity and by role.

The library API used by ``handbook diff`` and by the site build ("What changed" page, "changed since"
markers)::

    old = load_baseline("standards", since=None)   # the previous git tag, or None
    changes = compare(old, new_handbook)
    changes.item_status("order-handover#greet-by-name")  # "added" | "changed" | None
    changes.page_markdown("ru")
"""

from __future__ import annotations

import dataclasses
import os

from ..model import Handbook
from ..pipeline import load
from .changes import (
    ALL_ROLES,
    ChangeSet,
    EntityChange,
    ItemChange,
    RoleSummary,
    StaleTranslation,
    TextChange,
    ValueChange,
)
from .compare import compare
from .sources import previous_tag, revision_of_folder

__all__ = [
    "ALL_ROLES",
    "ChangeSet",
    "EntityChange",
    "ItemChange",
    "RoleSummary",
    "StaleTranslation",
    "TextChange",
    "ValueChange",
    "compare",
    "load_baseline",
]


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
