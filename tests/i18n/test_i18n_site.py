"""`handbook build` of a handbook in Romanian, French and Latvian: page language, interface labels, Material's UI."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

from .conftest import FIXTURE

LANGUAGES = ("ro", "fr", "lv")


def article(path: Path) -> str:
    """The visible text of a page's content, tags removed, whitespace collapsed."""
    page = path.read_text("utf-8")
    body = page[page.index("<article") : page.index("</article>")]
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body)))


def test_the_fixture_validates_without_errors_or_warnings() -> None:
    result = CliRunner().invoke(main, ["validate", str(FIXTURE)])
    assert result.exit_code == 0, result.output
    assert "0 errors, 0 warnings" in result.output or "All checks passed" in result.output


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_carries_its_language(i18n_site: Path, lang: str) -> None:
    pages = sorted((i18n_site / lang).rglob("*.html"))
    assert len(pages) > 15
    for page in pages:
        head = page.read_text("utf-8")[:300]
        assert f'<html lang="{lang}"' in head, page
        assert 'dir="rtl"' not in page.read_text("utf-8"), page


@pytest.mark.parametrize(
    ("lang", "labels", "english"),
    [
        ("lv", ["Posms: Pirkums", "Atbildīgais: Pārdošanas konsultants", "Atbalsta lomas: Veikala vadītājs",
                "Kanāli: Veikalā", "Standarti", "Sakiet", "Dariet", "Izvairieties", "Runas paraugs", "kritisks",
                "mazsvarīgs", "Frāzes, kas tiek uzskatītas par pārkāpumu"],
         ["Owner", "Supporting roles", "Say", "Avoid", "Script", "critical"]),
        ("ro", ["Etapă: Cumpărare", "Responsabil: Consultant de vânzări", "Roluri de sprijin: Director de magazin",
                "Spuneți", "Faceți", "Evitați", "critic"],
         ["Owner", "Supporting roles", "Say", "Avoid", "Stage", "critical"]),
        ("fr", ["Phase: Achat", "Responsable: Conseiller de vente", "Rôles en appui: Responsable de magasin",
                "À dire", "À faire", "À éviter", "critique"],
         ["Owner", "Supporting roles", "Say", "Avoid", "Stage", "critical"]),
    ],
)
def test_step_page_labels_are_in_the_page_language(
    i18n_site: Path, lang: str, labels: list[str], english: list[str]
) -> None:
    text = article(i18n_site / lang / "journey" / "purchase" / "greeting.html")
    text = text.replace("\u00a0", " ")
    for label in labels:
        assert label in text, (label, text)
    for word in english:
        assert not re.search(rf"\b{re.escape(word)}\b", text), (word, text)


@pytest.mark.parametrize(
    ("lang", "labels"),
    [
        ("ro", ["Departament: Magazine", "Listă de verificare de tipărit", "Formular de audit",
                "Pașii de care răspunde", "Pașii la care contribuie", "Toate standardele care i se aplică", "Ținută"]),
        ("fr", ["Service: Magasins", "Liste de contrôle à imprimer", "Grille d'audit",
                "Étapes dont il est responsable", "Étapes auxquelles il participe",
                "Tous les standards qui s'appliquent", "Tenue"]),
        ("lv", ["Nodaļa: Veikali", "Kontrolsaraksts drukāšanai", "Audita veidlapa", "Soļi, par kuriem atbild",
                "Soļi, kuros piedalās", "Visi standarti, kas uz to attiecas", "Ārējais izskats"]),
    ],
)
def test_role_page_labels_are_in_the_page_language(i18n_site: Path, lang: str, labels: list[str]) -> None:
    text = article(i18n_site / lang / "roles" / "consultant.html").replace("\u00a0", " ")
    for label in labels:
        assert label in text, (label, text)
    for word in ("Department", "Printable checklist", "Audit form", "Steps it owns", "Appearance"):
        assert word not in text


@pytest.mark.parametrize(
    ("lang", "search", "home", "skip"),
    [  # Material's own words, from its theme.language translations
        ("ro", "Căutare", "Acasă", "Sari la conținut"),
        ("fr", "Rechercher", "Accueil", "Aller au contenu"),
        ("lv", "Meklēt", "Sākums", "Pāriet uz saturu"),
    ],
)
def test_material_interface_is_in_the_page_language(
    i18n_site: Path, lang: str, search: str, home: str, skip: str
) -> None:
    page = (i18n_site / lang / "situations" / "angry-customer.html").read_text("utf-8")
    assert f'placeholder="{search}"' in page
    assert skip in page
    assert home in (i18n_site / lang / "index.html").read_text("utf-8")
    # the handbook's search language, set up for the page's language (tests/search, docs/site.md "Search")
    config = json.loads((i18n_site / lang / "search" / "search_index.json").read_text("utf-8"))["config"]
    assert config["lang"] == ["handbook"]
    script = (i18n_site / lang / "assets" / "javascripts" / "lunr" / "min" / "lunr.handbook.min.js").read_text("utf-8")
    assert f'lunr.handbookSettings = {{"lang":"{lang}"' in script


def test_language_switcher_names_each_language_in_itself(i18n_site: Path) -> None:
    page = (i18n_site / "lv" / "index.html").read_text("utf-8")
    for name in ("Română", "Français", "Latviešu"):
        assert name in page
    root = (i18n_site / "index.html").read_text("utf-8")
    assert all(f'/{lang}/' in root or f'{lang}/index.html' in root for lang in LANGUAGES)


def test_forbidden_phrases_and_channels_are_labelled(i18n_site: Path) -> None:
    phrases = article(i18n_site / "fr" / "forbidden-phrases.html")
    assert "Dites plutôt" in phrases and "ce n'est pas mon travail" in phrases
    phone = article(i18n_site / "lv" / "channels" / "phone.html")
    assert "Pirmā atbilde" in phone and "pirmajā ziņā" in phone and "labdien" in phone
