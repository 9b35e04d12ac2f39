"""Bad input: every problem with its file and line, exit 1, nothing scored; empty inputs; usage errors."""

from __future__ import annotations

import re
from pathlib import Path

from .conftest import FIXTURES, run_audit

HEADER = "audit_id,date,employee,role,location,item,result,comment\n"


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> str:
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return str(path)


def test_every_bad_row_reported_with_line_numbers(tmp_path: Path) -> None:
    path = write(tmp_path, "results.csv", HEADER + (
        "a1,2026-11-02,emp-1,sales-associate,riga,greeting#greet,yes,\n"        # 2 fine
        "a1,2026-11-02,emp-1,sales-associate,riga,greeting#gret,yes,\n"         # 3 unknown item
        "a1,2026-11-02,emp-1,sales-asociate,riga,greeting#offer-help,yes,\n"    # 4 unknown role
        "a1,2026-11-02,emp-1,sales-associate,riga,greeting#no-blame,maybe,\n"   # 5 bad result
        "\n"                                                                     # 6 blank: ignored
        "a1,2026-11-02,emp-2,sales-associate,riga,chat-reply#hello,yes,\n"      # 7 mixed employee
        "a2,2026-02-30,emp-3,sales-associate,riga,greeting#greet,yes,\n"        # 8 bad date
        "a3,2026-11-02,emp-3,sales-associate,riga,greeting#greet,yes,\n"        # 9
        "a3,2026-11-02,emp-3,sales-associate,riga,greeting#greet,no,\n"         # 10 same item twice
    ))
    result = run_audit("--results", path)
    assert result.exit_code == 1
    assert result.stdout == ""
    err = result.stderr
    assert f"{path}:3:1: error[AUDIT003] unknown item id `greeting#gret`" in err
    assert "did you mean `greeting#greet`?" in err
    assert f"{path}:4:1: error[AUDIT004] unknown role `sales-asociate`" in err
    assert "did you mean `sales-associate`?" in err
    assert f"{path}:5:1: error[AUDIT005] result `maybe` is not yes, no or na" in err
    assert f"{path}:7:1: error[AUDIT007] audit `a1` mixes employees: `emp-2` here, `emp-1` on line 2" in err
    assert f"{path}:8:1: error[AUDIT006] `2026-02-30` is not a date" in err
    assert f"{path}:10:1: error[AUDIT008] item `greeting#greet` answered twice in audit `a3` (first on line 9)" in err
    assert "Nothing was scored" in err


def test_bom_blank_lines_quoted_newlines_and_column_order(tmp_path: Path) -> None:
    text = (
        "result,item,audit_id,date,employee,role,location,comment\r\n"
        "\r\n"
        'yes,greeting#greet,a1,2026-11-02,emp-1,sales-associate,riga,"two\r\nlines"\r\n'
        "nah,greeting#offer-help,a1,2026-11-02,emp-1,sales-associate,riga,\r\n"
    )
    path = write(tmp_path, "r.csv", text, encoding="utf-8-sig")
    result = run_audit("--results", path)
    assert result.exit_code == 1
    # the physical line of the bad row is 5: header 1, blank 2, quoted row 3-4
    assert f"{path}:5:1: error[AUDIT005] result `nah`" in result.stderr
    ok = write(tmp_path, "ok.csv", text.replace("nah", "no"), encoding="utf-8-sig")
    assert run_audit("--results", ok).exit_code == 0


def test_header_problems(tmp_path: Path) -> None:
    path = write(tmp_path, "r.csv", "audit_id,date,employe,role,location,item,result,comment,auditer\n")
    err = run_audit("--results", path).stderr
    assert "unknown column `employe`" in err and "did you mean `employee`?" in err
    assert "unknown column `auditer`" in err and "did you mean `auditor`?" in err
    assert "missing column `employee`" in err
    twice = write(tmp_path, "t.csv", "audit_id,date,employee,role,location,item,result,item\n")
    assert "a column appears twice in the header: item" in run_audit("--results", twice).stderr
    empty = write(tmp_path, "e.csv", "")
    assert "the file is empty" in run_audit("--results", empty).stderr


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_bytes((HEADER + "a1,2026-11-02,emp-1,sales-associate,Rīga,greeting#greet,yes,\n").encode("cp1257"))
    result = run_audit("--results", str(path))
    assert result.exit_code == 1
    assert f"{path}:2:1: error[AUDIT001] the file is not UTF-8 text" in result.stderr


