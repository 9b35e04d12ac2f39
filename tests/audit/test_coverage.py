"""Mystery-shopping coverage: per period, the locations and scenarios shopped fewer times than planned.

The fixture's scenario `angry-pickup` plans 2 visits per location every month and checks items of the pickup
clerk and the store manager. Figures below are counted by hand from the audits listed."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from generator.audit.coverage import Cell, ShoppedAudit, coverage, gather
from generator.model import Handbook, ShoppingPlan
from generator.pipeline import load

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "checklists"
LATER = date(2027, 6, 1)  # "today" for the tests: every period of the fixture is over


@pytest.fixture(scope="module")
def handbook() -> Handbook:
    result = load(FIXTURE)
    assert result.ok
    return result.handbook


def shop(audit_id: str, day: str, location: str, role: str = "pickup-clerk", visit: str | None = None,
         scenario: str = "angry-pickup") -> ShoppedAudit:
    return ShoppedAudit(audit_id, date.fromisoformat(day), role, location, visit, scenario)


AUDITS = gather([
    # riga, November: one visit seen by the clerk's and the manager's audits, and a second visit -> 2 of 2
    shop("r1", "2026-11-03", "riga", visit="v1"),
    shop("r2", "2026-11-03", "riga", role="store-manager", visit="v1"),
    shop("r3", "2026-11-20", "riga"),
    # tallinn, November: one visit -> 1 of 2
    shop("t1", "2026-11-12", "tallinn"),
    # vilnius: a regular audit of the clerk (no scenario), never shopped -> 0 of 2 in both months
    ("pickup-clerk", "vilnius", date(2026, 11, 5)),
    # the contact agent's desk: no role of the scenario works there, so it is not planned
    ("contact-agent", "call-centre", date(2026, 11, 6)),
    # December: riga and tallinn twice each (the visit id "x" in two locations is two visits)
    shop("r4", "2026-12-01", "riga"), shop("r5", "2026-12-15", "riga", visit="x"),
    shop("t2", "2026-12-02", "tallinn", visit="x"), shop("t3", "2026-12-09", "tallinn", visit="y"),
    # a scenario value no scenario has counts for nothing
    shop("t4", "2026-12-10", "tallinn", scenario="angry-pickp"),
])


def under(found: object) -> dict[str, list[tuple[str, int, int]]]:
    """``{label: [(location, planned, done)]}`` of the cells under plan."""
    return {label: [(c.location, c.planned, c.done) for c in p.under_plan]
            for label, p in found.periods.items()}  # type: ignore[attr-defined]


def test_one_store_under_plan_and_one_never_shopped(handbook: Handbook) -> None:
    found = coverage(handbook, AUDITS, today=LATER)
    assert (found.start, found.end) == (date(2026, 11, 3), date(2026, 12, 15))
    (plan,) = found.plans
    assert (plan.scenario, plan.count, plan.every, plan.measured, plan.locations, plan.listed) == (
        "angry-pickup", 2, "month", "month", ("riga", "tallinn", "vilnius"), False)
    assert found.periods["2026-11"].cells == (Cell("angry-pickup", "riga", 2, 2), Cell("angry-pickup", "tallinn", 2, 1),
                                              Cell("angry-pickup", "vilnius", 2, 0))
    assert under(found) == {"2026-11": [("tallinn", 2, 1), ("vilnius", 2, 0)], "2026-12": [("vilnius", 2, 0)]}
    assert [c.missing for c in found.periods["2026-11"].under_plan] == [1, 2]
    assert found.shortfalls == 3
    november = found.periods["2026-11"]
    assert (november.first, november.last, november.partial, november.in_progress) == (
        date(2026, 11, 1), date(2026, 11, 30), False, False)


def test_a_typo_in_the_scenario_column_is_reported(handbook: Handbook) -> None:
    (unknown,) = coverage(handbook, AUDITS, today=LATER).unknown
    assert (unknown.value, unknown.audits, unknown.guess) == ("angry-pickp", 1, "angry-pickup")


def test_the_range_lists_periods_without_any_visit_and_marks_cut_ones(handbook: Handbook) -> None:
    found = coverage(handbook, AUDITS, date(2026, 10, 1), date(2026, 12, 10), today=LATER)
    assert list(found.periods) == ["2026-10", "2026-11", "2026-12"]
    assert under(found)["2026-10"] == [("riga", 2, 0), ("tallinn", 2, 0), ("vilnius", 2, 0)]
    assert [p.partial for p in found.periods.values()] == [False, False, True], "--to cuts December"


def test_a_period_not_over_yet_is_in_progress(handbook: Handbook) -> None:
    found = coverage(handbook, AUDITS, today=date(2026, 12, 16))
    assert [p.in_progress for p in found.periods.values()] == [False, True]


def test_listed_locations_and_a_quarterly_plan(handbook: Handbook) -> None:
    scenario = dataclasses.replace(
        handbook.scenarios[0], locations=("riga", "tartu"), plan=ShoppingPlan(count=3, every="quarter")
    )
    quarterly = dataclasses.replace(handbook, scenarios=(scenario,))
    found = coverage(quarterly, AUDITS, today=LATER)
    assert found.plans[0].listed and found.plans[0].locations == ("riga", "tartu")
    # riga: visits v1, r3, r4, x = 4 in Q4 (the plan is 3); tartu: none
    assert under(found) == {"2026-Q4": [("tartu", 3, 0)]}
    # a shorter --period does not split a quarterly plan
    assert list(coverage(quarterly, AUDITS, period="month", today=LATER).periods) == ["2026-Q4"]


def test_a_longer_period_adds_up_the_plan(handbook: Handbook) -> None:
    # --period quarter, range 2026-11-03..2026-12-15: November and December of Q4 -> 2 × 2 = 4 planned
    # riga: v1, r3, r4, x = 4; tallinn: t1, x, y = 3; vilnius: 0
    found = coverage(handbook, AUDITS, period="quarter", today=LATER)
    assert found.plans[0].measured == "quarter"
    assert under(found) == {"2026-Q4": [("tallinn", 4, 3), ("vilnius", 4, 0)]}
    # the whole quarter asked: October counts too -> 6 planned
    whole = coverage(handbook, AUDITS, date(2026, 10, 1), date(2026, 12, 31), period="quarter", today=LATER)
    assert under(whole) == {"2026-Q4": [("riga", 6, 4), ("tallinn", 6, 3), ("vilnius", 6, 0)]}


def test_weeks_are_iso_weeks_and_belong_to_the_month_of_their_thursday(handbook: Handbook) -> None:
    scenario = dataclasses.replace(handbook.scenarios[0], locations=("riga",), plan=ShoppingPlan(1, "week"))
    weekly = dataclasses.replace(handbook, scenarios=(scenario,))
    found = coverage(weekly, AUDITS, date(2026, 11, 2), date(2026, 11, 22), today=LATER)
    # riga was shopped on 2026-11-03 (W45) and 2026-11-20 (W47), not in W46
    assert under(found) == {"2026-W45": [], "2026-W46": [("riga", 1, 0)], "2026-W47": []}
    # per month: the weeks whose Thursday is in November 2026 are W45 (Thu 5th) to W48 (Thu 26th); in the
    # whole month 4 visits are planned, and riga had v1, r3 -> 2
    monthly = coverage(weekly, AUDITS, date(2026, 11, 1), date(2026, 11, 30), period="month", today=LATER)
    assert under(monthly) == {"2026-11": [("riga", 4, 2)]}
    # December 2026: Thursdays 3, 10, 17, 24 and 31 -> 5 weeks
    december = coverage(weekly, AUDITS, date(2026, 12, 1), date(2026, 12, 31), period="month", today=LATER)
    assert under(december) == {"2026-12": [("riga", 5, 2)]}


def test_no_plan_no_audits(handbook: Handbook) -> None:
    unplanned = dataclasses.replace(handbook, scenarios=(dataclasses.replace(handbook.scenarios[0], plan=None),))
    found = coverage(unplanned, AUDITS, today=LATER)
    assert (found.plans, found.unplanned, found.periods) == ((), ("angry-pickup",), {})
    empty = coverage(handbook, gather([]), today=LATER)
    assert (empty.start, empty.periods, empty.shortfalls) == (None, {}, 0)
    # no role of the scenario audited anywhere: nothing to measure against
    alone = gather([("contact-agent", "call-centre", date(2026, 11, 6))])
    assert coverage(handbook, alone, today=LATER).plans[0].locations == ()
    assert coverage(handbook, alone, today=LATER).periods == {}


def test_periods_of_plans_of_different_lengths_in_the_order_they_end(handbook: Handbook) -> None:
    monthly = handbook.scenarios[0]
    quarterly = dataclasses.replace(monthly, id="quarterly-pickup", plan=ShoppingPlan(1, "quarter"))
    both = dataclasses.replace(handbook, scenarios=(monthly, quarterly))
    found = coverage(both, AUDITS, date(2026, 11, 1), date(2026, 12, 31), today=LATER)
    assert list(found.periods) == ["2026-11", "2026-12", "2026-Q4"]
    # the quarterly plan: riga and tallinn were shopped only with `angry-pickup`, vilnius never
    assert under(found)["2026-Q4"] == [("riga", 1, 0), ("tallinn", 1, 0), ("vilnius", 1, 0)]
    assert found.periods["2026-Q4"].partial, "--from cuts October off the quarter"
