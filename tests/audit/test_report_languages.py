"""The text and HTML audit reports speak the manager's language (``--lang``): en, ru, he, ro, fr, lv.

The standards are the audit fixture declared in all six languages (with I18N001 off, names the fixture has
only in English and Russian fall back to English): what is checked here are the words around them.
Expected words are written out by hand, never taken from the label table under test.
"""

from __future__ import annotations

import itertools
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from chromium_support import needs_chromium
from click.testing import CliRunner, Result

from generator import i18n
from generator.cli import main

from .conftest import FIXTURES, STANDARDS

LANGS = ("en", "ru", "he", "ro", "fr", "lv")
INPUTS = ("--results", str(FIXTURES / "results.csv"), "--surveys", str(FIXTURES / "surveys.csv"),
          "--transcripts", str(FIXTURES / "transcripts.jsonl"))

#: words of each language's report: headings, column headers, finding kinds, counted phrases, tooltips
WORDS = {
    "en": [">Employees</h2>", ">Departments</h2>", ">Pass rate</button>", "Late first response",
           "2 conversations, 8 messages", ">Score</button>"],
    "ru": [">Сотрудники</h2>", ">Отделы</h2>", ">Доля прошедших</button>", "Поздний первый ответ",
           ">Оценка</button>", "Запрещённая фраза", "норматив — 1 мин", "2 диалога, 8 сообщений"],
    "he": [">עובדים</h2>", ">מחלקות</h2>", ">שיעור המעבר</button>", "מענה ראשון באיחור", ">ציון</button>",
           "ביטוי אסור", "2 שיחות, 8 הודעות"],
    "ro": [">Angajați</h2>", ">Departamente</h2>", ">Rata de promovare</button>", "Primul răspuns întârziat",
           ">Scor</button>", "Expresie interzisă", "2 conversații, 8 mesaje"],
    "fr": [">Employés</h2>", ">Services</h2>", ">Taux de réussite</button>", "Première réponse tardive",
           ">Note</button>", "Expression interdite", "2 conversations, 8 messages"],
    "lv": [">Darbinieki</h2>", ">Nodaļas</h2>", ">Sekmīgo īpatsvars</button>", "Novēlota pirmā atbilde",
           ">Vērtējums</button>", "Aizliegta frāze", "2 sarunas, 8 ziņas"],
}
#: English interface words that must not be left in another language's report
ENGLISH = ["Employees", "Departments", "Summary", "Pass rate", "Pass mark", "Steps × locations", "Forbidden phrase",
           "Missing required element", "first response", "audits behind", "Audits behind", ">Score<", "Transcripts",
           "Promoters", "With findings", "Late response", "Weights", "audit report", "say instead", "Note:"]
#: the text report's employee table header, column by column
#: the employees table; with transcripts in the run, the conversation score has its own column (FORMAT §7.7)
TEXT_HEADERS = {
    "en": ["Employee", "Score", "Audits", "Pass rate", "Tier", "Conversation score"],
    "ru": ["Сотрудник", "Оценка", "Аудиты", "Доля прошедших", "Уровень", "Оценка диалогов"],
    "he": ["עובד", "ציון", "ביקורות", "שיעור המעבר", "דרגה", "ציון שיחות"],
    "ro": ["Angajat", "Scor", "Audituri", "Rata de promovare", "Nivel", "Scorul conversațiilor"],
    "fr": ["Employé", "Note", "Audits", "Taux de réussite", "Niveau", "Note des conversations"],
    "lv": ["Darbinieks", "Vērtējums", "Auditi", "Sekmīgo īpatsvars", "Līmenis", "Sarunu vērtējums"],
}
#: department `stores` scores (66.67 + 0 + 100 + 75) / 4 = 60.4 (tests/audit/test_scoring.py)
STORES = {"en": "60.4", "he": "60.4", "ru": "60,4", "ro": "60,4", "fr": "60,4", "lv": "60,4"}


