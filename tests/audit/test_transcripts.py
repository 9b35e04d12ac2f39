"""Transcript checks on the fixture conversations (chat: first response 60 s, response 2 min;
required: greeting in the first agent message, closing in the last)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .conftest import FIXTURES, audit_json, run_audit


def findings(data: dict[str, Any], conversation: str) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = data["transcripts"]["conversations"][conversation]["findings"]
    return result


def kinds(data: dict[str, Any], conversation: str) -> list[tuple[str, int]]:
    return sorted((f["kind"], f["line"]) for f in findings(data, conversation))


def messages(tmp_path: Path, *rows: tuple[str, str, str, str]) -> str:
    """rows: (conversation, time, speaker, text); employee emp-1 on agent messages."""
    path = tmp_path / "t.jsonl"
    lines = [
        json.dumps({"conversation": c, "channel": "chat", "time": t, "speaker": s,
                    "employee": "emp-1" if s == "agent" else None, "text": x}, ensure_ascii=False)
        for c, t, s, x in rows
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_fixture_conversations() -> None:
    data = audit_json("--transcripts", str(FIXTURES / "transcripts.jsonl"))
    # c-1: customer 10:00:00, agent 10:01:30 (90 s > 60 s) with "calm down"; customer 10:02:00, agent 10:05:00
    # (180 s > 120 s), "Anything else?" closes; "Hello!" greets.
    assert kinds(data, "c-1") == [("first_response", 3), ("forbidden_phrase", 3), ("response_time", 6)]
    first = next(f for f in findings(data, "c-1") if f["kind"] == "first_response")
    assert first["delay_seconds"] == 90 and first["target_seconds"] == 60 and first["customer_line"] == 1
    late = next(f for f in findings(data, "c-1") if f["kind"] == "response_time")
    assert late["delay_seconds"] == 180 and late["target_seconds"] == 120
    phrase = next(f for f in findings(data, "c-1") if f["kind"] == "forbidden_phrase")
    assert phrase["id"] == "calm-down" and phrase["matched"] == "calm down"
    assert phrase["instead"] == "I understand how this feels"
    assert "Please calm down" in phrase["text"]
    # c-2 (interleaved with c-1, +02:00): first reply in 30 s; "Подождите" is not "ждите"; "ЖДИТЕ" is;
    # "не моя работа" is an avoid item's phrase; no closing in the last agent message.
    assert kinds(data, "c-2") == [("forbidden_phrase", 8), ("forbidden_phrase", 8), ("missing_required", 2)]
    by_id = {f["id"]: f for f in findings(data, "c-2") if f["kind"] == "forbidden_phrase"}
    assert by_id["just-wait"]["matched"] == "ЖДИТЕ"
    assert by_id["just-wait"]["instead"] == "Я вернусь через две минуты"  # the message's language
    assert by_id["greeting#no-blame"]["source"] == "item" and by_id["greeting#no-blame"]["instead"] is None
    missing = next(f for f in findings(data, "c-2") if f["kind"] == "missing_required")
    assert missing["element"] == "closing" and missing["where"] == "last"


def test_rollups_per_employee_and_channel() -> None:
    data = audit_json("--transcripts", str(FIXTURES / "transcripts.jsonl"))
    emp7 = data["transcripts"]["employees"]["emp-7"]
    assert emp7["conversations"] == 1
    assert emp7["findings"] == {"forbidden_phrase": 1, "missing_required": 0, "first_response": 1,
                                "response_time": 1}
    assert data["transcripts"]["employees"]["emp-8"]["findings"]["forbidden_phrase"] == 2
    assert data["transcripts"]["channels"]["chat"]["findings"]["forbidden_phrase"] == 3


def test_outbound_and_unanswered(tmp_path: Path) -> None:
    path = messages(
        tmp_path,
        ("out", "2026-11-02T10:00:00Z", "agent", "Good morning, your repair is ready."),
        ("out", "2026-11-02T12:00:00Z", "customer", "Thanks"),
        ("out", "2026-11-02T12:01:00Z", "customer", "Can I come today?"),
        ("out", "2026-11-02T12:03:30Z", "agent", "Yes. Anything else?"),
        ("silent", "2026-11-02T10:00:00Z", "customer", "Hello?"),
    )
    data = audit_json("--transcripts", path)
    # agent spoke first: no first-response check; the reply counts from the first customer message after
    # the agent's: 12:00:00 -> 12:03:30 = 210 s > 120 s
    out = findings(data, "out")
    assert [(f["kind"], f["delay_seconds"]) for f in out] == [("response_time", 210.0)]
    silent = findings(data, "silent")
    assert ("first_response", None) in [(f["kind"], f.get("delay_seconds")) for f in silent]
    assert sorted(f["element"] for f in silent if f["kind"] == "missing_required") == ["closing", "greeting"]


def test_within_targets_no_findings(tmp_path: Path) -> None:
    path = messages(
        tmp_path,
        ("ok", "2026-11-02T10:00:00Z", "customer", "Hi"),
        ("ok", "2026-11-02T10:01:00Z", "agent", "Hello! How can I help?"),  # exactly 60 s: within
        ("ok", "2026-11-02T10:02:00Z", "customer", "Where is my order?"),
        ("ok", "2026-11-02T10:04:00Z", "agent", "On its way. Anything else?"),  # exactly 120 s
    )
    assert findings(audit_json("--transcripts", path), "ok") == []


def test_out_of_order_messages_are_an_error(tmp_path: Path) -> None:
    path = messages(
        tmp_path,
        ("x", "2026-11-02T10:05:00Z", "customer", "Hi"),
        ("x", "2026-11-02T10:01:00Z", "agent", "Hello!"),
    )
    result = run_audit("--transcripts", path)
    assert result.exit_code == 1
    assert f"{path}:2:1: error[AUDIT016]" in result.stderr


def test_html_escapes_transcript_text(tmp_path: Path) -> None:
    path = messages(
        tmp_path,
        ("<script>alert(1)</script>", "2026-11-02T10:00:00Z", "customer", "Hi"),
        ("<script>alert(1)</script>", "2026-11-02T10:00:30Z", "agent", "Hello <b>calm down</b> <img src=x>"),
    )
    html = run_audit("--transcripts", path, "--format", "html").stdout
    assert "<script>alert" not in html and "<img src=x>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
