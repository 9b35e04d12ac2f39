"""Printing, checked on real PDFs: Chromium's print-to-PDF *without background graphics* (a browser's
default) and WeasyPrint (``handbook checklists --pdf``), read back with pdftotext and rasterised in grey
with pdftoppm.

* Severity marks survive black-and-white printing without background graphics (the word is dark ink).
* The sign-off of a checklist never stands alone on the last page.
* The audit form has one date field.
* Table headers repeat on every page a table runs onto (checklists and the site's tables).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from checklist_helpers import FIXTURE, big_folder
from chromium_support import needs_chromium, print_to_pdf
from pdf_support import have_poppler, ink, pdf_pages, words

from generator.i18n import translator
from generator.pipeline import load
from generator.render.checklists import write_checklists

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    needs_chromium,
    pytest.mark.skipif(not have_poppler(), reason="poppler-utils is not installed"),
]

TODAY = date(2026, 11, 15)
EN = translator("en")
ROLE = "pickup-clerk"
PHRASES = 70  # enough forbidden phrases for the phrases table to run over a page


def with_many_phrases(folder: Path, count: int = PHRASES) -> Path:
    """Add ``count`` forbidden phrases (``Forbidden phrase N``) to a copy of the checklist fixture."""
    phrases = folder / "phrases.yaml"
    text = phrases.read_text(encoding="utf-8")
    extra = "".join(
        f"  - id: extra-{n}\n    phrase: {{en: 'Forbidden phrase {n}', ru: 'Фраза {n}', he: 'ביטוי {n}'}}\n"
        f"    instead: {{en: 'Say something kinder instead {n}', ru: 'Скажите {n}', he: 'אמרו {n}'}}\n"
        f"    severity: {('critical', 'major', 'minor')[n % 3]}\n"
        for n in range(1, count + 1)
    )
    phrases.write_text(text.rstrip("\n") + "\n" + extra, encoding="utf-8")
    return folder


@dataclass(frozen=True)
class Printed:
    html: Path
    chromium: Path  # printed by Chromium without background graphics, A4
    weasyprint: Path  # handbook checklists --pdf, A4


def print_role(folder: Path, out: Path, chromium: Any, kind: str, lang: str = "en") -> Printed:
    loaded = load(str(folder))
    assert loaded.ok, [d.message for d in loaded.diagnostics.items]
    write_checklists(loaded.handbook, out, roles=[ROLE], languages=[lang], pdf=True, today=TODAY)
    page_html = out / lang / f"{ROLE}-{kind}.html"
    target = print_to_pdf(chromium, page_html, out / lang / f"{ROLE}-{kind}-chromium.pdf")
    return Printed(page_html, target, out / lang / f"{ROLE}-{kind}.pdf")


@pytest.fixture(scope="module")
def long_checklist(tmp_path_factory: pytest.TempPathFactory, chromium: Any) -> Printed:
    tmp = tmp_path_factory.mktemp("print")
    folder = with_many_phrases(big_folder(tmp, steps=4, items=3))
    return print_role(folder, tmp / "out", chromium, "checklist")


# -- severity in black and white --------------------------------------------------------------------


@pytest.mark.parametrize("engine", ["chromium", "weasyprint"])
def test_critical_mark_survives_black_and_white_print_without_backgrounds(
    long_checklist: Printed, engine: str, tmp_path: Path
) -> None:
    pdf = getattr(long_checklist, engine)
    critical = EN.gettext("critical")
    marks = [w for w in words(pdf) if w.text.casefold() == critical.casefold()]
    assert marks, f"no {critical!r} mark in {pdf.name}"
    dark = ink(pdf, marks[0], tmp_path)
    # printed black on white the word's glyphs cover about a fifth of its box; white on a missing dark
    # background would leave it empty
    assert dark > 0.08, f"the {critical!r} mark is {dark:.0%} ink in the {engine} print"


# -- table headers ------------------------------------------------------------------------------------


@pytest.mark.parametrize("engine", ["chromium", "weasyprint"])
def test_phrases_table_header_repeats_on_every_page(long_checklist: Printed, engine: str) -> None:
    pages = pdf_pages(getattr(long_checklist, engine))
    with_rows = [n for n, text in enumerate(pages) if re.search(r"Forbidden phrase \d+", text)]
    assert len(with_rows) >= 2, "the phrases table should run over a page break"
    header = f"{EN.gettext('Never say')} {EN.gettext('Say instead')}"
    for n in with_rows:
        assert header in pages[n], f"page {n + 1} has rows of the phrases table but not its header"


# -- the sign-off -------------------------------------------------------------------------------------


def _last_row_before_signoff(page_html: Path) -> str:
    """The text of the last list item or table row before the sign-off, as the PDF's text shows it."""
    source = page_html.read_text(encoding="utf-8").split('<section class="signoff">')[0]
    rows = re.findall(r"<(li|tr)\b[^>]*>(.*?)</\1>", source, re.S)
    text = re.sub(r"<[^>]+>", " ", rows[-1][1])
    return " ".join(html.unescape(text).replace("\u2068", "").replace("\u2069", "").split())[:24]


@pytest.mark.parametrize("engine", ["chromium", "weasyprint"])
def test_signoff_stays_with_the_last_section(
    tmp_path_factory: pytest.TempPathFactory, chromium: Any, engine: str
) -> None:
    """Checklists of growing length, so the end of the last section falls all over the last page: the
    sign-off always shares its page with the last row of the section before it."""
    tmp = tmp_path_factory.mktemp(f"signoff-{engine}")
    completed = EN.gettext("Training completed on")
    for phrases in range(18, 42, 3):
        folder = with_many_phrases(big_folder(tmp / str(phrases), steps=2, items=2), phrases)
        printed = print_role(folder, tmp / str(phrases) / "out", chromium, "checklist")
        pages = pdf_pages(getattr(printed, engine))
        signoff = [n for n, text in enumerate(pages) if completed in text]
        assert len(signoff) == 1, signoff
        last_row = _last_row_before_signoff(printed.html)
        assert last_row in pages[signoff[0]], (
            f"{phrases} phrases: the sign-off is on page {signoff[0] + 1} without {last_row!r} ({engine})"
        )


# -- one date field ------------------------------------------------------------------------------------


def test_audit_form_has_one_date_field(tmp_path: Path) -> None:
    loaded = load(str(FIXTURE))
    assert loaded.ok
    write_checklists(loaded.handbook, tmp_path / "out", roles=[ROLE], today=TODAY)
    for lang in loaded.handbook.languages:
        page = (tmp_path / "out" / lang / f"{ROLE}-audit-form.html").read_text(encoding="utf-8")
        body = page.split("<body", 1)[1]
        word = html.escape(translator(lang).gettext("Date"))
        fields = re.findall(rf">\s*{re.escape(word)}\s*<", body)
        assert len(fields) == 1, f"{lang}: {len(fields)} fields named {word!r}"
        header = re.sub(r'<table class="facts">.*?</table>', "", body.split("</header>")[0], flags=re.S)
        assert TODAY.isoformat() not in header  # beside the "in force on" fact, the printing date is in the footer only


def test_checklist_still_shows_its_printing_date(tmp_path: Path) -> None:
    loaded = load(str(FIXTURE))
    write_checklists(loaded.handbook, tmp_path / "out", roles=[ROLE], languages=["en"], today=TODAY)
    page = (tmp_path / "out" / "en" / f"{ROLE}-checklist.html").read_text(encoding="utf-8")
    assert TODAY.isoformat() in page.split("</header>")[0]
