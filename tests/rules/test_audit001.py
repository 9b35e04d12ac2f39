"""AUDIT001: a failing input and a passing one, through `handbook audit`."""

from pathlib import Path

from audit_inputs import RESULTS, audit_problems

#: a result row of the audit fixture, without its result and comment
ROW = "a1,2026-11-02,emp-1,sales-associate,riga,greeting#greet"


def test_not_utf8(tmp_path: Path) -> None:
    code, found = audit_problems(tmp_path, results=RESULTS.encode() + "a1,2026-11-02,emp-1,продавец".encode("cp1251"))
    assert code == 1 and [rule for rule, _, _ in found] == ["AUDIT001"]


def test_utf8_passes(tmp_path: Path) -> None:
    assert audit_problems(tmp_path, results=RESULTS + ROW + ",yes,отлично\n") == (0, [])
