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
        "mystery_shopping": "Mystery shopping",
        "scenario": "Scenario",
        "shopper_brief": "Shopper brief",
        "stages_what": "What it stages",
        "plan": "Plan",
        "audit_forms": "Audit forms",
        "shopping_intro": (
            "Each scenario is one visit a mystery shopper makes. Its brief says what to stage, who to play, what "
            "to do and what to watch for; after the visit the shopper fills in the audit form of each role it "
            "checks, with the scenario's id, and `handbook audit --coverage` compares the visits made with the "
            "plan."
        ),
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
        "mystery_shopping": "Тайный покупатель",
        "scenario": "Сценарий",
        "shopper_brief": "Задание тайному покупателю",
        "stages_what": "Что разыгрывается",
        "plan": "План",
        "audit_forms": "Формы аудита",
        "shopping_intro": (
            "Каждый сценарий — это один визит тайного покупателя. В задании сказано, что разыграть, кого играть, "
            "что делать и на что обратить внимание; после визита покупатель заполняет форму аудита каждой "
            "проверяемой роли с кодом сценария, а `handbook audit --coverage` сравнивает проведённые визиты с "
            "планом."
        ),
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
        "mystery_shopping": "לקוח סמוי",
        "scenario": "תרחיש",
        "shopper_brief": "תדריך ללקוח סמוי",
        "stages_what": "מה מבוים",
        "plan": "תוכנית",
        "audit_forms": "טופסי ביקורת",
        "shopping_intro": (
            "כל תרחיש הוא ביקור אחד של לקוח סמוי. התדריך אומר מה לביים, את מי לגלם, מה לעשות ולמה לשים לב; אחרי "
            "הביקור הלקוח הסמוי ממלא את טופס הביקורת של כל תפקיד שנבדק, עם מזהה התרחיש, ו-`handbook audit "
            "--coverage` משווה את הביקורים שנעשו לתוכנית."
        ),
    },
    "ro": {
        "overview": "Prezentare generală",
        "diagram": "Parcursul dintr-o privire",
        "all_steps": "Toți pașii",
        "may_arise": "Situații care pot apărea",
        "arises_in": "Poate apărea în acești pași",
        "used_in": "Folosit în",
        "none": "Niciunul.",
        "aliases": "Se mai scrie",
        "choose_language": "Alegeți limba",
        "phrases_to_avoid": "Expresii considerate abateri",
        "responsible": "Responsabil",
        "items": "standarde",
        "avoid_in_steps": "De evitat și în pași și situații",
        "print": "Tipărire și audit",
        "no_changes": "Nu s-a schimbat nimic.",
        "where": "Unde",
        "phrases": "Expresii",
        "target": "Țintă",
        "element": "Element",
        "in": "în",
        "mystery_shopping": "Client misterios",
        "scenario": "Scenariu",
        "shopper_brief": "Instrucțiuni pentru clientul misterios",
        "stages_what": "Ce se pune în scenă",
        "plan": "Plan",
        "audit_forms": "Formulare de audit",
        "shopping_intro": (
            "Fiecare scenariu este o vizită a unui client misterios. Instrucțiunile spun ce se pune în scenă, pe "
            "cine joacă, ce face și la ce să fie atent; după vizită, clientul completează formularul de audit al "
            "fiecărui rol verificat, cu codul scenariului, iar `handbook audit --coverage` compară vizitele "
            "făcute cu planul."
        ),
    },
    "fr": {
        "overview": "Vue d'ensemble",
        "diagram": "Le parcours en un coup d'œil",
        "all_steps": "Toutes les étapes",
        "may_arise": "Situations qui peuvent survenir",
        "arises_in": "Peut survenir lors de ces étapes",
        "used_in": "Utilisé dans",
        "none": "Aucun.",
        "aliases": "S'écrit aussi",
        "choose_language": "Choisissez votre langue",
        "phrases_to_avoid": "Expressions considérées comme un manquement",
        "responsible": "Responsable",
        "items": "standards",
        "avoid_in_steps": "À éviter aussi dans les étapes et les situations",
        "print": "Impression et audit",
        "no_changes": "Rien n'a changé.",
        "where": "Où",
        "phrases": "Expressions",
        "target": "Objectif",
        "element": "Élément",
        "in": "dans",
        "mystery_shopping": "Client mystère",
        "scenario": "Scénario",
        "shopper_brief": "Consignes du client mystère",
        "stages_what": "Ce qui est mis en scène",
        "plan": "Plan",
        "audit_forms": "Grilles d'audit",
        "shopping_intro": (
            "Chaque scénario est une visite d'un client mystère. Ses consignes disent quoi mettre en scène, qui "
            "jouer, quoi faire et quoi observer ; après la visite, le client mystère remplit la grille d'audit de"
            " chaque rôle vérifié, avec le code du scénario, et `handbook audit --coverage` compare les visites "
            "faites au plan."
        ),
    },
    "lv": {
        "overview": "Pārskats",
        "diagram": "Klienta ceļš vienā skatā",
        "all_steps": "Visi soļi",
        "may_arise": "Situācijas, kas var rasties",
        "arises_in": "Var rasties šajos soļos",
        "used_in": "Izmanto",
        "none": "Nav.",
        "aliases": "Raksta arī",
        "choose_language": "Izvēlieties valodu",
        "phrases_to_avoid": "Frāzes, kas tiek uzskatītas par pārkāpumu",
        "responsible": "Atbild",
        "items": "standarti",
        "avoid_in_steps": "Jāizvairās arī soļos un situācijās",
        "print": "Drukāšana un audits",
        "no_changes": "Nekas nav mainījies.",
        "where": "Kur",
        "phrases": "Frāzes",
        "target": "Mērķis",
        "element": "Elements",
        "in": "iekš",
        "mystery_shopping": "Slepenais pircējs",
        "scenario": "Scenārijs",
        "shopper_brief": "Norādījumi slepenajam pircējam",
        "stages_what": "Ko izspēlē",
        "plan": "Plāns",
        "audit_forms": "Audita veidlapas",
        "shopping_intro": (
            "Katrs scenārijs ir viens slepenā pircēja apmeklējums. Norādījumos teikts, ko izspēlēt, ko tēlot, ko "
            "darīt un kam pievērst uzmanību; pēc apmeklējuma pircējs aizpilda katras pārbaudītās lomas audita "
            "veidlapu ar scenārija kodu, un `handbook audit --coverage` salīdzina veiktos apmeklējumus ar plānu."
        ),
    },
}


def label(key: str, lang: str) -> str:
    """A label from the site table, else from the shared table."""
    return i18n.layered(SITE_LABELS, key, lang)
