#!/usr/bin/env python3
"""Write the example company's audit inputs (Voltaro Electronics, standards/) for October and November 2026.

    python examples/make_examples.py            # rewrites the files beside this script
    python examples/make_examples.py --out DIR  # writes them into DIR instead

Deterministic (a fixed seed, no clock): the same files byte for byte on every run and machine; a test checks
that the committed files are what this script writes. It writes:

- ``staff.csv``: ``employee,role,location`` — 26 people in every role, four stores, the head office (contact
  centre, online, quality) and the service centre;
- ``audit-results.csv``: two or three audits per employee a month (``min_audits: 2``), by five auditors. The
  mystery shoppers visit as the scenarios of standards/scenarios/ plan (``per_location``), but for the visits
  in ``SKIPPED`` and the refund visit Daugavpils has not had yet: each visit has a ``visit`` id, and an audit
  per employee it checks (the refund visit audits the pickup clerk and the store manager), naming the
  scenario and checking that scenario's items of the role. A manager's audit checks a sample of the role's
  items. Three visits a month are audited by the quality lead too (calibration: a second auditor on the same
  ``visit``); one store manager forgets the same critical item in both months (a ``repeat_critical`` alert);
- ``surveys.csv``: NPS (0-10) and CSAT (1-5) answers per store, touchpoint and month, some with comments, the
  detractors' in English, Russian and Hebrew;
- ``transcripts.jsonl``: web chat, email and phone conversations of the contact centre and delivery team, most
  by the book, some with a forbidden phrase, a missing closing or a late reply.

Only items in force on each audit's date are used (an item's ``effective``/``retired`` dates, where set).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEED = 2026
MONTHS = ((2026, 10), (2026, 11))

STORES = ("riga-centre", "riga-alfa", "jurmala", "daugavpils")
#: employee id, role, location
STAFF = [
    ("anna.ozola", "sales-associate", "riga-centre"), ("janis.kalnins", "sales-associate", "riga-centre"),
    ("liga.berzina", "pickup-clerk", "riga-centre"), ("maris.eglitis", "store-manager", "riga-centre"),
    ("olga.ivanova", "sales-associate", "riga-alfa"), ("dmitrijs.sokolovs", "sales-associate", "riga-alfa"),
    ("kristine.lace", "pickup-clerk", "riga-alfa"), ("edgars.vitols", "store-manager", "riga-alfa"),
    ("laura.zarina", "sales-associate", "jurmala"), ("roberts.liepins", "sales-associate", "jurmala"),
    ("santa.kruze", "pickup-clerk", "jurmala"), ("inese.priede", "store-manager", "jurmala"),
    ("artjoms.petrovs", "sales-associate", "daugavpils"), ("jelena.volkova", "sales-associate", "daugavpils"),
    ("viktorija.smirnova", "pickup-clerk", "daugavpils"), ("aleksandrs.kuznecovs", "store-manager", "daugavpils"),
    ("noa.levi", "contact-centre-agent", "riga-hq"), ("ilja.morozovs", "contact-centre-agent", "riga-hq"),
    ("agnese.rozite", "contact-centre-agent", "riga-hq"), ("dana.cohen", "social-media-specialist", "riga-hq"),
    ("kaspars.ozolins", "delivery-coordinator", "riga-hq"), ("natalja.pavlova", "delivery-coordinator", "riga-hq"),
    ("gatis.jansons", "service-technician", "service-centre"), ("yossi.mizrahi", "service-technician",
                                                                  "service-centre"),
    ("ieva.kalna", "quality-lead", "riga-hq"), ("sergejs.orlovs", "store-manager", "service-centre"),
]
#: auditors: the quality lead, two mystery shoppers of the agency, the head of service (who audits the lead)
SHOPPERS = ("shopper-07", "shopper-12")
MANAGER_AUDITORS = ("ieva.kalna", "marta.liepa")
#: how well each employee follows the standards (the share of "yes"), October -> November
SKILL = {
    "anna.ozola": (0.97, 0.98), "janis.kalnins": (0.86, 0.91), "liga.berzina": (0.93, 0.95),
    "maris.eglitis": (0.95, 0.96), "olga.ivanova": (0.9, 0.84), "dmitrijs.sokolovs": (0.8, 0.88),
    "kristine.lace": (0.96, 0.97), "edgars.vitols": (0.9, 0.93), "laura.zarina": (0.93, 0.95),
    "roberts.liepins": (0.78, 0.85), "santa.kruze": (0.88, 0.9), "inese.priede": (0.97, 0.97),
    "artjoms.petrovs": (0.82, 0.83), "jelena.volkova": (0.92, 0.94), "viktorija.smirnova": (0.85, 0.9),
    "aleksandrs.kuznecovs": (0.88, 0.86), "noa.levi": (0.95, 0.96), "ilja.morozovs": (0.84, 0.9),
    "agnese.rozite": (0.91, 0.93), "dana.cohen": (0.94, 0.95), "kaspars.ozolins": (0.87, 0.92),
    "natalja.pavlova": (0.9, 0.89), "gatis.jansons": (0.93, 0.94), "yossi.mizrahi": (0.89, 0.93),
    "ieva.kalna": (0.98, 0.98), "sergejs.orlovs": (0.9, 0.92),
}
#: the store manager who forgets the same critical standard in both months (repeat_critical)
REPEAT = ("aleksandrs.kuznecovs", "refund-request#refund-deadline")

DETRACTOR_COMMENTS = {
    "en": ["Waited 20 minutes at the pickup point and nobody apologised.",
           "The consultant kept looking at his phone while I asked about laptops.",
           "They promised a call back about the repair and never called.",
           "Nobody greeted me, I left without buying anything."],
    "ru": ["Ждал выдачу заказа 25 минут, никто даже не извинился.",
           "Консультант не знал, есть ли товар на складе, и сказал: «ждите».",
           "Обещали перезвонить по ремонту и не перезвонили."],
    "he": ["חיכיתי חצי שעה בנקודת האיסוף ואף אחד לא התנצל.",
           "המוכר לא ידע לענות על שום שאלה על המחשב.",
           "הבטיחו לחזור אליי לגבי התיקון ולא חזרו."],
}
PASSIVE_COMMENTS = ["OK, but the queue at the tills was long.", "Нормально, но долго ждал у кассы.",
                    "בסדר, אבל התור לקופה היה ארוך."]
PROMOTER_COMMENTS = ["Anna explained every option and did not push the extended warranty.",
                     "Очень вежливый консультант, всё объяснил.", "שירות מצוין, הסבירו לי הכול בסבלנות.",
                     "Quick and friendly pickup."]
TOUCHPOINTS_STORE = ("store-greeting", "needs-discovery", "till-payment", "order-handover", "in-store")
TOUCHPOINTS_REMOTE = ("phone", "chat", "delivery-scheduling", "repair-intake", "email")


def in_force(item: object, day: date) -> bool:
    """FORMAT §7.9: in force on days ``effective <= day < retired`` (items without dates always)."""
    effective = getattr(item, "effective", None)
    retired = getattr(item, "retired", None)
    return (effective is None or effective <= day) and (retired is None or day < retired)


def working_days(year: int, month: int, holidays: set[date]) -> list[date]:
    day, out = date(year, month, 1), []
    while day.month == month:
        if day.weekday() < 6 and day not in holidays:  # stores are open Monday to Saturday
            out.append(day)
        day += timedelta(days=1)
    return out


def csv_text(header: list[str], rows: list[list[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


#: the mystery-shopping visits that did not happen, so that ``--coverage`` has something to say: in November
#: Daugavpils got one store consultation of two and Jūrmala no out-of-stock visit; Daugavpils had no refund
#: visit in the fourth quarter yet (the quarter ends in December)
SKIPPED = {(1, "daugavpils", "store-consultation", 1), (1, "jurmala", "out-of-stock", 0)}
#: the stores whose refund visit (once a quarter) is in October (0) or November (1)
REFUND_MONTH = {"riga-centre": 0, "jurmala": 0, "riga-alfa": 1}


def shopper_visits(month_no: int) -> list[tuple[str, str, list[str]]]:
    """The month's mystery-shopping visits as the scenarios plan them: ``(scenario, location, employees)``."""
    def staff(location: str, role: str) -> list[str]:
        return [e for e, r, loc in STAFF if loc == location and r == role]

    visits: list[tuple[str, str, list[str]]] = []
    for store in STORES:
        associates = staff(store, "sales-associate")
        for n in range(2):  # store-consultation: 2 a month
            if (month_no, store, "store-consultation", n) not in SKIPPED:
                visits.append(("store-consultation", store, [associates[n]]))
        if (month_no, store, "out-of-stock", 0) not in SKIPPED:  # out-of-stock: 1 a month
            visits.append(("out-of-stock", store, [associates[month_no % 2]]))
        if REFUND_MONTH.get(store) == month_no:  # refund-in-store: 1 a quarter, the clerk and the manager
            visits.append(("refund-in-store", store, staff(store, "pickup-clerk") + staff(store, "store-manager")))
    agents = staff("riga-hq", "contact-centre-agent")
    for n in range(2):  # angry-caller: 2 a month
        visits.append(("angry-caller", "riga-hq", [agents[(2 * month_no + n) % len(agents)]]))
    visits.append(("bad-online-review", "riga-hq", staff("riga-hq", "social-media-specialist")))
    return visits


