"""Words shared by every diff renderer: counts, per-role summary lines, field values, entity names.

Labels are in the diff's own table (English, Russian, Hebrew), looked up with :func:`generator.i18n.lookup`.
"""

from __future__ import annotations

from .. import i18n
from ..model import Text
from .changes import ALL_ROLES, ChangeSet, EntityChange, ItemChange, RoleSummary, ValueChange

#: fields whose values are role ids, shown as role names
ROLE_VALUED = frozenset({"role", "owner", "support"})

SYMBOLS = {"added": "+", "removed": "-", "changed": "~", "moved": ">"}

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "all_roles": "All roles",
        "field_text": "Text",
        "added_one": "new standard",
        "added_many": "new standards",
        "changed": "changed",
        "removed": "removed",
        "moved": "moved",
        "other_one": "other change",
        "other_many": "other changes",
        "no_changes": "No changes.",
        "standards": "Standards",
        "other": "Other changes",
        "by_role": "By role",
        "stale": "Translations that may be stale",
        "stale_line": "{lang} translation may be stale ({default} changed)",
        "since": "Changes from version {old} to version {new}.",
        "added_title": "New standards",
        "changed_title": "Changed standards",
        "removed_title": "Removed standards",
        "none": "(none)",
        "step": "step",
        "stage": "stage",
        "situation": "situation",
        "role": "role",
        "channel": "channel",
        "phrase": "forbidden phrase",
        "term": "term",
        "principle": "principle",
        "provision": "provision",
        "department": "department",
        "handbook": "handbook",
        "scoring": "scoring",
    },
    "ru": {
        "all_roles": "Все роли",
        "field_text": "Текст",
        "added_one": "новый стандарт",
        "added_few": "новых стандарта",
        "added_many": "новых стандартов",
        "changed": "изменено",
        "removed": "удалено",
        "moved": "перемещено",
        "other_one": "другое изменение",
        "other_few": "других изменения",
        "other_many": "других изменений",
        "no_changes": "Изменений нет.",
        "standards": "Стандарты",
        "other": "Другие изменения",
        "by_role": "По ролям",
        "stale": "Переводы, которые могли устареть",
        "stale_line": "перевод ({lang}) мог устареть (изменён текст {default})",
        "since": "Изменения с версии {old} до версии {new}.",
        "added_title": "Новые стандарты",
        "changed_title": "Изменённые стандарты",
        "removed_title": "Удалённые стандарты",
        "none": "(нет)",
        "step": "шаг",
        "stage": "этап",
        "situation": "ситуация",
        "role": "роль",
        "channel": "канал",
        "phrase": "запрещённая фраза",
        "term": "термин",
        "principle": "принцип",
        "provision": "положение",
        "department": "отдел",
        "handbook": "справочник",
        "scoring": "оценка",
    },
    "he": {
        "all_roles": "כל התפקידים",
        "field_text": "טקסט",
        "added_one": "תקן חדש",
        "added_many": "תקנים חדשים",
        "changed": "שונו",
        "removed": "הוסרו",
        "moved": "הועברו",
        "other_one": "שינוי אחר",
        "other_many": "שינויים אחרים",
        "no_changes": "אין שינויים.",
        "standards": "תקנים",
        "other": "שינויים אחרים",
        "by_role": "לפי תפקיד",
        "stale": "תרגומים שאולי אינם מעודכנים",
        "stale_line": "התרגום ({lang}) אולי אינו מעודכן (הטקסט ב-{default} שונה)",
        "since": "שינויים מגרסה {old} לגרסה {new}.",
        "added_title": "תקנים חדשים",
        "changed_title": "תקנים ששונו",
        "removed_title": "תקנים שהוסרו",
        "none": "(אין)",
        "step": "שלב",
        "stage": "שלב במסע",
        "situation": "מצב",
        "role": "תפקיד",
        "channel": "ערוץ",
        "phrase": "ביטוי אסור",
        "term": "מונח",
        "principle": "עיקרון",
        "provision": "הוראה כללית",
        "department": "מחלקה",
        "handbook": "תקנון",
        "scoring": "ניקוד",
    },
}


def label(key: str, lang: str) -> str:
    return i18n.lookup(LABELS, key, lang)


def plural(n: int, key: str, lang: str) -> str:
    """``key_one``, ``key_few`` or ``key_many`` (Russian: 1 / 2-4 / 5+, except 11-14); few falls back to many."""
    if n % 10 == 1 and n % 100 != 11:
        form = "one"
    elif lang == "ru" and 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        form = "few"
    else:
        form = "many"
    table = LABELS.get(lang, LABELS["en"])
    if form == "few" and f"{key}_few" not in table:
        form = "many"
    return label(f"{key}_{form}", lang)


def role_label(changes: ChangeSet, role: str, lang: str) -> str:
    return label("all_roles", lang) if role == ALL_ROLES else changes.role_name(role, lang)


def summary_line(summary: RoleSummary, lang: str = "en") -> str:
    """``2 changed, 1 new standard, 1 removed, 3 other changes``."""
    parts: list[str] = []
    if summary.changed:
        parts.append(f"{len(summary.changed)} {label('changed', lang)}")
    if summary.added:
        parts.append(f"{len(summary.added)} {plural(len(summary.added), 'added', lang)}")
    if summary.removed:
        parts.append(f"{len(summary.removed)} {label('removed', lang)}")
    if summary.other:
        parts.append(f"{len(summary.other)} {plural(len(summary.other), 'other', lang)}")
    return ", ".join(parts)


def counts(changes: ChangeSet) -> dict[str, int]:
    found = {"added": 0, "removed": 0, "changed": 0, "moved": 0}
    for item in changes.items:
        found[item.change] += 1
    return found


def counts_line(changes: ChangeSet) -> str:
    c = counts(changes)
    standards = ", ".join(f"{n} {kind}" for kind, n in c.items() if n) or "none changed"
    return (
        f"Standards: {standards}. Other changes: {len(changes.entities)}. "
        f"Stale translations: {len(changes.stale)}."
    )


def value(changes: ChangeSet, name: str, raw: object, lang: str) -> str:
    """A field value for people: role names for role ids, lists joined, ``(none)`` for nothing."""
    if raw is None or raw == [] or raw == {}:
        return label("none", lang)
    last = name.rsplit(".", 1)[-1]
    if isinstance(raw, list):
        return ", ".join(value(changes, name, v, lang) for v in raw)
    if isinstance(raw, dict):
        return "; ".join(f"{k}: {value(changes, name, v, lang)}" for k, v in raw.items())
    if last in ROLE_VALUED and isinstance(raw, str):
        return changes.role_name(raw, lang)
    if last == "stage" and isinstance(raw, str):
        for book in (changes.new, changes.old):
            stage = book.stage(raw)
            if stage is not None:
                return book.text(stage.title, lang) or raw
    return str(raw)


def value_pair(changes: ChangeSet, name: str, change: ValueChange, lang: str) -> tuple[str, str]:
    return value(changes, name, change.old, lang), value(changes, name, change.new, lang)


def entity_name(changes: ChangeSet, entity: EntityChange, lang: str) -> str:
    text: Text | None = entity.new_name or entity.old_name
    book = changes.new if entity.new_name is not None else changes.old
    return book.text(text, lang) if text is not None else ""


def item_text(changes: ChangeSet, item: ItemChange, lang: str) -> str:
    book = changes.new if item.new is not None else changes.old
    return book.text(item.current.text, lang)

