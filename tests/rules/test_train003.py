"""TRAIN003: an acknowledgement row that is incomplete, misdated, or has an unknown kind or role."""

from pathlib import Path

from training_inputs import ACKS, training_problems


def test_bad_acknowledgement_rows(tmp_path: Path) -> None:
    acks = "employee,version,date,kind,role\nc1,1.0,2026-02-30,,\nc1,1.0,2026-11-29,,\nc1,1.0,2026-11-02,seen,\n"
    acks += "c1,1.0,2026-11-02,training,clerck\nc1,,2026-11-02,,\n"
    assert training_problems(tmp_path, acks=acks) == (1, [("TRAIN003", n) for n in range(2, 7)])


def test_today_and_the_known_kinds_are_fine(tmp_path: Path) -> None:
    acks = ACKS + "c1,1.0,2026-11-28\n"
    assert training_problems(tmp_path, acks=acks) == (0, [])
    acks = "employee,version,date,kind,trainer,role\nc1,1.0,2026-11-02,training,m1,clerk\nm1,1.0,2026-11-02,READ,,\n"
    assert training_problems(tmp_path / "b", acks=acks) == (0, [])