def results(hb: object, rng: random.Random) -> list[list[object]]:
    items_of: dict[str, list[object]] = {}
    for item in hb.items.values():  # type: ignore[attr-defined]
        items_of.setdefault(item.role, []).append(item)
    scenarios = {s.id: s for s in hb.scenarios}  # type: ignore[attr-defined]
    holidays = set(hb.holidays)  # type: ignore[attr-defined]
    rows: list[list[object]] = []
    counter = 0
    for month_no, (year, month) in enumerate(MONTHS):
        days = working_days(year, month, holidays)
        # the shoppers' visits: a day, a shopper and a visit id each; three of them audited by the quality lead too
        planned = shopper_visits(month_no)
        calibrated = set(rng.sample(range(len(planned)), 3))
        shopped: dict[str, list[tuple[date, str, str, str, bool]]] = {}  # employee -> (day, scenario, visit, ...)
        for n, (scenario_id, _location, employees) in enumerate(planned):
            day = days[rng.randrange(len(days))]
            visit = f"V-{year % 100}{month:02d}-{n + 1:02d}"
            shopper = SHOPPERS[rng.randrange(2)]
            for employee in employees:
                shopped.setdefault(employee, []).append((day, scenario_id, visit, shopper, n in calibrated))
        for employee, role, location in STAFF:
            skill = SKILL[employee][month_no]
            visits = sorted(shopped.get(employee, []))
            n_manager = max(1, 2 + (rng.random() < 0.35) - len(visits))
            manager_days = [days[i] for i in sorted(rng.sample(range(len(days)), n_manager))]
            audits: list[tuple[date, tuple[str, str, str, bool] | None]] = sorted(
                [(d, (s, v, who, cal)) for d, s, v, who, cal in visits] + [(d, None) for d in manager_days],
                key=lambda a: (a[0], a[1] is None))
            for k, (day, shop) in enumerate(audits):
                own = [i for i in items_of.get(role, []) if in_force(i, day)]
                scenario = scenarios[shop[0]] if shop else None
                if scenario is not None:
                    wanted = set(scenario.items)
                    checked = [i for i in own if i.global_id in wanted or i.kind == "appearance"]
                    auditor = shop[2]
                else:
                    checked = sorted(rng.sample(own, min(12, len(own))), key=lambda i: own.index(i))
                    auditor = "viktors.ozols" if role == "quality-lead" else MANAGER_AUDITORS[
                        rng.randrange(2) if employee != "ieva.kalna" else 1]
                answers = {}
                for item in checked:
                    roll = rng.random()
                    strict = 0.5 if item.severity == "critical" else 1.0  # critical standards are missed less
                    answers[item.global_id] = ("na" if roll > 0.95 else "no" if roll > 0.95 - (1 - skill) * strict
                                               else "yes")
                if employee == REPEAT[0] and k == 0 and REPEAT[1] in {i.global_id for i in own}:
                    answers[REPEAT[1]] = "no"
                    if REPEAT[1] not in [i.global_id for i in checked]:
                        checked.append(next(i for i in own if i.global_id == REPEAT[1]))
                counter += 1
                audit_id = f"A-{year % 100}{month:02d}-{counter:03d}"
                visit = shop[1] if shop else ""
                auditors = [(audit_id, auditor, answers)]
                if shop and shop[3]:  # a calibration visit: the quality lead audits it too, on her own
                    second = dict(answers)
                    flip = rng.sample(sorted(second), k=min(len(second), 1 + int(shop[1][-2:]) % 2))
                    for gid in flip:
                        second[gid] = {"yes": "no", "no": "yes", "na": "yes"}[second[gid]]
                    counter += 1
                    other = "ieva.kalna" if auditor != "ieva.kalna" else SHOPPERS[0]
                    auditors.append((f"A-{year % 100}{month:02d}-{counter:03d}", other, second))
                for aid, who, given in auditors:
                    for item in checked:
                        result = given[item.global_id]
                        comment = ""
                        if result == "no" and rng.random() < 0.4:
                            comment = rng.choice(("seen twice during the visit", "customer had to ask",
                                                  "not done", "done only after a reminder"))
                        rows.append([aid, day.isoformat(), employee, role, location, item.global_id, result,
                                     comment, who, visit, scenario.id if scenario else ""])
    return rows


