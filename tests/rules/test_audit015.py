"""AUDIT015: a failing input and a passing one, through `handbook audit`."""

from pathlib import Path

from audit_inputs import audit_problems, message


def test_conversation_changes_channel(tmp_path: Path) -> None:
    lines = [message(), message(channel="email", speaker="agent", employee="emp-7", time="2026-11-02T10:01:00Z")]
    assert audit_problems(tmp_path, transcripts="\n".join(lines) + "\n") == (1, [("AUDIT015", 2, 1)])


def test_one_channel_passes(tmp_path: Path) -> None:
    lines = [message(), message(speaker="agent", employee="emp-7", time="2026-11-02T10:01:00Z", text="Hello")]
    assert audit_problems(tmp_path, transcripts="\n".join(lines) + "\n") == (0, [])
