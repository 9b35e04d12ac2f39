"""The body of the site's "What changed" page, in one language (``what-changed.md`` at the language root).

The page title (``# What changed``) is the site's; this is everything under it: by role first (who must
re-read what), then new, changed and removed standards with word-level changes in this language, then
other changes. Links are :func:`generator.urls.item` paths, relative to the language root, so they
work from ``what-changed.md``. Every text from the YAML goes through :func:`.markup.md`.
"""

from __future__ import annotations

from ... import urls
from ...diff.changes import ChangeSet, EntityChange, FieldChange, ItemChange, Place, TextChange, ValueChange
from ...i18n import N_, Translator
from ..context import RenderContext
from ..words import ENTITY, KIND, SEVERITY, word
from .markup import md, md_word_diff
from .present import entity_name, item_text, place, role_label, summary_line, value

#: field name -> its interface word, for the fields the site names
FIELD_LABELS = {
    "script": N_("Script"),
    "severity": N_("Severity"),
    "role": N_("Role"),
    "owner": N_("Owner"),
    "support": N_("Supporting roles"),
    "channels": N_("Channels"),
    "first_response": N_("First response"),
    "response": N_("Every later response"),
    "trigger": N_("When it happens"),
    "department": N_("Department"),
    "instead": N_("Say instead"),
    "situations": N_("Situations"),
    "stage": N_("Stage"),
    "effective": N_("In force from"),
    "retired": N_("No longer in force from"),
}
#: the status word of one changed standard or entity
STATUS = {"added": N_("new standard"), "changed": N_("changed"), "removed": N_("removed"), "moved": N_("moved")}


def page_markdown(ctx: RenderContext) -> str:
    """The page body for ``ctx.changes`` in ``ctx``'s language."""
    changes, t, lang = ctx.changes, ctx.translator, ctx.lang
    if changes is None:
        raise ValueError("the What changed page needs the change set in its render context")
    lines = [md(t.gettext("Changes from version {old} to version {new}.", old=changes.old_version,
                          new=changes.new_version)), ""]
    if changes.empty:
        return "\n".join([*lines, t.gettext("No changes.")]) + "\n"
    lines += _by_role(changes, t)
    groups = (
        (t.gettext("New standards"), [i for i in changes.items if i.change == "added"]),
        (t.gettext("Changed standards"), [i for i in changes.items if i.change in ("changed", "moved")]),
        (t.gettext("Removed standards"), [i for i in changes.items if i.change == "removed"]),
    )
    for title, items in groups:
        if items:
            lines += [f"## {md(title)}", ""]
            for item in items:
                lines += _item(changes, item, t)
            lines.append("")
    if changes.entities:
        lines += ["## " + md(t.gettext("Other changes")), ""]
        for entity in changes.entities:
            lines += _entity(changes, entity, t)
        lines.append("")
    stale = [s for s in changes.stale if s.language == lang]
    if stale:
        lines += ["## " + md(t.gettext("Translations that may be stale")), ""]
        for s in stale:
            found = changes.item(s.id)
            what = _link(changes, found, lang) if found else f"`{s.id}`"
            line = t.gettext("{lang} translation may be stale ({default} changed)", lang=t.language_name,
                             default=s.default_language)
            lines.append(f"- {what}: {md(line)}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _link(changes: ChangeSet, item: ItemChange, lang: str) -> str:
    text = md(item_text(changes, item, lang)) or f"`{item.id}`"
    if item.new is None:
        return f"~~{text}~~"
    return f"[{text}]({urls.item(changes.new, item.new)})"


def _by_role(changes: ChangeSet, t: Translator) -> list[str]:
    lines = ["## " + md(t.gettext("By role")), ""]
    for summary in changes.roles:
        name = md(role_label(changes, summary.role, t.lang))
        lines.append(f"- **{name}**: {md(summary_line(summary, t))}")
        for gid in (*summary.added, *summary.changed, *summary.removed):
            found = changes.item(gid)
            if found is not None:
                lines.append(f"    - {_link(changes, found, t.lang)} ({md(word(t, STATUS, found.change))})")
    lines.append("")
    return lines


def _item(changes: ChangeSet, item: ItemChange, t: Translator) -> list[str]:
    roles = ", ".join(changes.role_name(r, t.lang) for r in item.roles)
    current = item.current
    meta = f"{word(t, KIND, current.kind)}, {word(t, SEVERITY, current.severity)}; {roles}"
    lines = [f"- {_link(changes, item, t.lang)} ({md(meta)})"]
    for name, change in item.fields.items():
        lines += _field(changes, name, change, t)
    return lines


def _entity(changes: ChangeSet, entity: EntityChange, t: Translator) -> list[str]:
    name = entity_name(changes, entity, t.lang)
    head = f"{word(t, ENTITY, entity.kind)} {name or entity.id}".strip()
    if entity.change == "added":
        lines = [f"- **{md(head)}**"]
    else:
        lines = [f"- **{md(head)}** ({md(word(t, STATUS, entity.change))})"]
    for field, change in entity.fields.items():
        lines += _field(changes, field, change, t)
    return lines


def _field(changes: ChangeSet, name: str, change: FieldChange, t: Translator) -> list[str]:
    lang = t.lang
    title = md(_field_label(name, t))
    if isinstance(change, TextChange):
        if lang in change.languages:
            return [f"    - {title}: {md_word_diff(change.old.get(lang, ''), change.new.get(lang, ''))}"]
        return [  # unchanged in this language: show what changed in the others
            f"    - {title} ({other}): {md_word_diff(change.old.get(other, ''), change.new.get(other, ''))}"
            for other in change.languages
        ]
    if isinstance(change.old, Place) and isinstance(change.new, Place):
        old, new = (place(t, p, _stage_title(changes, p, t)) for p in (change.old, change.new))
        return ["    - " + md(t.gettext("moved")) + f": {md(old)} → {md(new)}"]
    if name in ("location", "position"):  # an item's position among its siblings
        return ["    - " + md(t.gettext("moved")) + f": {md(str(change.old))} → {md(str(change.new))}"]
    old, new = _value(changes, name, change, t)
    return [f"    - {title}: {md(old)} → {md(new)}"]


def _stage_title(changes: ChangeSet, where: Place, t: Translator) -> str | None:
    """The stage's title in ``t``'s language (readers of the site know stages by name, not by id)."""
    for book in (changes.new, changes.old):
        stage = book.stage(where.stage) if where.stage else None
        if stage is not None:
            return t.quote(book.text(stage.title, t.lang))
    return None


def _value(changes: ChangeSet, name: str, change: ValueChange, t: Translator) -> tuple[str, str]:
    if name == "severity":
        return word(t, SEVERITY, change.old), word(t, SEVERITY, change.new)
    if name == "kind":
        return word(t, KIND, change.old), word(t, KIND, change.new)
    return value(changes, name, change.old, t.lang), value(changes, name, change.new, t.lang)


def _field_label(name: str, t: Translator) -> str:
    if name == "text":
        return t.gettext("Text")
    message = FIELD_LABELS.get(name.rsplit(".", 1)[-1])
    return t.gettext(message) if message else name
