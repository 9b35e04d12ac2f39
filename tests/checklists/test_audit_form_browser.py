"""The fillable audit form on a phone (FORMAT §7.8): a 390×844 touch screen opens it from file://, fills it
in with taps, reloads, finishes it, downloads the CSV and `handbook audit` scores that CSV unchanged."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from checklist_helpers import EXPECTED, FIXTURE, ROOT
from chromium_support import needs_chromium

from generator.pipeline import load
from generator.render.checklists import write_checklists

pytestmark = [pytest.mark.browser, needs_chromium]

PHONE = {"width": 390, "height": 844}
#: the pickup clerk's answers; weights by severity 3 (critical), 2 (major), 1 (minor), read off the fixture
ANSWERS = {
    "store-greeting#clerk-smile": "yes",  # minor: 1
    "order-handover#greet-by-name": "yes",  # critical: 3
    "order-handover#check-serial": "no",  # major: 2
    "order-handover#no-blame": "yes",  # major: 2
    "angry-customer#no-argue": "na",  # major, not counted
    "pickup-clerk#name-badge": "no",  # minor: 1
}
#: 100 × (1 + 3 + 2) / (1 + 3 + 2 + 2 + 1): no critical item answered `no`, so the final score is the raw one
SCORE = 100 * 6 / 9
COMMENT = 'Serial read aloud, "twice", then skipped; לא נבדק'


@pytest.fixture(scope="module")
def forms(tmp_path_factory: pytest.TempPathFactory) -> Path:
    result = load(str(FIXTURE))
    assert result.ok
    out = tmp_path_factory.mktemp("forms") / "checklists"
    write_checklists(result.handbook, out, languages=["en", "he"], today=date(2026, 11, 15))
    return out


@pytest.fixture
def phone(chromium: Any) -> Iterator[Any]:
    context = chromium.new_context(
        viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True, accept_downloads=True
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    context.close()
    assert not errors, errors


def _radio(page: Any, item: str, value: str) -> Any:
    return page.locator(f'label.opt:has(input[name="{item}"][value="{value}"])')


def _layout_problems(page: Any) -> dict[str, Any]:
    """Horizontal overflow, tap targets under 44 px, and item texts squeezed into a narrow column."""
    return page.evaluate(
        """() => {
          const small = [];
          for (const el of document.querySelectorAll('label.opt, input[type=text], input[type=date], button')) {
            const box = el.getBoundingClientRect();
            if (box.width < 44 || box.height < 44) small.push(`${el.outerHTML.slice(0, 80)}: ${box.width}x${box.height}`);
          }
          const narrow = [...document.querySelectorAll('legend.q-legend')]
            .filter(el => el.getBoundingClientRect().width < 300).map(el => el.textContent.trim());
          return {scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
                  small, narrow};
        }"""
    )


@pytest.mark.parametrize("lang", ["en", "he"])
def test_form_fits_a_phone(forms: Path, phone: Any, lang: str) -> None:
    phone.goto((forms / lang / "pickup-clerk-audit-form.html").as_uri())
    found = _layout_problems(phone)
    assert found["scroll"] <= found["client"] == PHONE["width"], "the page scrolls sideways"
    assert not found["small"], found["small"]
    assert not found["narrow"], "item texts squeezed into a narrow column"
    assert phone.locator("legend.q-legend").count() == len(EXPECTED["pickup-clerk"])


def test_fill_reload_finish_download_and_score(forms: Path, phone: Any, tmp_path: Path) -> None:
    page = phone
    page.goto((forms / "en" / "pickup-clerk-audit-form.html").as_uri())
    assert page.locator("#answered-count").text_content() == "0 / 6"
    for name, value in {"audit_id": "mystery-17", "employee": "emp-4", "location": "riga-central"}.items():
        page.locator(f'input[name="{name}"]').tap()
        page.locator(f'input[name="{name}"]').fill(value)
    page.locator('input[name="date"]').fill("2026-11-20")
    first_half = list(ANSWERS)[:3]
    for item in first_half:
        _radio(page, item, ANSWERS[item]).tap()
    page.locator('input[name="order-handover#check-serial:comment"]').fill(COMMENT)

    page.reload()
    assert page.locator('input[name="audit_id"]').input_value() == "mystery-17"
    assert page.locator('input[name="date"]').input_value() == "2026-11-20"
    assert page.locator('input[name="order-handover#check-serial:comment"]').input_value() == COMMENT
    for item in first_half:
        assert page.locator(f'input[name="{item}"][value="{ANSWERS[item]}"]').is_checked(), item
    assert page.locator("#answered-count").text_content() == "3 / 6"

    for item in list(ANSWERS)[3:]:
        _radio(page, item, ANSWERS[item]).tap()
    assert page.locator("#answered-count").text_content() == "6 / 6"
    assert page.locator("#live-score").text_content() == f"{SCORE:.1f}"
    with page.expect_download() as download:
        page.locator("#download-csv").tap()
    target = tmp_path / download.value.suggested_filename
    download.value.save_as(target)
    assert target.name == "mystery-17-pickup-clerk.csv"

    rows = list(csv.DictReader(target.read_text("utf-8-sig").splitlines()))
    assert {row["item"]: row["result"] for row in rows} == ANSWERS
    assert {(row["role"], row["date"]) for row in rows} == {("pickup-clerk", "2026-11-20")}
    assert list(rows[0]) == ["audit_id", "date", "employee", "role", "location", "item", "result", "comment"]
    assert next(r["comment"] for r in rows if r["item"] == "order-handover#check-serial") == COMMENT

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [sys.executable, "-m", "generator", "audit", str(FIXTURE), "--results", str(target), "--format", "json"],
        capture_output=True, text=True, env=env, check=False,
    )
    assert run.returncode == 0, run.stderr
    scores = json.loads(run.stdout)
    assert scores["employees"]["emp-4"]["score"] == pytest.approx(SCORE)
    assert scores["locations"]["riga-central"]["audits"] == 1
    assert scores["items"]["angry-customer#no-argue"]["answers"] == 0


def test_download_refuses_a_form_without_its_required_fields(forms: Path, phone: Any) -> None:
    page = phone
    page.goto((forms / "en" / "pickup-clerk-audit-form.html").as_uri())
    _radio(page, "order-handover#greet-by-name", "no").tap()
    assert page.locator("#live-score").text_content() == "0.0", "a critical `no` scores 0 (critical_fail: zero)"
    page.locator("#download-csv").tap()
    status = page.locator("#form-status")
    assert status.is_visible()
    assert "Employee" in status.text_content() and "Location" in status.text_content()
    assert page.evaluate("document.activeElement.name") == "employee"


def test_new_audit_clears_the_draft(forms: Path, phone: Any) -> None:
    page = phone
    page.goto((forms / "en" / "pickup-clerk-audit-form.html").as_uri())
    _radio(page, "store-greeting#clerk-smile", "yes").tap()
    page.locator('input[name="employee"]').fill("emp-9")
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator("#clear-form").tap()
    page.reload()
    assert not page.locator('input[name="store-greeting#clerk-smile"][value="yes"]').is_checked()
    assert page.locator('input[name="employee"]').input_value() == ""
    assert page.locator('input[name="date"]').input_value(), "a new audit starts on today's date"


def test_a_shopper_brief_opens_its_roles_form_with_the_scenario_filled_in(forms: Path, phone: Any) -> None:
    page = phone
    page.goto((forms / "he" / "angry-pickup-shopper-brief.html").as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.locator('#role-pickup-clerk .form-link a').tap()
    page.wait_for_url("**/pickup-clerk-audit-form.html?scenario=angry-pickup")
    assert page.locator('input[name="scenario"]').input_value() == "angry-pickup"
    page.reload()
    assert page.locator('input[name="scenario"]').input_value() == "angry-pickup", "kept in the draft"


def test_auditor_visit_and_scenario_columns_when_filled_in(forms: Path, phone: Any, tmp_path: Path) -> None:
    page = phone
    page.goto((forms / "en" / "pickup-clerk-audit-form.html").as_uri() + "?scenario=angry-pickup")
    for name, value in {"audit_id": "a-2", "employee": "emp-4", "location": "riga", "auditor": "aud-2"}.items():
        page.locator(f'input[name="{name}"]').fill(value)
    _radio(page, "pickup-clerk#name-badge", "yes").tap()
    with page.expect_download() as download:
        page.locator("#download-csv").tap()
    target = tmp_path / "a.csv"
    download.value.save_as(target)
    rows = list(csv.DictReader(target.read_text("utf-8-sig").splitlines()))
    assert rows == [
        {"audit_id": "a-2", "date": rows[0]["date"], "employee": "emp-4", "role": "pickup-clerk", "location": "riga",
         "item": "pickup-clerk#name-badge", "result": "yes", "comment": "", "auditor": "aud-2",
         "scenario": "angry-pickup"}
    ], "visit is left out: nobody filled it in"


def test_a_browser_without_storage_says_so_and_still_downloads(forms: Path, phone: Any, tmp_path: Path) -> None:
    page = phone
    page.add_init_script(
        "Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('denied', 'SecurityError'); }})"
    )
    page.goto((forms / "en" / "pickup-clerk-audit-form.html").as_uri())
    assert "cannot keep a draft" in page.locator("#draft-note").text_content()
    for name, value in {"employee": "emp-1", "location": "riga"}.items():
        page.locator(f'input[name="{name}"]').fill(value)
    _radio(page, "store-greeting#clerk-smile", "no").tap()
    with page.expect_download() as download:
        page.locator("#download-csv").tap()
    target = tmp_path / "a.csv"
    download.value.save_as(target)
    assert [r["result"] for r in csv.DictReader(target.read_text("utf-8-sig").splitlines())] == ["no"]
