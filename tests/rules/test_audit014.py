"""AUDIT014: a failing input and a passing one, through `handbook audit`."""

from pathlib import Path

from audit_inputs import audit_problems, message


def test_speaker_neither_agent_nor_customer(tmp_path: Path) -> None:
    assert audit_problems(tmp_path, transcripts=message(speaker="bot") + "\n") == (1, [("AUDIT014", 1, 1)])


def test_customer_passes(tmp_path: Path) -> None:
    assert audit_problems(tmp_path, transcripts=message(speaker="customer") + "\n") == (0, [])
