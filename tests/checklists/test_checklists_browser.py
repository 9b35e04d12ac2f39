"""Printing the HTML from a browser (Chromium) on A4 and on Letter: every item whole, headings kept."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from chromium_support import needs_chromium
from checklist_helpers import big_folder, check_pagination, have_poppler, pdf_pages

from generator.pipeline import load
from generator.render.checklists import write_checklists

pytestmark = [
    pytest.mark.browser,
    needs_chromium,
    pytest.mark.skipif(not have_poppler(), reason="poppler-utils is not installed"),
]


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory, chromium: Any) -> dict[str, Path]:
    """The big handbook's HTML pages printed by Chromium to PDF on A4 and Letter (the printer's paper)."""
    tmp = tmp_path_factory.mktemp("browser")
    result = load(str(big_folder(tmp)))
    assert result.ok
    out = tmp / "checklists"
    write_checklists(result.handbook, out, roles=["pickup-clerk"], today=date(2026, 11, 15))
    printed: dict[str, Path] = {}
    page = chromium.new_page()
    for lang in ("en", "he"):
        for kind in ("checklist", "audit-form"):
            page.goto((out / lang / f"pickup-clerk-{kind}.html").as_uri())
            for paper in ("A4", "Letter"):
                target = tmp / f"{lang}-{kind}-{paper}.pdf"
                page.pdf(path=str(target), format=paper, print_background=True)
                printed[f"{lang}-{kind}-{paper}"] = target
    page.close()
    return printed


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("kind", ["checklist", "audit-form"])
def test_browser_print_keeps_items_whole(pages: dict[str, Path], kind: str, paper: str) -> None:
    check_pagination(pdf_pages(pages[f"en-{kind}-{paper}"]), steps=14, items=5)


def test_browser_prints_hebrew_right_to_left_in_logical_order(pages: dict[str, Path]) -> None:
    text = " ".join(pdf_pages(pages["he-checklist-A4"]))
    assert "ברכו את הלקוח בשמו" in text
    assert "synthetic-step-3#item-2" in text
