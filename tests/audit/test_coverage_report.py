"""`handbook audit --coverage` end to end: one store under plan, in every report format.

The checklists fixture's scenario `angry-pickup` plans 2 visits per location every month and checks items of
the pickup clerk and the store manager. In November 2026 (counted by hand from RESULTS):

- riga: visit `v1` audited the clerk and the manager (one visit), and audit `r3` is a visit of its own -> 2 of 2;
- tallinn: one visit (`t1`) -> 1 of 2: under plan, 1 missing;
- the regular audit `m1` of tallinn's manager names no scenario: it makes tallinn a location of the plan
  (a role of the scenario was audited there) but is no visit.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner, Result

from generator.cli import main

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "checklists"
HEADER = "audit_id,date,employee,role,location,item,result,comment,auditor,visit,scenario\n"
RESULTS = HEADER + "".join(f"{row}\n" for row in [
    "r1,2026-11-03,emp-1,pickup-clerk,riga,order-handover#greet-by-name,yes,,shopper-1,v1,angry-pickup",
    "r1,2026-11-03,emp-1,pickup-clerk,riga,angry-customer#no-argue,yes,,shopper-1,v1,angry-pickup",
    "r2,2026-11-03,emp-2,store-manager,riga,order-handover#manager-signs,no,,shopper-1,v1,angry-pickup",
    "r3,2026-11-20,emp-1,pickup-clerk,riga,order-handover#greet-by-name,yes,,shopper-2,,angry-pickup",
    "t1,2026-11-12,emp-3,pickup-clerk,tallinn,order-handover#greet-by-name,no,,shopper-1,,angry-pickup",
    "m1,2026-11-14,emp-4,store-manager,tallinn,order-handover#manager-signs,yes,,manager-1,,",
])
NOVEMBER = ["--from", "2026-11-01", "--to", "2026-11-30"]
TALLINN = {"scenario": "angry-pickup", "location": "tallinn", "planned": 2, "done": 1, "missing": 1}
RIGA = {"scenario": "angry-pickup", "location": "riga", "planned": 2, "done": 2, "missing": 0}


@pytest.fixture
def results(tmp_path: Path) -> Path:
    path = tmp_path / "results.csv"
    path.write_text(RESULTS, encoding="utf-8")
    return path


def audit(*args: str) -> Result:
    return CliRunner(env={"HANDBOOK_TODAY": "2027-01-15"}).invoke(main, ["audit", str(FIXTURE), *args],
                                                                  catch_exceptions=False)


def coverage_json(*args: str) -> dict[str, Any]:
    result = audit(*args, "--coverage", "--format", "json")
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)["coverage"]
    return data


def test_json_lists_the_store_under_plan(results: Path) -> None:
    c = coverage_json("--results", str(results), *NOVEMBER)
    assert (c["from"], c["to"], c["period"], c["under_plan"]) == ("2026-11-01", "2026-11-30", None, 1)
    assert c["plans"] == {"angry-pickup": {"count": 2, "every": "month", "measured": "month",
                                           "locations": ["riga", "tallinn"], "locations_from": "audits"}}
    assert c["periods"] == {"2026-11": {"from": "2026-11-01", "to": "2026-11-30", "partial": False,
                                        "in_progress": False, "under_plan": [TALLINN], "on_plan": [RIGA]}}
    assert c["unknown_scenarios"] == [] and c["unplanned"] == []


def test_a_longer_period_and_a_range_that_cuts_it(results: Path) -> None:
    # --period quarter: only November of Q4 is in the range -> 1 month × 2 = 2 planned; Q4 is cut: partial
    c = coverage_json("--results", str(results), *NOVEMBER, "--period", "quarter")
    q4 = c["periods"]["2026-Q4"]
    assert (q4["partial"], q4["under_plan"], q4["on_plan"]) == (True, [TALLINN], [RIGA])
    assert c["plans"]["angry-pickup"]["measured"] == "quarter"


def test_a_period_still_running_is_in_progress(results: Path) -> None:
    result = CliRunner(env={"HANDBOOK_TODAY": "2026-11-25"}).invoke(
        main, ["audit", str(FIXTURE), "--results", str(results), "--coverage", "--format", "json"])
    assert json.loads(result.stdout)["coverage"]["periods"]["2026-11"]["in_progress"] is True


def test_text_report(results: Path) -> None:
    result = audit("--results", str(results), *NOVEMBER, "--coverage")
    assert result.exit_code == 0, result.output
    text = result.stdout[result.stdout.index("Mystery-shopping coverage"):]
    assert "angry-pickup  2 per location every month  month         riga tallinn" in text
    assert "Period: November 2026 (Nov 1\u2009–\u200930, 2026) — 1 of 2 under plan" in text
    lines = [line.split() for line in text.splitlines()]
    assert ["angry-pickup", "tallinn", "2", "1", "1"] in lines
    assert not any(line[:2] == ["angry-pickup", "riga"] for line in lines), "riga is on plan"


def test_text_report_in_russian(results: Path) -> None:
    result = audit("--results", str(results), *NOVEMBER, "--coverage", "--lang", "ru")
    assert "Охват тайными покупками" in result.stdout and "1 из 2 ниже плана" in result.stdout


def test_html_report(results: Path, tmp_path: Path) -> None:
    result = audit("--results", str(results), *NOVEMBER, "--coverage", "--format", "html", "--out", str(tmp_path / "r"))
    assert result.exit_code == 0, result.output
    html = (tmp_path / "r" / "audit.html").read_text(encoding="utf-8")
    assert '<a href="#coverage">Mystery-shopping coverage</a>' in html
    section = html[html.index('<section aria-labelledby="coverage">'):]
    section = section[:section.index("</section>")]
    assert "<strong>1 of 2 under plan</strong>" in section
    under = section[section.index('id="coverage-2026-11-under"'):]
    under = under[:under.index("</table>")]
    # the scenario's title is escaped (`An angry customer at pickup <b>`)
    assert "An angry customer at pickup &lt;b&gt;" in under and "<bdi>angry-pickup</bdi>" in under
    assert ">tallinn<" in under and ">riga<" not in under
    cells = [c for c in under.split("<td") if 'class="num"' in c]
    assert [c.split("<bdi>")[1].split("</bdi>")[0] for c in cells] == ["2", "1", "1"]


def test_csv_and_xlsx_tables(results: Path, tmp_path: Path) -> None:
    assert audit("--results", str(results), *NOVEMBER, "--coverage", "--format", "csv", "--out",
                 str(tmp_path / "c")).exit_code == 0
    with (tmp_path / "c" / "coverage.csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [(r["period"], r["location"], r["planned"], r["done"], r["missing"]) for r in rows] == [
        ("2026-11", "riga", "2", "2", "0"), ("2026-11", "tallinn", "2", "1", "1")]
    assert audit("--results", str(results), *NOVEMBER, "--coverage", "--format", "xlsx", "--out",
                 str(tmp_path / "x")).exit_code == 0
    sheet = openpyxl.load_workbook(tmp_path / "x" / "audit.xlsx")["coverage"]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][:8] == ["period", "from", "to", "scenario", "location", "planned", "done", "missing"]
    assert values[2][4:8] == ["tallinn", 2, 1, 1], "numbers are numbers"


def test_the_tables_are_there_without_coverage(results: Path, tmp_path: Path) -> None:
    assert audit("--results", str(results), "--format", "csv", "--out", str(tmp_path / "c")).exit_code == 0
    assert (tmp_path / "c" / "coverage.csv").read_text(encoding="utf-8").startswith("period,from,to,scenario")
    assert "coverage" not in json.loads(audit("--results", str(results), "--format", "json").stdout)


def test_from_the_store_alone(results: Path, tmp_path: Path) -> None:
    store = str(tmp_path / "history.duckdb")
    assert audit("--results", str(results), "--store", store).exit_code == 0
    c = coverage_json("--store", store, *NOVEMBER)
    assert c["periods"]["2026-11"]["under_plan"] == [TALLINN]


def test_a_store_without_audits_still_measures_listed_locations(tmp_path: Path) -> None:
    surveys = tmp_path / "s.csv"
    surveys.write_text("date,location,score\n2026-11-02,riga,9\n", encoding="utf-8")
    c = coverage_json("--surveys", str(surveys), "--store", str(tmp_path / "h.duckdb"), *NOVEMBER)
    assert c["plans"]["angry-pickup"]["locations"] == [] and c["periods"] == {}


def test_coverage_needs_audits(tmp_path: Path) -> None:
    surveys = tmp_path / "s.csv"
    surveys.write_text("date,location,score\n2026-11-02,riga,9\n", encoding="utf-8")
    result = audit("--surveys", str(surveys), "--coverage")
    assert result.exit_code == 2 and "--coverage counts the visits" in result.stderr


def test_a_typo_in_the_scenario_column_stops_the_run_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text(RESULTS.replace("shopper-1,,angry-pickup", "shopper-1,,angry-pickp"), encoding="utf-8")
    result = audit("--results", str(path), "--coverage")
    assert result.exit_code == 1
    assert f"{path}:6:1: error[AUDIT019] unknown scenario `angry-pickp`" in result.stderr
    assert "did you mean `angry-pickup`?" in result.stderr
