"""Mystery-shopping coverage: per period, the locations and scenarios shopped fewer times than planned.

The fixture's scenario `angry-pickup` plans 2 visits per location every month and checks items of the pickup
clerk and the store manager. Figures below are counted by hand from the audits listed."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from generator.audit.coverage import ShoppedAudit, Shortfall, coverage
from generator.model import Handbook, ShoppingPlan
from generator.pipeline import load

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "checklists"


@pytest.fixture(scope="module")
def handbook() -> Handbook:
    result = load(FIXTURE)
    assert result.ok
    return result.handbook


def audit(audit_id: str, day: str, location: str, role: str = "pickup-clerk", visit: str | None = None,
          scenario: str | None = "angry-pickup") -> ShoppedAudit:
    return ShoppedAudit(audit_id, date.fromisoformat(day), role, location, visit, scenario)


AUDITS = [
    # riga, November: one visit seen by the clerk's and the manager's audits, and a second visit -> 2 of 2
    audit("r1", "2026-11-03", "riga", visit="v1"),
    audit("r2", "2026-11-03", "riga", role="store-manager", visit="v1"),
    audit("r3", "2026-11-20", "riga"),
    # tallinn, November: one visit -> 1 of 2
    audit("t1", "2026-11-12", "tallinn"),
    # vilnius: a regular audit of the clerk (no scenario), never shopped -> 0 of 2 in both months
    audit("v1", "2026-11-05", "vilnius", scenario=None),
    # the contact agent's desk: no role of the scenario works there, so it is not planned
    audit("c1", "2026-11-06", "call-centre", role="contact-agent", scenario=None),
    # December: riga and tallinn twice each
    audit("r4", "2026-12-01", "riga"), audit("r5", "2026-12-15", "riga", visit="x"),
    audit("t2", "2026-12-02", "tallinn", visit="x"), audit("t3", "2026-12-09", "tallinn", visit="y"),
    # a typo in the scenario column counts for nothing
    audit("t4", "2026-12-10", "tallinn", scenario="angry-pickp"),
]


def test_one_store_under_plan_and_one_never_shopped(handbook: Handbook) -> None:
    found = coverage(handbook, AUDITS, None, None)
    assert (found.start, found.end) == (date(2026, 11, 3), date(2026, 12, 15))
    (plan,) = found.plans
    assert (plan.scenario, plan.count, plan.every, plan.locations) == ("angry-pickup", 2, "month",
                                                                        ("riga", "tallinn", "vilnius"))
    assert found.periods == {
        "2026-11": (Shortfall("angry-pickup", "tallinn", 2, 1), Shortfall("angry-pickup", "vilnius", 2, 0)),
        "2026-12": (Shortfall("angry-pickup", "vilnius", 2, 0),),
    }
    assert found.shortfalls == 3
    assert found.visits["angry-pickup"] == {"riga": {"2026-11": 2, "2026-12": 2}, "tallinn": {"2026-11": 1,
                                                                                            "2026-12": 2}}


def test_a_typo_in_the_scenario_column_is_reported(handbook: Handbook) -> None:
    (unknown,) = coverage(handbook, AUDITS, None, None).unknown
    assert (unknown.value, unknown.audits, unknown.guess) == ("angry-pickp", 1, "angry-pickup")


def test_the_range_lists_periods_without_any_visit(handbook: Handbook) -> None:
    found = coverage(handbook, AUDITS, date(2026, 10, 1), date(2026, 12, 31))
    assert list(found.periods) == ["2026-10", "2026-11", "2026-12"]
    assert [(s.location, s.done) for s in found.periods["2026-10"]] == [("riga", 0), ("tallinn", 0), ("vilnius", 0)]


def test_listed_locations_and_other_periods(handbook: Handbook) -> None:
    scenario = dataclasses.replace(
        handbook.scenarios[0], locations=("riga", "tartu"), plan=ShoppingPlan(count=3, every="quarter")
    )
    quarterly = dataclasses.replace(handbook, scenarios=(scenario,))
    found = coverage(quarterly, AUDITS, None, None)
    assert found.plans[0].listed and found.plans[0].locations == ("riga", "tartu")
    # riga: visits v1, r3, r4, x = 4 in Q4 (the plan is 3); tartu: none
    assert found.periods == {"2026-Q4": (Shortfall("angry-pickup", "tartu", 3, 0),)}


def test_weeks_are_iso_weeks(handbook: Handbook) -> None:
    scenario = dataclasses.replace(handbook.scenarios[0], locations=("riga",), plan=ShoppingPlan(1, "week"))
    weekly = dataclasses.replace(handbook, scenarios=(scenario,))
    found = coverage(weekly, AUDITS, date(2026, 11, 2), date(2026, 11, 22))
    # riga was shopped on 2026-11-03 (W45) and 2026-11-20 (W47), not in W46
    assert {label: [s.location for s in found.periods[label]] for label in found.periods} == {
        "2026-W45": [], "2026-W46": ["riga"], "2026-W47": []
    }


def test_no_plan_no_audits(handbook: Handbook) -> None:
    unplanned = dataclasses.replace(handbook, scenarios=(dataclasses.replace(handbook.scenarios[0], plan=None),))
    assert coverage(unplanned, AUDITS, None, None).plans == ()
    empty = coverage(handbook, [], None, None)
    assert (empty.start, empty.periods, empty.shortfalls) == (None, {}, 0)
