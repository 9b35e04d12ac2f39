"""The site printed from Chromium without background graphics (the browser's default): severity marks
stay dark ink, and a long table's header row repeats on every page. Real PDFs, read back with pdftotext
and pdftoppm."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from chromium_support import needs_chromium, print_to_pdf
from pdf_support import have_poppler, ink, pdf_pages, words
from synthetic_handbook import write_handbook

from generator import urls
from generator.i18n import translator
from generator.pipeline import load
from generator.render.site.builder import build_site

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    needs_chromium,
    pytest.mark.skipif(not have_poppler(), reason="poppler-utils is not installed"),
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("site-print")
    loaded = load(write_handbook(tmp / "standards", stages=8, steps_per_stage=8))
    assert loaded.ok
    return build_site(loaded.handbook, tmp / "site", checklists=False).site_dir


def test_critical_mark_survives_black_and_white_print(site: Path, chromium: Any, tmp_path: Path) -> None:
    pdf = print_to_pdf(chromium, site / "en" / urls.html(urls.step("stage0", "step0")), tmp_path / "step.pdf")
    critical = translator("en").gettext("critical")
    marks = [w for w in words(pdf) if w.text.casefold() == critical.casefold()]
    assert marks
    assert ink(pdf, marks[0], tmp_path) > 0.08


def test_steps_table_header_repeats_on_every_page(site: Path, chromium: Any, tmp_path: Path) -> None:
    pdf = print_to_pdf(chromium, site / "en" / urls.html(urls.JOURNEY), tmp_path / "journey.pdf")
    pages = pdf_pages(pdf)
    header = " ".join(translator("en").gettext(word) for word in ("Stage", "Step", "Owner", "Channels"))
    starts = next(n for n, text in enumerate(pages) if header in text)
    # channel badges ("... ch 0") are in the table's rows only, not in the diagram above it
    table_pages = [n for n in range(starts, len(pages)) if re.search(r"days ch \d", pages[n])]
    assert len(table_pages) >= 3, "the table of 64 steps should run over several pages"
    for n in table_pages:
        assert header in pages[n], f"page {n + 1} continues the steps table without its header"


def test_severity_marks_need_no_background_in_print(site: Path, chromium: Any) -> None:
    """Not every browser darkens white text when it leaves out backgrounds (Chromium does): in print the
    marks are dark words on no background, told apart by their frames."""
    page = chromium.new_page()
    try:
        page.emulate_media(media="print")
        page.goto((site / "en" / urls.html(urls.step("stage0", "step0"))).as_uri())
        styles = page.locator(".hb-sev").evaluate_all(
            """els => els.map(e => { const s = getComputedStyle(e);
                 return [e.className, s.color, s.backgroundColor, s.borderTopStyle]; })"""
        )
    finally:
        page.close()
    frames = {}
    for classes, color, background, border in styles:
        assert color in ("rgb(0, 0, 0)", "rgba(0, 0, 0, 1)"), (classes, color)
        assert background in ("rgba(0, 0, 0, 0)", "transparent"), (classes, background)
        frames[classes.split()[-1]] = border
    assert frames == {"hb-sev-critical": "double", "hb-sev-major": "solid", "hb-sev-minor": "dashed"}
