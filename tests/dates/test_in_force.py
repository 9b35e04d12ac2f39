"""Effective and retired dates at their boundaries: the model, `checklists --date`, and the diff."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

from dates.dates_support import BEFORE, CHANGE, DATED_STAGE, dated_folder, run
from generator.pipeline import load

DAY_BEFORE, CHANGE_DAY = date(2026, 11, 30), date(2026, 12, 1)


def test_in_force_from_the_effective_day_until_the_day_before_retired(dated: Path) -> None:
    hb = load(dated).handbook
    new, old = hb.item("greet#new-wait"), hb.item("greet#old-wait")
    assert new is not None and old is not None
    assert new.effective == CHANGE_DAY and old.retired == CHANGE_DAY
    # effective <= day: not the day before, yes on the day itself
    assert not new.in_force(DAY_BEFORE) and new.in_force(CHANGE_DAY)
    # day < retired: yes the day before, not on the day itself
    assert old.in_force(DAY_BEFORE) and not old.in_force(CHANGE_DAY)
    undated = hb.item("greet#hello")
    assert undated is not None and undated.in_force(date(1900, 1, 1)) and undated.in_force(date(2999, 1, 1))


def test_role_items_on_a_day(dated: Path) -> None:
    hb = load(dated).handbook
    ids = lambda day: [s.id for s in hb.standards_for_role("clerk", day)]  # noqa: E731
    assert ids(DAY_BEFORE) == ["hello", "old-wait", "badge"]
    assert ids(CHANGE_DAY) == ["hello", "new-wait", "badge"]
    assert [s.id for s in hb.standards_for_role("clerk")] == ["hello", "old-wait", "new-wait", "gone", "badge"]


def _checklist(tmp_path: Path, folder: Path, *args: str, today: str = BEFORE) -> Path:
    out = tmp_path / f"out-{len(list(tmp_path.iterdir()))}"
    result = run("checklists", str(folder), "--out", str(out), "--lang", "en", "--role", "clerk", *args, today=today)
    assert result.exit_code == 0, result.output
    return out


def _template_items(out: Path) -> list[str]:
    with (out / "clerk-audit-template.csv").open(encoding="utf-8-sig", newline="") as handle:
        return [row["item"] for row in csv.DictReader(handle)]


def test_checklist_date_boundaries(tmp_path: Path, dated: Path) -> None:
    before = _checklist(tmp_path, dated, "--date", BEFORE)
    on = _checklist(tmp_path, dated, "--date", CHANGE)
    assert _template_items(before) == ["greet#hello", "greet#old-wait", "clerk#badge"]
    assert _template_items(on) == ["greet#hello", "greet#new-wait", "clerk#badge"]
    for kind in ("checklist", "audit-form"):
        html_before = (before / "en" / f"clerk-{kind}.html").read_text("utf-8")
        html_on = (on / "en" / f"clerk-{kind}.html").read_text("utf-8")
        assert "Answer within 20 seconds" in html_before and "Answer within 15 seconds" not in html_before
        assert "Answer within 15 seconds" in html_on and "Answer within 20 seconds" not in html_on
        assert "Fax the order form" not in html_before + html_on
        # the page says which day it holds, and the item that ends says when
        assert f'<time datetime="{BEFORE}">{BEFORE}</time>' in html_before
        assert f'No longer in force from <bdi dir="ltr"><time datetime="{CHANGE}">' in html_before


def test_checklists_default_to_today(tmp_path: Path, dated: Path) -> None:
    assert _template_items(_checklist(tmp_path, dated, today=BEFORE))[1] == "greet#old-wait"
    assert _template_items(_checklist(tmp_path, dated, today=CHANGE))[1] == "greet#new-wait"


def test_checklists_bad_date_is_usage_error(tmp_path: Path, dated: Path) -> None:
    result = run("checklists", str(dated), "--out", str(tmp_path / "x"), "--date", "2026-02-30")
    assert result.exit_code == 2
    assert "'2026-02-30' is not a date: write it as YYYY-MM-DD" in result.output
    assert not (tmp_path / "x").exists()


def test_diff_reports_a_changed_date(tmp_path: Path) -> None:
    old = dated_folder(tmp_path / "old")
    new = dated_folder(tmp_path / "new", {"journey/01-buy.yaml": _moved_date()})
    result = run("diff", str(old), str(new), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    [item] = [i for i in data["items"] if i["id"] == "greet#new-wait"]
    assert item["change"] == "changed"
    assert item["fields"]["effective"] == {"old": CHANGE, "new": "2026-12-15"}


def _moved_date() -> str:
    return DATED_STAGE.replace("effective: 2026-12-01", "effective: 2026-12-15")
