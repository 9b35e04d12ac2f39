"""AUDIT007: a failing input and a passing one, through `handbook audit`."""

from pathlib import Path

from audit_inputs import RESULTS, audit_problems

#: a result row of the audit fixture, without its result and comment
ROW = "a1,2026-11-02,emp-1,sales-associate,riga,greeting#greet"


def test_one_audit_two_employees(tmp_path: Path) -> None:
    rows = (ROW + ",yes,\n"
            "a1,2026-11-02,emp-2,sales-associate,riga,greeting#offer-help,no,\n")
    assert audit_problems(tmp_path, results=RESULTS + rows) == (1, [("AUDIT007", 3, 1)])


def test_two_audits_pass(tmp_path: Path) -> None:
    rows = (ROW + ",yes,\n"
            "a2,2026-11-02,emp-2,sales-associate,riga,greeting#offer-help,no,\n")
    assert audit_problems(tmp_path, results=RESULTS + rows) == (0, [])
