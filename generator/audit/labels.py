"""Interface words of the text and HTML audit reports, in every language staff read, and number formats.

Words the shared :mod:`generator.i18n` table already has ("Employee", "Score", "Yes") come from there;
this table holds the rest. Counted phrases (``audits_one``/``audits_few``/``audits_many``) follow each
language's plural rules (:func:`generator.i18n.plural`). Numbers take the language's decimal separator:
a comma in Russian, Romanian, French and Latvian, a dot in English and Hebrew. The JSON report is a
machine format and never goes through this module.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from .. import i18n

NBSP = "\u00a0"
NNBSP = "\u202f"  # narrow no-break space: French "25 %"
#: languages that write 63,2 rather than 63.2
DECIMAL_COMMA = frozenset({"ru", "ro", "fr", "lv"})
#: Unicode isolates around ids and numbers in right-to-left tooltips (a ``title`` cannot hold ``<bdi>``)
LRI, PDI = "\u2066", "\u2069"

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "report": "Audit report",
        "rounded": "Scores are rounded to one decimal place here; the JSON report has the exact values.",
        "inputs": "Inputs",
        "input_results": "Audit results",
        "input_surveys": "Surveys",
        "input_transcripts": "Transcripts",
        "note": "Note",
        "note_no_audits": "{path} has no audit rows: there is nothing to score",
        "note_no_responses": "{path} has no responses: NPS is not defined",
        "note_no_messages": "{path} has no messages",
        "note_export_left_out": (
            "{path}: left out, as the customer never saw them or nobody wrote them: internal notes — "
            "{notes}, bot or automatic messages — {bots}, parts without words (assignments, closings, "
            "voice records) — {other}"),
        "note_unknown_authors": (
            "{path}: messages by authors the export does not describe ({n}) were counted as agents' "
            "messages, named by their user id; export the users too (Zendesk: include=users) to name "
            "them by external id or e-mail"),
        "summary": "Summary",
        "audits": "Audits",
        "audit": "Audit",
        "scored_audits": "Scored audits",
        "mean_final": "Mean final score",
        "pass_mark": "Pass mark",
        "pass_rate": "Pass rate",
        "weights": "Weights",
        "critical_rule": "A critical item answered “no”",
        "critical_zero": "the audit scores 0",
        "critical_none": "no extra rule",
        "critical_cap": "the score is capped at {cap}",
        "departments": "Departments",
        "employees": "Employees",
        "locations": "Locations",
        "items": "Items",
        "roles_locations": "Roles and locations",
        "steps_locations": "Steps × locations",
        "heat_explain": "Each cell: 100 × Σ weight of “yes” / Σ weight of “yes” or “no”, over the answers "
                        "to the step's items in that location's audits. Lowest step first.",
        "all": "All",
        "answers": "Answers",
        "tier": "Tier",
        "raw": "Raw score",
        "final": "Final score",
        "result": "Result",
        "pass": "pass",
        "fail": "FAIL",
        "critical_failed": "Critical items answered “no”",
        "unscored": "+{n} with every item N/A",
        "all_na_audit": "every item N/A, no score",
        "no_score": "No score: every item of their audits was N/A",
        "mean_of": "Mean of the final scores",
        "audits_behind": "Audits behind this number",
        "weight_ratio": "Σ weight of “yes” / Σ weight answered",
        "none": "none",
        "audits_one": "{n} audit",
        "audits_many": "{n} audits",
        "nps_overall": "Overall NPS",
        "nps": "NPS",
        "promoters": "Promoters (9–10)",
        "passives": "Passives (7–8)",
        "detractors": "Detractors (0–6)",
        "responses": "Responses",
        "responses_one": "{n} response",
        "responses_many": "{n} responses",
        "transcripts": "Transcripts",
        "conversations": "Conversations",
        "conversation": "Conversation",
        "conversations_one": "{n} conversation",
        "conversations_many": "{n} conversations",
        "messages_one": "{n} message",
        "messages_many": "{n} messages",
        "with_findings": "With findings",
        "findings": "Findings",
        "finding": "Finding",
        "line": "Line",
        "details": "Details",
        "forbidden_phrase": "Forbidden phrase",
        "missing_required": "Missing required element",
        "late_first_response": "Late first response",
        "late_response": "Late response",
        "matched_in": "{matched} in {text}",
        "forbidden_by": "forbidden by item {id}",
        "missing_where": "element {element} not found {where}",
        "late_reply": "reply after {delay}; the target is {target}",
        "late_reply_working": "reply after {delay} of working time ({elapsed} in all); the target is {target}",
        "no_reply": "no agent reply; the target is {target}",
        "more_findings_one": "… and {n} more finding: the JSON report (--format json) has them all",
        "more_findings_many": "… and {n} more findings: the JSON report (--format json) has them all",
        "seconds": "{n} s",
        "minutes": "{n} min",
        "hours": "{n} h",
        "quoted": "“{text}”",
    },
    "ru": {
        "report": "Отчёт об аудите",
        "rounded": "Оценки здесь округлены до одного знака после запятой; точные значения — в отчёте JSON.",
        "inputs": "Исходные данные",
        "input_results": "Результаты аудитов",
        "input_surveys": "Опросы",
        "input_transcripts": "Переписка",
        "note": "Примечание",
        "note_no_audits": "{path}: нет ни одной строки аудита, оценивать нечего",
        "note_no_responses": "{path}: нет ни одного ответа, NPS не определён",
        "note_no_messages": "{path}: нет ни одного сообщения",
        "note_export_left_out": (
            "{path}: не учитывались, так как клиент их не видел или их никто не писал: внутренние "
            "заметки — {notes}, сообщения бота и автоматические — {bots}, части без текста (назначения, "
            "закрытия, записи звонков) — {other}"),
        "note_unknown_authors": (
            "{path}: сообщения авторов, которых нет в выгрузке ({n}), засчитаны как сообщения "
            "сотрудников с их идентификатором пользователя; выгрузите и пользователей (Zendesk: "
            "include=users), чтобы видеть внешний идентификатор или e-mail"),
        "summary": "Итоги",
        "audits": "Аудиты",
        "audit": "Аудит",
        "scored_audits": "Аудиты с оценкой",
        "mean_final": "Средняя итоговая оценка",
        "pass_mark": "Проходной балл",
        "pass_rate": "Доля прошедших",
        "weights": "Веса",
        "critical_rule": "Критичный пункт с ответом «нет»",
        "critical_zero": "аудит получает 0",
        "critical_none": "без дополнительного правила",
        "critical_cap": "оценка не выше {cap}",
        "departments": "Отделы",
        "employees": "Сотрудники",
        "locations": "Точки",
        "items": "Пункты",
        "roles_locations": "Роли и точки",
        "steps_locations": "Шаги × точки",
        "heat_explain": "Каждая ячейка: 100 × Σ весов ответов «да» / Σ весов ответов «да» и «нет» на пункты "
                        "шага в аудитах этой точки. Сначала худший шаг.",
        "all": "Все",
        "answers": "Ответы",
        "tier": "Уровень",
        "raw": "Исходная оценка",
        "final": "Итоговая оценка",
        "result": "Результат",
        "pass": "пройден",
        "fail": "НЕ ПРОЙДЕН",
        "critical_failed": "Критичные пункты с ответом «нет»",
        "unscored": "+{n} только с ответами Н/П",
        "all_na_audit": "все пункты Н/П, без оценки",
        "no_score": "Без оценки: во всех их аудитах все пункты Н/П",
        "mean_of": "Среднее итоговых оценок",
        "audits_behind": "Аудиты, из которых получено это число",
        "weight_ratio": "Σ весов «да» / Σ весов ответов",
        "none": "нет",
        "audits_one": "{n} аудит",
        "audits_few": "{n} аудита",
        "audits_many": "{n} аудитов",
        "nps_overall": "NPS в целом",
        "nps": "NPS",
        "promoters": "Промоутеры (9–10)",
        "passives": "Нейтралы (7–8)",
        "detractors": "Критики (0–6)",
        "responses": "Ответы",
        "responses_one": "{n} ответ",
        "responses_few": "{n} ответа",
        "responses_many": "{n} ответов",
        "transcripts": "Переписка",
        "conversations": "Диалоги",
        "conversation": "Диалог",
        "conversations_one": "{n} диалог",
        "conversations_few": "{n} диалога",
        "conversations_many": "{n} диалогов",
        "messages_one": "{n} сообщение",
        "messages_few": "{n} сообщения",
        "messages_many": "{n} сообщений",
        "with_findings": "С замечаниями",
        "findings": "Замечания",
        "finding": "Замечание",
        "line": "Строка",
        "details": "Подробности",
        "forbidden_phrase": "Запрещённая фраза",
        "missing_required": "Нет обязательного элемента",
        "late_first_response": "Поздний первый ответ",
        "late_response": "Поздний ответ",
        "matched_in": "{matched} в сообщении {text}",
        "forbidden_by": "запрещено пунктом {id}",
        "missing_where": "элемент {element} не найден {where}",
        "late_reply": "ответ через {delay}; норматив — {target}",
        "late_reply_working": "ответ через {delay} рабочего времени (всего {elapsed}); норматив — {target}",
        "no_reply": "сотрудник не ответил; норматив — {target}",
        "more_findings_one": "… и ещё {n} замечание: все замечания есть в отчёте JSON (--format json)",
        "more_findings_few": "… и ещё {n} замечания: все замечания есть в отчёте JSON (--format json)",
        "more_findings_many": "… и ещё {n} замечаний: все замечания есть в отчёте JSON (--format json)",
        "seconds": "{n} с",
        "minutes": "{n} мин",
        "hours": "{n} ч",
        "quoted": "«{text}»",
    },
    "he": {
        "report": "דוח ביקורת",
        "rounded": "הציונים כאן מעוגלים לספרה אחת אחרי הנקודה; הערכים המדויקים נמצאים בדוח ה־JSON.",
        "inputs": "נתוני קלט",
        "input_results": "תוצאות ביקורות",
        "input_surveys": "סקרים",
        "input_transcripts": "תמלילי שיחות",
        "note": "הערה",
        "note_no_audits": "{path}: אין שורות ביקורת, אין מה לדרג",
        "note_no_responses": "{path}: אין תשובות, ה־NPS אינו מוגדר",
        "note_no_messages": "{path}: אין הודעות",
        "note_export_left_out": (
            "{path}: לא נבדקו, כי הלקוח לא ראה אותם או שאיש לא כתב אותם: הערות פנימיות — {notes}, "
            "הודעות בוט או אוטומטיות — {bots}, חלקים בלי מילים (הקצאות, סגירות, הקלטות שיחה) — {other}"),
        "note_unknown_authors": (
            "{path}: הודעות של כותבים שאינם מופיעים בייצוא ({n}) נספרו כהודעות של נציגים, לפי מזהה המשתמש "
            "שלהם; ייצאו גם את המשתמשים (Zendesk: include=users) כדי לזהות אותם לפי מזהה חיצוני או "
            "דוא״ל"),
        "summary": "סיכום",
        "audits": "ביקורות",
        "audit": "ביקורת",
        "scored_audits": "ביקורות עם ציון",
        "mean_final": "ציון סופי ממוצע",
        "pass_mark": "ציון עובר",
        "pass_rate": "שיעור המעבר",
        "weights": "משקלים",
        "critical_rule": "פריט קריטי שנענה \"לא\"",
        "critical_zero": "הביקורת מקבלת 0",
        "critical_none": "אין כלל נוסף",
        "critical_cap": "הציון מוגבל ל־{cap}",
        "departments": "מחלקות",
        "employees": "עובדים",
        "locations": "סניפים",
        "items": "פריטים",
        "roles_locations": "תפקידים וסניפים",
        "steps_locations": "צעדים × סניפים",
        "heat_explain": "כל תא: 100 × Σ משקלי התשובות \"כן\" / Σ משקלי התשובות \"כן\" או \"לא\" לפריטי הצעד "
                        "בביקורות של אותו סניף. הצעד החלש ביותר ראשון.",
        "all": "הכול",
        "answers": "תשובות",
        "tier": "דרגה",
        "raw": "ציון גולמי",
        "final": "ציון סופי",
        "result": "תוצאה",
        "pass": "עבר",
        "fail": "נכשל",
        "critical_failed": "פריטים קריטיים שנענו \"לא\"",
        "unscored": "+{n} שכל פריטיהן לא רלוונטיים",
        "all_na_audit": "כל הפריטים לא רלוונטיים, אין ציון",
        "no_score": "אין ציון: כל הפריטים בביקורות שלהם לא רלוונטיים",
        "mean_of": "ממוצע הציונים הסופיים",
        "audits_behind": "הביקורות שמהן חושב המספר",
        "weight_ratio": "Σ משקלי \"כן\" / Σ משקלי התשובות",
        "none": "אין",
        "audits_one": "{n} ביקורת",
        "audits_many": "{n} ביקורות",
        "nps_overall": "NPS כולל",
        "nps": "NPS",
        "promoters": "ממליצים (ציון 9 או 10)",
        "passives": "פסיביים (ציון 7 או 8)",
        "detractors": "מלעיזים (ציון 0 עד 6)",
        "responses": "תשובות",
        "responses_one": "{n} תשובה",
        "responses_many": "{n} תשובות",
        "transcripts": "תמלילי שיחות",
        "conversations": "שיחות",
        "conversation": "שיחה",
        "conversations_one": "{n} שיחה",
        "conversations_many": "{n} שיחות",
        "messages_one": "{n} הודעה",
        "messages_many": "{n} הודעות",
        "with_findings": "עם ממצאים",
        "findings": "ממצאים",
        "finding": "ממצא",
        "line": "שורה",
        "details": "פרטים",
        "forbidden_phrase": "ביטוי אסור",
        "missing_required": "חסר רכיב חובה",
        "late_first_response": "מענה ראשון באיחור",
        "late_response": "מענה באיחור",
        "matched_in": "{matched} בהודעה {text}",
        "forbidden_by": "אסור לפי פריט {id}",
        "missing_where": "הרכיב {element} לא נמצא {where}",
        "late_reply": "מענה אחרי {delay}; היעד: {target}",
        "late_reply_working": "מענה אחרי {delay} של זמן עבודה (בסך הכול {elapsed}); היעד: {target}",
        "no_reply": "הנציג לא ענה; היעד: {target}",
        "more_findings_one": "… ועוד {n} ממצא: דוח ה־JSON כולל את כולם",
        "more_findings_many": "… ועוד {n} ממצאים: דוח ה־JSON כולל את כולם",
        "seconds": "{n} שנ׳",
        "minutes": "{n} דק׳",
        "hours": "{n} שע׳",
        "quoted": "\"{text}\"",
    },
    "ro": {
        "report": "Raport de audit",
        "rounded": "Scorurile sunt rotunjite aici la o zecimală; raportul JSON are valorile exacte.",
        "inputs": "Date de intrare",
        "input_results": "Rezultatele auditurilor",
        "input_surveys": "Sondaje",
        "input_transcripts": "Transcrieri",
        "note": "Notă",
        "note_no_audits": "{path} nu are niciun rând de audit: nu există nimic de evaluat",
        "note_no_responses": "{path} nu are niciun răspuns: NPS nu este definit",
        "note_no_messages": "{path} nu are niciun mesaj",
        "note_export_left_out": (
            "{path}: nu au fost verificate, deoarece clientul nu le-a văzut sau nu le-a scris nimeni: "
            "note interne — {notes}, mesaje de bot sau automate — {bots}, părți fără text (atribuiri, "
            "închideri, înregistrări de apeluri) — {other}"),
        "note_unknown_authors": (
            "{path}: mesajele unor autori pe care exportul nu îi descrie ({n}) au fost socotite mesaje "
            "ale agenților, după id-ul lor de utilizator; exportați și utilizatorii (Zendesk: "
            "include=users) pentru id-ul extern sau e-mailul lor"),
        "summary": "Rezumat",
        "audits": "Audituri",
        "audit": "Audit",
        "scored_audits": "Audituri cu scor",
        "mean_final": "Scorul final mediu",
        "pass_mark": "Prag de promovare",
        "pass_rate": "Rata de promovare",
        "weights": "Ponderi",
        "critical_rule": "Un punct critic cu răspunsul „nu”",
        "critical_zero": "auditul primește 0",
        "critical_none": "nicio regulă suplimentară",
        "critical_cap": "scorul este limitat la {cap}",
        "departments": "Departamente",
        "employees": "Angajați",
        "locations": "Locații",
        "items": "Puncte",
        "roles_locations": "Roluri și locații",
        "steps_locations": "Pași × locații",
        "heat_explain": "Fiecare celulă: 100 × Σ ponderilor răspunsurilor „da” / Σ ponderilor răspunsurilor „da” "
                        "sau „nu”, la punctele pasului din auditurile acelei locații. Cel mai slab pas primul.",
        "all": "Toate",
        "answers": "Răspunsuri",
        "tier": "Nivel",
        "raw": "Scor brut",
        "final": "Scor final",
        "result": "Rezultat",
        "pass": "promovat",
        "fail": "RESPINS",
        "critical_failed": "Puncte critice cu răspunsul „nu”",
        "unscored": "+{n} cu toate punctele N/A",
        "all_na_audit": "toate punctele N/A, fără scor",
        "no_score": "Fără scor: toate punctele auditurilor lor au fost N/A",
        "mean_of": "Media scorurilor finale",
        "audits_behind": "Auditurile din care rezultă acest număr",
        "weight_ratio": "Σ ponderilor „da” / Σ ponderilor răspunsurilor",
        "none": "niciunul",
        "audits_one": "{n} audit",
        "audits_few": "{n} audituri",
        "audits_many": "{n} de audituri",
        "nps_overall": "NPS general",
        "nps": "NPS",
        "promoters": "Promotori (9–10)",
        "passives": "Pasivi (7–8)",
        "detractors": "Detractori (0–6)",
        "responses": "Răspunsuri",
        "responses_one": "{n} răspuns",
        "responses_few": "{n} răspunsuri",
        "responses_many": "{n} de răspunsuri",
        "transcripts": "Transcrieri",
        "conversations": "Conversații",
        "conversation": "Conversație",
        "conversations_one": "{n} conversație",
        "conversations_few": "{n} conversații",
        "conversations_many": "{n} de conversații",
        "messages_one": "{n} mesaj",
        "messages_few": "{n} mesaje",
        "messages_many": "{n} de mesaje",
        "with_findings": "Cu constatări",
        "findings": "Constatări",
        "finding": "Constatare",
        "line": "Rândul",
        "details": "Detalii",
        "forbidden_phrase": "Expresie interzisă",
        "missing_required": "Element obligatoriu lipsă",
        "late_first_response": "Primul răspuns întârziat",
        "late_response": "Răspuns întârziat",
        "matched_in": "{matched} în mesajul {text}",
        "forbidden_by": "interzis de punctul {id}",
        "missing_where": "elementul {element} nu apare {where}",
        "late_reply": "răspuns după {delay}; ținta este {target}",
        "late_reply_working": "răspuns după {delay} de timp de lucru ({elapsed} în total); ținta este {target}",
        "no_reply": "agentul nu a răspuns; ținta este {target}",
        "more_findings_one": "… și încă {n} constatare: raportul JSON (--format json) le are pe toate",
        "more_findings_few": "… și încă {n} constatări: raportul JSON (--format json) le are pe toate",
        "more_findings_many": "… și încă {n} de constatări: raportul JSON (--format json) le are pe toate",
        "seconds": "{n} s",
        "minutes": "{n} min",
        "hours": "{n} h",
        "quoted": "„{text}”",
    },
    "fr": {
        "report": "Rapport d'audit",
        "rounded": "Les notes sont arrondies ici à une décimale\u00a0; le rapport JSON donne les valeurs exactes.",
        "inputs": "Données",
        "input_results": "Résultats d'audit",
        "input_surveys": "Enquêtes",
        "input_transcripts": "Transcriptions",
        "note": "Remarque",
        "note_no_audits": "{path} ne contient aucune ligne d'audit\u00a0: il n'y a rien à noter",
        "note_no_responses": "{path} ne contient aucune réponse\u00a0: le NPS n'est pas défini",
        "note_no_messages": "{path} ne contient aucun message",
        "note_export_left_out": (
            "{path}\u00a0: laissés de côté, car le client ne les a pas vus ou personne ne les a "
            "écrits\u00a0: notes internes — {notes}, messages de robot ou automatiques — {bots}, "
            "éléments sans texte (attributions, clôtures, enregistrements d'appels) — {other}"),
        "note_unknown_authors": (
            "{path}\u00a0: les messages d'auteurs que l'export ne décrit pas ({n}) ont été comptés comme "
            "messages d'agents, désignés par leur identifiant d'utilisateur\u00a0; exportez aussi les "
            "utilisateurs (Zendesk\u00a0: include=users) pour leur identifiant externe ou leur e-mail"),
        "summary": "Synthèse",
        "audits": "Audits",
        "audit": "Audit",
        "scored_audits": "Audits notés",
        "mean_final": "Note finale moyenne",
        "pass_mark": "Seuil de réussite",
        "pass_rate": "Taux de réussite",
        "weights": "Pondérations",
        "critical_rule": "Point critique répondu «\u00a0non\u00a0»",
        "critical_zero": "l'audit obtient 0",
        "critical_none": "aucune règle supplémentaire",
        "critical_cap": "la note est plafonnée à {cap}",
        "departments": "Services",
        "employees": "Employés",
        "locations": "Sites",
        "items": "Points",
        "roles_locations": "Rôles et sites",
        "steps_locations": "Étapes × sites",
        "heat_explain": "Chaque case\u00a0: 100 × Σ des poids des réponses «\u00a0oui\u00a0» / Σ des poids des "
                        "réponses «\u00a0oui\u00a0» ou «\u00a0non\u00a0», sur les points de l'étape dans les audits "
                        "de ce site. L'étape la plus faible en premier.",
        "all": "Tous",
        "answers": "Réponses",
        "tier": "Niveau",
        "raw": "Note brute",
        "final": "Note finale",
        "result": "Résultat",
        "pass": "réussi",
        "fail": "ÉCHEC",
        "critical_failed": "Points critiques répondus «\u00a0non\u00a0»",
        "unscored": "+{n} sans aucun point applicable",
        "all_na_audit": "tous les points N/A, pas de note",
        "no_score": "Pas de note\u00a0: tous les points de leurs audits étaient N/A",
        "mean_of": "Moyenne des notes finales",
        "audits_behind": "Audits à l'origine de ce chiffre",
        "weight_ratio": "Σ des poids «\u00a0oui\u00a0» / Σ des poids répondus",
        "none": "aucun",
        "audits_one": "{n} audit",
        "audits_many": "{n} audits",
        "nps_overall": "NPS global",
        "nps": "NPS",
        "promoters": "Promoteurs (9–10)",
        "passives": "Passifs (7–8)",
        "detractors": "Détracteurs (0–6)",
        "responses": "Réponses",
        "responses_one": "{n} réponse",
        "responses_many": "{n} réponses",
        "transcripts": "Transcriptions",
        "conversations": "Conversations",
        "conversation": "Conversation",
        "conversations_one": "{n} conversation",
        "conversations_many": "{n} conversations",
        "messages_one": "{n} message",
        "messages_many": "{n} messages",
        "with_findings": "Avec constats",
        "findings": "Constats",
        "finding": "Constat",
        "line": "Ligne",
        "details": "Détails",
        "forbidden_phrase": "Expression interdite",
        "missing_required": "Élément obligatoire manquant",
        "late_first_response": "Première réponse tardive",
        "late_response": "Réponse tardive",
        "matched_in": "{matched} dans {text}",
        "forbidden_by": "interdit par le point {id}",
        "missing_where": "élément {element} absent {where}",
        "late_reply": "réponse après {delay}\u00a0; l'objectif est {target}",
        "late_reply_working": (
            "réponse après {delay} de temps ouvré ({elapsed} au total)\u00a0; l'objectif est {target}"),
        "no_reply": "pas de réponse de l'agent\u00a0; l'objectif est {target}",
        "more_findings_one": "… et {n} autre constat\u00a0: le rapport JSON (--format json) les contient tous",
        "more_findings_many": "… et {n} autres constats\u00a0: le rapport JSON (--format json) les contient tous",
        "seconds": "{n}\u00a0s",
        "minutes": "{n}\u00a0min",
        "hours": "{n}\u00a0h",
        "quoted": "«\u00a0{text}\u00a0»",
    },
    "lv": {
        "report": "Audita pārskats",
        "rounded": "Vērtējumi šeit noapaļoti līdz vienai zīmei aiz komata; precīzās vērtības ir JSON pārskatā.",
        "inputs": "Ievaddati",
        "input_results": "Auditu rezultāti",
        "input_surveys": "Aptaujas",
        "input_transcripts": "Sarunu ieraksti",
        "note": "Piezīme",
        "note_no_audits": "{path}: nav nevienas audita rindas, nav ko vērtēt",
        "note_no_responses": "{path}: nav nevienas atbildes, NPS nav definēts",
        "note_no_messages": "{path}: nav nevienas ziņas",
        "note_export_left_out": (
            "{path}: netika pārbaudīti, jo klients tos neredzēja vai neviens tos nerakstīja: iekšējās "
            "piezīmes — {notes}, robota vai automātiskās ziņas — {bots}, daļas bez teksta "
            "(piešķiršanas, slēgšanas, zvanu ieraksti) — {other}"),
        "note_unknown_authors": (
            "{path}: ziņas no autoriem, kurus eksports neapraksta ({n}), tika uzskatītas par aģentu ziņām "
            "ar viņu lietotāja ID; eksportējiet arī lietotājus (Zendesk: include=users), lai redzētu "
            "ārējo ID vai e-pastu"),
        "summary": "Kopsavilkums",
        "audits": "Auditi",
        "audit": "Audits",
        "scored_audits": "Novērtētie auditi",
        "mean_final": "Vidējais galīgais vērtējums",
        "pass_mark": "Sekmīguma slieksnis",
        "pass_rate": "Sekmīgo īpatsvars",
        "weights": "Svari",
        "critical_rule": "Kritisks punkts ar atbildi „nē“",
        "critical_zero": "audits saņem 0",
        "critical_none": "papildu noteikuma nav",
        "critical_cap": "vērtējums nepārsniedz {cap}",
        "departments": "Nodaļas",
        "employees": "Darbinieki",
        "locations": "Filiāles",
        "items": "Punkti",
        "roles_locations": "Lomas un filiāles",
        "steps_locations": "Soļi × filiāles",
        "heat_explain": "Katra šūna: 100 × atbilžu „jā“ svaru Σ / atbilžu „jā“ vai „nē“ svaru Σ, ņemot soļa "
                        "punktu atbildes šīs filiāles auditos. Vājākais solis pirmais.",
        "all": "Visi",
        "answers": "Atbildes",
        "tier": "Līmenis",
        "raw": "Sākotnējais vērtējums",
        "final": "Galīgais vērtējums",
        "result": "Rezultāts",
        "pass": "sekmīgs",
        "fail": "NESEKMĪGS",
        "critical_failed": "Kritiskie punkti ar atbildi „nē“",
        "unscored": "+{n}, kuros visi punkti N/A",
        "all_na_audit": "visi punkti N/A, bez vērtējuma",
        "no_score": "Bez vērtējuma: visos viņu auditos visi punkti bija N/A",
        "mean_of": "Galīgo vērtējumu vidējais",
        "audits_behind": "Auditi, no kuriem iegūts šis skaitlis",
        "weight_ratio": "„jā“ svaru Σ / atbilžu svaru Σ",
        "none": "nav",
        "audits_one": "{n} audits",
        "audits_many": "{n} auditi",
        "nps_overall": "Kopējais NPS",
        "nps": "NPS",
        "promoters": "Atbalstītāji (9–10)",
        "passives": "Neitrālie (7–8)",
        "detractors": "Kritiķi (0–6)",
        "responses": "Atbildes",
        "responses_one": "{n} atbilde",
        "responses_many": "{n} atbildes",
        "transcripts": "Sarunu ieraksti",
        "conversations": "Sarunas",
        "conversation": "Saruna",
        "conversations_one": "{n} saruna",
        "conversations_many": "{n} sarunas",
        "messages_one": "{n} ziņa",
        "messages_many": "{n} ziņas",
        "with_findings": "Ar konstatējumiem",
        "findings": "Konstatējumi",
        "finding": "Konstatējums",
        "line": "Rinda",
        "details": "Sīkāk",
        "forbidden_phrase": "Aizliegta frāze",
        "missing_required": "Trūkst obligātā elementa",
        "late_first_response": "Novēlota pirmā atbilde",
        "late_response": "Novēlota atbilde",
        "matched_in": "{matched} ziņā {text}",
        "forbidden_by": "aizliegts ar punktu {id}",
        "missing_where": "elements {element} nav atrasts {where}",
        "late_reply": "atbilde pēc {delay}; mērķis ir {target}",
        "late_reply_working": "atbilde pēc {delay} darba laika (kopā {elapsed}); mērķis ir {target}",
        "no_reply": "darbinieks neatbildēja; mērķis ir {target}",
        "more_findings_one": "… un vēl {n} konstatējums: JSON pārskatā (--format json) ir visi",
        "more_findings_many": "… un vēl {n} konstatējumi: JSON pārskatā (--format json) ir visi",
        "seconds": "{n} s",
        "minutes": "{n} min",
        "hours": "{n} h",
        "quoted": "„{text}“",
    },
}

#: the finding kinds of the transcripts (FORMAT §6) and their label keys
KIND_LABELS = {
    "forbidden_phrase": "forbidden_phrase",
    "missing_required": "missing_required",
    "first_response": "late_first_response",
    "response_time": "late_response",
}
#: the note keys :meth:`AuditRun.note` records, and the input each one names
NOTE_KEYS = ("note_no_audits", "note_no_responses", "note_no_messages", "note_export_left_out",
             "note_unknown_authors")


def label(key: str, lang: str) -> str:
    """An audit report label; a key this table lacks comes from the shared :func:`generator.i18n.label`."""
    if key in LABELS["en"] or f"{key}_many" in LABELS["en"]:
        return i18n.lookup(LABELS, key, lang)
    return i18n.label(key, lang)


def count(n: int, key: str, lang: str) -> str:
    """``3 audits`` in ``lang``'s plural form for ``n``."""
    return i18n.plural(LABELS, n, key, lang).format(n=n)


