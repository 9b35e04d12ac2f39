"""``--format csv`` and ``--format xlsx`` (one table a file or sheet) and the ``change`` against the previous
period, with the figures of tests/audit/test_periods.py worked out by hand:

- emp-1: October (100 + 66.67) / 2 = 83.33, November 100 -> change +16.67;
- emp-2: October 0, November (0 + 100) / 2 = 50 -> change +50; emp-3: October 0, November 0 -> change 0;
- riga: October (100 + 66.67 + 0) / 3 = 55.56, November (100 + 100 + 0) / 3 = 66.67 -> +11.11;
- the greeting step: October 15/23 (65.22), November: yes weights n1 6, n4 6, n2 3, n3 6, n5 0 = 21 of answered
  6 × 4 + 3 = 27 (77.78) -> +12.56.
"""

from __future__ import annotations

import csv
import json
import stat
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from generator.cli import main

from .conftest import FIXTURES
from .test_periods import audit, results, standards  # noqa: F401  (fixtures)

OCT_EMP1 = (100 + 400 / 6) / 2


def run(*args: str) -> Any:
    return CliRunner().invoke(main, ["audit", *args], catch_exceptions=False)


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def test_json_change_against_the_previous_period(standards: Path, results: Path) -> None:  # noqa: F811
    data = audit(standards, "--results", str(results), "--period", "month")
    october, november = data["periods"]["2026-10"], data["periods"]["2026-11"]
    assert october["summary"]["previous"] is None and november["summary"]["previous"] == "2026-10"
    assert october["employees"]["emp-1"]["change"] is None  # nothing before October
    assert november["employees"]["emp-1"]["change"] == pytest.approx(100 - OCT_EMP1)
    assert november["employees"]["emp-2"]["change"] == pytest.approx(50.0)
    assert november["employees"]["emp-3"]["change"] == 0.0
    assert november["locations"]["riga"]["change"] == pytest.approx(200 / 3 - (100 + 400 / 6) / 3)
    assert november["steps"]["greeting"]["change"] == pytest.approx(100 * 21 / 27 - 100 * 15 / 23)
    # the whole month: October (100 + 66.67 + 0 + 0) / 4 = 41.67, November (100 + 100 + 0 + 100 + 0) / 5 = 60
    assert november["summary"]["change"] == pytest.approx(60 - (100 + 400 / 6) / 4)


def test_csv_needs_out(standards: Path, results: Path) -> None:  # noqa: F811
    for fmt in ("csv", "xlsx"):
        result = run(str(standards), "--results", str(results), "--format", fmt)
        assert result.exit_code == 2
        assert "--out" in result.output


def test_csv_one_file_per_table(standards: Path, results: Path, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "report"
    result = run(str(standards), "--results", str(results), "--period", "month", "--format", "csv", "--out", str(out))
    assert result.exit_code == 0, result.output
    names = {p.name for p in out.iterdir()}
    assert {"summary.csv", "periods.csv", "employees.csv", "employees_by_period.csv", "locations_by_period.csv",
            "steps_by_period.csv", "audits.csv", "detractors.csv", "findings.csv", "calibration_items.csv"} <= names
    by_period = {(r["period"], r["employee"]): r for r in rows(out / "employees_by_period.csv")}
    emp1 = by_period[("2026-11", "emp-1")]
    assert float(emp1["score"]) == 100.0 and emp1["tier"] == "gold"
    assert float(emp1["change"]) == pytest.approx(100 - OCT_EMP1)
    assert by_period[("2026-10", "emp-1")]["change"] == ""  # no previous period: empty
    assert by_period[("2026-10", "emp-2")]["tier"] == ""  # one audit, min_audits 2
    whole = {r["employee"]: r for r in rows(out / "employees.csv")}
    assert float(whole["emp-1"]["score"]) == pytest.approx((100 + 400 / 6 + 100 + 100) / 4)
    assert whole["emp-1"]["pass_rate"] == "0.75"  # 66.67 is under the pass mark 80: 3 of 4 audits pass
    audits = {r["audit_id"]: r for r in rows(out / "audits.csv")}
    assert audits["o3"]["final"] == "0.0" and audits["o3"]["critical_failed"] == "greeting#greet"
    periods = rows(out / "periods.csv")
    assert [p["period"] for p in periods] == ["2026-10", "2026-11"] and periods[1]["previous"] == "2026-10"
    # tables without rows still have their header (the same files whatever the inputs)
    assert (out / "detractors.csv").read_text(encoding="utf-8").startswith("date,location,employee,touchpoint,score")


def test_csv_cells_never_start_a_formula(tmp_path: Path) -> None:
    source = tmp_path / "r.csv"
    source.write_text("audit_id,date,employee,role,location,item,result,comment\n"
                      "=HYPERLINK(1),2026-11-02,@emp,sales-associate,+riga,greeting#greet,yes,\n", encoding="utf-8")
    out = tmp_path / "out"
    assert run(str(FIXTURES / "standards"), "--results", str(source), "--format", "csv",
               "--out", str(out)).exit_code == 0
    audit_row = rows(out / "audits.csv")[0]
    assert audit_row["audit_id"] == "'=HYPERLINK(1)" and audit_row["employee"] == "'@emp"
    assert audit_row["location"] == "'+riga"


def test_xlsx_one_sheet_per_table_numbers_as_numbers(standards: Path, results: Path,  # noqa: F811
                                                      tmp_path: Path) -> None:
    import openpyxl

    out = tmp_path / "x"
    result = run(str(standards), "--results", str(results), "--period", "month", "--format", "xlsx", "--out", str(out))
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(out / "audit.xlsx")
    assert {"summary", "employees", "employees_by_period", "steps_by_period", "audits"} <= set(book.sheetnames)
    sheet = book["employees_by_period"]
    header = [c.value for c in sheet[1]]
    found = {(r[0], r[1]): dict(zip(header, r, strict=True)) for r in sheet.iter_rows(min_row=2, values_only=True)}
    emp1 = found[("2026-11", "emp-1")]
    assert isinstance(emp1["score"], int | float) and emp1["score"] == 100
    assert emp1["change"] == pytest.approx(100 - OCT_EMP1)
    assert sheet.cell(2, header.index("score") + 1).number_format == "0.0"
    assert sheet.cell(2, header.index("pass_rate") + 1).number_format == "0.0%"
    assert sheet.freeze_panes == "A2"
    assert not (set(p.name for p in out.iterdir()) - {"audit.xlsx", ".handbook-outputs"})  # no temporary file left


def test_csv_json_agree_on_surveys_and_transcripts(tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = [str(FIXTURES / "standards"), "--results", str(FIXTURES / "results.csv"), "--surveys",
            str(FIXTURES / "surveys.csv"), "--transcripts", str(FIXTURES / "transcripts.jsonl")]
    assert run(*args, "--format", "csv", "--out", str(out)).exit_code == 0
    data = json.loads(run(*args, "--format", "json").stdout)
    nps = {r["location"]: r for r in rows(out / "nps_locations.csv")}
    for location, score in data["nps"]["locations"].items():
        assert float(nps[location]["nps"]) == pytest.approx(score)
    found = rows(out / "findings.csv")
    assert len(found) == sum(data["transcripts"]["summary"]["findings"].values())
    convs = {r["employee"]: r for r in rows(out / "conversations_employees.csv")}
    for employee, v in data["transcripts"]["employees"].items():
        assert float(convs[employee]["conversation_score"]) == pytest.approx(v["score"])
    assert all(stat.S_ISREG(p.stat().st_mode) for p in out.iterdir())
