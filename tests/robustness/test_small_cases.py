"""The smaller hostile cases of issue 16: ISO week dates and a NUL byte in a comment, wherever they can be written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from robustness_support import ROOT, handbook

from generator.audit.inputs import valid_date
from generator.clock import iso_date

FIXTURE = ROOT / "tests" / "fixtures" / "audit" / "standards"
WEEK = "2026-W45-1"  # Monday of ISO week 45: 2 November 2026, ten characters like 2026-11-02


def test_python_alone_would_take_a_week_date() -> None:
    from datetime import date

    assert date.fromisoformat(WEEK) == date(2026, 11, 2)  # why the tool cannot just call fromisoformat
    assert iso_date(WEEK) is None and iso_date("20261102") is None and not valid_date(WEEK)
    assert iso_date("2026-11-02") == date(2026, 11, 2) and iso_date("2026-02-30") is None


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "standards"
    shutil.copytree(FIXTURE, folder)
    return folder


@pytest.mark.parametrize(("file", "old", "new"), [
    ("handbook.yaml", 'version: "1"\n', f'version: "1"\nholidays: [{WEEK}]\n'),
    ("journey/01-sale.yaml", "severity: critical}", f"severity: critical, effective: {WEEK}}}"),
])
def test_a_week_date_in_the_standards_is_a_schema_error_at_the_value(tmp_path: Path, file: str, old: str,
                                                                     new: str) -> None:
    folder = _copy(tmp_path)
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    line, where = next((n, row.index(WEEK) + 1) for n, row in enumerate(text.replace(old, new, 1).splitlines(), 1)
                       if WEEK in row)
    ran = handbook("validate", str(folder), cwd=tmp_path)
    assert ran.code == 1
    errors = [line for line in ran.out.splitlines() if "error[" in line]
    assert len(errors) == 1 and "error[SCHEMA]" in errors[0] and WEEK in errors[0], ran.out
    assert errors[0].startswith(f"{path}:{line}:{where}: error[SCHEMA] "), errors[0]


def test_a_week_date_in_the_audit_inputs_is_audit006(tmp_path: Path) -> None:
    (tmp_path / "r.csv").write_text("audit_id,date,employee,role,location,item,result\n"
                                    f"a1,{WEEK},emp-1,sales-associate,riga,greeting#greet,yes\n", encoding="utf-8")
    (tmp_path / "s.csv").write_text(f"date,location,score\n{WEEK},riga,9\n", encoding="utf-8")
    ran = handbook("audit", str(FIXTURE), "--results", "r.csv", "--surveys", "s.csv", cwd=tmp_path)
    assert ran.code == 1
    assert [line for line in ran.err.splitlines() if "error[" in line] == [
        f"r.csv:2:1: error[AUDIT006] `{WEEK}` is not a date", f"s.csv:2:1: error[AUDIT006] `{WEEK}` is not a date"]


def test_a_week_date_in_the_acknowledgements_options_and_environment(tmp_path: Path) -> None:
    (tmp_path / "staff.csv").write_text("employee,role,location\nivo,sales-associate,riga\n", encoding="utf-8")
    (tmp_path / "acks.csv").write_text(f"employee,version,date\nivo,2026.11,{WEEK}\n", encoding="utf-8")
    ran = handbook("training", str(ROOT / "standards"), "--staff", "staff.csv", "--acks", "acks.csv", cwd=tmp_path)
    assert ran.code == 1 and f"acks.csv:2:1: error[TRAIN003] `{WEEK}` is not a date" in ran.err
    ran = handbook("checklists", str(FIXTURE), "--date", WEEK, "--out", "out", cwd=tmp_path)
    assert ran.code == 2 and f"'{WEEK}' is not a date: write it as YYYY-MM-DD" in ran.err
    ran = handbook("audit", str(FIXTURE), "--results", "staff.csv", "--from", WEEK, cwd=tmp_path)
    assert ran.code == 2 and "write the date as YYYY-MM-DD" in ran.err
    ran = handbook("validate", str(FIXTURE), cwd=tmp_path, env={"HANDBOOK_TODAY": WEEK})
    assert ran.code == 2 and f"HANDBOOK_TODAY='{WEEK}' is not a date" in ran.err


@pytest.mark.parametrize("comment", [b"# a \x00 comment\n", b"pass_mark: 80  # eighty\x00\n"])
def test_a_nul_byte_in_a_comment_is_yaml001_at_the_byte(tmp_path: Path, comment: bytes) -> None:
    folder = _copy(tmp_path)
    path = folder / "scoring.yaml"
    lines = path.read_bytes().replace(b"pass_mark: 80\n", b"").splitlines(keepends=True)
    path.write_bytes(b"".join([*lines[:1], comment, *lines[1:]]))
    ran = handbook("validate", str(folder), cwd=tmp_path)
    assert ran.code == 1
    col = comment.index(b"\x00") + 1
    errors = [line for line in ran.out.splitlines() if "error[" in line]
    assert errors == [f"{path}:2:{col}: error[YAML001] the file contains the control character U+0000, "
                      "which YAML does not allow"], ran.out
