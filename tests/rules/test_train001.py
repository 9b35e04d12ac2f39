"""TRAIN001: a roster or acknowledgements file that is not the expected CSV."""

from pathlib import Path

from training_inputs import ACKS, STAFF, training_problems


def test_unknown_and_missing_columns(tmp_path: Path) -> None:
    assert training_problems(tmp_path, staff=STAFF.replace("location", "store")) == (
        1, [("TRAIN001", 1), ("TRAIN001", 1)])


def test_semicolons_unclosed_quote_and_field_count(tmp_path: Path) -> None:
    assert training_problems(tmp_path / "a", acks=ACKS.replace(",", ";")) == (1, [("TRAIN001", 1)])
    assert training_problems(tmp_path / "b", acks=ACKS + 'm1,"1.0,2026-11-02\n') == (1, [("TRAIN001", 3)])
    assert training_problems(tmp_path / "c", staff=STAFF + "x1,clerk\n") == (1, [("TRAIN001", 4)])
    assert training_problems(tmp_path / "d", staff="") == (1, [("TRAIN001", 1)])


def test_columns_in_any_order_with_optional_ones(tmp_path: Path) -> None:
    staff = "location,name,role,employee\nriga,Anna,clerk,c1\n"
    assert training_problems(tmp_path, staff=staff, acks="date,employee,note,version\n2026-11-02,c1,,1.0\n") == (0, [])
