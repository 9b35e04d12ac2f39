"""AUDIT020: the docstring's failing example and its fix, through `handbook audit`."""

from pathlib import Path

from audit_inputs import RESULTS, audit_problems

ZWSP, CYRILLIC_IE = "\u200b", "\u0435"


def test_the_documented_example_fails_at_each_odd_character(tmp_path: Path) -> None:
    rows = (f"a1,2026-11-02,emp-1{ZWSP},sales-associate,riga,greeting#greet,yes,\n"
            f"a2,2026-11-03,{CYRILLIC_IE}mp-1,sales-associate,riga,greeting#greet,no,\n")
    # `a1,2026-11-02,` is 14 characters: the ZWSP follows `emp-1`, the Cyrillic letter starts the id
    assert audit_problems(tmp_path, results=RESULTS + rows) == (1, [("AUDIT020", 2, 20), ("AUDIT020", 3, 15)])


def test_the_fix_passes(tmp_path: Path) -> None:
    rows = ("a1,2026-11-02,emp-1,sales-associate,riga,greeting#greet,yes,\n"
            "a2,2026-11-03,emp-1,sales-associate,riga,greeting#greet,no,\n")
    assert audit_problems(tmp_path, results=RESULTS + rows) == (0, [])


def test_other_scripts_and_plain_spaces_are_fine(tmp_path: Path) -> None:
    rows = ("a1,2026-11-02,Иван Петров,sales-associate,רמת גן,greeting#greet,yes,\n"
            "a2,2026-11-03,zoë-2,sales-associate,東京,greeting#greet,no,\n")
    assert audit_problems(tmp_path, results=RESULTS + rows) == (0, [])
