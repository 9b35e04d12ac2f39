"""AUDIT005: a failing input and a passing one, through `handbook audit`."""

from pathlib import Path

from audit_inputs import RESULTS, audit_problems

#: a result row of the audit fixture, without its result and comment
ROW = "a1,2026-11-02,emp-1,sales-associate,riga,greeting#greet"


def test_result_other_than_yes_no_na(tmp_path: Path) -> None:
    assert audit_problems(tmp_path, results=RESULTS + ROW + ",partly,\n") == (1, [("AUDIT005", 2, 1)])


def test_yes_no_na_in_any_case_pass(tmp_path: Path) -> None:
    answers = (("a1", "YES"), ("a2", "No"), ("a3", "na"))
    rows = "".join(ROW.replace("a1", audit) + f",{answer},\n" for audit, answer in answers)
    assert audit_problems(tmp_path, results=RESULTS + rows) == (0, [])
