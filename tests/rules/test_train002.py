"""TRAIN002: a roster row that is incomplete, names an unknown role or repeats an employee."""

from pathlib import Path

from training_inputs import STAFF, training_problems


def test_bad_roster_rows(tmp_path: Path) -> None:
    staff = STAFF + "c2,clerck,riga\nc3,clerk,\nc1,manager,jurmala\n"
    assert training_problems(tmp_path, staff=staff) == (1, [("TRAIN002", 4), ("TRAIN002", 5), ("TRAIN002", 6)])


def test_a_good_roster(tmp_path: Path) -> None:
    assert training_problems(tmp_path, staff=STAFF + "c2,clerk,jurmala\n") == (0, [])
