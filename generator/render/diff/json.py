"""``handbook diff --format json``: one object with a stable structure, documented in docs/diff.md.

``{"old": {"version", "source"}, "new": {...}, "summary": {...}, "items": [...], "roles": {...},
"all_roles": [...], "stale_translations": [...], "entities": [...], "diagnostics": [...]}``. Keys are only
ever added.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from ...diagnostics import Diagnostic
from ...diff.changes import ALL_ROLES, ChangeSet, FieldChange, Place, TextChange
from ..context import RenderContext
from .present import counts

FORMAT_VERSION = 1


def _plain(value: object) -> object:
    """A place as its English words (``journey/01-buy.yaml (stage browse, step 2)``), anything else as it is."""
    return str(value) if isinstance(value, Place) else value


def fields_json(fields: Mapping[str, FieldChange]) -> dict[str, Any]:
    """``{"severity": {"old", "new"}, "text": {"en": {"old", "new"}}}`` (texts: changed languages only)."""
    out: dict[str, Any] = {}
    for name, change in fields.items():
        if isinstance(change, TextChange):
            out[name] = {lang: {"old": change.old.get(lang), "new": change.new.get(lang)} for lang in change.languages}
        else:
            out[name] = {"old": _plain(change.old), "new": _plain(change.new)}
    return out


def as_data(changes: ChangeSet, old_label: str, new_label: str) -> dict[str, Any]:
    """The JSON-ready structure (also used by tests and scripts that import the library)."""
    items = []
    for item in changes.items:
        current = item.current
        items.append(
            {
                "id": item.id,
                "change": item.change,
                "kind": current.kind,
                "severity": current.severity,
                "text": dict(current.text.values),
                "fields": fields_json(item.fields),
                "roles": list(item.roles),
            }
        )
    roles = {
        s.role: {
            "name": changes.role_name(s.role),
            "added": list(s.added),
            "changed": list(s.changed),
            "removed": list(s.removed),
            "other": list(s.other),
        }
        for s in changes.roles
        if s.role != ALL_ROLES
    }
    everyone = next((list(s.other) for s in changes.roles if s.role == ALL_ROLES), [])
    return {
        "format": FORMAT_VERSION,
        "old": {"version": changes.old_version, "source": old_label},
        "new": {"version": changes.new_version, "source": new_label},
        "summary": {**counts(changes), "entities": len(changes.entities), "stale_translations": len(changes.stale)},
        "items": items,
        "roles": roles,
        "all_roles": everyone,
        "stale_translations": [
            {"id": s.id, "field": s.field, "language": s.language, "default_language": s.default_language}
            for s in changes.stale
        ],
        "entities": [
            {"kind": e.kind, "id": e.id, "key": e.key, "change": e.change, "fields": fields_json(e.fields),
             "roles": list(e.roles)}
            for e in changes.entities
        ],
    }


def render(ctx: RenderContext, old_label: str, new_label: str, diagnostics: Sequence[Diagnostic] = ()) -> str:
    """The JSON report of ``ctx.changes`` (the same in every language: a machine format), with the
    comparison's diagnostics (VERSION001) as ``validate --format json`` writes them."""
    if ctx.changes is None:
        raise ValueError("a diff report needs the change set in its render context")
    data = as_data(ctx.changes, old_label, new_label)
    data["diagnostics"] = [d.to_json() for d in diagnostics]
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
