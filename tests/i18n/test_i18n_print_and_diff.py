"""Latvian checklists as PDF, and the "What changed" page in French, from the Romanian/French/Latvian fixture."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

from .conftest import FIXTURE


def pdf_text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True).stdout
    return " ".join(out.decode("utf-8").split())


@pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdffonts") is None, reason="no poppler")
def test_latvian_checklist_pdf_prints_latvian_letters_and_labels(tmp_path: Path) -> None:
    out = tmp_path / "checklists"
    result = CliRunner().invoke(main, ["checklists", str(FIXTURE), "--lang", "lv", "--pdf", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (out / "lv").glob("*.pdf")) == [
        "consultant-audit-form.pdf", "consultant-checklist.pdf", "store-manager-audit-form.pdf",
        "store-manager-checklist.pdf",
    ]
    assert not (out / "ro").exists() and not (out / "fr").exists()
    checklist = pdf_text(out / "lv" / "consultant-checklist.pdf")
    for letter in "āčēīļšūž":  # from the fixture's texts and the Latvian labels
        assert letter in checklist.lower(), letter
    for words in ("Apmācības kontrolsaraksts: Pārdošanas konsultants", "Apmācāmais", "Apmācītājs",
                  "Sveiciniet klientu pirmo 30 sekunžu laikā", "Runas paraugs", "Nekad nesakiet",
                  "„Labdien!", "Lapa 1 no"):
        assert words in checklist, words
    form = pdf_text(out / "lv" / "store-manager-audit-form.pdf")
    for words in ("Audita veidlapa: Veikala vadītājs", "Audita kods", "Darbinieks", "Filiāle", "Auditors",
                  "Vērtējums", "Svarīgums", "Komentārs", "Jā", "Nē", "Runājiet lēni un mierīgi"):
        assert words in form, words
    assert "Owner" not in form and "Severity" not in form and "Checklist" not in checklist
    fonts = subprocess.run(["pdffonts", str(out / "lv" / "consultant-checklist.pdf")], capture_output=True,
                           text=True, check=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)  # every font embedded


@pytest.fixture(scope="module")
def since_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Version 2026.2 of the fixture (one standard reworded, one added, one removed), built --since 2026.1."""
    tmp = tmp_path_factory.mktemp("i18n-since")
    new = tmp / "new"
    shutil.copytree(FIXTURE, new)
    manifest = new / "handbook.yaml"
    manifest.write_text(manifest.read_text("utf-8").replace('version: "2026.1"', 'version: "2026.2"'), "utf-8")
    purchase = new / "journey" / "01-purchase.yaml"
    text = purchase.read_text("utf-8")
    text = text.replace("Remerciez le client pour son achat", "Remerciez chaleureusement le client pour son achat")
    text = text.replace("      - id: smile\n", (
        "      - id: offer-help\n"
        "        kind: say\n"
        "        text: {ro: \"Întrebați cu ce îl puteți ajuta\", fr: \"Demandez comment vous pouvez l'aider\","
        " lv: \"Pajautājiet, kā varat palīdzēt\"}\n"
        "      - id: smile\n"
    ))
    purchase.write_text(text, "utf-8")
    after = new / "journey" / "02-after-sales.yaml"
    text = after.read_text("utf-8")
    after.write_text(text[: text.index("      - id: register")], "utf-8")
    result = CliRunner().invoke(main, ["build", str(new), "--since", str(FIXTURE), "--site-dir", str(tmp / "site")])
    assert result.exit_code == 0, result.output
    return tmp / "site"


def visible(path: Path) -> str:
    page = path.read_text("utf-8")
    body = page[page.index("<article") : page.index("</article>")]
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body))).replace("\u00a0", " ")


def test_what_changed_page_in_french(since_site: Path) -> None:
    text = visible(since_site / "fr" / "what-changed.html")
    for heading in ("Ce qui a changé", "Modifications de la version 2026.1 à la version 2026.2.", "Par rôle",
                    "Nouveaux standards", "Standards modifiés", "Standards supprimés"):
        assert heading in text, (heading, text)
    assert "Conseiller de vente : 1 modifié, 1 nouveau standard, 1 supprimé" in text, text  # (a tag ends at " :")
    assert "Demandez comment vous pouvez l'aider (nouveau standard)" in text
    assert "Remerciez chaleureusement le client pour son achat (modifié)" in text
    page = (since_site / "fr" / "what-changed.html").read_text("utf-8")
    assert "<del>Enregistrez la réclamation dans le système le jour même</del>" in page  # removed: struck through
    assert "<strong>chaleureusement</strong>" in page  # the added word of the reworded standard
    assert "~~" not in text
    for english in ("What changed", "By role", "New standards", "Changed standards", "Removed standards"):
        assert english not in text


@pytest.mark.parametrize(
    ("lang", "summary", "badge_new", "badge_changed"),
    [
        ("ro", "1 standard modificat, 1 standard nou, 1 standard eliminat", "nou față de versiunea 2026.1",
         "modificat față de versiunea 2026.1"),
        ("lv", "1 mainīts, 1 jauns standarts, 1 noņemts", "jauns kopš versijas 2026.1",
         "mainīts kopš versijas 2026.1"),
    ],
)
def test_changes_are_marked_in_romanian_and_latvian(
    since_site: Path, lang: str, summary: str, badge_new: str, badge_changed: str
) -> None:
    assert summary in visible(since_site / lang / "what-changed.html")
    step = visible(since_site / lang / "journey" / "purchase" / "greeting.html")
    assert badge_new in step
    assert badge_changed in visible(since_site / lang / "journey" / "purchase" / "payment.html")
