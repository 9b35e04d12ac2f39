"""The PDFs: every item id of the role and no other, embedded fonts, Hebrew in logical order, pagination."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from checklist_helpers import ALL_IDS, EXPECTED, big_folder, check_pagination, have_poppler, ids_in, pdf_pages

from generator.pipeline import load
from generator.render.checklists import write_checklists

pytestmark = pytest.mark.skipif(not have_poppler(), reason="poppler-utils (pdftotext, pdffonts) is not installed")

LANGS = ("en", "ru", "he")
KINDS = ("checklist", "audit-form")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("role", sorted(EXPECTED))
def test_pdf_text_has_every_item_of_the_role_and_no_other(out: Path, lang: str, kind: str, role: str) -> None:
    text = " ".join(pdf_pages(out / lang / f"{role}-{kind}.pdf"))
    assert ids_in(text) == set(EXPECTED[role])
    assert not ids_in(text) & (ALL_IDS - set(EXPECTED[role]))


def test_hebrew_text_extracts_in_logical_order(out: Path) -> None:
    text = " ".join(pdf_pages(out / "he" / "pickup-clerk-checklist.pdf"))
    for phrase in ("ברכו את הלקוח בשמו", "בדקו את המספר הסידורי עם הלקוח", "רשימת תיוג להדרכה"):
        assert phrase in text
        assert phrase[::-1] not in text


def test_russian_text_extracts(out: Path) -> None:
    text = " ".join(pdf_pages(out / "ru" / "pickup-clerk-checklist.pdf"))
    assert "Поприветствуйте клиента по имени" in text
    assert "Чек-лист обучения" in text


@pytest.mark.parametrize("lang", LANGS)
def test_fonts_are_embedded_and_cover_the_script(out: Path, lang: str) -> None:
    report = subprocess.run(
        ["pdffonts", str(out / lang / "pickup-clerk-checklist.pdf")], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert report, "the PDF uses fonts"
    for line in report:
        columns = line.split()
        name, emb = columns[0], columns[-5]
        assert emb == "yes", line
        assert "DejaVu" in name, line


def test_escaped_text_prints_literally(out: Path) -> None:
    text = " ".join(pdf_pages(out / "en" / "store-manager-checklist.pdf"))
    assert "Offer help <script>alert(1)</script>" in text
    assert "Fixture & Sons <Ltd>" in text


def _page_size(pdf: Path) -> str:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return next(line for line in info.splitlines() if line.startswith("Page size:"))


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The pickup clerk's checklist and form of a handbook with many long items, on A4 and on Letter."""
    result = load(str(big_folder(tmp_path_factory.mktemp("big"))))
    assert result.ok, [d.message for d in result.diagnostics]
    found: dict[str, Path] = {}
    for paper in ("a4", "letter"):
        out = tmp_path_factory.mktemp(paper) / "checklists"
        write_checklists(
            result.handbook,
            out,
            languages=["en"],
            roles=["pickup-clerk"],
            pdf=True,
            paper=paper,
            today=date(2026, 11, 15),
        )
        found[f"{paper}-checklist"] = out / "en" / "pickup-clerk-checklist.pdf"
        found[f"{paper}-audit-form"] = out / "en" / "pickup-clerk-audit-form.pdf"
    return found


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("kind", KINDS)
def test_no_item_split_and_no_heading_alone(big: dict[str, Path], paper: str, kind: str) -> None:
    pdf = big[f"{paper}-{kind}"]
    assert ("(A4)" if paper == "a4" else "(letter)") in _page_size(pdf)
    check_pagination(pdf_pages(pdf), steps=14, items=5)
