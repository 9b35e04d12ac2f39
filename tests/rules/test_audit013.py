"""AUDIT013: a failing input and a passing one, through `handbook audit`."""

from pathlib import Path

from audit_inputs import audit_problems, message


def test_time_without_zone(tmp_path: Path) -> None:
    assert audit_problems(tmp_path, transcripts=message(time="2026-11-02 10:00") + "\n") == (1, [("AUDIT013", 1, 1)])


def test_time_with_offset_passes(tmp_path: Path) -> None:
    assert audit_problems(tmp_path, transcripts=message(time="2026-11-02T10:00:00+02:00") + "\n") == (0, [])
