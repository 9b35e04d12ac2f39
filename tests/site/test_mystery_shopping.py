"""The site's "Mystery shopping" page and the scenario links of situation pages, built from a folder with a
scenario (the checklists fixture); a handbook without scenarios has no such page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.pipeline import load
from generator.render.site.builder import build_site

WITH_SCENARIO = Path(__file__).resolve().parent.parent / "fixtures" / "checklists"


@pytest.fixture(scope="module")
def shopping_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    result = load(WITH_SCENARIO)
    assert result.ok
    return build_site(result.handbook, tmp_path_factory.mktemp("shopping") / "site").site_dir


def _article(path: Path) -> str:
    html = path.read_text("utf-8")
    return html[html.index("<article") : html.index("</article>")]


@pytest.mark.parametrize("lang", ["en", "ru", "he"])
def test_the_page_lists_each_scenario_with_its_brief(shopping_site: Path, lang: str) -> None:
    page = shopping_site / lang / "mystery-shopping.html"
    article = _article(page)
    hrefs = re.findall(r'href="([^"]+)"', article)
    brief = f"../checklists/{lang}/angry-pickup-shopper-brief.html"
    assert brief in hrefs
    assert (page.parent / brief).resolve().is_file()
    assert "situations/angry-customer.html" in hrefs and "journey/pickup/order-handover.html" in hrefs
    assert "roles/pickup-clerk.html" in hrefs and "roles/store-manager.html" in hrefs


def test_the_page_is_translated_and_escapes_the_scenario_title(shopping_site: Path) -> None:
    article = _article(shopping_site / "en" / "mystery-shopping.html")
    assert "An angry customer at pickup &lt;b&gt;" in article and "<b>" not in article
    assert "2 per location every month" in article
    ru = _article(shopping_site / "ru" / "mystery-shopping.html")
    assert "Тайный покупатель" in ru and "2 на точку каждый месяц" in ru


def test_situation_page_and_home_link_to_it(shopping_site: Path) -> None:
    situation = _article(shopping_site / "en" / "situations" / "angry-customer.html")
    assert 'href="../../checklists/en/angry-pickup-shopper-brief.html"' in situation
    assert 'href="mystery-shopping.html"' in (shopping_site / "en" / "index.html").read_text("utf-8")


def test_no_page_without_scenarios(site: Path) -> None:
    assert not (site / "en" / "mystery-shopping.html").exists()
    assert "mystery-shopping" not in (site / "en" / "index.html").read_text("utf-8")
