"""AUDIT009: a failing input and a passing one, through `handbook audit`."""

from pathlib import Path

from audit_inputs import RESULTS, audit_problems, message


def test_empty_employee(tmp_path: Path) -> None:
    row = "a1,2026-11-02,,sales-associate,riga,greeting#greet,yes,\n"
    assert audit_problems(tmp_path, results=RESULTS + row) == (1, [("AUDIT009", 2, 1)])


def test_agent_message_without_employee(tmp_path: Path) -> None:
    lines = [message(), message(speaker="agent", time="2026-11-02T10:00:10Z", text="Hello")]
    assert audit_problems(tmp_path, transcripts="\n".join(lines) + "\n") == (1, [("AUDIT009", 2, 1)])


def test_filled_in_passes(tmp_path: Path) -> None:
    lines = [message(), message(speaker="agent", employee="emp-7", time="2026-11-02T10:00:10Z", text="Hello")]
    assert audit_problems(tmp_path, transcripts="\n".join(lines) + "\n") == (0, [])
