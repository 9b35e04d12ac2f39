"""AUDIT011: a failing input and a passing one, through `handbook audit`."""

from pathlib import Path

from audit_inputs import audit_problems, message


def test_line_that_is_not_json(tmp_path: Path) -> None:
    lines = [message(), "{not json", message(speaker="agent", employee="emp-7", time="2026-11-02T10:00:10Z")]
    assert audit_problems(tmp_path, transcripts="\n".join(lines) + "\n") == (1, [("AUDIT011", 2, 1)])


def test_missing_field(tmp_path: Path) -> None:
    line = '{"conversation": "c-1", "channel": "chat", "speaker": "customer", "employee": null,'
    line += ' "time": "2026-11-02T10:00:00Z"}\n'
    assert audit_problems(tmp_path, transcripts=line) == (1, [("AUDIT011", 1, 1)])  # no `text`


def test_messages_pass(tmp_path: Path) -> None:
    lines = [message(), message(speaker="agent", employee="emp-7", time="2026-11-02T10:00:10Z", text="Hello")]
    assert audit_problems(tmp_path, transcripts="\n".join(lines) + "\n") == (0, [])
