"""The site marks standards not yet in force, leaves out retired ones, and has an "Upcoming changes" page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dates.dates_support import BEFORE, CHANGE, dated_folder, run
from generator import urls


def article(html: str) -> str:
    return "".join(re.findall(r"<article\b.*?</article>", html, re.S))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("dated-site")
    folder = dated_folder(root)
    result = run("build", str(folder), "--site-dir", str(root / "site"), today=BEFORE)
    assert result.exit_code == 0, result.output
    return root / "site"


def page(site: Path, lang: str, path: str) -> str:
    return (site / lang / urls.html(path)).read_text("utf-8")


def test_future_standard_is_on_the_site_with_its_badge_but_not_on_todays_checklist(site: Path) -> None:
    step = article(page(site, "en", urls.step("buy", "greet")))
    assert 'id="new-wait"' in step
    badge = re.search(r'<span class="hb-date hb-date-upcoming">(.*?)</span>', step)
    assert badge is not None
    assert badge.group(1) == f'In force from <time datetime="{CHANGE}" dir="ltr">{CHANGE}</time>'
    assert "hb-upcoming" in step.split('id="new-wait"')[0].rsplit("<div", 1)[-1]  # its box is marked too
    checklist = (site / "checklists" / "en" / "clerk-checklist.html").read_text("utf-8")
    assert "greet#new-wait" not in checklist and "Answer within 15 seconds" not in checklist
    assert "greet#old-wait" in checklist


def test_standard_that_ends_says_when_and_a_retired_one_is_gone(site: Path) -> None:
    for lang, words in (("en", "No longer in force from"), ("ru", "Не действует с")):
        step = article(page(site, lang, urls.step("buy", "greet")))
        assert re.search(
            rf'id="old-wait".*?<span class="hb-date hb-date-ending">{words} <time datetime="{CHANGE}"', step, re.S
        )
        assert 'id="gone"' not in step and "Fax the order form" not in step and "факсу" not in step
        role = article(page(site, lang, urls.role("clerk")))
        assert "Fax" not in role and "факсу" not in role


def test_upcoming_page_per_language_in_nav_and_linked_from_home(site: Path) -> None:
    for lang, title, starts, ends in (
        ("en", "Upcoming changes", "Comes into force", "No longer in force"),
        ("ru", "Предстоящие изменения", "Вступает в силу", "Перестаёт действовать"),
    ):
        body = article(page(site, lang, urls.UPCOMING))
        assert f">{title}<" in body
        day = body.split(f'id="_{CHANGE}"', 1)[1]
        # the new standard first, then the one it replaces, each linked to its anchor
        assert day.index(starts) < day.index('journey/buy/greet.html#new-wait') < day.index(ends)
        assert day.index(ends) < day.index('journey/buy/greet.html#old-wait')
        assert "#gone" not in body  # retired before the build day: history, not upcoming
        home = page(site, lang, urls.HOME)
        assert 'href="upcoming.html"' in article(home)  # the notice and the card
        assert f'<time datetime="{CHANGE}" dir="ltr">{CHANGE}</time>' in article(home)
        nav = page(site, lang, urls.step("buy", "greet"))  # a page two folders down links up to it
        assert '<a href="../../upcoming.html" class="md-nav__link">' in nav


def test_no_dates_no_upcoming_page(tmp_path: Path) -> None:
    from common import write_folder

    folder = write_folder(tmp_path / "standards")
    result = run("build", str(folder), "--site-dir", str(tmp_path / "site"))
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "site" / "en" / "upcoming.html").exists()
    assert "upcoming.html" not in (tmp_path / "site" / "en" / "index.html").read_text("utf-8")


def test_nothing_scheduled_after_the_last_change(tmp_path: Path) -> None:
    folder = dated_folder(tmp_path)
    result = run("build", str(folder), "--site-dir", str(tmp_path / "site"), today="2027-01-01")
    assert result.exit_code == 0, result.output
    body = article((tmp_path / "site" / "en" / "upcoming.html").read_text("utf-8"))
    assert "No changes are scheduled after" in body
    step = article((tmp_path / "site" / "en" / "journey" / "buy" / "greet.html").read_text("utf-8"))
    assert 'id="new-wait"' in step and "hb-date" not in step and 'id="old-wait"' not in step
