"""Interface labels in the languages staff read (en, ru, he, ro, fr, lv), text direction and plural rules.

Texts of the standards come from the YAML; these are the words around them ("Owner", "Say").
Renderers may keep extra tables of their own and look them up with :func:`lookup`; counted labels
(``audits_one``, ``audits_few``, ``audits_many``) with :func:`plural`.
"""

from __future__ import annotations

from collections.abc import Mapping

RTL_LANGUAGES = frozenset({"he", "ar", "fa", "ur", "yi"})

LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "ru": "Русский",
    "he": "עברית",
    "ro": "Română",
    "fr": "Français",
    "lv": "Latviešu",
    "de": "Deutsch",
    "uk": "Українська",
    "ar": "العربية",
}

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "home": "Home",
        "provisions": "General provisions",
        "definitions": "Definitions and terms",
        "principles": "Principles",
        "journey": "Customer journey",
        "stage": "Stage",
        "step": "Step",
        "steps": "Steps",
        "situations": "Situations",
        "situation": "Situation",
        "roles": "Roles",
        "role": "Role",
        "channels": "Channels",
        "channel": "Channel",
        "forbidden": "Forbidden phrases",
        "instead": "Say instead",
        "owner": "Owner",
        "support": "Supporting roles",
        "department": "Department",
        "standards": "Standards",
        "say": "Say",
        "do": "Do",
        "avoid": "Avoid",
        "appearance": "Appearance",
        "script": "Script",
        "severity": "Severity",
        "critical": "critical",
        "major": "major",
        "minor": "minor",
        "trigger": "When it happens",
        "first_response": "First response",
        "response": "Every later response",
        "required": "Every conversation contains",
        "where_first": "in the first message",
        "where_last": "in the last message",
        "where_any": "in any message",
        "owns": "Steps it owns",
        "supports": "Steps it supports",
        "owns_situations": "Situations it owns",
        "applies": "Every standard that applies",
        "checklist": "Printable checklist",
        "audit_form": "Audit form",
        "version": "Version",
        "organization": "Organization",
        "item": "Item",
        "yes": "Yes",
        "no": "No",
        "na": "N/A",
        "comment": "Comment",
        "date": "Date",
        "employee": "Employee",
        "location": "Location",
        "auditor": "Auditor",
        "page": "Page",
        "of": "of",
        "score": "Score",
        "language": "Language",
        "what_changed": "What changed",
        "changed_since": "changed since version",
        "new_since": "new since version",
    },
    "ru": {
        "home": "Главная",
        "provisions": "Общие положения",
        "definitions": "Определения и термины",
        "principles": "Принципы",
        "journey": "Путь клиента",
        "stage": "Этап",
        "step": "Шаг",
        "steps": "Шаги",
        "situations": "Ситуации",
        "situation": "Ситуация",
        "roles": "Роли",
        "role": "Роль",
        "channels": "Каналы",
        "channel": "Канал",
        "forbidden": "Запрещённые фразы",
        "instead": "Говорите вместо этого",
        "owner": "Ответственный",
        "support": "Участвуют",
        "department": "Отдел",
        "standards": "Стандарты",
        "say": "Говорить",
        "do": "Делать",
        "avoid": "Избегать",
        "appearance": "Внешний вид",
        "script": "Скрипт",
        "severity": "Важность",
        "critical": "критично",
        "major": "важно",
        "minor": "желательно",
        "trigger": "Когда возникает",
        "first_response": "Первый ответ",
        "response": "Каждый следующий ответ",
        "required": "Каждый разговор содержит",
        "where_first": "в первом сообщении",
        "where_last": "в последнем сообщении",
        "where_any": "в любом сообщении",
        "owns": "Отвечает за шаги",
        "supports": "Участвует в шагах",
        "owns_situations": "Отвечает за ситуации",
        "applies": "Все стандарты роли",
        "checklist": "Чек-лист для печати",
        "audit_form": "Форма аудита",
        "version": "Версия",
        "organization": "Компания",
        "item": "Пункт",
        "yes": "Да",
        "no": "Нет",
        "na": "Н/П",
        "comment": "Комментарий",
        "date": "Дата",
        "employee": "Сотрудник",
        "location": "Точка",
        "auditor": "Аудитор",
        "page": "Стр.",
        "of": "из",
        "score": "Оценка",
        "language": "Язык",
        "what_changed": "Что изменилось",
        "changed_since": "изменено с версии",
        "new_since": "новое с версии",
    },
    "he": {
        "home": "דף הבית",
        "provisions": "הוראות כלליות",
        "definitions": "הגדרות ומונחים",
        "principles": "עקרונות",
        "journey": "מסע הלקוח",
        "stage": "שלב",
        "step": "צעד",
        "steps": "צעדים",
        "situations": "מצבים",
        "situation": "מצב",
        "roles": "תפקידים",
        "role": "תפקיד",
        "channels": "ערוצים",
        "channel": "ערוץ",
        "forbidden": "ביטויים אסורים",
        "instead": "אמרו במקום זאת",
        "owner": "אחראי",
        "support": "תפקידים תומכים",
        "department": "מחלקה",
        "standards": "סטנדרטים",
        "say": "לומר",
        "do": "לעשות",
        "avoid": "להימנע",
        "appearance": "הופעה",
        "script": "תסריט",
        "severity": "חומרה",
        "critical": "קריטי",
        "major": "חשוב",
        "minor": "משני",
        "trigger": "מתי זה קורה",
        "first_response": "מענה ראשון",
        "response": "כל מענה נוסף",
        "required": "כל שיחה כוללת",
        "where_first": "בהודעה הראשונה",
        "where_last": "בהודעה האחרונה",
        "where_any": "בכל הודעה",
        "owns": "צעדים באחריותו",
        "supports": "צעדים בהם הוא תומך",
        "owns_situations": "מצבים באחריותו",
        "applies": "כל הסטנדרטים החלים",
        "checklist": "רשימת תיוג להדפסה",
        "audit_form": "טופס ביקורת",
        "version": "גרסה",
        "organization": "ארגון",
        "item": "פריט",
        "yes": "כן",
        "no": "לא",
        "na": "לא רלוונטי",
        "comment": "הערה",
        "date": "תאריך",
        "employee": "עובד",
        "location": "סניף",
        "auditor": "מבקר",
        "page": "עמוד",
        "of": "מתוך",
        "score": "ציון",
        "language": "שפה",
        "what_changed": "מה השתנה",
        "changed_since": "שונה מאז גרסה",
        "new_since": "חדש מאז גרסה",
    },
    "ro": {
        "home": "Acasă",
        "provisions": "Dispoziții generale",
        "definitions": "Definiții și termeni",
        "principles": "Principii",
        "journey": "Parcursul clientului",
        "stage": "Etapă",
        "step": "Pas",
        "steps": "Pași",
        "situations": "Situații",
        "situation": "Situație",
        "roles": "Roluri",
        "role": "Rol",
        "channels": "Canale",
        "channel": "Canal",
        "forbidden": "Expresii interzise",
        "instead": "Spuneți în schimb",
        "owner": "Responsabil",
        "support": "Roluri de sprijin",
        "department": "Departament",
        "standards": "Standarde",
        "say": "Spuneți",
        "do": "Faceți",
        "avoid": "Evitați",
        "appearance": "Ținută",
        "script": "Script",
        "severity": "Gravitate",
        "critical": "critic",
        "major": "major",
        "minor": "minor",
        "trigger": "Când apare",
        "first_response": "Primul răspuns",
        "response": "Fiecare răspuns ulterior",
        "required": "Fiecare conversație conține",
        "where_first": "în primul mesaj",
        "where_last": "în ultimul mesaj",
        "where_any": "în orice mesaj",
        "owns": "Pașii de care răspunde",
        "supports": "Pașii la care contribuie",
        "owns_situations": "Situațiile de care răspunde",
        "applies": "Toate standardele care i se aplică",
        "checklist": "Listă de verificare de tipărit",
        "audit_form": "Formular de audit",
        "version": "Versiunea",
        "organization": "Organizația",
        "item": "Punct",
        "yes": "Da",
        "no": "Nu",
        "na": "N/A",
        "comment": "Comentariu",
        "date": "Data",
        "employee": "Angajat",
        "location": "Locație",
        "auditor": "Auditor",
        "page": "Pagina",
        "of": "din",
        "score": "Scor",
        "language": "Limba",
        "what_changed": "Ce s-a schimbat",
        "changed_since": "modificat față de versiunea",
        "new_since": "nou față de versiunea",
    },
    "fr": {
        "home": "Accueil",
        "provisions": "Dispositions générales",
        "definitions": "Définitions et termes",
        "principles": "Principes",
        "journey": "Parcours client",
        "stage": "Phase",
        "step": "Étape",
        "steps": "Étapes",
        "situations": "Situations",
        "situation": "Situation",
        "roles": "Rôles",
        "role": "Rôle",
        "channels": "Canaux",
        "channel": "Canal",
        "forbidden": "Expressions interdites",
        "instead": "Dites plutôt",
        "owner": "Responsable",
        "support": "Rôles en appui",
        "department": "Service",
        "standards": "Standards",
        "say": "À dire",
        "do": "À faire",
        "avoid": "À éviter",
        "appearance": "Tenue",
        "script": "Script",
        "severity": "Gravité",
        "critical": "critique",
        "major": "majeur",
        "minor": "mineur",
        "trigger": "Quand cela arrive",
        "first_response": "Première réponse",
        "response": "Chaque réponse suivante",
        "required": "Chaque conversation contient",
        "where_first": "dans le premier message",
        "where_last": "dans le dernier message",
        "where_any": "dans n'importe quel message",
        "owns": "Étapes dont il est responsable",
        "supports": "Étapes auxquelles il participe",
        "owns_situations": "Situations dont il est responsable",
        "applies": "Tous les standards qui s'appliquent",
        "checklist": "Liste de contrôle à imprimer",
        "audit_form": "Grille d'audit",
        "version": "Version",
        "organization": "Organisation",
        "item": "Point",
        "yes": "Oui",
        "no": "Non",
        "na": "N/A",
        "comment": "Commentaire",
        "date": "Date",
        "employee": "Employé",
        "location": "Site",
        "auditor": "Auditeur",
        "page": "Page",
        "of": "sur",
        "score": "Note",
        "language": "Langue",
        "what_changed": "Ce qui a changé",
        "changed_since": "modifié depuis la version",
        "new_since": "nouveau depuis la version",
    },
    "lv": {
        "home": "Sākums",
        "provisions": "Vispārīgie noteikumi",
        "definitions": "Definīcijas un termini",
        "principles": "Principi",
        "journey": "Klienta ceļš",
        "stage": "Posms",
        "step": "Solis",
        "steps": "Soļi",
        "situations": "Situācijas",
        "situation": "Situācija",
        "roles": "Lomas",
        "role": "Loma",
        "channels": "Kanāli",
        "channel": "Kanāls",
        "forbidden": "Aizliegtās frāzes",
        "instead": "Tā vietā sakiet",
        "owner": "Atbildīgais",
        "support": "Atbalsta lomas",
        "department": "Nodaļa",
        "standards": "Standarti",
        "say": "Sakiet",
        "do": "Dariet",
        "avoid": "Izvairieties",
        "appearance": "Ārējais izskats",
        "script": "Runas paraugs",
        "severity": "Svarīgums",
        "critical": "kritisks",
        "major": "būtisks",
        "minor": "mazsvarīgs",
        "trigger": "Kad tas notiek",
        "first_response": "Pirmā atbilde",
        "response": "Katra nākamā atbilde",
        "required": "Katrā sarunā ir",
        "where_first": "pirmajā ziņā",
        "where_last": "pēdējā ziņā",
        "where_any": "jebkurā ziņā",
        "owns": "Soļi, par kuriem atbild",
        "supports": "Soļi, kuros piedalās",
        "owns_situations": "Situācijas, par kurām atbild",
        "applies": "Visi standarti, kas uz to attiecas",
        "checklist": "Kontrolsaraksts drukāšanai",
        "audit_form": "Audita veidlapa",
        "version": "Versija",
        "organization": "Organizācija",
        "item": "Punkts",
        "yes": "Jā",
        "no": "Nē",
        "na": "N/A",
        "comment": "Komentārs",
        "date": "Datums",
        "employee": "Darbinieks",
        "location": "Filiāle",
        "auditor": "Auditors",
        "page": "Lapa",
        "of": "no",
        "score": "Vērtējums",
        "language": "Valoda",
        "what_changed": "Kas mainījies",
        "changed_since": "mainīts kopš versijas",
        "new_since": "jauns kopš versijas",
    },
}


