"""The JSON report's ``audits`` list is written by DuckDB (a million result rows never become Python objects on
the way to ``audit.json``), byte for byte as Python's C encoder writes it: these tests write each report both
ways and compare the bytes, on inputs chosen to differ where the two writers could (control characters,
backslashes, numbers Python writes with an exponent)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.audit import scoring
from generator.cli import main

from .conftest import FIXTURES, STANDARDS


def both_ways(monkeypatch: pytest.MonkeyPatch, standards: Path, *args: str) -> tuple[str, str, list[bool]]:
    """The JSON report as DuckDB writes the audits, and as Python does; whether DuckDB wrote them."""
    used: list[bool] = []
    original = scoring.Audits.json

    def spy(self: scoring.Audits) -> object:
        written = original(self)
        used.append(written is not None)
        return written

    def run() -> str:
        result = CliRunner().invoke(main, ["audit", str(standards), *args, "--format", "json"],
                                    catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.stdout

    monkeypatch.setattr(scoring.Audits, "json", spy)
    fast = run()
    monkeypatch.setattr(scoring.Audits, "json", lambda self: None)
    slow = run()
    return fast, slow, used


def test_the_fixture_written_by_duckdb_is_pythons_json(monkeypatch: pytest.MonkeyPatch) -> None:
    fast, slow, used = both_ways(monkeypatch, STANDARDS, "--results", str(FIXTURES / "results.csv"),
                                 "--period", "month")
    assert used == [True]
    assert fast == slow
    assert '"audits":[{"id":"a1","path":' in fast


def test_backslashes_quotes_and_other_scripts(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A backslash written before ``u001B`` in an id is a backslash, not an escape, and stays as it is; quotes and
    letters outside ASCII are written alike. (A control character never reaches the report: an id holding one is
    AUDIT020, tests/robustness/test_lookalike_ids.py.)"""
    results = tmp_path / "r.csv"
    results.write_text(
        "audit_id,date,employee,role,location,item,result,auditor\n"
        'a1,2026-11-02,emp7,sales-associate,riga,greeting#greet,yes,"ann\\u001B"\n'
        'a2,2026-11-03,"emp\\\\u001F8",sales-associate,"ri""ga",greeting#greet,no,é😀\n',
        encoding="utf-8")
    fast, slow, used = both_ways(monkeypatch, STANDARDS, "--results", str(results))
    assert used == [True]
    assert fast == slow
    assert '"auditor":"ann\\\\u001B"' in fast and '"auditor":"é😀"' in fast
    assert '"employee":"emp\\\\\\\\u001F8"' in fast and '"location":"ri\\"ga"' in fast


def test_numbers_python_writes_with_an_exponent(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Weights so small that an audit's weights fall under 1e-4: Python writes ``5e-05``; DuckDB would write
    ``5e-5``, so the audits are left to Python."""
    standards = tmp_path / "standards"
    shutil.copytree(STANDARDS, standards)
    (standards / "scoring.yaml").write_text(
        (STANDARDS / "scoring.yaml").read_text(encoding="utf-8")
        .replace("weights: {critical: 3, major: 2, minor: 1}", "weights: {critical: 0.00003, major: 0.00002, "
                 "minor: 0.00001}"), encoding="utf-8")
    fast, slow, used = both_ways(monkeypatch, standards, "--results", str(FIXTURES / "results.csv"))
    assert used == [False]
    assert fast == slow
    assert '"yes_weight":4e-05' in fast