@pytest.fixture(scope="session")
def standards(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The audit fixture, declared in all six languages."""
    folder = tmp_path_factory.mktemp("six") / "standards"
    shutil.copytree(STANDARDS, folder)
    manifest = folder / "handbook.yaml"
    text = manifest.read_text(encoding="utf-8")
    text = text.replace("languages: [en, ru]", f"languages: [{', '.join(LANGS)}]")
    text = text.replace("lint: {", 'lint: {I18N001: "off", ')
    manifest.write_text(text, encoding="utf-8")
    return folder


def audit(standards: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["audit", str(standards), *args], catch_exceptions=False)


@pytest.fixture(scope="module")
def reports(standards: Path) -> dict[tuple[str, str], str]:
    out = {}
    for lang in LANGS:
        for fmt in ("html", "text"):
            result = audit(standards, *INPUTS, "--format", fmt, "--lang", lang)
            assert result.exit_code == 0, result.output
            out[(lang, fmt)] = result.stdout
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_html_has_the_language_and_direction(reports: dict[tuple[str, str], Any], lang: str) -> None:
    html = reports[(lang, "html")]
    expected_dir = "rtl" if lang == "he" else "ltr"
    assert f'<html lang="{lang}" dir="{expected_dir}">' in html


@pytest.mark.parametrize("lang", LANGS)
def test_html_words_are_translated(reports: dict[tuple[str, str], Any], lang: str) -> None:
    html = reports[(lang, "html")]
    missing = [w for w in WORDS[lang] if w not in html]
    assert not missing, f"{lang}: {missing}"
    if lang != "en":
        body = html.split("<body>", 1)[1]
        # the fixture's own English texts (names, messages) are not interface words
        for own in ("calm down", "I am checking", "I understand how this feels", "Audit fixture"):
            body = body.replace(own, "")
        left = [w for w in ENGLISH if w in body]
        assert not left, f"{lang}: English left: {left}"


@pytest.mark.parametrize("lang", LANGS)
def test_numbers_take_the_language_decimal_separator(reports: dict[tuple[str, str], Any], lang: str) -> None:
    html, text = reports[(lang, "html")], reports[(lang, "text")]
    assert f"<bdi>{STORES[lang]}</bdi>" in html
    assert re.search(rf"^stores +{re.escape(STORES[lang])} ", text, re.M)
    # CSS keeps its dot whatever the language
    assert 'style="width: 60.4%"' in html


def test_hebrew_ids_and_numbers_are_isolated(reports: dict[tuple[str, str], Any]) -> None:
    html = reports[("he", "html")]
    assert '<bdi class="id">emp-7</bdi>' in html and '<bdi class="id">c-1</bdi>' in html
    # the overall NPS keeps its sign on the left: CLDR's Hebrew plus sign starts with a LEFT-TO-RIGHT MARK
    assert "<bdi>\u200e+14.3</bdi>" in html
    # tooltips cannot hold <bdi>: ids and numbers there are wrapped in LEFT-TO-RIGHT ISOLATE ... POP
    assert "\u20667/12\u2069" in html  # the weights behind greeting in riga, in the heat table
    assert "\u2066" not in reports[("ru", "html")]


@pytest.mark.parametrize("lang", LANGS)
def test_input_text_is_escaped_in_every_language(standards: Path, tmp_path: Path, lang: str) -> None:
    path = tmp_path / "r.csv"
    path.write_text(
        "audit_id,date,employee,role,location,item,result,comment\n"
        "a<b>1</b>,2026-11-02,<script>alert(1)</script>,sales-associate,<img src=x>,greeting#greet,no,\n",
        encoding="utf-8",
    )
    result = audit(standards, "--results", str(path), "--format", "html", "--lang", lang)
    assert result.exit_code == 0, result.output
    html = result.stdout
    assert "<script>alert" not in html and "<img src=x>" not in html and "<b>1</b>" not in html
    assert html.count("<script") == 1  # the page's own sort script, nothing from the input
    assert "<bdi>&lt;script&gt;alert(1)&lt;/script&gt;</bdi>" in html


@pytest.mark.parametrize("lang", LANGS)
def test_text_report_headers_are_translated_and_aligned(reports: dict[tuple[str, str], Any], lang: str) -> None:
    text = reports[(lang, "text")]
    lines = text.splitlines()
    # the employee table starts with these columns, the conversation score beside the audit score
    assert TEXT_HEADERS[lang] in [re.split(r" {2,}", line)[:6] for line in lines], lang
    tables = [i for i, line in enumerate(lines) if line and set(line) <= {"-", " "}]
    assert len(tables) >= 10
    for i in tables:
        runs = [(m.start(), m.end()) for m in re.finditer(r"-+", lines[i])]
        body = [lines[i - 1]]
        for row in lines[i + 1:]:
            if not row:
                break
            body.append(row)
        for line in body:
            # the gaps between columns are blank on every line, and nothing runs past the last column
            assert len(line) <= runs[-1][1], (lang, line)
            for (_, end), (start, _) in itertools.pairwise(runs):
                assert not line[end:start].strip(), (lang, line)


def test_text_report_findings_keep_ids_and_numbers_in_their_own_columns(reports: dict[tuple[str, str], Any]) -> None:
    text = reports[("he", "text")]
    lines = text.splitlines()
    at = lines.index("שיחה  ערוץ  עובד   שורה  ממצא               פרטים")
    first = lines[at + 2]
    assert first.split()[:4] == ["c-1", "chat", "emp-7", "3"]
    assert "מענה ראשון באיחור" in first and "מענה אחרי 1 דק׳ 30 שנ׳; היעד: 1 דק׳" in first


def test_quotation_marks_and_units_follow_the_language(reports: dict[tuple[str, str], Any]) -> None:
    # CLDR's quotation marks (French with narrow no-break spaces inside, from the French catalog)
    assert "«\u202fcalm down\u202f» dans «\u202fHello!" in reports[("fr", "text")]
    assert "«calm down» в сообщении «Hello!" in reports[("ru", "text")]
    assert "„calm down” în mesajul „Hello!" in reports[("ro", "text")]
    assert "“calm down” ziņā “Hello!" in reports[("lv", "text")]
    assert "”calm down” בהודעה ”Hello!" in reports[("he", "text")]
    assert "“calm down” in “Hello!" in reports[("en", "text")]
    # CLDR's short units
    assert "ответ через 1 мин 30 с; норматив — 1 мин" in reports[("ru", "text")]
    assert "réponse après 1\u00a0min 30\u202fs\u00a0; l'objectif est 1\u00a0min" in reports[("fr", "text")]
    assert "reply after 1 min 30 sec; the target is 1 min" in reports[("en", "text")]


def test_notes_are_translated_and_json_is_not(standards: Path, tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text("audit_id,date,employee,role,location,item,result,comment\n", encoding="utf-8")
    ru = audit(standards, "--results", str(path), "--lang", "ru").stdout
    assert f"Примечание: {path}: нет ни одной строки аудита, оценивать нечего" in ru
    he = audit(standards, "--results", str(path), "--lang", "he", "--format", "html").stdout
    assert "אין שורות ביקורת" in he
    data = [json.loads(audit(standards, *INPUTS, "--format", "json", "--lang", lang).stdout) for lang in LANGS]
    assert all(d == data[0] for d in data)  # the machine format does not depend on --lang
    empty = json.loads(audit(standards, "--results", str(path), "--format", "json", "--lang", "ru").stdout)
    assert empty["summary"]["notes"] == [f"{path} has no audit rows: there is nothing to score"]


def test_unknown_language_is_a_usage_error(standards: Path) -> None:
    result = CliRunner().invoke(main, ["audit", str(STANDARDS), *INPUTS, "--lang", "de"])
    assert result.exit_code == 2
    assert "--lang de" in result.stderr and "en, ru" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("lang", "n", "expected"),
    [("en", 1, "1 audit"), ("en", 21, "21 audits"), ("ru", 1, "1 аудит"), ("ru", 3, "3 аудита"),
     ("ru", 11, "11 аудитов"), ("ru", 22, "22 аудита"), ("ro", 1, "1 audit"), ("ro", 19, "19 audituri"),
     ("ro", 20, "20 de audituri"), ("fr", 0, "0 audit"), ("fr", 2, "2 audits"), ("lv", 21, "21 audits"),
     ("lv", 11, "11 auditi"), ("lv", 0, "0 auditi"), ("he", 1, "1 ביקורת"), ("he", 2, "2 ביקורות"),
     ("he", 7, "7 ביקורות"), ("ru", 1000, "1\u00a0000 аудитов"), ("en", 1000, "1,000 audits")],
)
def test_counted_phrases_follow_plural_rules(lang: str, n: int, expected: str) -> None:
    assert i18n.translator(lang).ngettext("{n} audit", "{n} audits", n) == expected


@pytest.mark.browser
@needs_chromium
def test_hebrew_page_runs_right_to_left_in_chromium(chromium: Any, tmp_path: Path,
                                                    reports: dict[tuple[str, str], Any]) -> None:
    page_path = tmp_path / "audit.html"
    page_path.write_text(reports[("he", "html")], encoding="utf-8")
    page = chromium.new_page(viewport={"width": 1100, "height": 900})
    try:
        page.goto(page_path.as_uri())
        direction = page.evaluate("getComputedStyle(document.body).direction")
        # bars grow from the right (the start of a right-to-left line)
        edges = page.eval_on_selector_all(".bar", "els => els.map(e => [e.getBoundingClientRect().right, "
                                                  "e.parentElement.getBoundingClientRect().right])")
        heading = page.eval_on_selector("h2", "e => [e.getBoundingClientRect().right, document.body.clientWidth]")
        page.screenshot(path=str(tmp_path / "audit-he.png"), full_page=True)
    finally:
        page.close()
    assert direction == "rtl"
    assert edges and all(abs(bar - track) < 1 for bar, track in edges)
    assert heading[0] > heading[1] / 2  # headings sit on the right
