"""What changed between two versions of the standards, by item, by entity and by role.

The library API used by ``handbook diff`` and by the site build ("What changed" page, "changed since"
markers)::

    old = load_baseline("standards", since=None)   # generator.diff.baseline: the previous git tag, or None
    changes = compare(old, new_handbook)
    changes.item_status("order-handover#greet-by-name")  # "added" | "changed" | None

The presenters (text, Markdown, JSON, the site's "What changed" page) are in :mod:`generator.render.diff`.
This package loads nothing itself: :mod:`.baseline` and :mod:`.loading` run the pipeline.
"""

from __future__ import annotations

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
]
