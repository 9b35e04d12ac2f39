"""AUDIT017: a failing input and a passing one, through `handbook audit`."""

from pathlib import Path

from audit_inputs import audit_problems, message


def test_conversation_comes_back_with_grouped(tmp_path: Path) -> None:
    lines = [message("c-1"), message("c-2"), message("c-1", time="2026-11-02T10:01:00Z")]
    assert audit_problems(tmp_path, "--grouped", transcripts="\n".join(lines) + "\n") == (1, [("AUDIT017", 3, 1)])


def test_interleaved_without_grouped_passes(tmp_path: Path) -> None:
    lines = [message("c-1"), message("c-2"), message("c-1", time="2026-11-02T10:01:00Z")]
    assert audit_problems(tmp_path, transcripts="\n".join(lines) + "\n") == (0, [])
