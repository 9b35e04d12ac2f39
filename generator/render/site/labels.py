"""Site-only interface labels (the shared ones live in :mod:`generator.i18n`)."""

from __future__ import annotations

from ... import i18n

SITE_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "overview": "Overview",
        "diagram": "The journey at a glance",
        "all_steps": "All steps",
        "may_arise": "Situations that may arise",
        "arises_in": "May arise in these steps",
        "used_in": "Used in",
        "none": "None.",
        "aliases": "Also written",
        "choose_language": "Choose your language",
        "phrases_to_avoid": "Phrases that count as a breach",
        "responsible": "Responsible",
        "items": "standards",
        "avoid_in_steps": "Also avoided in steps and situations",
        "print": "Print and audit",
        "no_changes": "Nothing changed.",
        "where": "Where",
        "phrases": "Phrases",
        "target": "Target",
        "element": "Element",
        "in": "in",
    },
    "ru": {
        "overview": "Обзор",
        "diagram": "Путь клиента целиком",
        "all_steps": "Все шаги",
        "may_arise": "Ситуации, которые могут возникнуть",
        "arises_in": "Может возникнуть на шагах",
        "used_in": "Используется",
        "none": "Нет.",
        "aliases": "Также пишется",
        "choose_language": "Выберите язык",
        "phrases_to_avoid": "Фразы, которые считаются нарушением",
        "responsible": "Отвечает",
        "items": "стандартов",
        "avoid_in_steps": "Также запрещено на шагах и в ситуациях",
        "print": "Печать и аудит",
        "no_changes": "Изменений нет.",
        "where": "Где",
        "phrases": "Фразы",
        "target": "Норматив",
        "element": "Элемент",
        "in": "в",
    },
    "he": {
        "overview": "סקירה",
        "diagram": "מסע הלקוח במבט אחד",
        "all_steps": "כל הצעדים",
        "may_arise": "מצבים שעשויים לקרות",
        "arises_in": "עשוי לקרות בצעדים",
        "used_in": "בשימוש ב",
        "none": "אין.",
        "aliases": "נכתב גם",
        "choose_language": "בחרו שפה",
        "phrases_to_avoid": "ביטויים שנחשבים להפרה",
        "responsible": "אחראי",
        "items": "סטנדרטים",
        "avoid_in_steps": "אסור גם בצעדים ובמצבים",
        "print": "הדפסה וביקורת",
        "no_changes": "לא השתנה דבר.",
        "where": "איפה",
        "phrases": "ביטויים",
        "target": "יעד",
        "element": "רכיב",
        "in": "ב",
    },
}


def label(key: str, lang: str) -> str:
    """A label from the site table, else from the shared table."""
    if any(key in table for table in SITE_LABELS.values()):
        return i18n.lookup(SITE_LABELS, key, lang)
    return i18n.label(key, lang)