def test_header_only_results_is_a_clear_note(tmp_path: Path) -> None:
    path = write(tmp_path, "r.csv", HEADER)
    result = run_audit("--results", path)
    assert result.exit_code == 0
    assert "has no audit rows: there is nothing to score" in result.stdout


def test_all_na_audit_has_no_score(tmp_path: Path) -> None:
    path = write(tmp_path, "r.csv", HEADER + "a1,2026-11-02,emp-1,sales-associate,riga,greeting#greet,na,\n")
    out = run_audit("--results", path).stdout
    assert re.search(r"^Audits: +1$", out, re.M) and re.search(r"^Scored audits: +0$", out, re.M)
    assert re.search(r"^Mean final score: +—$", out, re.M)
    assert "No score: every item of their audits was N/A: emp-1" in out


def test_item_of_another_role_is_accepted() -> None:
    # a6 audits a store manager on greeting#greet, owned by the sales associate: allowed (a supporting role)
    result = run_audit("--results", str(FIXTURES / "results.csv"))
    assert result.exit_code == 0


def test_surveys_bad_scores(tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", "date,location,employee,score\n2026-11-02,riga,,11\n2026-11-02,,emp-1,x\n")
    err = run_audit("--surveys", path).stderr
    assert f"{path}:2:1: error[AUDIT010] score `11` is not a whole number from 0 to 10" in err
    assert f"{path}:3:1: error[AUDIT009] empty `location`" in err
    assert f"{path}:3:1: error[AUDIT010] score `x`" in err


def test_transcript_problems_with_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "t.jsonl", "\n".join([
        '{"conversation": "c", "channel": "chat", "time": "2026-11-02T10:00:00Z", "speaker": "customer", '
        '"employee": null, "text": "hi"}',
        '{"conversation": "c", "channel": "chat", "time": "2026-11-02T10:00:00Z", "speaker": "agent", ',
        '{"conversation": "d", "channel": "chatt", "time": "2026-11-02T10:00:00Z", "speaker": "agent", '
        '"employee": "e", "text": "hi"}',
        '{"conversation": "e", "channel": "chat", "time": "2026-11-02 10:00", "speaker": "agent", '
        '"employee": "e", "text": "hi"}',
        '{"conversation": "f", "channel": "chat", "time": "yesterday", "speaker": "bot", "text": 5}',
        '[1, 2]',
    ]) + "\n")
    result = run_audit("--transcripts", path)
    assert result.exit_code == 1 and result.stdout == ""
    err = result.stderr
    assert f"{path}:2:1: error[AUDIT011] the line is not JSON" in err
    assert f"{path}:3:1: error[AUDIT012] unknown channel `chatt`" in err and "did you mean `chat`?" in err
    assert f"{path}:4:1: error[AUDIT013] time `2026-11-02 10:00` is not ISO 8601 with a time zone" in err
    assert f"{path}:5:1: error[AUDIT011] field `employee` is missing" in err
    assert f"{path}:5:1: error[AUDIT011] field `text` is not a string" in err
    assert f"{path}:6:1: error[AUDIT011] the line is not a JSON object" in err


def test_no_input_is_a_usage_error() -> None:
    result = run_audit()
    assert result.exit_code == 2
    assert "give --results, --surveys and/or --transcripts" in result.stderr


def test_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    assert run_audit("--results", str(tmp_path / "nope.csv")).exit_code == 2


def test_out_writes_atomically(tmp_path: Path) -> None:
    out = tmp_path / "reports"
    result = run_audit("--results", str(FIXTURES / "results.csv"), "--format", "json", "--out", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert sorted(p.name for p in out.iterdir()) == [".handbook-outputs", "audit.json"]  # and the record of it


def test_bad_standards_give_validate_diagnostics(tmp_path: Path) -> None:
    (tmp_path / "handbook.yaml").write_text("title: [\n", encoding="utf-8")
    from click.testing import CliRunner

    from generator.cli import main

    result = CliRunner().invoke(main, ["audit", str(tmp_path), "--results", str(FIXTURES / "results.csv")])
    assert result.exit_code == 1
    assert "YAML001" in result.stderr
