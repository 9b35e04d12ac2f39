"""The date badge in Chromium, from file://: readable words with enough contrast, the date left to right in Hebrew."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from chromium_support import needs_chromium

from dates.dates_support import run

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.browser, needs_chromium]

CONTRAST = """(el) => {
  const rgb = (c) => c.match(/[0-9.]+/g).slice(0, 3).map(Number).map((v) => {
    v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
  const lum = (c) => { const [r, g, b] = rgb(c); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const style = getComputedStyle(el);
  const [a, b] = [lum(style.color), lum(style.backgroundColor)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("badge") / "site"
    result = run("build", str(ROOT / "standards"), "--site-dir", str(out), today="2026-11-28")
    assert result.exit_code == 0, result.output
    return out


def test_hebrew_badge(site: Path, chromium: Any, tmp_path_factory: pytest.TempPathFactory) -> None:
    page = chromium.new_page(viewport={"width": 390, "height": 844})  # a phone
    page.goto((site / "he" / "situations" / "refund-request.html").as_uri())
    badge = page.locator("#refund-without-receipt .hb-date")
    assert badge.is_visible()
    assert badge.inner_text() == "בתוקף מתאריך 2026-12-01"
    assert badge.evaluate(CONTRAST) >= 4.5
    time = badge.locator("time")
    assert time.get_attribute("datetime") == "2026-12-01"
    assert time.evaluate("(el) => getComputedStyle(el).direction") == "ltr"
    assert time.evaluate("(el) => getComputedStyle(el).unicodeBidi") == "isolate"
    # the ending standard on the phone page, and the home page notice
    page.goto((site / "he" / "journey" / "first-contact" / "phone-answer.html").as_uri())
    ending = page.locator("#answer-in-three-rings .hb-date")
    assert ending.inner_text() == "לא בתוקף מתאריך 2026-12-15"
    assert ending.evaluate(CONTRAST) >= 4.5
    page.locator("#answer-in-two-rings").scroll_into_view_if_needed()
    page.screenshot(path=str(tmp_path_factory.mktemp("shots") / "he-phone-answer.png"))
    page.goto((site / "he" / "index.html").as_uri())
    notice = page.locator(".hb-upcoming-notice")
    assert "2026-12-01" in notice.inner_text()
    notice.locator("a").click()
    assert page.url.endswith("/he/upcoming.html")
    assert page.locator("h2 time").first.inner_text() == "2026-12-01"
    page.close()
