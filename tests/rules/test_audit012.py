"""AUDIT012: a failing input and a passing one, through `handbook audit`."""

from pathlib import Path

from audit_inputs import SURVEYS, audit_problems, message


def test_unknown_channel(tmp_path: Path) -> None:
    assert audit_problems(tmp_path, transcripts=message(channel="webchat") + "\n") == (1, [("AUDIT012", 1, 1)])


def test_unknown_touchpoint(tmp_path: Path) -> None:
    row = "2026-11-02,riga,emp-1,greetng,9,,\n"
    assert audit_problems(tmp_path, surveys=SURVEYS + row) == (1, [("AUDIT012", 2, 1)])


def test_known_channel_passes(tmp_path: Path) -> None:
    assert audit_problems(tmp_path, transcripts=message(channel="chat") + "\n") == (0, [])
