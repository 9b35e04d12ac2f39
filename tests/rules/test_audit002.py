"""AUDIT002: a failing input and a passing one, through `handbook audit`."""

from pathlib import Path

from audit_inputs import RESULTS, audit_problems

#: a result row of the audit fixture, without its result and comment
ROW = "a1,2026-11-02,emp-1,sales-associate,riga,greeting#greet"


def test_misspelled_column(tmp_path: Path) -> None:
    header = RESULTS.replace("employee", "employe")
    # `employee` is missing and `employe` unknown: two problems, both on the header
    assert audit_problems(tmp_path, results=header + ROW + ",yes,\n") == (1, [("AUDIT002", 1, 1), ("AUDIT002", 1, 1)])


def test_columns_in_any_order_pass(tmp_path: Path) -> None:
    header = "result,item,audit_id,date,employee,role,location,comment\n"
    row = "yes,greeting#greet,a1,2026-11-02,emp-1,sales-associate,riga,\n"
    assert audit_problems(tmp_path, results=header + row) == (0, [])
