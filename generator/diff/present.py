"""Words shared by every diff renderer: counts, per-role summary lines, field values, entity names.

Labels are in the diff's own table (English, Russian, Hebrew, Romanian, French, Latvian), looked up with
:func:`generator.i18n.lookup`; counted labels follow each language's plural rules (:func:`generator.i18n.plural`).
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
    "ro": {
        "all_roles": "Toate rolurile",
        "field_text": "Text",
        "added_one": "standard nou",
        "added_few": "standarde noi",
        "added_many": "de standarde noi",
        "changed": "modificat",
        "changed_one": "standard modificat",
        "changed_few": "standarde modificate",
        "changed_many": "de standarde modificate",
        "removed": "eliminat",
        "removed_one": "standard eliminat",
        "removed_few": "standarde eliminate",
        "removed_many": "de standarde eliminate",
        "moved": "mutat",
        "other_one": "altă modificare",
        "other_few": "alte modificări",
        "other_many": "de alte modificări",
        "no_changes": "Nicio modificare.",
        "standards": "Standarde",
        "other": "Alte modificări",
        "by_role": "Pe roluri",
        "stale": "Traduceri care pot fi depășite",
        "stale_line": "traducerea ({lang}) poate fi depășită (textul {default} s-a modificat)",
        "since": "Modificări de la versiunea {old} la versiunea {new}.",
        "added_title": "Standarde noi",
        "changed_title": "Standarde modificate",
        "removed_title": "Standarde eliminate",
        "none": "(niciunul)",
        "step": "pas",
        "stage": "etapă",
        "situation": "situație",
        "role": "rol",
        "channel": "canal",
        "phrase": "expresie interzisă",
        "term": "termen",
        "principle": "principiu",
        "provision": "dispoziție",
        "department": "departament",
        "handbook": "manual",
        "scoring": "punctaj",
    },
    "fr": {
        "all_roles": "Tous les rôles",
        "field_text": "Texte",
        "added_one": "nouveau standard",
        "added_many": "nouveaux standards",
        "changed": "modifié",
        "changed_one": "modifié",
        "changed_many": "modifiés",
        "removed": "supprimé",
        "removed_one": "supprimé",
        "removed_many": "supprimés",
        "moved": "déplacé",
        "other_one": "autre modification",
        "other_many": "autres modifications",
        "no_changes": "Aucune modification.",
        "standards": "Standards",
        "other": "Autres modifications",
        "by_role": "Par rôle",
        "stale": "Traductions peut-être obsolètes",
        "stale_line": "la traduction ({lang}) est peut-être obsolète (le texte {default} a changé)",
        "since": "Modifications de la version {old} à la version {new}.",
        "added_title": "Nouveaux standards",
        "changed_title": "Standards modifiés",
        "removed_title": "Standards supprimés",
        "none": "(aucun)",
        "step": "étape",
        "stage": "phase",
        "situation": "situation",
        "role": "rôle",
        "channel": "canal",
        "phrase": "expression interdite",
        "term": "terme",
        "principle": "principe",
        "provision": "disposition",
        "department": "service",
        "handbook": "manuel",
        "scoring": "notation",
    },
    "lv": {
        "all_roles": "Visas lomas",
        "field_text": "Teksts",
        "added_one": "jauns standarts",
        "added_many": "jauni standarti",
        "changed": "mainīts",
        "changed_one": "mainīts",
        "changed_many": "mainīti",
        "removed": "noņemts",
        "removed_one": "noņemts",
        "removed_many": "noņemti",
        "moved": "pārvietots",
        "other_one": "cita izmaiņa",
        "other_many": "citas izmaiņas",
        "no_changes": "Izmaiņu nav.",
        "standards": "Standarti",
        "other": "Citas izmaiņas",
        "by_role": "Pa lomām",
        "stale": "Tulkojumi, kas var būt novecojuši",
        "stale_line": "tulkojums ({lang}) var būt novecojis (mainīts {default} teksts)",
        "since": "Izmaiņas no versijas {old} līdz versijai {new}.",
        "added_title": "Jauni standarti",
        "changed_title": "Mainītie standarti",
        "removed_title": "Noņemtie standarti",
        "none": "(nav)",
        "step": "solis",
        "stage": "posms",
        "situation": "situācija",
        "role": "loma",
        "channel": "kanāls",
        "phrase": "aizliegtā frāze",
        "term": "termins",
        "principle": "princips",
        "provision": "noteikums",
        "department": "nodaļa",
        "handbook": "rokasgrāmata",
        "scoring": "vērtēšana",
    },
}


def label(key: str, lang: str) -> str:
    return i18n.lookup(LABELS, key, lang)


def plural(n: int, key: str, lang: str) -> str:
    """The diff label for ``n`` things (:func:`generator.i18n.plural`): ``1 new standard``, ``2 new standards``."""
    return i18n.plural(LABELS, n, key, lang)


def role_label(changes: ChangeSet, role: str, lang: str) -> str:
    return label("all_roles", lang) if role == ALL_ROLES else changes.role_name(role, lang)


def summary_line(summary: RoleSummary, lang: str = "en") -> str:
    """``2 changed, 1 new standard, 1 removed, 3 other changes``."""
    parts: list[str] = []
    if summary.changed:
        parts.append(f"{len(summary.changed)} {plural(len(summary.changed), 'changed', lang)}")
    if summary.added:
        parts.append(f"{len(summary.added)} {plural(len(summary.added), 'added', lang)}")
    if summary.removed:
        parts.append(f"{len(summary.removed)} {plural(len(summary.removed), 'removed', lang)}")
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