def base(lang: str) -> str:
    return lang.split("-")[0]


def number(value: float | None, lang: str, signed: bool = False, digits: int = 1) -> str:
    """``63.2`` / ``63,2`` (one decimal by default); ``—`` without a value. Signed NPS keeps its ``+``."""
    if value is None:
        return "—"
    text = f"{value:+.{digits}f}" if signed else f"{value:.{digits}f}"
    if signed and text.startswith("-"):
        text = "\u2212" + text[1:]  # a real minus sign
    return text.replace(".", ",") if base(lang) in DECIMAL_COMMA else text


def plain(value: float, lang: str) -> str:
    """A weight or a mark as written (``3``, ``2.5`` / ``2,5``): no forced decimals."""
    text = f"{value:g}"
    return text.replace(".", ",") if base(lang) in DECIMAL_COMMA else text


def percent(share: float | None, lang: str) -> str:
    """A share 0..1 as a whole percentage: ``25%``, French ``25 %``; ``—`` without a value."""
    if share is None:
        return "—"
    value = f"{100 * share:.0f}"
    return f"{value}{NNBSP}%" if base(lang) == "fr" else f"{value}%"


def duration(seconds: float, lang: str) -> str:
    """``45 s``, ``1 min 30 s``, ``4 h``, ``2 h 5 min`` in ``lang``'s units (whole seconds after a minute)."""
    if seconds < 60:
        return label("seconds", lang).format(n=plain(round(seconds, 1), lang))
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    parts = []
    if hours:
        parts.append(label("hours", lang).format(n=hours))
    if minutes:
        parts.append(label("minutes", lang).format(n=minutes))
    if secs and not hours:
        parts.append(label("seconds", lang).format(n=secs))
    return " ".join(parts)


