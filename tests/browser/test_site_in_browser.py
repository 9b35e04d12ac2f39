"""End to end in headless Chromium, from file://: search in Russian and Hebrew, language switch, RTL,
the journey diagram, and not one request to any other host. Screenshots go to the session's temp folder
(their path is printed with ``-s``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from chromium_support import needs_chromium

from generator.pipeline import load
from generator.render.site.builder import build_site

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "site" / "good"

pytestmark = [
    pytest.mark.browser,
    needs_chromium,
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    result = load(FIXTURE)
    return build_site(result.handbook, tmp_path_factory.mktemp("browser") / "site").site_dir


@pytest.fixture(scope="module")
def browser(chromium: Any) -> Any:
    return chromium


class Recorder:
    """Every request any page of a browser context makes."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def outside(self) -> list[str]:
        return [u for u in self.urls if not u.startswith(("file://", "data:", "blob:", "about:"))]


@pytest.fixture()
def context(browser: Any) -> Iterator[tuple[Any, Recorder]]:
    recorder = Recorder()
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    ctx.on("request", lambda request: recorder.urls.append(request.url))
    yield ctx, recorder
    ctx.close()
    assert recorder.outside() == [], "requests left the machine"


def search(page: Any, query: str, expected_href: str) -> Any:
    """Type a query into the search box and wait for a result linking to ``expected_href``."""
    box = page.locator("input.md-search__input")
    box.click()
    result = page.locator(f'.md-search-result__item a[href*="{expected_href}"]').first
    # Material reads the query on keyup; Playwright inserts non-Latin text without key events, so
    # fill the box and press End (a keyup that does not change the text), as a reader's keyboard would.
    box.fill(query)
    for _ in range(20):  # the search worker loads the index asynchronously: ask again until it answers
        box.press("End")
        try:
            result.wait_for(state="visible", timeout=1000)
            return result
        except Exception:  # playwright's TimeoutError
            continue
    raise AssertionError(f"no search result for {query!r} links to {expected_href}")


@pytest.mark.parametrize(
    ("lang", "query", "target", "text"),
    [
        ("ru", "возврат", "situations/refund-request.html", "Выслушайте до конца"),
        ("he", "הקשיבו", "situations/refund-request.html", "הקשיבו עד הסוף"),
        ("he", "קבלה", "journey/purchase/payment.html", "הציעו קבלה"),
    ],
)
def test_search_and_follow_a_result(
    site: Path, context: tuple[Any, Recorder], lang: str, query: str, target: str, text: str
) -> None:
    ctx, recorder = context
    page = ctx.new_page()
    page.goto((site / lang / "index.html").as_uri())
    result = search(page, query, target)
    result.click()
    page.wait_for_load_state("load")
    assert page.url.startswith((site / lang / target).as_uri())
    assert text in page.locator("article").inner_text()
    assert recorder.urls and recorder.outside() == []


def test_search_index_is_per_language(site: Path, context: tuple[Any, Recorder]) -> None:
    ctx, _ = context
    page = ctx.new_page()
    page.goto((site / "ru" / "index.html").as_uri())
    search(page, "возврат", "situations/refund-request.html")
    search(page, "Payload", "index.html")  # the same text is on the home page of every language
    hrefs = page.locator(".md-search-result__item a").evaluate_all("els => els.map(e => e.href)")
    assert hrefs and all("/ru/" in href for href in hrefs)


def test_language_switcher_keeps_the_page(site: Path, context: tuple[Any, Recorder]) -> None:
    ctx, _ = context
    page = ctx.new_page()
    page.goto((site / "en" / "journey" / "purchase" / "payment.html").as_uri())
    page.locator(".md-header__option .md-select").hover()
    page.locator('a.md-select__link[hreflang="he"]').click()
    page.wait_for_load_state("load")
    assert page.url == (site / "he" / "journey" / "purchase" / "payment.html").as_uri()
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert "ברכו את הלקוח" in page.locator("article").inner_text()


@pytest.mark.parametrize(("locale", "lang"), [("ru-RU", "ru"), ("he-IL", "he"), ("fr-FR", "en")])
def test_root_page_sends_reader_to_their_language(site: Path, browser: Any, locale: str, lang: str) -> None:
    ctx = browser.new_context(locale=locale)
    try:
        page = ctx.new_page()
        page.goto((site / "index.html").as_uri())
        page.wait_for_url(f"**/{lang}/index.html")
    finally:
        ctx.close()


def test_payloads_do_not_run(site: Path, context: tuple[Any, Recorder]) -> None:
    ctx, _ = context
    page = ctx.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto((site / "en" / "index.html").as_uri())
    page.locator("text=click me").click()
    page.wait_for_timeout(300)
    assert dialogs == []
    assert "<script>alert('xss')</script>" in page.locator("article").inner_text()


def test_screenshots(site: Path, context: tuple[Any, Recorder], tmp_path_factory: pytest.TempPathFactory) -> None:
    """A step page and a role page in each language, for a person to look at."""
    ctx, _ = context
    out = tmp_path_factory.mktemp("screenshots")
    page = ctx.new_page()
    for lang in ("en", "ru", "he"):
        for path in ("journey/purchase/payment.html", "roles/cashier.html"):
            page.goto((site / lang / path).as_uri())
            page.wait_for_load_state("load")
            shot = out / f"{lang}-{path.replace('/', '-')}.png"
            page.screenshot(path=str(shot), full_page=True)
            assert shot.stat().st_size > 10_000
    print(f"screenshots in {out}")
