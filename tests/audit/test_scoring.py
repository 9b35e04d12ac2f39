"""Every score of the fixture results, computed by hand from FORMAT §6.

Weights: critical 3, major 2, minor 1. Items of the fixture and their weights:
greeting#greet critical 3, greeting#offer-help major 2, greeting#no-blame minor 1,
chat-reply#hello 2, chat-reply#reply-fast 2, chat-reply#no-jargon 1, angry-customer#listen critical 3,
sales-associate#name-badge minor 1.

a1 emp-1: greet yes 3, offer-help no 2, no-blame yes 1, name-badge na -> 100*4/6 = 66.67 (no critical no)
a2 emp-1: greet NO (critical) 3, offer-help yes 2, no-blame yes 1 -> raw 100*3/6 = 50; zero policy -> 0
a3 emp-2: listen yes 3, offer-help yes 2 -> 100
a4 emp-3: hello yes 2, reply-fast no 2, no-jargon yes 1 -> 100*3/5 = 60
a5 emp-4: greet na, offer-help NA -> no score
a6 emp-2 (a store manager audited on a sales step item): listen yes 3, greet yes 3, offer-help no 2 -> 600/8 = 75
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from generator.audit import results, scoring
from generator.audit.engine import Engine
from generator.audit.inputs import Problems
from generator.model import Handbook, Tier

from .conftest import FIXTURES, audit_json

RESULTS = str(FIXTURES / "results.csv")
A1, A2, A3, A4, A6 = 400 / 6, 0.0, 100.0, 60.0, 75.0


def approx(x: float) -> object:
    return pytest.approx(x, rel=1e-12, abs=1e-12)


def score(handbook: Handbook, path: str = RESULTS) -> scoring.Scores:
    """Every score of the results at ``path``, as ``handbook audit`` computes them."""
    with Engine(handbook) as engine:
        problems = Problems()
        assert results.load(engine, path, problems) is not None, [d.message for d in problems.items]
        whole = scoring.score(engine).whole
        whole.audits = list(whole.audits)  # read from DuckDB while the engine is open
        return whole


@pytest.fixture(scope="module")
def s(handbook: Handbook) -> scoring.Scores:
    return score(handbook)


def test_audit_raw_and_final_scores(s: scoring.Scores) -> None:
    by_id = {a.id: a for a in s.audits}
    assert by_id["a1"].raw == approx(A1) and by_id["a1"].final == approx(A1)
    assert by_id["a2"].raw == approx(50.0) and by_id["a2"].final == 0.0
    assert by_id["a2"].critical_failed == ("greeting#greet",)
    assert by_id["a3"].final == approx(100.0)
    assert by_id["a4"].final == approx(60.0)
    assert by_id["a5"].raw is None and by_id["a5"].final is None and by_id["a5"].passed is None
    assert by_id["a6"].final == approx(75.0)
    # pass mark 80: only a3 passes
    assert [a.id for a in s.audits if a.passed] == ["a3"]
    assert s.overall.pass_rate == approx(1 / 5)


@pytest.mark.parametrize(
    ("policy", "expected"), [("zero", 0.0), (40.0, 40.0), (60.0, 50.0), (50.0, 50.0), ("none", 50.0)]
)
def test_critical_fail_policies(handbook: Handbook, policy: object, expected: float) -> None:
    policy_scoring = replace(handbook.scoring, critical_fail=policy)  # type: ignore[arg-type]
    by_id = {a.id: a for a in score(replace(handbook, scoring=policy_scoring)).audits}
    assert by_id["a2"].raw == approx(50.0) and by_id["a2"].final == approx(expected)
    # a critical item answered yes never triggers the policy
    assert by_id["a1"].final == approx(A1)


def test_means(s: scoring.Scores) -> None:
    assert s.employees["emp-1"].score == approx((A1 + A2) / 2)
    assert s.employees["emp-2"].score == approx((A3 + A6) / 2)  # 87.5
    assert s.employees["emp-3"].score == approx(A4)
    assert s.employees["emp-4"].score is None and s.employees["emp-4"].unscored == ["a5"]
    assert s.roles["sales-associate"].score == approx((A1 + A2) / 2)
    assert s.roles["store-manager"].score == approx(87.5)
    assert s.departments["stores"].score == approx((A1 + A2 + A3 + A6) / 4)
    assert s.departments["contact-centre"].score == approx(60.0)
    assert s.locations["riga"].score == approx((A1 + A2) / 2)
    assert s.locations["tallinn"].score == approx(87.5)
    assert s.locations["tallinn"].unscored == ["a5"]


def test_tiers(s: scoring.Scores, handbook: Handbook) -> None:
    assert s.employees["emp-2"].tier == "silver"  # 87.5
    assert s.employees["emp-1"].tier == "coaching"
    assert s.employees["emp-4"].tier is None
    tiers = handbook.scoring.tiers
    assert scoring.tier_for(95.0, tiers) == "gold"
    assert scoring.tier_for(94.99999, tiers) == "silver"
    assert scoring.tier_for(85.0, tiers) == "silver"
    assert scoring.tier_for(84.99, tiers) == "coaching"
    assert scoring.tier_for(0.0, tiers) == "coaching"
    assert scoring.tier_for(100.0, tiers) == "gold"
    no_floor = (Tier("top", tiers[0].name, 90.0, tiers[0].source),)
    assert scoring.tier_for(89.9, no_floor) is None


def test_pooled_step_situation_item(s: scoring.Scores) -> None:
    # greeting: yes weights a1 3+1, a2 2+1, a3 2, a6 3 = 12; answered a1 6, a2 6, a3 2, a6 5 = 19
    assert s.steps["greeting"].score == approx(1200 / 19)
    assert (s.steps["greeting"].yes, s.steps["greeting"].no, s.steps["greeting"].na) == (6, 3, 2)
    assert s.steps["chat-reply"].score == approx(60.0)
    assert s.situations["angry-customer"].score == approx(100.0)  # no critical rule for pools
    assert s.items["greeting#greet"].score == approx(600 / 9)  # a1 yes, a2 no, a5 na, a6 yes
    assert s.items["greeting#offer-help"].score == approx(50.0)  # yes a2, a3; no a1, a6: 100*4/8
    assert s.items["sales-associate#name-badge"].score is None
    assert s.items["sales-associate#name-badge"].na == 1


def test_json_report_matches_hand_computed() -> None:
    data = audit_json("--results", RESULTS)
    for key in ("employees", "roles", "locations", "departments", "steps", "situations", "items", "nps",
                "transcripts"):
        assert key in data
    assert data["employees"]["emp-1"]["score"] == approx((A1 + A2) / 2)
    assert data["employees"]["emp-1"]["audits"] == 2
    assert data["employees"]["emp-2"]["tier"] == "silver"
    assert data["employees"]["emp-4"]["score"] is None
    assert data["steps"]["greeting"]["answers"] == 9
    # audits by date: a1 2 Nov, a3 3 Nov, a6 6 Nov, a2 9 Nov
    assert data["departments"]["stores"]["audit_ids"] == ["a1", "a3", "a6", "a2"]
    # unrounded floats
    assert data["employees"]["emp-1"]["score"] != round(data["employees"]["emp-1"]["score"], 1)


def test_text_report_rounds_and_explains_null() -> None:
    from .conftest import run_audit

    out = run_audit("--results", RESULTS).stdout
    assert "33.3" in out and "87.5" in out
    assert "No score: every item of their audits was N/A: emp-4" in out