def surveys(rng: random.Random, holidays: set[date]) -> list[list[object]]:
    rows: list[list[object]] = []
    quality = {"riga-centre": 0.8, "riga-alfa": 0.62, "jurmala": 0.74, "daugavpils": 0.55, "riga-hq": 0.66}
    people = {loc: [e for e, r, loc2 in STAFF if loc2 == loc and r in ("sales-associate", "pickup-clerk")]
              for loc in STORES}
    for month_no, (year, month) in enumerate(MONTHS):
        days = working_days(year, month, holidays)
        for location in (*STORES, "riga-hq"):
            base = quality[location] + (0.06 if month_no and location in ("riga-alfa", "daugavpils") else 0)
            for _ in range(18 if location != "riga-hq" else 14):
                day = days[rng.randrange(len(days))]
                roll = rng.random()
                score = rng.choice((9, 10, 10)) if roll < base else rng.choice((7, 8)) if roll < base + 0.2 else \
                    rng.choice((2, 4, 5, 6))
                csat = 5 if score >= 9 else 4 if score >= 7 else rng.choice((1, 2, 3))
                if rng.random() < 0.15:
                    csat = ""  # the question skipped
                if location == "riga-hq":
                    touchpoint, employee = rng.choice(TOUCHPOINTS_REMOTE), ""
                else:
                    touchpoint = rng.choice(TOUCHPOINTS_STORE)
                    employee = rng.choice(people[location]) if rng.random() < 0.7 else ""
                comment = ""
                if score <= 6:
                    lang = rng.choice(("en", "en", "ru", "he"))
                    comment = rng.choice(DETRACTOR_COMMENTS[lang])
                elif score <= 8 and rng.random() < 0.3:
                    comment = rng.choice(PASSIVE_COMMENTS)
                elif rng.random() < 0.15:
                    comment = rng.choice(PROMOTER_COMMENTS)
                rows.append([day.isoformat(), location, employee, touchpoint, score, csat, comment])
    rows.sort(key=lambda r: (str(r[0]), str(r[1])))
    return rows


