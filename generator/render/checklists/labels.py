"""Interface words of the checklists and audit forms that the shared :mod:`generator.i18n` table lacks."""

from __future__ import annotations

from ... import i18n

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "training_checklist": "Training checklist",
        "generated": "Printed from the handbook on",
        "trainee": "Trainee",
        "trainer": "Trainer",
        "signature": "Signature",
        "completed": "Training completed on",
        "supports_context": "Steps you support (for context: the owner answers for them)",
        "avoid_phrases": "Phrases of the standards you must avoid",
        "never_say": "Never say",
        "checklist_intro": (
            "Tick each item once the trainee has shown it in practice. "
            "The id after each item is how audits refer to it."
        ),
        "form_intro": (
            "Mark one box per item: yes (done), no (not done) or N/A (the situation did "
            "not arise). Copy the answers into the CSV template with the same item ids."
        ),
        "csv_template": "CSV template for `handbook audit`",
        "audit_id": "Audit id",
        "no_items": "No standard names this role.",
        "items_count": "items",
    },
    "ru": {
        "training_checklist": "Чек-лист обучения",
        "generated": "Напечатано из стандартов",
        "trainee": "Стажёр",
        "trainer": "Наставник",
        "signature": "Подпись",
        "completed": "Обучение завершено",
        "supports_context": "Шаги, в которых вы участвуете (для справки: за них отвечает владелец шага)",
        "avoid_phrases": "Фразы из стандартов «избегать»",
        "never_say": "Никогда не говорите",
        "checklist_intro": (
            "Отмечайте пункт, когда стажёр выполнил его на практике. Код после пункта — его обозначение в аудитах."
        ),
        "form_intro": (
            "Отметьте по одному полю на пункт: да (выполнено), нет (не выполнено) или Н/П (ситуация "
            "не возникла). Перенесите ответы в шаблон CSV с теми же кодами пунктов."
        ),
        "csv_template": "Шаблон CSV для `handbook audit`",
        "audit_id": "Код аудита",
        "no_items": "Ни один стандарт не относится к этой роли.",
        "items_count": "пунктов",
    },
    "he": {
        "training_checklist": "רשימת תיוג להדרכה",
        "generated": "הודפס מהתקנון בתאריך",
        "trainee": "חניך",
        "trainer": "מדריך",
        "signature": "חתימה",
        "completed": "ההדרכה הושלמה בתאריך",
        "supports_context": "צעדים בהם אתם תומכים (לידיעה: האחראי על הצעד עונה עליהם)",
        "avoid_phrases": "ביטויים מהסטנדרטים שיש להימנע מהם",
        "never_say": "לעולם אל תאמרו",
        "checklist_intro": "סמנו כל פריט לאחר שהחניך הדגים אותו בפועל. המזהה שליד כל פריט הוא שמו בביקורות.",
        "form_intro": (
            "סמנו תיבה אחת לכל פריט: כן (בוצע), לא (לא בוצע) או לא רלוונטי (המצב "
            "לא התרחש). העתיקו את התשובות לתבנית ה-CSV עם אותם מזהי פריטים."
        ),
        "csv_template": "תבנית CSV עבור `handbook audit`",
        "audit_id": "מזהה ביקורת",
        "no_items": "אין סטנדרט החל על תפקיד זה.",
        "items_count": "פריטים",
    },
}


def label(key: str, lang: str) -> str:
    """A checklist label, else a shared interface label, in ``lang`` (English fallback)."""
    if any(key in table for table in LABELS.values()):
        return i18n.lookup(LABELS, key, lang)
    return i18n.label(key, lang)
