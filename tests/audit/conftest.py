"""Shared fixtures: the small standards folder of tests/fixtures/audit and a CLI runner."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from generator.cli import main
from generator.model import Handbook
from generator.pipeline import load

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "audit"
STANDARDS = FIXTURES / "standards"


@pytest.fixture(scope="session")
def handbook() -> Handbook:
    result = load(str(STANDARDS))
    assert result.ok, [d.message for d in result.diagnostics.items]
    return result.handbook


def run_audit(*args: str) -> Result:
    return CliRunner().invoke(main, ["audit", str(STANDARDS), *args], catch_exceptions=False)


def audit_json(*args: str) -> dict[str, Any]:
    result = run_audit(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data