# -- transcripts -------------------------------------------------------------------------------------

CHAT_OPEN = {"en": "Hello, my name is {name}, I'm with Voltaro. How can I help?",
             "ru": "Здравствуйте, меня зовут {name}, это Voltaro. Чем могу помочь?",
             "he": "שלום, שמי {name} מוולטרו. איך אפשר לעזור?"}
CHAT_CLOSE = {"en": "Is there anything else I can help with? Have a nice day!",
              "ru": "Чем ещё могу помочь? Хорошего дня!", "he": "עוד משהו? יום טוב!"}
PHONE_OPEN = {"en": "Good morning, Voltaro, my name is {name}.",
              "ru": "Добрый день, Voltaro, меня зовут {name}.", "he": "בוקר טוב, Voltaro, שמי {name}."}
PHONE_CLOSE = {"en": "Thank you for calling, have a nice day.", "ru": "Спасибо за звонок, хорошего дня.",
               "he": "תודה שהתקשרת, יום טוב."}
CUSTOMER = {
    "en": ["Hi, where is my order 48213? It was due yesterday.", "Can I still change the delivery address?",
           "OK, thanks.", "My laptop has been in repair for two weeks."],
    "ru": ["Здравствуйте, где мой заказ 48213? Обещали вчера.", "Можно поменять адрес доставки?",
           "Хорошо, спасибо.", "Мой ноутбук в ремонте уже две недели."],
    "he": ["שלום, איפה ההזמנה שלי 48213? היא הייתה אמורה להגיע אתמול.", "אפשר עדיין לשנות את כתובת המשלוח?",
           "בסדר, תודה.", "המחשב הנייד שלי בתיקון כבר שבועיים."],
}
AGENT = {
    "en": ["I see it: the courier has it today and will call you an hour before.",
           "Yes, I have changed the address; you will get a confirmation by SMS.",
           "I have checked with the service centre: it will be ready on Friday, I will message you."],
    "ru": ["Вижу заказ: сегодня он у курьера, курьер позвонит за час.",
           "Да, адрес изменил, подтверждение придёт по SMS.",
           "Уточнил в сервисе: будет готов в пятницу, я вам напишу."],
    "he": ["אני רואה אותה: היא אצל השליח היום והוא יתקשר שעה לפני.", "כן, שיניתי את הכתובת; יגיע אישור ב-SMS.",
           "בדקתי עם המעבדה: הוא יהיה מוכן ביום שישי, אשלח לך הודעה."],
}
SLIPS = {"en": "Please calm down, it's not my job to track couriers.", "ru": "Успокойтесь, ждите, курьер приедет.",
         "he": "תירגע, זה לא התפקיד שלי."}
