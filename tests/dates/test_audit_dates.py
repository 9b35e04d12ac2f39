"""`handbook audit` scores each audit against the standards in force on its date (FORMAT §7.9)."""

from __future__ import annotations

import json
from pathlib import Path

from dates.dates_support import dated_folder, run

HEADER = "audit_id,date,employee,role,location,item,result,comment\n"


def audit(tmp_path: Path, rows: str, *args: str) -> tuple[int, str, str]:
    folder = dated_folder(tmp_path)
    results = tmp_path / "results.csv"
    results.write_text(HEADER + rows, encoding="utf-8")
    result = run("audit", str(folder), "--results", str(results), *args)
    return result.exit_code, result.stdout, result.stderr


def test_the_day_before_a_change_scores_against_the_old_items(tmp_path: Path) -> None:
    code, out, err = audit(tmp_path, (
        "a1,2026-11-30,e1,clerk,riga,greet#hello,yes,\n"
        "a1,2026-11-30,e1,clerk,riga,greet#old-wait,no,\n"       # the day before: the 20-second rule applies
        "a2,2026-12-01,e2,clerk,riga,greet#hello,yes,\n"
        "a2,2026-12-01,e2,clerk,riga,greet#new-wait,yes,\n"      # the change day: the 15-second rule applies
    ), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    # by hand: a1 = 100 * 2 / (2 + 2) = 50 (both major, weight 2); a2 = 100 * 4 / 4 = 100
    assert data["employees"]["e1"]["score"] == 50.0
    assert data["employees"]["e2"]["score"] == 100.0
    assert data["items"]["greet#old-wait"]["answers"] == 1 and data["items"]["greet#old-wait"]["score"] == 0.0
    assert data["items"]["greet#new-wait"]["answers"] == 1 and data["items"]["greet#new-wait"]["score"] == 100.0


def test_a_row_for_an_item_not_in_force_is_an_error_with_its_line(tmp_path: Path) -> None:
    code, out, err = audit(tmp_path, (
        "a1,2026-11-30,e1,clerk,riga,greet#hello,yes,\n"
        "a1,2026-11-30,e1,clerk,riga,greet#new-wait,no,\n"       # line 3: not yet in force
        "a2,2026-12-01,e1,clerk,riga,greet#old-wait,yes,\n"      # line 4: retired that very day
        "a3,2026-10-15,e1,clerk,riga,greet#gone,yes,\n"          # line 5: in force until 2026-11-01
        "a4,2026-11-15,e1,clerk,riga,greet#gone,yes,\n"          # line 6: retired by then
    ))
    assert code == 1
    assert out == ""
    lines = [line for line in err.splitlines() if "error[" in line]
    assert [line.split(": error[")[0].rsplit(":", 2)[1] for line in lines] == ["3", "4", "6"]
    assert all("AUDIT018" in line for line in lines)
    assert "item `greet#new-wait` is not in force on 2026-11-30: it comes into force on 2026-12-01" in err
    assert "item `greet#old-wait` is not in force on 2026-12-01: it is no longer in force from 2026-12-01" in err
    assert "Nothing was scored" in err


def test_the_check_holds_on_the_careful_reader_too(tmp_path: Path) -> None:
    # values with spaces around them send the file through the line-by-line reader
    code, _, err = audit(tmp_path, (
        " a1 ,2026-11-30, e1 ,clerk, riga ,greet#hello,yes,\n"
        " a1 ,2026-11-30, e1 ,clerk, riga ,greet#new-wait,yes,\n"
    ))
    assert code == 1
    assert ":3:1: error[AUDIT018]" in err
    code, out, err = audit(tmp_path / "ok", (
        " a1 ,2026-12-01, e1 ,clerk, riga ,greet#hello,yes,\n"
        " a1 ,2026-12-01, e1 ,clerk, riga ,greet#new-wait,no,\n"
    ), "--format", "json")
    assert code == 0, err
    assert json.loads(out)["employees"]["e1"]["score"] == 50.0
