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
        "about_audit": "About this audit",
        "visit": "Visit",
        "scenario": "Scenario",
        "answered": "Answered",
        "download_csv": "Download CSV",
        "new_audit": "New audit",
        "form_intro_fill": (
            "Fill this form in on a phone or a computer, even offline: answer yes, no or N/A for each item you "
            "checked and leave the others blank. The answers stay in this browser until you start a new audit; "
            "“Download CSV” saves them for `handbook audit --results`."
        ),
        "form_no_script": "Filling this page in needs JavaScript; without it, print the page and fill it in by hand.",
        "draft_saved": "Draft saved in this browser.",
        "draft_unavailable": "This browser cannot keep a draft: download the CSV before you close the page.",
        "downloaded": "CSV downloaded. The draft stays here until you start a new audit.",
        "fill_in": "Fill in:",
        "bad_date": "Write the date as YYYY-MM-DD.",
        "comment_unanswered": "A comment needs an answer: answer the item or clear its comment:",
        "nothing_answered": "Answer at least one item before downloading.",
        "confirm_clear": "Start a new audit? Every answer on this page will be cleared.",
        "shopper_brief": "Shopper brief",
        "plan": "Plan",
        "plan_every_week": "{count} per location every week",
        "plan_every_month": "{count} per location every month",
        "plan_every_quarter": "{count} per location every quarter",
        "no_plan": "when needed",
        "what_to_stage": "What to stage",
        "who_you_are": "Who you are",
        "what_to_do": "What to do and say",
        "watch_for": "What to watch for",
        "what_it_checks": "What the visit checks",
        "open_form": "Fill in the audit form: {role}",
        "after_visit": "After the visit",
        "after_visit_text": (
            "The same day, fill in the audit form of each role above for the employee who served you: write "
            "`{scenario}` as the scenario and the same visit id on every form of this visit, and answer N/A for "
            "what the visit did not show. Download each CSV and send it to the quality team. Never tell staff "
            "that the visit was a check."
        ),
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
        "about_audit": "Об аудите",
        "visit": "Визит",
        "scenario": "Сценарий",
        "answered": "Отвечено",
        "download_csv": "Скачать CSV",
        "new_audit": "Новый аудит",
        "form_intro_fill": (
            "Заполняйте эту форму на телефоне или компьютере, даже без интернета: для каждого проверенного пункта"
            " отметьте да, нет или Н/П, остальные оставьте пустыми. Ответы хранятся в этом браузере, пока вы не "
            "начнёте новый аудит; «Скачать CSV» сохраняет их для `handbook audit --results`."
        ),
        "form_no_script": (
            "Чтобы заполнить эту страницу, нужен JavaScript; без него распечатайте её и заполните от руки."
        ),
        "draft_saved": "Черновик сохранён в этом браузере.",
        "draft_unavailable": "Этот браузер не может сохранить черновик: скачайте CSV, прежде чем закрыть страницу.",
        "downloaded": "CSV скачан. Черновик останется здесь, пока вы не начнёте новый аудит.",
        "fill_in": "Заполните:",
        "bad_date": "Укажите дату в формате ГГГГ-ММ-ДД.",
        "comment_unanswered": "Комментарий без ответа: ответьте на пункт или удалите комментарий:",
        "nothing_answered": "Прежде чем скачивать, ответьте хотя бы на один пункт.",
        "confirm_clear": "Начать новый аудит? Все ответы на этой странице будут удалены.",
        "shopper_brief": "Задание тайному покупателю",
        "plan": "План",
        "plan_every_week": "{count} на точку каждую неделю",
        "plan_every_month": "{count} на точку каждый месяц",
        "plan_every_quarter": "{count} на точку каждый квартал",
        "no_plan": "по мере необходимости",
        "what_to_stage": "Что разыграть",
        "who_you_are": "Кто вы",
        "what_to_do": "Что делать и говорить",
        "watch_for": "На что обратить внимание",
        "what_it_checks": "Что проверяет визит",
        "open_form": "Заполнить форму аудита: {role}",
        "after_visit": "После визита",
        "after_visit_text": (
            "В тот же день заполните форму аудита каждой роли выше на сотрудника, который вас обслуживал: в поле "
            "«Сценарий» укажите `{scenario}`, во всех формах этого визита — один и тот же код визита, а на то, "
            "что визит не показал, отвечайте Н/П. Скачайте каждый CSV и отправьте его отделу качества. Никогда не"
            " говорите сотрудникам, что визит был проверкой."
        ),
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
        "about_audit": "פרטי הביקורת",
        "visit": "ביקור",
        "scenario": "תרחיש",
        "answered": "נענו",
        "download_csv": "הורדת CSV",
        "new_audit": "ביקורת חדשה",
        "form_intro_fill": (
            "מלאו טופס זה בטלפון או במחשב, גם ללא חיבור לאינטרנט: סמנו כן, לא או לא רלוונטי לכל פריט שבדקתם "
            "והשאירו את השאר ריקים. התשובות נשמרות בדפדפן זה עד שתתחילו ביקורת חדשה; ״הורדת CSV״ שומרת אותן עבור "
            "`handbook audit --results`."
        ),
        "form_no_script": "כדי למלא דף זה נדרש JavaScript; בלעדיו, הדפיסו את הדף ומלאו אותו ביד.",
        "draft_saved": "הטיוטה נשמרה בדפדפן זה.",
        "draft_unavailable": "דפדפן זה אינו יכול לשמור טיוטה: הורידו את קובץ ה-CSV לפני סגירת הדף.",
        "downloaded": "קובץ ה-CSV הורד. הטיוטה נשארת כאן עד שתתחילו ביקורת חדשה.",
        "fill_in": "מלאו:",
        "bad_date": "כתבו את התאריך בתבנית YYYY-MM-DD.",
        "comment_unanswered": "להערה חסרה תשובה: ענו על הפריט או מחקו את ההערה:",
        "nothing_answered": "ענו על פריט אחד לפחות לפני ההורדה.",
        "confirm_clear": "להתחיל ביקורת חדשה? כל התשובות בדף זה יימחקו.",
        "shopper_brief": "תדריך ללקוח סמוי",
        "plan": "תוכנית",
        "plan_every_week": "{count} לכל סניף בכל שבוע",
        "plan_every_month": "{count} לכל סניף בכל חודש",
        "plan_every_quarter": "{count} לכל סניף בכל רבעון",
        "no_plan": "לפי הצורך",
        "what_to_stage": "מה לביים",
        "who_you_are": "מי אתם",
        "what_to_do": "מה לעשות ולומר",
        "watch_for": "למה לשים לב",
        "what_it_checks": "מה הביקור בודק",
        "open_form": "מילוי טופס הביקורת: {role}",
        "after_visit": "אחרי הביקור",
        "after_visit_text": (
            "באותו יום, מלאו את טופס הביקורת של כל תפקיד שלמעלה עבור העובד ששירת אתכם: כתבו `{scenario}` בשדה "
            "התרחיש ואותו מזהה ביקור בכל הטפסים של הביקור הזה, וענו לא רלוונטי על מה שהביקור לא הראה. הורידו כל "
            "קובץ CSV ושלחו אותו לצוות האיכות. לעולם אל תספרו לעובדים שהביקור היה בדיקה."
        ),
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
        "about_audit": "Despre acest audit",
        "visit": "Vizită",
        "scenario": "Scenariu",
        "answered": "Cu răspuns",
        "download_csv": "Descarcă CSV",
        "new_audit": "Audit nou",
        "form_intro_fill": (
            "Completați acest formular pe telefon sau pe calculator, chiar și fără internet: răspundeți da, nu "
            "sau N/A la fiecare punct verificat și lăsați-le goale pe celelalte. Răspunsurile rămân în acest "
            "browser până începeți un audit nou; „Descarcă CSV” le salvează pentru `handbook audit --results`."
        ),
        "form_no_script": (
            "Completarea acestei pagini necesită JavaScript; fără el, tipăriți pagina și completați-o de mână."
        ),
        "draft_saved": "Ciorna este salvată în acest browser.",
        "draft_unavailable": (
            "Acest browser nu poate păstra o ciornă: descărcați fișierul CSV înainte de a închide pagina."
        ),
        "downloaded": "CSV descărcat. Ciorna rămâne aici până începeți un audit nou.",
        "fill_in": "Completați:",
        "bad_date": "Scrieți data ca AAAA-LL-ZZ.",
        "comment_unanswered": "Un comentariu are nevoie de un răspuns: răspundeți la punct sau ștergeți comentariul:",
        "nothing_answered": "Răspundeți la cel puțin un punct înainte de descărcare.",
        "confirm_clear": "Începeți un audit nou? Toate răspunsurile de pe această pagină vor fi șterse.",
        "shopper_brief": "Instrucțiuni pentru clientul misterios",
        "plan": "Plan",
        "plan_every_week": "{count} pe locație în fiecare săptămână",
        "plan_every_month": "{count} pe locație în fiecare lună",
        "plan_every_quarter": "{count} pe locație în fiecare trimestru",
        "no_plan": "la nevoie",
        "what_to_stage": "Ce se pune în scenă",
        "who_you_are": "Cine sunteți",
        "what_to_do": "Ce faceți și ce spuneți",
        "watch_for": "La ce să fiți atent",
        "what_it_checks": "Ce verifică vizita",
        "open_form": "Completați formularul de audit: {role}",
        "after_visit": "După vizită",
        "after_visit_text": (
            "În aceeași zi, completați formularul de audit al fiecărui rol de mai sus pentru angajatul care v-a "
            "servit: scrieți `{scenario}` ca scenariu și același cod de vizită pe toate formularele acestei "
            "vizite, iar la ce nu a arătat vizita răspundeți N/A. Descărcați fiecare CSV și trimiteți-l echipei "
            "de calitate. Nu spuneți niciodată angajaților că vizita a fost o verificare."
        ),
    },
    "fr": {
        "training_checklist": "Liste de contrôle de formation",
        "generated": "Imprimé depuis le manuel le",
        "trainee": "Stagiaire",
        "trainer": "Formateur",
        "signature": "Signature",
        "completed": "Formation terminée le",
        "supports_context": (
            "Étapes auxquelles vous participez (pour information : le responsable de l'étape en répond)"
        ),
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
        "about_audit": "À propos de cet audit",
        "visit": "Visite",
        "scenario": "Scénario",
        "answered": "Répondus",
        "download_csv": "Télécharger le CSV",
        "new_audit": "Nouvel audit",
        "form_intro_fill": (
            "Remplissez cette grille sur un téléphone ou un ordinateur, même hors ligne : répondez oui, non ou "
            "N/A pour chaque point vérifié et laissez les autres vides. Les réponses restent dans ce navigateur "
            "jusqu'à ce que vous commenciez un nouvel audit ; « Télécharger le CSV » les enregistre pour "
            "`handbook audit --results`."
        ),
        "form_no_script": (
            "Remplir cette page demande JavaScript ; sans lui, imprimez la page et remplissez-la à la main."
        ),
        "draft_saved": "Brouillon enregistré dans ce navigateur.",
        "draft_unavailable": (
            "Ce navigateur ne peut pas garder de brouillon : téléchargez le CSV avant de fermer la page."
        ),
        "downloaded": "CSV téléchargé. Le brouillon reste ici jusqu'à ce que vous commenciez un nouvel audit.",
        "fill_in": "À remplir :",
        "bad_date": "Écrivez la date sous la forme AAAA-MM-JJ.",
        "comment_unanswered": "Un commentaire demande une réponse : répondez au point ou effacez son commentaire :",
        "nothing_answered": "Répondez à au moins un point avant de télécharger.",
        "confirm_clear": "Commencer un nouvel audit ? Toutes les réponses de cette page seront effacées.",
        "shopper_brief": "Consignes du client mystère",
        "plan": "Plan",
        "plan_every_week": "{count} par site chaque semaine",
        "plan_every_month": "{count} par site chaque mois",
        "plan_every_quarter": "{count} par site chaque trimestre",
        "no_plan": "au besoin",
        "what_to_stage": "Ce qu'il faut mettre en scène",
        "who_you_are": "Qui vous êtes",
        "what_to_do": "Ce qu'il faut faire et dire",
        "watch_for": "Ce qu'il faut observer",
        "what_it_checks": "Ce que la visite vérifie",
        "open_form": "Remplir la grille d'audit : {role}",
        "after_visit": "Après la visite",
        "after_visit_text": (
            "Le jour même, remplissez la grille d'audit de chaque rôle ci-dessus pour l'employé qui vous a servi "
            ": indiquez `{scenario}` comme scénario et le même code de visite sur toutes les grilles de cette "
            "visite, et répondez N/A pour ce que la visite n'a pas montré. Téléchargez chaque CSV et envoyez-le à"
            " l'équipe qualité. Ne dites jamais au personnel que la visite était un contrôle."
        ),
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
        "about_audit": "Par šo auditu",
        "visit": "Apmeklējums",
        "scenario": "Scenārijs",
        "answered": "Atbildēti",
        "download_csv": "Lejupielādēt CSV",
        "new_audit": "Jauns audits",
        "form_intro_fill": (
            "Aizpildiet šo veidlapu tālrunī vai datorā, arī bez interneta: katram pārbaudītajam punktam atbildiet"
            " jā, nē vai N/A, pārējos atstājiet tukšus. Atbildes glabājas šajā pārlūkā, līdz sākat jaunu auditu; "
            "„Lejupielādēt CSV” tās saglabā komandai `handbook audit --results`."
        ),
        "form_no_script": (
            "Lai aizpildītu šo lapu, vajadzīgs JavaScript; bez tā izdrukājiet lapu un aizpildiet to ar roku."
        ),
        "draft_saved": "Melnraksts saglabāts šajā pārlūkā.",
        "draft_unavailable": "Šis pārlūks nevar saglabāt melnrakstu: lejupielādējiet CSV, pirms aizverat lapu.",
        "downloaded": "CSV lejupielādēts. Melnraksts paliek šeit, līdz sākat jaunu auditu.",
        "fill_in": "Aizpildiet:",
        "bad_date": "Rakstiet datumu formātā GGGG-MM-DD.",
        "comment_unanswered": "Komentāram vajadzīga atbilde: atbildiet uz punktu vai izdzēsiet komentāru:",
        "nothing_answered": "Pirms lejupielādes atbildiet vismaz uz vienu punktu.",
        "confirm_clear": "Sākt jaunu auditu? Visas atbildes šajā lapā tiks izdzēstas.",
        "shopper_brief": "Norādījumi slepenajam pircējam",
        "plan": "Plāns",
        "plan_every_week": "{count} katrā filiālē katru nedēļu",
        "plan_every_month": "{count} katrā filiālē katru mēnesi",
        "plan_every_quarter": "{count} katrā filiālē katru ceturksni",
        "no_plan": "pēc vajadzības",
        "what_to_stage": "Ko izspēlēt",
        "who_you_are": "Kas jūs esat",
        "what_to_do": "Ko darīt un teikt",
        "watch_for": "Kam pievērst uzmanību",
        "what_it_checks": "Ko apmeklējums pārbauda",
        "open_form": "Aizpildīt audita veidlapu: {role}",
        "after_visit": "Pēc apmeklējuma",
        "after_visit_text": (
            "Tajā pašā dienā aizpildiet katras iepriekš minētās lomas audita veidlapu par darbinieku, kas jūs "
            "apkalpoja: kā scenāriju ierakstiet `{scenario}` un visās šī apmeklējuma veidlapās to pašu "
            "apmeklējuma kodu, bet uz to, ko apmeklējums neparādīja, atbildiet N/A. Lejupielādējiet katru CSV un "
            "nosūtiet to kvalitātes komandai. Nekad nesakiet darbiniekiem, ka apmeklējums bija pārbaude."
        ),
    },
}


def label(key: str, lang: str) -> str:
    """A checklist label, else a shared interface label, in ``lang`` (English fallback)."""
    return i18n.layered(LABELS, key, lang)