def is_rtl(lang: str) -> bool:
    return lang.split("-")[0] in RTL_LANGUAGES


def direction(lang: str) -> str:
    return "rtl" if is_rtl(lang) else "ltr"


def lookup(table: Mapping[str, Mapping[str, str]], key: str, lang: str) -> str:
    """``table[lang][key]``, falling back to English, then to the key itself."""
    return table.get(lang, {}).get(key) or table.get("en", {}).get(key) or key


def layered(table: Mapping[str, Mapping[str, str]], key: str, lang: str) -> str:
    """A label from a renderer's own ``table`` when it defines ``key``, else the shared interface label."""
    if any(key in labels for labels in table.values()):
        return lookup(table, key, lang)
    return label(key, lang)


def label(key: str, lang: str) -> str:
    """An interface label in ``lang`` (English when the language has no label table)."""
    return lookup(LABELS, key, lang)


def language_name(lang: str) -> str:
    return LANGUAGE_NAMES.get(lang, lang)


#: the count suffixes of plural labels (``added_one``, ``added_few``, ``added_many``)
PLURAL_FORMS = ("one", "few", "many")


def plural_form(n: int, lang: str) -> str:
    """The CLDR-style plural category of ``n`` in ``lang``: ``one``, ``few`` or ``many``.

    Russian: 1, 21, 31... / 2-4, 22-24... / the rest (11-14 are many). Latvian: numbers ending in 1 except
    11 take the singular, the rest the plural. French: 0 and 1 are singular. Romanian: 1 / 0 and numbers
    whose last two digits are 1-19 / the rest, which take "de" ("20 de standarde"). Others: 1 / the rest.
    """
    base = lang.split("-")[0]
    if base == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return "one"
        return "few" if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else "many"
    if base == "lv":
        return "one" if n % 10 == 1 and n % 100 != 11 else "many"
    if base == "fr":
        return "one" if n in (0, 1) else "many"
    if base == "ro":
        if n == 1:
            return "one"
        return "few" if n == 0 or 1 <= n % 100 <= 19 else "many"
    return "one" if n == 1 else "many"


def plural(table: Mapping[str, Mapping[str, str]], n: int, key: str, lang: str) -> str:
    """The label of ``table`` for ``n`` things: ``key_one``, ``key_few`` or ``key_many`` by :func:`plural_form`.

    A missing ``few`` falls back to ``many``; a key with no count forms in ``lang`` is invariant (``key``).
    A language without a table counts in English.
    """
    forms = table.get(lang)
    if forms is None:
        lang, forms = "en", table.get("en", {})
    form = plural_form(n, lang)
    for candidate in (f"{key}_{form}", f"{key}_many", key):
        if candidate in forms:
            return forms[candidate]
    return lookup(table, f"{key}_{form}", "en")
