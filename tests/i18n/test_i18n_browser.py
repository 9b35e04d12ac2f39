"""Search in Romanian and Latvian in headless Chromium, from file://, and follow the result.

What the handbook's search does for these languages (docs/site.md, "Search"): words are folded (case,
diacritics) and stemmed on both sides (Romanian and French with lunr-languages' stemmers, Latvian with a light
stemmer), so "calmeaza" finds "calmează" and "pateicibu" finds "pateicību", and the last word of the query also
matches as the start of a word. The full query set is tests/search/.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from chromium_support import needs_chromium

pytestmark = [pytest.mark.browser, needs_chromium]


@pytest.fixture()
def page(chromium: Any) -> Iterator[Any]:
    requests: list[str] = []
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="lv-LV")
    context.on("request", lambda request: requests.append(request.url))
    yield context.new_page()
    context.close()
    outside = [u for u in requests if not u.startswith(("file://", "data:", "blob:", "about:"))]
    assert outside == [], "requests left the machine"


#: Material's "no results" message (search.result.none), per language
NO_RESULT = {"ro": "Nu a fost găsit niciun document", "lv": "Nav atbilstošu dokumentu"}


def results(page: Any, query: str, expected_href: str | None) -> list[str]:
    """Type ``query`` into the search box; the hrefs of the results once one links to ``expected_href``
    (with None: ``[]`` once the search has answered that nothing matches)."""
    box = page.locator("input.md-search__input")
    box.click()
    # Material reads the query on keyup and Playwright inserts text without key events: fill, then press End.
    box.fill(query)
    meta = page.locator(".md-search-result__meta")
    for _ in range(20):  # the worker loads the index asynchronously: ask again until it answers
        box.press("End")
        page.wait_for_timeout(250)
        hrefs: list[str] = page.locator(".md-search-result__item a").evaluate_all(
            "els => els.map(e => e.getAttribute('href'))"
        )
        if expected_href is None:
            if meta.inner_text().strip() == NO_RESULT[page.locator("html").get_attribute("lang")]:
                return hrefs
        elif any(expected_href in h for h in hrefs):
            return hrefs
    raise AssertionError(f"no search result for {query!r} links to {expected_href} ({meta.inner_text()!r})")


@pytest.mark.parametrize(
    ("lang", "query", "target", "text"),
    [
        ("lv", "pateicību", "journey/purchase/payment.html", "Izsakiet klientam pateicību par pirkumu"),
        ("lv", "nomierinās", "situations/angry-customer.html", "klients ātrāk nomierinās"),
        ("ro", "calmează", "situations/angry-customer.html", "clientul se calmează mai repede"),
        ("ro", "Cumpărătură", "journey/purchase/payment.html", "Mulțumiți clientului pentru cumpărătură"),
        ("fr", "réclamation", "journey/after-sales/warranty-claim.html", "Enregistrez la réclamation"),
    ],
)
def test_search_and_follow_a_result(i18n_site: Path, page: Any, lang: str, query: str, target: str, text: str) -> None:
    page.goto((i18n_site / lang / "index.html").as_uri())
    results(page, query, target)
    page.locator(f'.md-search-result__item a[href*="{target}"]').first.click()
    page.wait_for_load_state("load")
    assert page.url.startswith((i18n_site / lang / target).as_uri())
    assert text in page.locator("article").inner_text()
    assert page.locator("html").get_attribute("lang") == lang


def test_search_ignores_case_and_diacritics_and_matches_a_prefix(i18n_site: Path, page: Any) -> None:
    page.goto((i18n_site / "ro" / "index.html").as_uri())
    assert any("angry-customer" in h for h in results(page, "CALMEAZĂ", "situations/angry-customer.html"))
    assert any("angry-customer" in h for h in results(page, "calmeaz", "situations/angry-customer.html"))
    assert any("angry-customer" in h for h in results(page, "calmeaza", "situations/angry-customer.html"))
    assert results(page, "xyzzyq", None) == []
    page.goto((i18n_site / "lv" / "index.html").as_uri())
    assert any("payment" in h for h in results(page, "pateicibu", "journey/purchase/payment.html"))
    assert any("payment" in h for h in results(page, "pateic", "journey/purchase/payment.html"))


def test_latvian_results_stay_in_latvian(i18n_site: Path, page: Any) -> None:
    page.goto((i18n_site / "lv" / "index.html").as_uri())
    hrefs = results(page, "garantijas", "journey/purchase/payment.html")
    assert hrefs and all("/ro/" not in h and "/fr/" not in h for h in hrefs)
    assert page.locator(".md-search-result__meta").inner_text().strip().endswith(("dokumenti", "dokuments"))
