"""Calibration (FORMAT §7.4): three auditors on four visits, every figure worked out by hand; Krippendorff's
alpha checked against his own published worked example.

Items (tests/fixtures/audit/standards): greet critical 3, offer-help major 2, no-blame minor 1; emp-1 in riga.

  visit  auditor  greet offer no-blame   final
  v1     ann      yes   yes   yes        100
  v1     bob      yes   yes   yes        100
  v1     cy       yes   no    yes        100 × 4/6 = 66.67
  v2     ann      yes   yes   no         100 × 5/6 = 83.33
  v2     bob      yes   yes   no         83.33
  v2     cy       yes   yes   no         83.33
  v3     ann      NO    yes   yes        0 (critical)
  v3     bob      NO    yes   yes        0
  v3     cy       yes   yes   yes        100
  v4     ann      yes   na    yes        100
  v4     bob      yes   na    yes        100
  solo   ann      yes   yes   yes        100   (one auditor: not a calibration visit)

Agreement: greet agrees on v1, v2, v4, not v3 -> 3/4; offer-help on v2, v3, v4, not v1 -> 3/4; no-blame on all
four -> 1.

Deviation: visit means v1 (100 + 100 + 66.67) / 3 = 88.89, v2 83.33, v3 (0 + 0 + 100) / 3 = 33.33, v4 100.
ann: (11.11 + 0 - 33.33 + 0) / 4 = -200/9 / 4 = -50/9 = -5.56; bob the same; cy: (-22.22 + 0 + 66.67) / 3 = 400/27.

Alpha (nominal; units are visit × item; values yes, no, na). Coincidences: each unit of three values adds 1/2 per
ordered pair of values from different auditors, each unit of two adds 1:
  o(yes,yes) = 3 (v1 greet) + 1 (v1 offer) + 3 (v1 no-blame) + 3 + 3 (v2 greet, offer) + 3 + 3 (v3 offer,
               no-blame) + 2 + 2 (v4 greet, no-blame) = 23
  o(yes,no) = o(no,yes) = 1 (v1 offer) + 1 (v3 greet) = 2;  o(no,no) = 3 (v2 no-blame) + 1 (v3 greet) = 4;
  o(na,na) = 2 (v4 offer)
  n(yes) = 25, n(no) = 6, n(na) = 2, n = 33
  alpha = 1 - (n - 1) × Σ o(c≠k) / Σ n(c) n(k) (c≠k) = 1 - 32 × 4 / (2 × (25×6 + 25×2 + 6×2)) = 1 - 128/424 = 37/53
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from generator.cli import main

from .conftest import STANDARDS

VISITS = [
    ("v1", "ann", ("yes", "yes", "yes")), ("v1", "bob", ("yes", "yes", "yes")), ("v1", "cy", ("yes", "no", "yes")),
    ("v2", "ann", ("yes", "yes", "no")), ("v2", "bob", ("yes", "yes", "no")), ("v2", "cy", ("yes", "yes", "no")),
    ("v3", "ann", ("no", "yes", "yes")), ("v3", "bob", ("no", "yes", "yes")), ("v3", "cy", ("yes", "yes", "yes")),
    ("v4", "ann", ("yes", "na", "yes")), ("v4", "bob", ("yes", "na", "yes")),
    ("solo", "ann", ("yes", "yes", "yes")),
]
ITEMS = ("greeting#greet", "greeting#offer-help", "greeting#no-blame")


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("calibration") / "results.csv"
    lines = ["visit,auditor,audit_id,date,employee,role,location,item,result"]
    for visit, auditor, answers in VISITS:
        for item, result in zip(ITEMS, answers, strict=True):
            lines.append(f"{visit},{auditor},{visit}-{auditor},2026-11-02,emp-1,sales-associate,riga,{item},{result}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def report(results: Path) -> dict[str, Any]:
    result = CliRunner().invoke(main, ["audit", str(STANDARDS), "--results", str(results), "--calibration",
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_agreement_per_item(report: dict[str, Any]) -> None:
    items = report["calibration"]["items"]
    assert items == {"greeting#greet": {"agreement": 0.75, "visits": 4},
                     "greeting#offer-help": {"agreement": 0.75, "visits": 4},
                     "greeting#no-blame": {"agreement": 1.0, "visits": 4}}
    assert report["calibration"]["visits"] == 4  # "solo" has one auditor


def test_deviation_per_auditor(report: dict[str, Any]) -> None:
    auditors = report["calibration"]["auditors"]
    assert auditors["ann"]["deviation"] == pytest.approx(-50 / 9) and auditors["ann"]["visits"] == 4
    assert auditors["bob"]["deviation"] == pytest.approx(-50 / 9) and auditors["bob"]["visits"] == 4
    assert auditors["cy"]["deviation"] == pytest.approx(400 / 27) and auditors["cy"]["visits"] == 3


def test_alpha(report: dict[str, Any]) -> None:
    assert report["calibration"]["alpha"] == pytest.approx(37 / 53)


def test_the_text_report_shows_the_calibration(results: Path) -> None:
    """alpha 37/53 = 0.70 (tentative: 0.667 to 0.8); items lowest agreement first (75%, 75%, 100%); auditors
    farthest from the visit's mean first: cy +400/27 = +14.8, then ann and bob -50/9 = -5.6."""
    result = CliRunner().invoke(main, ["audit", str(STANDARDS), "--results", str(results), "--calibration"])
    assert result.exit_code == 0, result.output
    text = result.stdout.split("Calibration\n===========\n", 1)[1]
    assert text.startswith("4 visits audited by more than one auditor. Krippendorff's alpha: 0.70 — tentative "
                           "agreement (0.667 to 0.8)")
    items = [line.split() for line in text.split("Items the auditors disagree on most\n", 1)[1].splitlines()[2:5]]
    assert [(row[0], row[-2], row[-1]) for row in items] == [
        ("greeting#greet", "75%", "4"), ("greeting#offer-help", "75%", "4"), ("greeting#no-blame", "100%", "4")]
    auditors = text.split("Auditors: their score minus the visit's mean\n", 1)[1].splitlines()[2:5]
    assert [line.split() for line in auditors] == [["cy", "+14.8", "3"], ["ann", "-5.6", "4"], ["bob", "-5.6", "4"]]


