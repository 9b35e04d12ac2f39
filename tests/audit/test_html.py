"""The HTML report: self-contained, escaped, bars and a steps × locations heat table with the audits behind."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .conftest import FIXTURES, run_audit

ARGS = ("--results", str(FIXTURES / "results.csv"), "--surveys", str(FIXTURES / "surveys.csv"),
        "--transcripts", str(FIXTURES / "transcripts.jsonl"), "--format", "html")


@pytest.fixture(scope="module")
def html() -> str:
    result = run_audit(*ARGS)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_self_contained(html: str) -> None:
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "@import" not in html and "<link" not in html
    assert html.count("<script") == 1 and "<script>" in html  # the sort script, inline (no src)


def test_bars_widths_are_the_scores(html: str) -> None:
    # department stores: (66.67 + 0 + 100 + 75) / 4 = 60.4; employee emp-2: 87.5
    assert 'style="width: 60.4%"' in html
    assert 'style="width: 87.5%"' in html


def test_heat_table_shows_the_weights_behind_each_cell(html: str) -> None:
    table = html.split("Steps × locations", 1)[1].split("</table>", 1)[0]
    # greeting in riga: a1 (3+1 of 6) and a2 (2+1 of 6) -> 7/12 = 58.3; in tallinn: a3 2/2, a6 3/5 -> 5/7 = 71.4
    assert "58.3" in table and "71.4" in table
    # riga: 3 answers of a1 and 3 of a2 (name-badge is N/A); tallinn: 1 of a3 and 2 of a6
    assert "7/12; Answers: 6" in table and "5/7; Answers: 3" in table
    # lowest step first: chat-reply 60.0 before greeting 63.2
    assert table.index("(<bdi>chat-reply</bdi>)") < table.index("(<bdi>greeting</bdi>)")


def test_every_input_text_is_escaped(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text(
        "audit_id,date,employee,role,location,item,result,comment\n"
        "<i>a</i>,2026-11-02,<b>emp</b>,sales-associate,<script>x()</script>,greeting#greet,yes,\n",
        encoding="utf-8",
    )
    out = run_audit("--results", str(path), "--format", "html").stdout
    assert "<script>x()" not in out and "<b>emp</b>" not in out and "<i>a</i>" not in out
    assert "&lt;script&gt;x()&lt;/script&gt;" in out


def test_site_links(tmp_path: Path) -> None:
    out = run_audit(*ARGS, "--site-url", "https://handbook.example/").stdout
    assert 'href="https://handbook.example/en/journey/sale/greeting.html#greet"' in out


@pytest.mark.browser
@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="needs /usr/bin/chromium")
def test_renders_offline_in_chromium(tmp_path: Path, html: str) -> None:
    from playwright.sync_api import sync_playwright

    page_path = tmp_path / "audit.html"
    page_path.write_text(html, encoding="utf-8")
    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        try:
            page = browser.new_page()
            page.on("request", lambda r: requests.append(r.url))
            page.goto(page_path.as_uri())
            widths = page.eval_on_selector_all(".bar", "els => els.map(e => e.getBoundingClientRect().width)")
            tracks = page.eval_on_selector_all(
                ".bar", "els => els.map(e => e.parentElement.getBoundingClientRect().width)"
            )
            page.screenshot(path=str(tmp_path / "audit.png"), full_page=True)
        finally:
            browser.close()
    assert requests == [page_path.as_uri()]
    ratios = sorted(round(100 * w / t, 1) for w, t in zip(widths, tracks, strict=True) if t)
    assert 87.5 in ratios and 60.4 in ratios
