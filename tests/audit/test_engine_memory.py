"""DuckDB's memory is capped (it spills to the run's private folder beyond it); HANDBOOK_AUDIT_MEMORY raises it."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.audit import engine
from generator.pipeline import load

ROOT = Path(__file__).resolve().parent.parent.parent


def _limit_mib(monkeypatch: pytest.MonkeyPatch, wanted: str | None) -> float:
    if wanted is None:
        monkeypatch.delenv("HANDBOOK_AUDIT_MEMORY", raising=False)
    else:
        monkeypatch.setenv("HANDBOOK_AUDIT_MEMORY", wanted)
    loaded = load(str(ROOT / "standards"))
    assert loaded.ok
    with engine.Engine(loaded.handbook) as eng:
        text = eng.con.execute("SELECT current_setting('memory_limit')").fetchone()[0]  # e.g. '152.5 MiB'
    number, unit = text.split()
    return float(number) * {"KiB": 1 / 1024, "MiB": 1, "GiB": 1024}[unit]


def test_duckdb_memory_is_capped_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _limit_mib(monkeypatch, None) == pytest.approx(160e6 / 2**20, abs=0.1)  # 160 MB = 152.6 MiB


def test_the_cap_can_be_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _limit_mib(monkeypatch, "1GB") == pytest.approx(1e9 / 2**20, abs=0.1)


def test_a_size_duckdb_would_not_read_keeps_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HANDBOOK_AUDIT_MEMORY", raising=False)
    assert engine.memory_limit() == engine.MEMORY_LIMIT
    monkeypatch.setenv("HANDBOOK_AUDIT_MEMORY", "lots; DROP TABLE audits")
    assert engine.memory_limit() == engine.MEMORY_LIMIT