def nominal_alpha(data: list[list[float]]) -> float:
    """Krippendorff's nominal alpha by his coincidence-matrix recipe, written out plainly."""
    units = [[row[u] for row in data if not math.isnan(row[u])] for u in range(len(data[0]))]
    units = [u for u in units if len(u) >= 2]
    coincidence: dict[tuple[float, float], float] = {}
    for values in units:
        for i, c in enumerate(values):
            for j, k in enumerate(values):
                if i != j:
                    coincidence[(c, k)] = coincidence.get((c, k), 0.0) + 1 / (len(values) - 1)
    totals: dict[float, float] = {}
    for (c, _k), o in coincidence.items():
        totals[c] = totals.get(c, 0.0) + o
    n = sum(totals.values())
    observed = sum(o for (c, k), o in coincidence.items() if c != k)
    expected = sum(totals[c] * totals[k] for c in totals for k in totals if c != k)
    return 1 - (n - 1) * observed / expected


def test_krippendorffs_published_nominal_example() -> None:
    """K. Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section C: four observers, twelve
    units, missing values; nominal alpha = 0.743. Unit 1 lacks observer C (three values), units 10 and 11 have
    three and two values, unit 12 only one (not pairable). The coincidence matrix then has n = 40 pairable
    values with margins n(1) = 9, n(2) = 13, n(3) = 10, n(4) = 5, n(5) = 3, and its off-diagonal cells sum to 8:
    unit 2 (2, 2, 3, 2) adds 3 × 1/3 twice, unit 6 (1, 2, 3, 4) all 12 × 1/3 = 4, unit 8 (1, 1, 2, 1) 2.
    Σ n(c) n(k) over c ≠ k = 40² - (81 + 169 + 100 + 25 + 9) = 1216, so alpha = 1 - 39 × 8 / 1216 = 113/152."""
    from generator.audit import calibration

    nan = math.nan
    data = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, nan, nan, nan],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nan, 3],
        [nan, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nan],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nan],
    ]
    assert nominal_alpha(data) == pytest.approx(113 / 152)
    assert round(nominal_alpha(data), 3) == 0.743
    # the same data through the code the report uses: auditors are the observers, units (visit, item)
    answers = {("v", str(u)): {str(o): str(int(data[o][u])) for o in range(4) if not math.isnan(data[o][u])}
               for u in range(12)}
    values = sorted({v for given in answers.values() for v in given.values()})
    saved = calibration.RESULTS
    calibration.RESULTS = tuple(values)  # type: ignore[assignment]
    try:
        alpha = calibration._alpha(answers)
    finally:
        calibration.RESULTS = saved
    assert alpha == pytest.approx(0.743421052631579)