EMAIL_OPEN = "Dear customer, thank you for writing to Voltaro."
EMAIL_CLOSE = "Kind regards,\n{name}, Voltaro customer care"
REMOTE = [("noa.levi", "Noa", "he"), ("ilja.morozovs", "Ilja", "ru"), ("agnese.rozite", "Agnese", "en"),
          ("kaspars.ozolins", "Kaspars", "en"), ("natalja.pavlova", "Natalja", "ru")]


def transcripts(rng: random.Random, holidays: set[date]) -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    n = 0
    for year, month in MONTHS:
        days = [d for d in working_days(year, month, holidays) if d.weekday() < 5]
        for employee, name, lang in REMOTE:
            for _ in range(4):
                n += 1
                cid = f"{('chat', 'call', 'mail')[n % 3]}-{n:04d}"
                channel = {"chat": "chat", "call": "phone", "mail": "email"}[cid.split("-")[0]]
                day = days[rng.randrange(len(days))]
                # Europe/Riga is UTC+3 until 25 October 2026, UTC+2 after: times written with their offset
                offset = "+03:00" if day < date(2026, 10, 25) else "+02:00"
                clock = datetime(day.year, day.month, day.day, 9 + rng.randrange(8), rng.randrange(60))
                slip = rng.random() < 0.2
                no_close = rng.random() < 0.15
                late = rng.random() < 0.15
                messages: list[tuple[str, str]] = []
                ask, answer = rng.randrange(len(CUSTOMER[lang])), rng.randrange(len(AGENT[lang]))
                if channel == "email":
                    messages.append(("customer", CUSTOMER[lang][ask]))
                    body = f"{EMAIL_OPEN}\n{AGENT['en'][answer]}"
                    messages.append(("agent", body if no_close else body + "\n" + EMAIL_CLOSE.format(name=name)))
                else:
                    opening = (CHAT_OPEN if channel == "chat" else PHONE_OPEN)[lang].format(name=name)
                    if channel == "chat":
                        messages.append(("customer", CUSTOMER[lang][ask]))
                    messages.append(("agent", opening))
                    if channel == "phone":
                        messages.append(("customer", CUSTOMER[lang][ask]))
                    messages.append(("agent", SLIPS[lang] if slip else AGENT[lang][answer]))
                    messages.append(("customer", CUSTOMER[lang][2]))
                    if not no_close:
                        messages.append(("agent", (CHAT_CLOSE if channel == "chat" else PHONE_CLOSE)[lang]))
                for i, (speaker, text) in enumerate(messages):
                    if i:
                        if channel == "email":
                            step = timedelta(hours=5 if late else 2, minutes=rng.randrange(50))
                        else:
                            step = timedelta(seconds=(150 if late and i == 1 else 15 + rng.randrange(40)))
                        clock += step
                    records.append({"conversation": cid, "channel": channel,
                                    "time": clock.strftime("%Y-%m-%dT%H:%M:%S") + offset, "speaker": speaker,
                                    "employee": employee if speaker == "agent" else None, "text": text})
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write into (default: examples/)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from generator.pipeline import load

    loaded = load(str(ROOT / "standards"))
    if not loaded.ok:
        sys.exit("standards/ does not validate: run `handbook validate standards` first")
    hb = loaded.handbook
    holidays = set(hb.holidays)
    rng = random.Random(SEED)  # each file its own generator: a change to one file's story leaves the others as they are
    files = {
        "staff.csv": csv_text(["employee", "role", "location"], [list(s) for s in STAFF]),
        "audit-results.csv": csv_text(["audit_id", "date", "employee", "role", "location", "item", "result",
                                       "comment", "auditor", "visit", "scenario"], results(hb, rng)),
        "surveys.csv": csv_text(["date", "location", "employee", "touchpoint", "score", "csat", "comment"],
                                surveys(random.Random(SEED + 1), holidays)),
        "transcripts.jsonl": "".join(json.dumps(r, ensure_ascii=False) + "\n"
                                     for r in transcripts(random.Random(SEED + 2), holidays)),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (args.out / name).write_text(text, encoding="utf-8", newline="")
        print(f"wrote {args.out / name}")


if __name__ == "__main__":
    main()
