"""AUDIT010: a failing input and a passing one, through `handbook audit`."""

from pathlib import Path

from audit_inputs import SURVEYS, audit_problems


def test_score_out_of_range(tmp_path: Path) -> None:
    assert audit_problems(tmp_path, surveys=SURVEYS + "2026-11-02,riga,emp-1,,11,,\n") == (1, [("AUDIT010", 2, 1)])


def test_csat_out_of_range(tmp_path: Path) -> None:
    assert audit_problems(tmp_path, surveys=SURVEYS + "2026-11-02,riga,emp-1,,,6,\n") == (1, [("AUDIT010", 2, 1)])


def test_score_and_csat_in_range_pass(tmp_path: Path) -> None:
    assert audit_problems(tmp_path, surveys=SURVEYS + "2026-11-02,riga,emp-1,,10,5,\n") == (0, [])
