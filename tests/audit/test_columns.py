"""Inputs read by header (FORMAT §7.1): any column order, the new optional columns, and both readers agreeing.

DuckDB's reader takes clean files, Python's ``csv`` every other one; on generated files full of CSV corner
cases (quotes, line breaks in values, blank lines, spaces around values, BOM, CRLF, upper-case results),
both must give the same audits and answers, or DuckDB's must step aside.
"""

from __future__ import annotations

import csv
import io
import json
import random
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.audit import results, surveys
from generator.audit.engine import Engine
from generator.audit.inputs import Problems
from generator.cli import main
from generator.model import Handbook

from .conftest import FIXTURES, STANDARDS

RESULTS_HEADER = ["audit_id", "date", "employee", "role", "location", "item", "result", "comment", "auditor",
                  "visit", "scenario"]


def reorder(text: str, order: list[int]) -> str:
    rows = list(csv.reader(io.StringIO(text, newline="")))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in rows:
        writer.writerow([row[i] for i in order] if row else row)
    return out.getvalue()


def test_two_column_orders_give_byte_identical_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (FIXTURES / "results.csv").read_text(encoding="utf-8")
    survey = (FIXTURES / "surveys.csv").read_text(encoding="utf-8")
    outputs = []
    for n, (order, survey_order) in enumerate((([0, 1, 2, 3, 4, 5, 6, 7], [0, 1, 2, 3]),
                                               ([6, 5, 7, 4, 3, 2, 1, 0], [3, 1, 0, 2]))):
        folder = tmp_path / f"run{n}"
        folder.mkdir()
        (folder / "results.csv").write_text(reorder(text, order), encoding="utf-8")
        (folder / "surveys.csv").write_text(reorder(survey, survey_order), encoding="utf-8")
        monkeypatch.chdir(folder)
        result = CliRunner().invoke(main, ["audit", str(STANDARDS), "--results", "results.csv", "--surveys",
                                           "surveys.csv", "--period", "week", "--format", "json"])
        assert result.exit_code == 0, result.output
        outputs.append(result.stdout)
    assert "result,item,comment,location" in (tmp_path / "run1" / "results.csv").read_text(encoding="utf-8")
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0])["employees"]["emp-2"]["score"] == 87.5


