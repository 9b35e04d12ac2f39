"""docs/audit.md is reproducible: its example commands run on examples/ as written, the excerpt of the text report
it shows is the command's output, the figures it gives about the examples are the files', and its SQL for BI
tools runs on a store those commands wrote.

The commands and excerpts are read from the page itself (not copied here), so editing either the docs or the
report without the other fails this test."""

from __future__ import annotations

import csv
import re
import shlex
from collections import defaultdict
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from generator.cli import main

ROOT = Path(__file__).resolve().parents[2]
DOCS = (ROOT / "docs" / "audit.md").read_text(encoding="utf-8")
EXAMPLES = ROOT / "examples"


def section(title: str) -> str:
    """The text of a ``##``/``###`` section, up to the next heading of any level."""
    found = re.search(rf"^#+ {re.escape(title)}\n(.*?)(?=^#+ )", DOCS, flags=re.M | re.S)
    assert found, title
    return found.group(1)


def blocks(text: str, lang: str = "") -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```\n", text, flags=re.M | re.S)


def commands(block: str) -> list[list[str]]:
    """The shell commands of a block (continuation lines joined, comments dropped), without ``handbook``."""
    out = []
    for line in block.replace("\\\n", " ").splitlines():
        words = shlex.split(line, comments=True)
        if words:
            assert words[0] == "handbook", line
            out.append(words[1:])
    return out


def run(args: list[str], out: Path) -> str:
    """One documented command from the repository root; ``--out`` folders and ``--store`` files go to ``out``."""
    args = [str(out / args[i]) if i and args[i - 1] in ("--out", "--store") else arg for i, arg in enumerate(args)]
    args = [str(ROOT / a) if (ROOT / a).exists() and not a.startswith("-") else a for a in args]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def example() -> str:
    return section("Try it on the example company")


def test_the_example_command_writes_the_report_it_describes(example: str, tmp_path: Path) -> None:
    (command,) = commands(blocks(example)[0])
    assert command[:2] == ["audit", "standards"] and command[-4:] == ["--format", "html", "--out", "audit-report"]
    run(command, tmp_path)
    html = (tmp_path / "audit-report" / "audit.html").read_text(encoding="utf-8")
    assert "<bdi>November 2026</bdi>" in html and "compared with October 2026" in html
    for what in ("Trends", "Repeated critical misses", "Detractors", "Conversation score"):
        assert what in html, what


def test_the_text_excerpt_is_the_output_of_the_command(example: str, tmp_path: Path) -> None:
    """'Without `--format html --out …` it prints the same as text; the start of it:' and the excerpt, whose
    parts between lines of ``…`` appear in the output in order, the first at its very start."""
    (command,) = commands(blocks(example)[0])
    assert "Without `--format html --out …` it prints the same as text; the start of it:" in " ".join(
        example.split())
    text = run(command[:-4], tmp_path)
    excerpt = blocks(example)[1]
    parts = [p.strip("\n") for p in re.split(r"^…\n", excerpt, flags=re.M) if p.strip()]
    assert len(parts) >= 2 and text.startswith(parts[0] + "\n")
    at = 0
    for part in parts:
        found = text.find(part + "\n", at)
        assert found >= 0, f"not in the output (or not in this order):\n{part}"
        at = found + len(part)


def test_the_other_documented_runs(example: str, tmp_path: Path) -> None:
    """'Add `--calibration` for the auditors' agreement, `--coverage` for the mystery-shopping plan (below),
    `--format xlsx --out audit-report` for a workbook.'"""
    (command,) = commands(blocks(example)[0])
    assert ("Add `--calibration` for the auditors' agreement, `--coverage` for the mystery-shopping plan (below), "
            "`--format xlsx --out audit-report` for a workbook") in " ".join(example.split())
    assert "Calibration\n===========\n" in run([*command[:-4], "--calibration"], tmp_path)
    assert "Mystery-shopping coverage\n=========================\n" in run([*command[:-4], "--coverage"], tmp_path)
    run([*command[:-4], "--format", "xlsx", "--out", "audit-report"], tmp_path)
    assert (tmp_path / "audit-report" / "audit.xlsx").stat().st_size > 0


def test_the_figures_given_about_the_examples(example: str) -> None:
    with (EXAMPLES / "audit-results.csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    said = " ".join(example.split())
    audits = {month: len({r["audit_id"] for r in rows if r["date"].startswith(month)})
              for month in ("2026-10", "2026-11")}
    assert f"{audits['2026-10']} audits in October and {audits['2026-11']} in November" in said
    assert f"of {len({r['employee'] for r in rows})} employees in every role" in said
    places = {r["location"] for r in rows}
    assert len(places) == 6 and "in four stores, the head office and the service centre" in said
    names = ("one", "two", "three", "four", "five", "six")
    assert f"by {names[len({r['auditor'] for r in rows}) - 1]} auditors" in said
    twice: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if r["visit"]:
            twice[r["date"][:7] + " " + r["visit"]].add(r["auditor"])
    per_month = {month: sum(1 for k, v in twice.items() if k.startswith(month) and len(v) == 2)
                 for month in ("2026-10", "2026-11")}
    assert set(per_month.values()) == {3} and "three visits a month audited by two auditors at once" in said


def test_the_store_commands_and_the_sql_for_bi_tools(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = section("History store (`--store`)")
    first, alone = commands(blocks(store)[0])
    said = " ".join(store.split())
    imported = run(first, tmp_path)
    figures = re.search(r"\(`(added \d+, replaced 0)` audits, `(added \d+, replaced 0)` survey answers, "
                        r"`(added \d+, replaced 0)` conversations\)", said)
    assert figures, "the figures of the first import"
    for path, figure in zip(("audit-results.csv", "surveys.csv", "transcripts.jsonl"), figures.groups(), strict=True):
        assert f"{EXAMPLES / path}: {figure}\n" in imported
    again = run(first, tmp_path)
    for n in (re.search(r"\d+", figure).group() for figure in figures.groups()):  # type: ignore[union-attr]
        assert f"added 0, replaced {n} ({n} unchanged)" in again
    run(alone, tmp_path)
    assert (tmp_path / "report" / "audit.html").is_file()
    # every statement of the page's SQL, on that store, as a BI tool would open it (read-only)
    monkeypatch.chdir(tmp_path)
    con = duckdb.connect(str(tmp_path / "quality.duckdb"), read_only=True)
    try:
        sql = re.sub(r"--.*", "", "".join(blocks(section("Tables, for BI tools"), "sql")))
        statements = [s for s in sql.split(";") if s.strip()]
        assert len(statements) == 4
        for statement in statements:
            con.execute(statement)
        per_location = con.execute(statements[0]).fetchall()
        with (EXAMPLES / "audit-results.csv").open(encoding="utf-8", newline="") as stream:
            audits = len({r["audit_id"] for r in csv.DictReader(stream)})
        assert {row[0] for row in per_location} == {"2026-10", "2026-11"}
        assert sum(r[3] for r in per_location) == audits
        per_channel = con.execute(statements[2]).fetchall()
        assert {row[1] for row in per_channel} == {"chat", "email", "phone"} and sum(r[3] for r in per_channel) == 40
    finally:
        con.close()
    assert (tmp_path / "audit_scores.parquet").stat().st_size > 0
