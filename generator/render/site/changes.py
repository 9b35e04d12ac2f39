"""The "changed since version X" marks and the "What changed" page, from :mod:`generator.diff`."""

from __future__ import annotations

from collections.abc import Callable

from ...model import Handbook
from .pages import Changes


def changes_since(folder: str, since: str | None, handbook: Handbook) -> Callable[[str], Changes | None] | None:
    """Per language, what changed since ``since`` (a folder or git revision; None: the previous tag).

    None when there is no baseline (no git repository, no earlier tag) or nothing changed.
    """
    from ...diff import compare, load_baseline

    baseline = load_baseline(folder, since)
    if baseline is None:
        return None
    change_set = compare(baseline, handbook)
    if change_set.empty:
        return None
    marks = Changes(change_set.old_version, change_set.item_status, change_set.page_markdown)
    return lambda _lang: marks
