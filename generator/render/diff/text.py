"""``handbook diff --format text``: for a terminal or a CI log.

Word-level changes are marked like ``git diff --word-diff``: ``[-old words-]{+new words+}``. Ids, field
names, kinds and severities are the YAML's own; the words around them are in the context's language.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...diagnostics import Diagnostic
from ...diff.changes import ChangeSet, EntityChange, FieldChange, ItemChange, TextChange
from ...diff.words import as_text
from ..context import RenderContext
from .present import SYMBOLS, counts_line, entity_name, field_name, item_text, role_label, summary_line, value_pair

INDENT = "    "


def render(ctx: RenderContext, old_label: str, new_label: str, diagnostics: Sequence[Diagnostic] = ()) -> str:
    """The report of ``ctx.changes`` (``old_label``/``new_label`` say where each side came from), with the
    comparison's diagnostics (VERSION001) under its first lines."""
    changes = _changes(ctx)
    t, lang = ctx.translator, ctx.handbook.default_language
    lines = [
        t.gettext("Standards diff: {old} ({old_source}) -> {new} ({new_source})", old=changes.old_version,
                  old_source=old_label, new=changes.new_version, new_source=new_label),
        counts_line(changes, t),
    ]
    for d in diagnostics:
        lines += [f"{d.position}: {d.severity.value}[{d.rule}] {d.message}", *([f"  help: {d.hint}"] if d.hint else [])]
    if changes.empty:
        lines += ["", t.gettext("No changes.")]
        return "\n".join(lines) + "\n"
    lines += ["", t.gettext("By role")]
    for summary in changes.roles:
        lines.append(f"  {role_label(changes, summary.role, ctx.lang)}: {summary_line(summary, t)}")
        for gid in (*summary.added, *summary.changed, *summary.removed):
            found = changes.item(gid)
            symbol = SYMBOLS[found.change] if found else "~"
            lines.append(f"{INDENT}{symbol} {gid}")
        lines.extend(f"{INDENT}* {key}" for key in summary.other)
    if changes.items:
        lines += ["", t.gettext("Standards")]
        for item in changes.items:
            lines.extend(_item(ctx, changes, item, lang))
    if changes.entities:
        lines += ["", t.gettext("Other changes")]
        for entity in changes.entities:
            lines.extend(_entity(ctx, changes, entity))
    if changes.stale:
        lines += ["", t.gettext("Translations that may be stale")]
        for stale in changes.stale:
            lines.append("  " + t.gettext("{id} {field}: {lang} translation may be stale ({default} changed)",
                                          id=stale.id, field=stale.field, lang=stale.language,
                                          default=stale.default_language))
    return "\n".join(lines) + "\n"


def _changes(ctx: RenderContext) -> ChangeSet:
    if ctx.changes is None:
        raise ValueError("a diff report needs the change set in its render context")
    return ctx.changes


def _item(ctx: RenderContext, changes: ChangeSet, item: ItemChange, lang: str) -> list[str]:
    current = item.current
    roles = ", ".join(changes.role_name(r, ctx.lang) for r in item.roles)
    head = f"  {SYMBOLS[item.change]} {item.id}  [{current.kind}, {current.severity}, {roles}]"
    if item.change == "added":
        book = changes.new
        return [head] + [f"{INDENT}{lg}: {book.text(current.text, lg)}" for lg in book.languages]
    if item.change == "removed":
        return [head, f"{INDENT}{lang}: {item_text(changes, item, lang)}"]
    return [head] + [line for name, change in item.fields.items() for line in _field(ctx, changes, name, change)]


def _entity(ctx: RenderContext, changes: ChangeSet, entity: EntityChange) -> list[str]:
    name = entity_name(changes, entity, ctx.lang)
    head = f"  {SYMBOLS[entity.change]} {entity.kind} {entity.id}" + (f" {ctx.translator.quote(name)}" if name else "")
    return [head] + [line for field, change in entity.fields.items() for line in _field(ctx, changes, field, change)]


def _field(ctx: RenderContext, changes: ChangeSet, name: str, change: FieldChange) -> list[str]:
    if isinstance(change, TextChange):
        return [
            f"{INDENT}{name} ({lang}): {as_text(change.old.get(lang, ''), change.new.get(lang, ''))}"
            for lang in change.languages
        ]
    old, new = value_pair(changes, name, change, ctx.lang)
    return [f"{INDENT}{field_name(ctx.translator, name)}: {old} -> {new}"]
