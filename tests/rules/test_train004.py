"""TRAIN004: an acknowledgement of someone not on the roster is a warning; the report is still written."""

from pathlib import Path

from training_inputs import ACKS, training_problems


def test_not_on_the_roster_warns(tmp_path: Path) -> None:
    assert training_problems(tmp_path, acks=ACKS + "x9,1.0,2026-11-02\n") == (0, [("TRAIN004", 3)])


def test_everyone_on_the_roster(tmp_path: Path) -> None:
    assert training_problems(tmp_path, acks=ACKS + "m1,1.0,2026-11-02\n") == (0, [])
