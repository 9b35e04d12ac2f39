"""The history store (FORMAT §7.3): idempotent imports, corrections, another handbook's store, a locked store,
Ctrl-C during an import, and nothing written anywhere without ``--store``."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import duckdb
import pytest
from click.testing import CliRunner, Result

from generator.audit import store
from generator.cli import main

from .conftest import FIXTURES, STANDARDS

ROOT = Path(__file__).resolve().parents[2]
RESULTS = FIXTURES / "results.csv"
SURVEYS = FIXTURES / "surveys.csv"
TRANSCRIPTS = FIXTURES / "transcripts.jsonl"


def audit(*args: str) -> Result:
    return CliRunner().invoke(main, ["audit", str(STANDARDS), *args], catch_exceptions=False)


def audit_json(*args: str) -> dict[str, Any]:
    result = audit(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def contents(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every stored row (read-only, as a BI tool would), the import log without its times."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {
            "audits": con.execute("SELECT * FROM audits ORDER BY audit_id").fetchall(),
            "answers": con.execute("SELECT * FROM answers ORDER BY audit_id, item").fetchall(),
            "surveys": con.execute("SELECT * FROM survey_answers ORDER BY answer_key").fetchall(),
            "imports": con.execute("SELECT import_id, kind, rows_read, added, replaced, unchanged FROM imports "
                                   "ORDER BY import_id").fetchall(),
        }
    finally:
        con.close()


def test_importing_the_same_files_twice_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "history.duckdb"
    first = audit_json("--results", str(RESULTS), "--surveys", str(SURVEYS), "--store", str(db))
    before = contents(db)
    assert len(before["audits"]) == 6 and len(before["answers"]) == 17 and len(before["surveys"]) == 7
    assert first["summary"]["store"]["imports"] == [
        {"kind": "results", "path": str(RESULTS), "added": 6, "replaced": 0, "unchanged": 0},
        {"kind": "surveys", "path": str(SURVEYS), "added": 7, "replaced": 0, "unchanged": 0},
    ]
    second = audit_json("--results", str(RESULTS), "--surveys", str(SURVEYS), "--store", str(db))
    after = contents(db)
    assert {k: v for k, v in after.items() if k != "imports"} == {k: v for k, v in before.items() if k != "imports"}
    assert second["summary"]["store"]["imports"][0] == {"kind": "results", "path": str(RESULTS), "added": 0,
                                                        "replaced": 6, "unchanged": 6}
    assert after["imports"][2:] == [(3, "results", 17, 0, 6, 6), (4, "surveys", 7, 0, 7, 7)]
    for key in ("employees", "departments", "items", "nps"):
        assert second[key] == first[key]
    text = audit("--results", str(RESULTS), "--store", str(db)).stdout
    assert "added 0, replaced 6 (6 unchanged)" in text


def test_a_corrected_reimport_replaces_the_audit(tmp_path: Path) -> None:
    db = tmp_path / "history.duckdb"
    audit_json("--results", str(RESULTS), "--store", str(db))
    # a2 was greet NO (critical) -> 0; corrected to yes: 100 × 6/6 = 100, so emp-1 = (66.67 + 100) / 2 = 83.33
    fixed = tmp_path / "a2-fixed.csv"
    fixed.write_text("audit_id,date,employee,role,location,item,result,comment\n"
                     "a2,2026-11-09,emp-1,sales-associate,riga,greeting#greet,yes,greeted after all\n"
                     "a2,2026-11-09,emp-1,sales-associate,riga,greeting#offer-help,yes,\n"
                     "a2,2026-11-09,emp-1,sales-associate,riga,greeting#no-blame,yes,\n", encoding="utf-8")
    data = audit_json("--results", str(fixed), "--store", str(db))
    assert data["summary"]["store"]["imports"][0] == {"kind": "results", "path": str(fixed), "added": 0,
                                                      "replaced": 1, "unchanged": 0}
    assert data["summary"]["audits"] == 6  # scores over everything stored, not only the file given
    assert data["employees"]["emp-1"]["score"] == pytest.approx((400 / 6 + 100) / 2)
    stored = contents(db)
    assert [row for row in stored["answers"] if row[0] == "a2" and row[1] == "greeting#greet"] == [
        ("a2", "greeting#greet", "yes", "greeted after all")]


def test_reporting_from_the_store_alone_and_within_a_range(tmp_path: Path) -> None:
    db = tmp_path / "history.duckdb"
    audit_json("--results", str(RESULTS), "--surveys", str(SURVEYS), "--store", str(db))
    alone = audit_json("--store", str(db))
    assert alone["employees"]["emp-2"]["score"] == 87.5 and alone["nps"]["responses"] == 7
    assert alone["summary"]["store"]["imports"] == []
    # 2026-11-03 .. 2026-11-05: a3 (emp-2, 100), a4 (emp-3, 60), a5 (all N/A)
    ranged = audit_json("--store", str(db), "--from", "2026-11-03", "--to", "2026-11-05")
    assert sorted(a["id"] for a in ranged["audits"]) == ["a3", "a4", "a5"]
    assert ranged["employees"]["emp-2"]["score"] == 100.0
    assert ranged["nps"]["responses"] == 5  # answers of 3, 4 and 5 November


def conversations(path: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The stored conversations (times in UTC) and their checks, read-only as a BI tool would."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        con.execute("SET TimeZone = 'UTC'")
        return (con.execute("SELECT conversation_id, strftime(ended_at, '%Y-%m-%d %H:%M:%S'), channel, employee, "
                            "messages, findings, raw, final, line, import_id FROM conversations "
                            "ORDER BY conversation_id").fetchall(),
                con.execute("SELECT * FROM conversation_checks ORDER BY conversation_id, kind, element").fetchall())
    finally:
        con.close()


def test_conversation_scores_are_stored_and_a_reimport_changes_nothing(tmp_path: Path) -> None:
    """The fixture's chat conversations (weights 3/2/1, first response 60 s, response 2 min, critical_fail zero):
    c-1: greeting and closing met (2 + 2), first reply after 90 s and a reply after 3 min (0 of 2 + 2), "calm
    down" (0 of 3): raw 100 × 4/11, final 0; findings: first_response, forbidden_phrase, response_time.
    c-2: greeting met (2), no closing in the last reply (0 of 2), replies after 30 s and 60 s (2 + 2), "ждите"
    and "не моя работа" (0 of 3, two findings) and the missing closing: raw 100 × 6/11, final 0."""
    db = tmp_path / "history.duckdb"
    first = audit_json("--transcripts", str(TRANSCRIPTS), "--store", str(db))
    assert first["summary"]["store"]["imports"] == [
        {"kind": "transcripts", "path": str(TRANSCRIPTS), "added": 2, "replaced": 0, "unchanged": 0}]
    assert first["summary"]["store"]["conversations"] == 2
    rows, checks = conversations(db)
    assert rows == [
        ("c-1", "2026-11-02 10:05:00", "chat", "emp-7", 4, 3, pytest.approx(400 / 11), 0.0, 1, 1),
        ("c-2", "2026-11-02 08:02:00", "chat", "emp-8", 4, 3, pytest.approx(600 / 11), 0.0, 2, 1),
    ]
    assert checks == [
        ("c-1", "first_response", None, "major", 2.0, False),
        ("c-1", "forbidden_phrase", None, "critical", 3.0, False),
        ("c-1", "missing_required", "closing", "major", 2.0, True),
        ("c-1", "missing_required", "greeting", "major", 2.0, True),
        ("c-1", "response_time", None, "major", 2.0, False),
        ("c-2", "first_response", None, "major", 2.0, True),
        ("c-2", "forbidden_phrase", None, "critical", 3.0, False),
        ("c-2", "missing_required", "closing", "major", 2.0, False),
        ("c-2", "missing_required", "greeting", "major", 2.0, True),
        ("c-2", "response_time", None, "major", 2.0, True),
    ]
    second = audit_json("--transcripts", str(TRANSCRIPTS), "--store", str(db))
    assert second["summary"]["store"]["imports"] == [
        {"kind": "transcripts", "path": str(TRANSCRIPTS), "added": 0, "replaced": 2, "unchanged": 2}]
    assert conversations(db) == (rows, checks)  # not even the import id changed
    assert contents(db)["imports"] == [(1, "transcripts", 2, 2, 0, 0), (2, "transcripts", 2, 0, 2, 2)]
    text = audit("--transcripts", str(TRANSCRIPTS), "--store", str(db)).stdout
    assert "conversations: 2" in text and "added 0, replaced 2 (2 unchanged)" in text


def test_corrected_transcripts_replace_their_conversations(tmp_path: Path) -> None:
    """c-2's last reply corrected to a closing without a forbidden phrase: every check passes (2 + 2 + 2 + 2 + 3
    of 11), raw and final 100; c-3 is new; c-1 was stored exactly so already."""
    db = tmp_path / "history.duckdb"
    audit_json("--transcripts", str(TRANSCRIPTS), "--store", str(db))
    lines = TRANSCRIPTS.read_text(encoding="utf-8").splitlines()
    last = json.loads(lines[-1])
    assert last["conversation"] == "c-2" and last["speaker"] == "agent"
    last["text"] = "Заказ уже в пути. Чем ещё могу помочь?"
    extra = {"conversation": "c-3", "channel": "chat", "time": "2026-11-03T09:00:00Z", "speaker": "agent",
             "employee": "emp-7", "text": "Hello! Anything else?"}
    fixed = tmp_path / "fixed.jsonl"
    fixed.write_text("\n".join([*lines[:-1], json.dumps(last, ensure_ascii=False), json.dumps(extra)]) + "\n",
                     encoding="utf-8")
    data = audit_json("--transcripts", str(fixed), "--store", str(db))
    assert data["summary"]["store"]["imports"] == [
        {"kind": "transcripts", "path": str(fixed), "added": 1, "replaced": 2, "unchanged": 1}]
    rows, checks = conversations(db)
    assert [(r[0], r[5], r[6], r[7], r[9]) for r in rows] == [
        ("c-1", 3, pytest.approx(400 / 11), 0.0, 1),  # unchanged: still the first import's
        ("c-2", 0, 100.0, 100.0, 2),
        # c-3, opened by the agent: greeting, closing and no forbidden phrase, 7 of 7
        ("c-3", 0, 100.0, 100.0, 2)]
    assert [c for c in checks if c[0] == "c-2"] == [
        ("c-2", "first_response", None, "major", 2.0, True),
        ("c-2", "forbidden_phrase", None, "critical", 3.0, True),
        ("c-2", "missing_required", "closing", "major", 2.0, True),
        ("c-2", "missing_required", "greeting", "major", 2.0, True),
        ("c-2", "response_time", None, "major", 2.0, True),
    ]


def test_a_store_written_before_conversations_were_stored(tmp_path: Path) -> None:
    """An older store has no conversation tables: it is read as it is, and the next import adds them."""
    db = tmp_path / "history.duckdb"
    audit_json("--results", str(RESULTS), "--store", str(db))
    con = duckdb.connect(str(db))
    con.execute("DROP TABLE conversation_checks")
    con.execute("DROP TABLE conversations")
    con.close()
    alone = audit_json("--store", str(db))
    assert alone["summary"]["store"]["conversations"] == 0 and alone["summary"]["store"]["audits"] == 6
    both = audit_json("--transcripts", str(TRANSCRIPTS), "--store", str(db))
    assert both["summary"]["store"]["conversations"] == 2 and both["summary"]["store"]["audits"] == 6
    assert [row[0] for row in conversations(db)[0]] == ["c-1", "c-2"]


def test_the_store_of_another_handbook_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "history.duckdb"
    audit_json("--results", str(RESULTS), "--store", str(db))
    before = contents(db)
    other = tmp_path / "other"
    other.mkdir()
    for path in STANDARDS.rglob("*"):
        target = other / path.relative_to(STANDARDS)
        if path.is_dir():
            target.mkdir(exist_ok=True)
        else:
            target.write_bytes(path.read_bytes())
    manifest = other / "handbook.yaml"
    text = manifest.read_text(encoding="utf-8")
    organization = next(line for line in text.splitlines() if line.startswith("organization:"))
    manifest.write_text(text.replace(organization, "organization: Another Company"), encoding="utf-8")
    result = CliRunner().invoke(main, ["audit", str(other), "--results", str(RESULTS), "--store", str(db)])
    assert result.exit_code == 1
    assert "holds the audits of" in result.stderr and "not of 'Another Company'" in result.stderr
    assert "give this handbook its own store file" in result.stderr
    assert contents(db) == before


def test_a_file_that_is_not_a_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["audit", str(STANDARDS), "--store", str(RESULTS)])
    assert result.exit_code == 1
    assert f"--store {RESULTS} is not a DuckDB store of handbook audits" in result.stderr
    assert RESULTS.read_text(encoding="utf-8").startswith("audit_id,")


HOLD = "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('open', flush=True); sys.stdin.readline()"


def test_a_store_locked_by_another_process(tmp_path: Path) -> None:
    db = tmp_path / "history.duckdb"
    audit_json("--results", str(RESULTS), "--store", str(db))
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        result = CliRunner().invoke(main, ["audit", str(STANDARDS), "--results", str(RESULTS), "--store", str(db)])
        assert result.exit_code == 1
        assert f"--store {db} is open in another program (process {holder.pid})" in result.stderr
        assert "a BI tool should open the store read-only" in result.stderr
    finally:
        holder.communicate("\n", timeout=30)


def test_ctrl_c_during_an_import_leaves_the_store_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "history.duckdb"
    audit_json("--results", str(RESULTS), "--store", str(db))
    before = contents(db)
    fixed = tmp_path / "fixed.csv"
    fixed.write_text(RESULTS.read_text(encoding="utf-8").replace("a6,2026-11-06", "a7,2026-11-07"), encoding="utf-8")

    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt  # after the results were written into the transaction, before the commit

    monkeypatch.setattr(store, "import_surveys", interrupted)
    result = CliRunner().invoke(main, ["audit", str(STANDARDS), "--results", str(fixed), "--surveys", str(SURVEYS),
                                       "--store", str(db)])
    assert result.exit_code == 130
    assert f"interrupted: {db} was left as it was" in result.stderr
    assert contents(db) == before


def test_a_real_sigint_during_a_large_import(tmp_path: Path) -> None:
    """A real Ctrl-C in a real process: the store holds either everything it held before, or the whole import."""
    db = tmp_path / "history.duckdb"
    audit_json("--results", str(RESULTS), "--store", str(db))
    before = contents(db)
    big = tmp_path / "big.csv"
    rows = ["audit_id,date,employee,role,location,item,result,comment"]
    items = ("greeting#greet", "greeting#offer-help", "greeting#no-blame", "angry-customer#listen")
    for n in range(150_000):
        rows += [f"b{n},2026-10-{n % 28 + 1:02d},emp-{n % 50},sales-associate,riga,{item},yes," for item in items]
    big.write_text("\n".join(rows) + "\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "generator", "audit", str(STANDARDS), "--results", str(big),
                             "--store", str(db), "--format", "json"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stderr is not None
    line = proc.stderr.readline()
    assert line.startswith("Importing"), line
    time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=300)
    after = contents(db)
    if proc.returncode == 130:
        assert "was left as it was" in err
        assert {k: v for k, v in after.items()} == before
    else:  # the import had committed before the signal arrived
        assert proc.returncode == 0, err
        assert len(after["audits"]) == len(before["audits"]) + 150_000


def test_without_store_nothing_is_written_anywhere(tmp_path: Path) -> None:
    work, temp = tmp_path / "work", tmp_path / "tmp"
    work.mkdir()
    temp.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(temp)}
    done = subprocess.run([sys.executable, "-m", "generator", "audit", str(STANDARDS), "--results", str(RESULTS),
                           "--surveys", str(SURVEYS), "--period", "month", "--format", "json"], cwd=work, env=env,
                          capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    assert list(work.iterdir()) == [] and list(temp.iterdir()) == []
