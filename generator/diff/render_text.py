"""``handbook diff --format text``: for a terminal or a CI log.

Word-level changes are marked like ``git diff --word-diff``: ``[-old words-]{+new words+}``.
"""

from __future__ import annotations

from .changes import ChangeSet, EntityChange, FieldChange, ItemChange, TextChange
from .present import SYMBOLS, counts_line, entity_name, item_text, role_label, summary_line, value_pair
from .words import as_text

INDENT = "    "


def render(changes: ChangeSet, old_label: str, new_label: str) -> str:
    lang = changes.new.default_language
    lines = [
        f"Standards diff: {changes.old_version} ({old_label}) -> {changes.new_version} ({new_label})",
        counts_line(changes),
    ]
    if changes.empty:
        lines += ["", "No changes."]
        return "\n".join(lines) + "\n"
    lines += ["", "By role"]
    for summary in changes.roles:
        lines.append(f"  {role_label(changes, summary.role, lang)}: {summary_line(summary)}")
        for gid in (*summary.added, *summary.changed, *summary.removed):
            found = changes.item(gid)
            symbol = SYMBOLS[found.change] if found else "~"
            lines.append(f"{INDENT}{symbol} {gid}")
        lines.extend(f"{INDENT}* {key}" for key in summary.other)
    if changes.items:
        lines += ["", "Standards"]
        for item in changes.items:
            lines.extend(_item(changes, item))
    if changes.entities:
        lines += ["", "Other changes"]
        for entity in changes.entities:
            lines.extend(_entity(changes, entity))
    if changes.stale:
        lines += ["", "Translations that may be stale"]
        for stale in changes.stale:
            lines.append(
                f"  {stale.id} {stale.field}: {stale.language} translation may be stale "
                f"({stale.default_language} changed)"
            )
    return "\n".join(lines) + "\n"


def _item(changes: ChangeSet, item: ItemChange) -> list[str]:
    lang = changes.new.default_language
    current = item.current
    roles = ", ".join(changes.role_name(r) for r in item.roles)
    head = f"  {SYMBOLS[item.change]} {item.id}  [{current.kind}, {current.severity}, {roles}]"
    if item.change == "added":
        book = changes.new
        return [head] + [f"{INDENT}{lg}: {book.text(current.text, lg)}" for lg in book.languages]
    if item.change == "removed":
        return [head, f"{INDENT}{lang}: {item_text(changes, item, lang)}"]
    return [head] + [line for name, change in item.fields.items() for line in _field(changes, name, change)]


def _entity(changes: ChangeSet, entity: EntityChange) -> list[str]:
    name = entity_name(changes, entity, changes.new.default_language)
    head = f"  {SYMBOLS[entity.change]} {entity.kind} {entity.id}" + (f' "{name}"' if name else "")
    return [head] + [line for field, change in entity.fields.items() for line in _field(changes, field, change)]


def _field(changes: ChangeSet, name: str, change: FieldChange) -> list[str]:
    if isinstance(change, TextChange):
        return [
            f"{INDENT}{name} ({lang}): {as_text(change.old.get(lang, ''), change.new.get(lang, ''))}"
            for lang in change.languages
        ]
    old, new = value_pair(changes, name, change, changes.new.default_language)
    return [f"{INDENT}{name}: {old} -> {new}"]