def test_optional_columns_reach_the_report(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text(
        "visit,auditor,audit_id,date,employee,role,location,item,result,scenario\n"
        "v1,ann,a1,2026-11-02,emp-1,sales-associate,riga,greeting#greet,yes,angry-caller\n"
        "v1,ann,a1,2026-11-02,emp-1,sales-associate,riga,greeting#offer-help,no,angry-caller\n"
        "v1,bob,b1,2026-11-02,emp-1,sales-associate,riga,greeting#greet,yes,\n",
        encoding="utf-8")
    result = CliRunner().invoke(main, ["audit", str(STANDARDS), "--results", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    audits = {a["id"]: a for a in json.loads(result.stdout)["audits"]}
    assert (audits["a1"]["auditor"], audits["a1"]["visit"], audits["a1"]["scenario"]) == ("ann", "v1", "angry-caller")
    assert (audits["b1"]["auditor"], audits["b1"]["scenario"]) == ("bob", None)


def test_an_audit_that_changes_auditor_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text(
        "audit_id,date,employee,role,location,item,result,auditor\n"
        "a1,2026-11-02,emp-1,sales-associate,riga,greeting#greet,yes,ann\n"
        "a1,2026-11-02,emp-1,sales-associate,riga,greeting#offer-help,no,bob\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["audit", str(STANDARDS), "--results", str(path)])
    assert result.exit_code == 1
    assert f"{path}:3:1: error[AUDIT007] audit `a1` mixes auditors: `bob` here, `ann` on line 2" in result.stderr


def test_survey_columns(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text(
        "csat,comment,touchpoint,location,date\n"
        "5,Great,greeting,riga,2026-11-02\n"
        "2,Slow,chat,riga,2026-11-03\n"
        "4,,,tallinn,2026-11-04\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["audit", str(STANDARDS), "--surveys", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    nps = json.loads(result.stdout)["nps"]
    assert nps["overall"] is None and nps["responses"] == 0  # no recommendation scores
    assert nps["csat"]["overall"] == pytest.approx(100 * 2 / 3)  # 5 and 4 are satisfied, 2 is not
    assert nps["csat"]["touchpoints"] == {"chat": 0.0, "greeting": 100.0}
    bad = tmp_path / "bad.csv"
    bad.write_text("date,location,score,csat,touchpoint\n2026-11-02,riga,,6,greetin\n2026-11-02,riga,,,\n",
                   encoding="utf-8")
    err = CliRunner().invoke(main, ["audit", str(STANDARDS), "--surveys", str(bad)]).stderr
    assert f"{bad}:2:1: error[AUDIT010] csat `6` is not a whole number from 1 to 5" in err
    assert f"{bad}:2:1: error[AUDIT012] unknown touchpoint `greetin`" in err and "did you mean `greeting`?" in err
    assert f"{bad}:3:1: error[AUDIT009] empty `score` and `csat`" in err
    missing = tmp_path / "m.csv"
    missing.write_text("date,location,employee\n", encoding="utf-8")
    assert "missing column: `score` or `csat`" in CliRunner().invoke(
        main, ["audit", str(STANDARDS), "--surveys", str(missing)]).stderr


# -- both readers give the same audits ------------------------------------------------------------------

ITEMS = ["greeting#greet", "greeting#offer-help", "greeting#no-blame", "chat-reply#hello", "angry-customer#listen"]


def _cell(draw: st.DrawFn, value: str, noisy: bool) -> str:
    """A value as a careless export may write it: quoted, padded, in capitals."""
    if noisy and draw(st.booleans()):
        value = draw(st.sampled_from([" ", "\t", "\u00a0", ""])) + value + draw(st.sampled_from(["", " ", "  "]))
    return value


@st.composite
def results_files(draw: st.DrawFn) -> tuple[bytes, bool]:
    noisy = draw(st.booleans())
    order = draw(st.permutations(list(range(len(RESULTS_HEADER)))))
    rng = random.Random(draw(st.integers(0, 10_000)))
    rows = []
    for n in range(draw(st.integers(1, 6))):
        day = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        employee, location = rng.choice(["emp-1", "emp-2", "Ярослава"]), rng.choice(["riga", "tel aviv", "רמת גן"])
        auditor = rng.choice(["", "ann", "bob"])
        for item in rng.sample(ITEMS, rng.randint(1, len(ITEMS))):
            result = rng.choice(["yes", "no", "na", "YES", "No", "NA"])
            comment = rng.choice(["", "ok", 'said "hi"', "two\nlines", "a, b", "x\r\ny"])
            values = [f"a{n}", day, employee, "sales-associate", location, item, result, comment, auditor,
                      "v1" if auditor else "", ""]
            rows.append([_cell(draw, v, noisy) for v in values])
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=draw(st.sampled_from(["\n", "\r\n"])),
                        quoting=draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])))
    writer.writerow([RESULTS_HEADER[i] for i in order])
    for row in rows:
        if draw(st.booleans()) and noisy:
            out.write("\n")  # a blank line
        writer.writerow([row[i] for i in order])
    bom = draw(st.booleans())
    return (("\ufeff" if bom else "") + out.getvalue()).encode("utf-8"), noisy


def _audits(handbook: Handbook, path: Path, fast: bool) -> list[tuple[Any, ...]]:
    with Engine(handbook) as engine:
        problems = Problems()
        assert results.load(engine, str(path), problems, fast=fast) is not None, [d.message for d in problems.items]
        return engine.rows("SELECT audit_id, date, employee, role, location, auditor, visit, scenario, "
                           "list_sort(codes) FROM audits_in ORDER BY audit_id")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(results_files())
def test_duckdb_and_python_readers_agree(handbook: Handbook, tmp_path: Path, case: tuple[bytes, bool]) -> None:
    content, _noisy = case
    path = tmp_path / "r.csv"
    path.write_bytes(content)
    assert _audits(handbook, path, fast=True) == _audits(handbook, path, fast=False)


def test_surveys_readers_agree(handbook: Handbook, tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text("date,location,employee,score,touchpoint,comment,csat\n"
                    '2026-11-02,riga,emp-1,10,greeting,"Great, ""really""",5\n'
                    "2026-11-03, riga ,,3,chat,slow,\r\n\n"
                    "2026-11-04,tallinn,emp-2,,,,4\n", encoding="utf-8")
    rows = []
    for fast in (True, False):
        with Engine(handbook) as engine:
            assert surveys.load(engine, str(path), Problems(), fast=fast) == 3
            rows.append(engine.rows("SELECT date, location, employee, touchpoint, score, csat, comment "
                                    "FROM surveys_in ORDER BY date"))
    assert rows[0] == rows[1]
    assert rows[0][1][1] == "riga" and rows[0][0][6] == 'Great, "really"'
