"""AUDIT004: a failing input and a passing one, through `handbook audit`."""

from pathlib import Path

from audit_inputs import RESULTS, audit_problems

#: a result row of the audit fixture, without its result and comment
ROW = "a1,2026-11-02,emp-1,sales-associate,riga,greeting#greet"


def test_unknown_role(tmp_path: Path) -> None:
    row = "a1,2026-11-02,emp-1,sales-asociate,riga,greeting#greet,yes,\n"
    assert audit_problems(tmp_path, results=RESULTS + row) == (1, [("AUDIT004", 2, 1)])


def test_known_role_passes(tmp_path: Path) -> None:
    assert audit_problems(tmp_path, results=RESULTS + ROW + ",yes,\n") == (0, [])
