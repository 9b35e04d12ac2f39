"""Help-desk exports (issue 11): Zendesk tickets with comments, Intercom conversations with parts.

The fixtures in tests/fixtures/audit/exports are built from the example payloads of the public API
documentation (Zendesk: the Tickets, Ticket Comments, Ticket Audits and Users examples; Intercom: the
conversation model, conversation part and Operator examples), with texts adapted so that each rule has
something to find. The fixture standards' chat channel: first response 60 s, response 2 min, greeting
(first agent message) and closing ("anything else", last); email: first response 4 h, greeting "dear",
signature "kind regards" (any), closing (last). Weights 3/2/1.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.audit.exports import html_text

from .conftest import FIXTURES, run_audit

EXPORTS = FIXTURES / "exports"
ZENDESK = EXPORTS / "zendesk-tickets.json"
INTERCOM = EXPORTS / "intercom-conversations.json"


def audit(path: Path | str, *args: str) -> dict[str, Any]:
    result = run_audit("--transcripts", str(path), *args, "--format", "json")
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def kinds(conversation: dict[str, Any]) -> list[tuple[str, Any]]:
    return [(f["kind"], f.get("delay_seconds") if "delay_seconds" in f else f.get("element") or f.get("id"))
            for f in conversation["findings"]]


def start_line(text: str, needle: str) -> int:
    """The line of the `{` that opens the record holding ``needle``."""
    return text[: text.rindex("{", 0, text.index(needle))].count("\n") + 1


def test_zendesk_ticket_export() -> None:
    data = audit(ZENDESK, "--channel-map", "web=chat")
    t = data["transcripts"]
    text = ZENDESK.read_text(encoding="utf-8")
    fire = t["conversations"]["35436"]
    # The requester writes at 22:55:29; the trigger's acknowledgement at 22:55:34 is a bot message and the
    # private comment at 22:55:59 an internal note (its "calm down" is never checked): the first response is
    # Johnny's at 22:56:59, 90 s > 60 s. The customer's reply with crash.log (22:57:29) is answered by a file
    # alone at 22:58:29 (60 s, a reply), and "Anything else?" closes.
    assert kinds(fire) == [("first_response", 90.0)]
    assert fire["employee"] == "sai989sur98w9"  # the agent's external_id
    assert fire["channel"] == "chat" and fire["messages"] == 5
    assert fire["line"] == start_line(text, '"id": 35436')
    # greeting 2, closing 2, first response ✗2, response 2, no forbidden phrase 3 -> 9/11
    assert fire["score"] == pytest.approx(100 * 9 / 11)
    nobody = t["conversations"]["20057623"]  # no agent ever answered
    assert nobody["employee"] is None
    assert kinds(nobody) == [("first_response", None), ("missing_required", "greeting"),
                             ("missing_required", "signature"), ("missing_required", "closing")]
    unknown = t["conversations"]["33"]  # user 6 is not among the exported users: an agent named by id
    assert unknown["employee"] == "6"
    assert kinds(unknown) == [("forbidden_phrase", "just-wait"), ("forbidden_phrase", "greeting#no-blame"),
                              ("missing_required", "closing")]
    assert t["summary"]["export"] == {"format": "zendesk", "conversations": 3, "internal_notes": 1,
                                      "bot_messages": 1, "other_parts": 0, "unknown_authors": 1}
    notes = data["summary"]["notes"]
    assert any("internal notes — 1, bot or automatic messages — 1" in n for n in notes)
    assert any("(1) were counted as agents' messages" in n for n in notes)


def test_zendesk_as_json_lines_gives_the_same_findings(tmp_path: Path) -> None:
    """One ticket a line, as a script that walks the API writes it ({"ticket", "comments", "users"})."""
    document = json.loads(ZENDESK.read_text(encoding="utf-8"))
    lines = []
    for ticket in document["tickets"]:
        comments = ticket.pop("comments")
        lines.append(json.dumps({"ticket": ticket, "comments": comments, "users": document["users"]}))
    path = tmp_path / "tickets.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    by_line = audit(path, "--channel-map", "web=chat")["transcripts"]["conversations"]
    by_document = audit(ZENDESK, "--channel-map", "web=chat")["transcripts"]["conversations"]
    assert list(by_line) == list(by_document) == ["35436", "20057623", "33"]
    for cid in by_line:
        assert kinds(by_line[cid]) == kinds(by_document[cid])
        assert by_line[cid]["score"] == by_document[cid]["score"]
    assert [c["line"] for c in by_line.values()] == [1, 2, 3]


def test_intercom_conversation_export() -> None:
    data = audit(INTERCOM)
    t = data["transcripts"]
    chat = t["conversations"]["1911149811"]
    # The lead's "Hi" at 1539897198; the bot's "typically replies in a few hours" (1539897200) and the
    # assignment are not replies, the admin's note is internal; Mark Strong answers at 1539897248 (50 s,
    # with "Hello"). The user writes at 1539897300; the Operator's "Okay!" is a bot; Mark closes at
    # 1539897600 (300 s > 120 s) with "calm down" and no "anything else".
    assert kinds(chat) == [("response_time", 300.0), ("forbidden_phrase", "calm-down"),
                           ("missing_required", "closing")]
    assert chat["employee"] == "mk@acmeinc.org" and chat["channel"] == "chat" and chat["messages"] == 4
    forbidden = next(f for f in chat["findings"] if f["kind"] == "forbidden_phrase")
    assert forbidden["text"] == "Glad to hear it & thanks. Please calm down if the app is slow!"  # HTML to text
    assert chat["score"] == 0  # the critical check failed (raw 4/11)
    attachment = t["conversations"]["1911149812"]  # a photo and no words, and no answer
    assert attachment["messages"] == 1
    assert kinds(attachment) == [("first_response", None), ("missing_required", "greeting"),
                                 ("missing_required", "closing")]
    assert t["summary"]["export"] == {"format": "intercom", "conversations": 2, "internal_notes": 1,
                                      "bot_messages": 2, "other_parts": 1, "unknown_authors": 0}


def test_format_is_detected_and_can_be_given() -> None:
    assert audit(INTERCOM, "--transcripts-format", "intercom")["transcripts"]["summary"]["export"]["format"] == \
        "intercom"
    jsonl = audit(FIXTURES / "transcripts.jsonl")["transcripts"]
    assert "export" not in jsonl["summary"] and jsonl["summary"]["conversations"] > 0


def test_unsure_format_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text('{"records": [{"id": 1, "text": "hello"}]}\n', encoding="utf-8")
    result = run_audit("--transcripts", str(path))
    assert result.exit_code == 2
    assert "cannot tell what" in result.stderr and "--transcripts-format" in result.stderr
    assert "Traceback" not in result.output


def test_a_channel_that_maps_to_nothing_is_reported_at_the_ticket() -> None:
    result = run_audit("--transcripts", str(ZENDESK))
    assert result.exit_code == 1
    line = start_line(ZENDESK.read_text(encoding="utf-8"), '"id": 35436')
    assert f"{ZENDESK}:{line}:5: error[AUDIT012] ticket 35436 came through Zendesk channel `web`" in result.stderr
    assert "--channel-map web=CHANNEL" in result.stderr


def test_a_bad_channel_map_is_a_usage_error() -> None:
    result = run_audit("--transcripts", str(ZENDESK), "--channel-map", "web=chatt")
    assert result.exit_code == 2 and "did you mean `chat`" in result.stderr
    assert run_audit("--transcripts", str(ZENDESK), "--channel-map", "web").exit_code == 2


def test_malformed_exports_name_the_record(tmp_path: Path) -> None:
    text = ZENDESK.read_text(encoding="utf-8")
    # a comment without its time: the ticket's position, the comment's number and id
    broken = text.replace('"created_at": "2009-07-20T22:55:34Z"', '"created": "2009-07-20T22:55:34Z"')
    path = tmp_path / "tickets.json"
    path.write_text(broken, encoding="utf-8")
    result = run_audit("--transcripts", str(path), "--channel-map", "web=chat")
    assert result.exit_code == 1
    line = start_line(text, '"id": 35436')
    assert (f"{path}:{line}:5: error[AUDIT013] ticket 35436, comment 2 (id 1271): `created_at` is missing"
            in result.stderr)
    # a file cut short: where the JSON stops
    path.write_text(text[: text.index('"id": 20057623')], encoding="utf-8")
    result = run_audit("--transcripts", str(path), "--channel-map", "web=chat")
    assert result.exit_code == 1
    assert f"{path}:" in result.stderr and "error[AUDIT011]" in result.stderr and "not valid JSON" in result.stderr
    assert "Traceback" not in result.output


def test_a_bad_line_in_json_lines_export_and_the_next_ones_still_read(tmp_path: Path) -> None:
    document = json.loads(ZENDESK.read_text(encoding="utf-8"))
    good = [json.dumps(t) for t in document["tickets"]]
    path = tmp_path / "tickets.jsonl"
    path.write_text(good[0] + "\n{not json\n" + json.dumps({"id": 7, "via": {"channel": "email"}}) + "\n",
                    encoding="utf-8")
    result = run_audit("--transcripts", str(path), "--transcripts-format", "zendesk", "--channel-map", "web=chat")
    assert result.exit_code == 1
    assert f"{path}:2:2: error[AUDIT011] not valid JSON" in result.stderr
    assert f"{path}:3:1: error[AUDIT011] ticket 7 has no `comments` list" in result.stderr


def test_a_ticket_twice_is_reported(tmp_path: Path) -> None:
    document = json.loads(ZENDESK.read_text(encoding="utf-8"))
    document["tickets"].append(document["tickets"][1])
    path = tmp_path / "tickets.json"
    path.write_text(json.dumps(document), encoding="utf-8")  # one line: the records share it
    result = run_audit("--transcripts", str(path), "--channel-map", "web=chat")
    assert result.exit_code == 1
    assert "error[AUDIT017] conversation `20057623` appears again" in result.stderr
    assert "the Zendesk export holds it twice" in result.stderr


def test_html_bodies_become_text() -> None:
    assert html_text("<p>Hello &amp; welcome</p><p>Line<br>two</p><script>alert(1)</script>") == \
        "Hello & welcome\nLine\ntwo"
    assert html_text("plain text") == "plain text"
