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
    "ro": {
        "training_checklist": "Listă de verificare pentru instruire",
        "generated": "Tipărit din manual la",
        "trainee": "Cursant",
        "trainer": "Formator",
        "signature": "Semnătura",
        "completed": "Instruire încheiată la",
        "supports_context": "Pașii la care contribuiți (pentru context: de ei răspunde responsabilul pasului)",
        "avoid_phrases": "Expresii din standarde pe care trebuie să le evitați",
        "never_say": "Nu spuneți niciodată",
        "checklist_intro": (
            "Bifați fiecare punct după ce cursantul l-a demonstrat în practică. "
            "Codul de după fiecare punct este denumirea lui în audituri."
        ),
        "form_intro": (
            "Bifați o singură căsuță pentru fiecare punct: da (realizat), nu (nerealizat) sau N/A (situația "
            "nu a apărut). Copiați răspunsurile în șablonul CSV, cu aceleași coduri de punct."
        ),
        "csv_template": "Șablon CSV pentru `handbook audit`",
        "audit_id": "Cod audit",
        "no_items": "Niciun standard nu se referă la acest rol.",
        "items_count": "puncte",
    },
    "fr": {
        "training_checklist": "Liste de contrôle de formation",
        "generated": "Imprimé depuis le manuel le",
        "trainee": "Stagiaire",
        "trainer": "Formateur",
        "signature": "Signature",
        "completed": "Formation terminée le",
        "supports_context": "Étapes auxquelles vous participez (pour information : le responsable de l'étape en répond)",
        "avoid_phrases": "Expressions des standards à éviter",
        "never_say": "Ne dites jamais",
        "checklist_intro": (
            "Cochez chaque point une fois que le stagiaire l'a montré en pratique. "
            "Le code après chaque point est celui qu'utilisent les audits."
        ),
        "form_intro": (
            "Cochez une case par point : oui (fait), non (pas fait) ou N/A (la situation ne s'est pas "
            "présentée). Reportez les réponses dans le modèle CSV avec les mêmes codes de point."
        ),
        "csv_template": "Modèle CSV pour `handbook audit`",
        "audit_id": "Code d'audit",
        "no_items": "Aucun standard ne concerne ce rôle.",
        "items_count": "points",
    },
    "lv": {
        "training_checklist": "Apmācības kontrolsaraksts",
        "generated": "Izdrukāts no rokasgrāmatas",
        "trainee": "Apmācāmais",
        "trainer": "Apmācītājs",
        "signature": "Paraksts",
        "completed": "Apmācība pabeigta",
        "supports_context": "Soļi, kuros jūs piedalāties (uzziņai: par tiem atbild soļa atbildīgais)",
        "avoid_phrases": "Standartos minētās frāzes, no kurām jāizvairās",
        "never_say": "Nekad nesakiet",
        "checklist_intro": (
            "Atzīmējiet katru punktu, kad apmācāmais to ir parādījis praksē. "
            "Kods aiz katra punkta ir tā apzīmējums auditos."
        ),
        "form_intro": (
            "Katram punktam atzīmējiet vienu lodziņu: jā (izpildīts), nē (nav izpildīts) vai N/A (situācija "
            "neradās). Pārnesiet atbildes CSV veidnē ar tiem pašiem punktu kodiem."
        ),
        "csv_template": "CSV veidne komandai `handbook audit`",
        "audit_id": "Audita kods",
        "no_items": "Neviens standarts neattiecas uz šo lomu.",
        "items_count": "punkti",
    },
}


def label(key: str, lang: str) -> str:
    """A checklist label, else a shared interface label, in ``lang`` (English fallback)."""
    return i18n.layered(LABELS, key, lang)
