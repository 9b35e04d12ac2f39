"""Conversation scores (FORMAT §7.7), worked out by hand.

The fixture's chat channel: first response 60 s, response 2 min, required `greeting` (first agent
message) and `closing` (last), both `major`. Weights: critical 3, major 2, minor 1; `critical_fail: zero`.
A conversation's checks: one per required element, `first_response` (major) when the customer wrote first,
`response_time` (major) when a customer message after an agent's was answered, and "no forbidden phrase"
(critical).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from generator.cli import main

from .conftest import FIXTURES, STANDARDS

ROWS = [
    # A, emp-1: greeting ✓2, closing ✓2, first response (30 s) ✓2, response (60 s) ✓2, no forbidden ✓3
    ("A", "2026-11-02T10:00:00Z", "customer", None, "Hi"),
    ("A", "2026-11-02T10:00:30Z", "agent", "emp-1", "Hello! Let me look."),
    ("A", "2026-11-02T10:01:00Z", "customer", None, "Thanks"),
    ("A", "2026-11-02T10:02:00Z", "agent", "emp-1", "Done. Anything else?"),
    # B, emp-1: greeting ✓2, closing ✗2, first response (180 s) ✗2, no forbidden ✓3; no response check
    ("B", "2026-11-02T11:00:00Z", "customer", None, "Hi"),
    ("B", "2026-11-02T11:03:00Z", "agent", "emp-1", "Hello, it is on its way."),
    # C, emp-2, the agent writes first: greeting ✓2, closing ✓2, forbidden ✗3 (critical)
    ("C", "2026-11-02T12:00:00Z", "agent", "emp-2", "Hello, please calm down. Anything else?"),
    # D, nobody answers: greeting ✗2, closing ✗2, first response ✗2, no forbidden ✓3
    ("D", "2026-11-02T13:00:00Z", "customer", None, "Anyone there?"),
]
A = 100.0
B = 100 * 5 / 9
C_RAW = 100 * 4 / 7
D = 100 * 3 / 9


def write(tmp_path: Path, rows: list[tuple[str, str, str, str | None, str]] = ROWS) -> str:
    path = tmp_path / "t.jsonl"
    path.write_text("".join(json.dumps({"conversation": c, "channel": "chat", "time": t, "speaker": s,
                                        "employee": e, "text": x}) + "\n" for c, t, s, e, x in rows), "utf-8")
    return str(path)


def audit(standards: Path, *args: str) -> dict[str, Any]:
    result = CliRunner().invoke(main, ["audit", str(standards), *args, "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def standards_with(tmp_path: Path, **changes: tuple[str, str]) -> Path:
    folder = tmp_path / "standards"
    shutil.copytree(STANDARDS, folder)
    for name, (old, new) in changes.items():
        path = folder / f"{name}.yaml"
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new), encoding="utf-8")
    return folder


def test_conversation_scores_and_means(tmp_path: Path) -> None:
    t = audit(STANDARDS, "--transcripts", write(tmp_path))["transcripts"]
    conversations = t["conversations"]
    assert conversations["A"]["score"] == pytest.approx(A)
    assert conversations["B"]["score"] == pytest.approx(B)
    assert conversations["C"]["raw_score"] == pytest.approx(C_RAW) and conversations["C"]["score"] == 0
    assert conversations["D"]["score"] == pytest.approx(D)
    # per employee: the mean of their conversations (D has no agent: it counts for the channel only)
    assert t["employees"]["emp-1"]["score"] == pytest.approx((A + B) / 2)
    assert t["employees"]["emp-1"]["conversations"] == 2
    assert t["employees"]["emp-2"]["score"] == 0
    assert t["channels"]["chat"]["score"] == pytest.approx((A + B + 0 + D) / 4)
    assert t["summary"]["score"] == pytest.approx((A + B + 0 + D) / 4)


def test_the_checks_of_a_conversation(tmp_path: Path) -> None:
    t = audit(STANDARDS, "--transcripts", write(tmp_path))["transcripts"]
    checks = [(c["kind"], c.get("element"), c["severity"], c["weight"], c["passed"])
              for c in t["conversations"]["B"]["checks"]]
    assert checks == [
        ("missing_required", "greeting", "major", 2, True),
        ("missing_required", "closing", "major", 2, False),
        ("first_response", None, "major", 2, False),
        ("forbidden_phrase", None, "critical", 3, True),
    ]
    kinds = [c["kind"] for c in t["conversations"]["A"]["checks"]]
    assert kinds == ["missing_required", "missing_required", "first_response", "response_time", "forbidden_phrase"]
    assert [c["kind"] for c in t["conversations"]["C"]["checks"]][-1] == "forbidden_phrase"
    assert "first_response" not in [c["kind"] for c in t["conversations"]["C"]["checks"]]  # the agent wrote first


@pytest.mark.parametrize(("policy", "c_final"), [("50", 50.0), ("none", C_RAW), ("60", C_RAW)])
def test_critical_policy_applies_to_conversations(tmp_path: Path, policy: str, c_final: float) -> None:
    folder = standards_with(tmp_path, scoring=("critical_fail: zero", f"critical_fail: {policy}"))
    t = audit(folder, "--transcripts", write(tmp_path))["transcripts"]
    assert t["conversations"]["C"]["score"] == pytest.approx(c_final)  # min(57.14, 50) = 50; 57.14 < 60
    assert t["employees"]["emp-2"]["score"] == pytest.approx(c_final)


def test_severity_of_a_required_element(tmp_path: Path) -> None:
    folder = standards_with(tmp_path, channels=(
        '        phrases: {en: ["anything else"], ru: ["чем ещё могу помочь"]}\n  - id: in-store',
        '        phrases: {en: ["anything else"], ru: ["чем ещё могу помочь"]}\n        severity: minor\n'
        "  - id: in-store"))
    t = audit(folder, "--transcripts", write(tmp_path))["transcripts"]
    # B: greeting ✓2, closing ✗1 (minor), first response ✗2, no forbidden ✓3 -> 5/8
    assert t["conversations"]["B"]["score"] == pytest.approx(62.5)
    # a critical element that is missing zeroes the conversation, like a critical audit item
    folder = standards_with(tmp_path / "2", channels=(
        '        phrases: {en: ["anything else"], ru: ["чем ещё могу помочь"]}\n  - id: in-store',
        '        phrases: {en: ["anything else"], ru: ["чем ещё могу помочь"]}\n        severity: critical\n'
        "  - id: in-store"))
    assert audit(folder, "--transcripts", write(tmp_path))["transcripts"]["conversations"]["B"]["score"] == 0


def test_conversation_scores_never_change_audit_scores(tmp_path: Path) -> None:
    results = str(FIXTURES / "results.csv")
    alone = audit(STANDARDS, "--results", results)
    rows = [(c, t, s, "emp-1" if e else None, x) for c, t, s, e, x in ROWS]  # emp-1 is audited too
    both = audit(STANDARDS, "--results", results, "--transcripts", write(tmp_path, rows))
    for key in ("employees", "roles", "locations", "departments", "steps", "situations", "items", "audits"):
        assert both[key] == alone[key], key
    assert both["summary"]["score"] == alone["summary"]["score"]
    assert both["transcripts"]["employees"]["emp-1"]["score"] == pytest.approx((A + B + 0) / 3)


def test_every_report_format_shows_them_beside_the_audit_score(tmp_path: Path) -> None:
    """Text and HTML: the employees' audit table gains a conversation score column (— without conversations)
    and their number of conversations, the transcript tables a column of their own; the audit score itself is
    unchanged."""
    results = str(FIXTURES / "results.csv")
    rows = [(c, t, s, "emp-1" if e else None, x) for c, t, s, e, x in ROWS]
    transcripts = write(tmp_path, rows)
    result = CliRunner().invoke(main, ["audit", str(STANDARDS), "--results", results, "--transcripts", transcripts],
                                catch_exceptions=False)
    text = result.stdout
    header = next(line for line in text.splitlines() if line.startswith("Employee  Score"))
    assert header.split() == ["Employee", "Score", "Audits", "Pass", "rate", "Tier", "Conversation", "score",
                              "Conversations"]
    # emp-1: audits (66.67 + 0) / 2 = 33.3; conversations A, B and C: (100 + 55.56 + 0) / 3 = 51.9
    emp1 = next(line for line in text.splitlines() if line.startswith("emp-1 ") and "33.3" in line)
    assert emp1.split()[-2:] == ["51.9", "3"]
    emp2 = next(line for line in text.splitlines() if line.startswith("emp-2 ") and "87.5" in line)
    assert emp2.split()[-2:] == ["—", "0"]
    assert "Mean conversation score:  47.2" in text  # (100 + 55.56 + 0 + 33.33) / 4
    html = CliRunner().invoke(main, ["audit", str(STANDARDS), "--results", results, "--transcripts", transcripts,
                                     "--format", "html"], catch_exceptions=False).stdout
    employees = html.split('id="employees"', 1)[1].split("</table>", 1)[0]
    assert ">Conversation score</button></th>" in employees
    emp1 = employees.split("emp-1", 1)[1].split("</tr>", 1)[0]
    assert "<bdi>33.3</bdi>" in emp1 and "<bdi>51.9</bdi>" in emp1  # the audit score, then the conversation score
    assert emp1.index("33.3") < emp1.index("51.9")
