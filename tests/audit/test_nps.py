"""NPS of the fixture surveys by hand: % of 9-10 minus % of 0-6."""

from __future__ import annotations

import pytest

from .conftest import FIXTURES, audit_json, run_audit


def test_nps_per_location_employee_overall() -> None:
    data = audit_json("--surveys", str(FIXTURES / "surveys.csv"))
    nps = data["nps"]
    # scores 10, 9, 6, 8, 0, 7, 10 -> promoters 3, detractors 2 of 7
    assert nps["overall"] == pytest.approx(100 * (3 - 2) / 7)
    # riga 10, 9, 6, 8 -> (2 - 1) / 4; tallinn 0, 7, 10 -> (1 - 1) / 3
    assert nps["locations"] == {"riga": pytest.approx(25.0), "tallinn": pytest.approx(0.0)}
    # emp-1 10, 9, 6 -> 1/3; emp-2 0, 7 -> -1/2; empty employee rows count only overall and per location
    assert nps["employees"] == {"emp-1": pytest.approx(100 / 3), "emp-2": pytest.approx(-50.0)}


def test_empty_surveys_give_a_message_not_a_division_by_zero(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "s.csv"
    path.write_text("date,location,employee,score\n", encoding="utf-8")
    result = run_audit("--surveys", str(path))
    assert result.exit_code == 0
    assert "no responses: NPS is not defined" in result.stdout
    data = audit_json("--surveys", str(path))
    assert data["nps"]["overall"] is None