def _fill(pattern: str, markup: bool, **values: object) -> str:
    """``pattern.format(**values)``; with ``markup``, an HTML-safe :class:`~markupsafe.Markup` (values escaped)."""
    if markup:
        return Markup(escape(pattern)).format(**values)
    return pattern.format(**values)


def quoted(text: object, lang: str, markup: bool = False) -> str:
    """``text`` in ``lang``'s quotation marks: “…”, «…», „…”, « … », „…“ (in HTML, isolated in ``<bdi>``)."""
    return _fill(label("quoted", lang), markup, text=Markup("<bdi>{}</bdi>").format(text) if markup else text)


def isolate(text: str, lang: str) -> str:
    """An id or a number kept left to right inside right-to-left plain text (tooltips)."""
    return f"{LRI}{text}{PDI}" if i18n.is_rtl(lang) else text


def critical_policy(policy: object, lang: str) -> str:
    """What happens to an audit with a critical item answered "no" (``scoring.yaml`` ``critical_fail``)."""
    if policy == "zero":
        return label("critical_zero", lang)
    if policy == "none":
        return label("critical_none", lang)
    return label("critical_cap", lang).format(cap=policy)


def finding_details(finding: dict[str, Any], lang: str, markup: bool = False) -> str:
    """What a transcript finding is about, in words, from its structured fields (not its English message).

    With ``markup``, HTML: every value escaped, the matched words highlighted, ids isolated in ``<bdi>``.
    """
    kind = finding.get("kind")

    def bdi(value: object) -> object:
        return Markup("<bdi>{}</bdi>").format(value) if markup else value

    if kind == "forbidden_phrase":
        matched = str(finding.get("matched", ""))
        shown = Markup('<span class="evidence">{}</span>').format(matched) if markup else matched
        text = _fill(label("matched_in", lang), markup, matched=quoted(shown, lang, markup),
                     text=quoted(str(finding.get("text", "")), lang, markup))
        if finding.get("source") == "item":
            text += _fill(" ({what})", markup, what=_fill(label("forbidden_by", lang), markup,
                                                          id=bdi(finding.get("id"))))
        if finding.get("instead"):
            say = label("instead", lang)
            text += _fill("; {say}: {instead}", markup, say=say[:1].lower() + say[1:],
                          instead=quoted(str(finding["instead"]), lang, markup))
        return text
    if kind == "missing_required":
        where = {"first": "where_first", "last": "where_last"}.get(str(finding.get("where")), "where_any")
        return _fill(label("missing_where", lang), markup,
                     element=quoted(finding.get("element", ""), lang, markup),
                     where=i18n.label(where, lang))
    target = finding.get("target_seconds")
    target_text = duration(float(target), lang) if isinstance(target, int | float) else "—"
    delay = finding.get("delay_seconds")
    elapsed = finding.get("elapsed_seconds")
    if isinstance(delay, int | float) and isinstance(elapsed, int | float):
        return _fill(label("late_reply_working", lang), markup, delay=duration(float(delay), lang),
                     elapsed=duration(float(elapsed), lang), target=target_text)
    if isinstance(delay, int | float):
        return _fill(label("late_reply", lang), markup, delay=duration(float(delay), lang), target=target_text)
    return _fill(label("no_reply", lang), markup, target=target_text)


def kind_label(kind: str, lang: str) -> str:
    return label(KIND_LABELS.get(kind, kind), lang)
