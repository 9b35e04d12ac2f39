"""AUDIT008: a failing input and a passing one, through `handbook audit`."""

from pathlib import Path

from audit_inputs import RESULTS, audit_problems

#: a result row of the audit fixture, without its result and comment
ROW = "a1,2026-11-02,emp-1,sales-associate,riga,greeting#greet"


def test_item_answered_twice(tmp_path: Path) -> None:
    rows = ROW + ",yes,\n" + ROW + ",no,\n"
    assert audit_problems(tmp_path, results=RESULTS + rows) == (1, [("AUDIT008", 3, 1)])


def test_each_item_once_passes(tmp_path: Path) -> None:
    rows = ROW + ",yes,\n" + "a1,2026-11-02,emp-1,sales-associate,riga,greeting#offer-help,no,\n"
    assert audit_problems(tmp_path, results=RESULTS + rows) == (0, [])
