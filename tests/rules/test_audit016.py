"""AUDIT016: a failing input and a passing one, through `handbook audit`."""

from pathlib import Path

from audit_inputs import audit_problems, message


def test_message_earlier_than_the_one_before(tmp_path: Path) -> None:
    lines = [message(time="2026-11-02T10:05:00Z"), message(speaker="agent", employee="emp-7",
                                                           time="2026-11-02T10:00:00Z", text="Hello")]
    assert audit_problems(tmp_path, transcripts="\n".join(lines) + "\n") == (1, [("AUDIT016", 2, 1)])


def test_time_order_passes(tmp_path: Path) -> None:
    lines = [message(time="2026-11-02T10:00:00Z"), message(speaker="agent", employee="emp-7",
                                                           time="2026-11-02T10:05:00Z", text="Hello")]
    assert audit_problems(tmp_path, transcripts="\n".join(lines) + "\n") == (0, [])
