"""Periods, tiers per period, ``min_audits`` and ``repeat_critical`` (FORMAT §7.2), worked out by hand.

Items (tests/fixtures/audit/standards): greeting#greet critical 3, greeting#offer-help major 2,
greeting#no-blame minor 1. Tiers gold 95, silver 85, coaching 0; ``critical_fail: zero``.
This folder's scoring.yaml adds ``min_audits: 2`` and ``repeat_critical: {count: 2, within: 30d}``.

  audit  date        employee  greet offer no-blame   raw                    final
  o1     2026-10-05  emp-1     yes   yes   yes        100                    100
  o2     2026-10-20  emp-1     yes   no    yes        100 × 4/6 = 66.67      66.67
  o3     2026-10-12  emp-2     NO    yes   yes        100 × 3/6 = 50         0 (critical)
  o4     2026-10-01  emp-3     NO    yes   -          100 × 2/5 = 40         0
  n1     2026-11-03  emp-1     yes   yes   yes        100                    100
  n4     2026-11-24  emp-1     yes   yes   yes        100                    100
  n2     2026-11-09  emp-2     NO    yes   yes        50                     0
  n3     2026-11-30  emp-2     yes   yes   yes        100                    100
  n5     2026-11-15  emp-3     NO    -     -          0                      0

- whole range: emp-1 (100 + 66.67 + 100 + 100) / 4 = 91.67 -> silver; emp-2 (0 + 0 + 100) / 3 = 33.33 -> coaching;
- October: emp-1 (100 + 66.67) / 2 = 83.33 -> coaching; emp-2 0 from one audit -> no tier (min_audits 2);
- November: emp-1 100 -> gold; emp-2 (0 + 100) / 2 = 50 -> coaching; emp-3 0 from one audit -> no tier;
- repeat_critical: emp-2 missed greet on 12 Oct and 9 Nov, 28 days apart -> one alert; emp-3 on 1 Oct and
  15 Nov, 45 days apart -> none. Within one month each has one miss: no alert in any period.
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from generator.audit import alerts, periods
from generator.cli import main
from generator.model import RepeatCritical

from .conftest import STANDARDS

ROWS = [
    ("o1", "2026-10-05", "emp-1", "riga", {"greet": "yes", "offer-help": "yes", "no-blame": "yes"}),
    ("o2", "2026-10-20", "emp-1", "riga", {"greet": "yes", "offer-help": "no", "no-blame": "yes"}),
    ("o3", "2026-10-12", "emp-2", "tallinn", {"greet": "no", "offer-help": "yes", "no-blame": "yes"}),
    ("o4", "2026-10-01", "emp-3", "riga", {"greet": "no", "offer-help": "yes"}),
    ("n1", "2026-11-03", "emp-1", "riga", {"greet": "yes", "offer-help": "yes", "no-blame": "yes"}),
    ("n4", "2026-11-24", "emp-1", "riga", {"greet": "yes", "offer-help": "yes", "no-blame": "yes"}),
    ("n2", "2026-11-09", "emp-2", "tallinn", {"greet": "no", "offer-help": "yes", "no-blame": "yes"}),
    ("n3", "2026-11-30", "emp-2", "tallinn", {"greet": "yes", "offer-help": "yes", "no-blame": "yes"}),
    ("n5", "2026-11-15", "emp-3", "riga", {"greet": "no"}),
]


@pytest.fixture(scope="module")
def standards(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("periods") / "standards"
    shutil.copytree(STANDARDS, folder)
    scoring = folder / "scoring.yaml"
    scoring.write_text(scoring.read_text(encoding="utf-8")
                       + "min_audits: 2\nrepeat_critical: {count: 2, within: 30d}\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("periods-results") / "results.csv"
    lines = ["date,audit_id,item,result,employee,role,location"]  # columns in another order than FORMAT §6
    for audit_id, day, employee, location, answers in ROWS:
        for item, result in answers.items():
            lines.append(f"{day},{audit_id},greeting#{item},{result},{employee},sales-associate,{location}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def audit(standards: Path, *args: str) -> dict[str, Any]:
    result = CliRunner().invoke(main, ["audit", str(standards), *args, "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_period_labels() -> None:
    assert periods.label(date(2026, 10, 5), "month") == "2026-10"
    assert periods.label(date(2026, 10, 5), "week") == "2026-W41"  # a Monday
    assert periods.label(date(2026, 10, 4), "week") == "2026-W40"  # the Sunday before
    # 2026 begins on a Thursday, so it has 53 ISO weeks; 1 January 2027 (a Friday) is still in its week 53
    assert periods.label(date(2026, 12, 31), "week") == "2026-W53"
    assert periods.label(date(2027, 1, 1), "week") == "2026-W53"
    assert periods.label(date(2027, 1, 4), "week") == "2027-W01"
    assert periods.label(date(2024, 12, 30), "week") == "2025-W01"  # a Monday in December opens next year's week 1
    assert periods.label(date(2026, 9, 30), "quarter") == "2026-Q3"
    assert periods.label(date(2026, 10, 1), "quarter") == "2026-Q4"
    assert periods.label(date(2026, 1, 1), "quarter") == "2026-Q1"


def test_scores_and_tiers_per_month(standards: Path, results: Path) -> None:
    data = audit(standards, "--results", str(results), "--period", "month")
    emp = data["employees"]
    assert emp["emp-1"]["score"] == pytest.approx((100 + 400 / 6 + 100 + 100) / 4)  # 91.67
    assert emp["emp-1"]["tier"] == "silver"
    assert emp["emp-2"]["score"] == pytest.approx(100 / 3) and emp["emp-2"]["tier"] == "coaching"
    assert emp["emp-3"]["score"] == 0.0 and emp["emp-3"]["tier"] == "coaching"  # two audits: enough for a tier
    assert list(data["periods"]) == ["2026-10", "2026-11"]
    october, november = data["periods"]["2026-10"], data["periods"]["2026-11"]
    assert october["employees"]["emp-1"]["score"] == pytest.approx((100 + 400 / 6) / 2)  # 83.33
    assert october["employees"]["emp-1"]["tier"] == "coaching"
    assert october["employees"]["emp-1"]["audit_ids"] == ["o1", "o2"]
    assert october["employees"]["emp-2"]["score"] == 0.0 and october["employees"]["emp-2"]["tier"] is None
    assert november["employees"]["emp-1"]["score"] == 100.0 and november["employees"]["emp-1"]["tier"] == "gold"
    assert november["employees"]["emp-2"]["score"] == 50.0 and november["employees"]["emp-2"]["tier"] == "coaching"
    assert november["employees"]["emp-3"]["tier"] is None
    # every key of the top level, computed from the period's rows alone
    for key in ("employees", "roles", "locations", "departments", "steps", "situations", "items", "nps"):
        assert key in october
    # riga in October: o1 100, o2 66.67, o4 0 -> 55.56; the greeting step pools October's answers:
    # yes weights o1 6, o2 4, o3 3, o4 2 = 15 of answered 6 + 6 + 6 + 5 = 23
    assert october["locations"]["riga"]["score"] == pytest.approx((100 + 400 / 6 + 0) / 3)
    assert october["steps"]["greeting"]["score"] == pytest.approx(100 * 15 / 23)
    assert october["summary"]["audits"] == 4 and november["summary"]["audits"] == 5
    assert {a["id"]: a["period"] for a in data["audits"]}["n5"] == "2026-11"


def test_repeat_critical_alerts(standards: Path, results: Path) -> None:
    data = audit(standards, "--results", str(results), "--period", "month")
    assert data["alerts"] == [{"kind": "repeat_critical", "employee": "emp-2", "item": "greeting#greet",
                               "dates": ["2026-10-12", "2026-11-09"], "audit_ids": ["o3", "n2"]}]
    assert data["periods"]["2026-10"]["alerts"] == [] and data["periods"]["2026-11"]["alerts"] == []


def test_from_and_to_keep_the_closed_range(standards: Path, results: Path) -> None:
    november = audit(standards, "--results", str(results), "--from", "2026-11-01")
    assert november["employees"]["emp-1"]["score"] == 100.0 and november["employees"]["emp-1"]["tier"] == "gold"
    assert november["alerts"] == []  # one miss each in the range
    # both ends are kept: 2026-10-05 (o1) and 2026-10-20 (o2)
    middle = audit(standards, "--results", str(results), "--from", "2026-10-05", "--to", "2026-10-20")
    assert sorted(a["id"] for a in middle["audits"]) == ["o1", "o2", "o3"]


def test_weeks_and_quarters(standards: Path, results: Path) -> None:
    weeks = audit(standards, "--results", str(results), "--period", "week")["periods"]
    # o4 Thu 1 Oct (W40), o1 Mon 5 Oct (W41), o3 Mon 12 Oct (W42), o2 Tue 20 Oct (W43), n1 Tue 3 Nov (W45),
    # n2 Mon 9 Nov (W46), n5 Sun 15 Nov (W46), n4 Tue 24 Nov (W48), n3 Mon 30 Nov (W49)
    assert list(weeks) == ["2026-W40", "2026-W41", "2026-W42", "2026-W43", "2026-W45", "2026-W46", "2026-W48",
                           "2026-W49"]
    assert sorted(weeks["2026-W46"]["employees"]) == ["emp-2", "emp-3"]
    quarters = audit(standards, "--results", str(results), "--period", "quarter")["periods"]
    assert list(quarters) == ["2026-Q4"]


def test_repeat_critical_runs_merge_when_they_overlap() -> None:
    """count 2 within 90 days: 1 Mar-20 Apr (50 d) and 20 Apr-10 Jun (51 d) overlap: one alert of three dates;
    1 Mar and 1 Sep (184 d) make none."""

    class A:
        def __init__(self, audit_id: str, day: str) -> None:
            self.id, self.date, self.employee = audit_id, date.fromisoformat(day), "e"
            self.critical_failed = ("s#crit",)

    rule = RepeatCritical(2, "90d", 90 * 86400)
    found = alerts.repeat_critical([A("a", "2026-03-01"), A("b", "2026-04-20"), A("c", "2026-06-10")], rule)
    assert [x.dates for x in found] == [("2026-03-01", "2026-04-20", "2026-06-10")]
    assert alerts.repeat_critical([A("a", "2026-03-01"), A("b", "2026-09-01")], rule) == []
    three = RepeatCritical(3, "90d", 90 * 86400)
    # three misses within 90 days: 1 Mar, 20 Apr, 29 May (89 days) -> one alert; 1 Mar, 20 Apr, 30 May (90) too;
    # 1 Mar, 20 Apr, 31 May (91 days) -> none
    assert len(alerts.repeat_critical([A("a", "2026-03-01"), A("b", "2026-04-20"), A("c", "2026-05-30")], three)) == 1
    assert alerts.repeat_critical([A("a", "2026-03-01"), A("b", "2026-04-20"), A("c", "2026-05-31")], three) == []
