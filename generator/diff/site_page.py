"""The body of the site's "What changed" page, in one language (``what-changed.md`` at the language root).

The page title (``# What changed``) is the site's; this is everything under it: by role first (who must
re-read what), then new, changed and removed standards with word-level changes in this language, then
other changes. Links are :func:`generator.urls.item` paths, relative to the language root, so they
work from ``what-changed.md``. Every text from the YAML goes through :func:`.markup.md`.
"""

from __future__ import annotations

from .. import i18n, urls
from .changes import ChangeSet, EntityChange, FieldChange, ItemChange, TextChange, ValueChange
from .markup import md, md_word_diff
from .present import entity_name, item_text, label, role_label, summary_line, value

#: field name -> i18n label key, for the fields the shared labels already name
FIELD_LABELS = {
    "script": "script",
    "severity": "severity",
    "role": "role",
    "owner": "owner",
    "support": "support",
    "channels": "channels",
    "first_response": "first_response",
    "response": "response",
    "trigger": "trigger",
    "department": "department",
    "instead": "instead",
    "situations": "situations",
    "stage": "stage",
}
SEVERITY_VALUED = frozenset({"severity"})
KIND_VALUED = frozenset({"kind"})


def page_markdown(changes: ChangeSet, lang: str) -> str:
    lines = [md(label("since", lang).format(old=changes.old_version, new=changes.new_version)), ""]
    if changes.empty:
        return "\n".join([*lines, label("no_changes", lang)]) + "\n"
    lines += _by_role(changes, lang)
    groups = (
        ("added_title", [i for i in changes.items if i.change == "added"]),
        ("changed_title", [i for i in changes.items if i.change in ("changed", "moved")]),
        ("removed_title", [i for i in changes.items if i.change == "removed"]),
    )
    for key, items in groups:
        if items:
            lines += [f"## {md(label(key, lang))}", ""]
            for item in items:
                lines += _item(changes, item, lang)
            lines.append("")
    if changes.entities:
        lines += [f"## {md(label('other', lang))}", ""]
        for entity in changes.entities:
            lines += _entity(changes, entity, lang)
        lines.append("")
    stale = [s for s in changes.stale if s.language == lang]
    if stale:
        lines += [f"## {md(label('stale', lang))}", ""]
        for s in stale:
            found = changes.item(s.id)
            what = _link(changes, found, lang) if found else f"`{s.id}`"
            line = label("stale_line", lang).format(lang=i18n.language_name(lang), default=s.default_language)
            lines.append(f"- {what}: {md(line)}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _link(changes: ChangeSet, item: ItemChange, lang: str) -> str:
    text = md(item_text(changes, item, lang)) or f"`{item.id}`"
    if item.new is None:
        return f"~~{text}~~"
    return f"[{text}]({urls.item(changes.new, item.new)})"


def _by_role(changes: ChangeSet, lang: str) -> list[str]:
    lines = [f"## {md(label('by_role', lang))}", ""]
    for summary in changes.roles:
        name = md(role_label(changes, summary.role, lang))
        lines.append(f"- **{name}**: {md(summary_line(summary, lang))}")
        for gid in (*summary.added, *summary.changed, *summary.removed):
            found = changes.item(gid)
            if found is not None:
                lines.append(f"    - {_link(changes, found, lang)} ({md(_status(found, lang))})")
    lines.append("")
    return lines


def _status(item: ItemChange, lang: str) -> str:
    if item.change == "added":
        return label("added_one", lang)
    return label(item.change, lang)


def _item(changes: ChangeSet, item: ItemChange, lang: str) -> list[str]:
    roles = ", ".join(changes.role_name(r, lang) for r in item.roles)
    current = item.current
    meta = f"{i18n.label(current.kind, lang)}, {i18n.label(current.severity, lang)}; {roles}"
    lines = [f"- {_link(changes, item, lang)} ({md(meta)})"]
    for name, change in item.fields.items():
        lines += _field(changes, name, change, lang)
    return lines


def _entity(changes: ChangeSet, entity: EntityChange, lang: str) -> list[str]:
    name = entity_name(changes, entity, lang)
    head = f"{label(entity.kind, lang)} {name or entity.id}".strip()
    status = label("added_one", lang) if entity.change == "added" else label(entity.change, lang)
    lines = [f"- **{md(head)}** ({md(status)})" if entity.change != "added" else f"- **{md(head)}**"]
    for field, change in entity.fields.items():
        lines += _field(changes, field, change, lang)
    return lines


def _field(changes: ChangeSet, name: str, change: FieldChange, lang: str) -> list[str]:
    title = md(_field_label(name, lang))
    if isinstance(change, TextChange):
        if lang in change.languages:
            return [f"    - {title}: {md_word_diff(change.old.get(lang, ''), change.new.get(lang, ''))}"]
        return [  # unchanged in this language: show what changed in the others
            f"    - {title} ({other}): {md_word_diff(change.old.get(other, ''), change.new.get(other, ''))}"
            for other in change.languages
        ]
    if name in ("location", "position"):
        return [f"    - {md(label('moved', lang))}: {md(str(change.old))} → {md(str(change.new))}"]
    old, new = _value(changes, name, change, lang)
    return [f"    - {title}: {md(old)} → {md(new)}"]


def _value(changes: ChangeSet, name: str, change: ValueChange, lang: str) -> tuple[str, str]:
    if name in SEVERITY_VALUED or name in KIND_VALUED:
        return tuple(i18n.label(str(v), lang) for v in (change.old, change.new))  # type: ignore[return-value]
    return value(changes, name, change.old, lang), value(changes, name, change.new, lang)


def _field_label(name: str, lang: str) -> str:
    if name == "text":
        return label("field_text", lang)
    key = FIELD_LABELS.get(name.rsplit(".", 1)[-1])
    return i18n.label(key, lang) if key else name
