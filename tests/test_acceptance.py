"""Acceptance: `handbook validate` over tests/cases/{valid,invalid}/*, compared with each case's expected output.

Each case is a standards folder plus ``expected.txt`` (text format) or, when ``options.json`` says
``{"format": "json"}``, ``expected.json``. The command runs inside the case folder on ``.`` with
``HANDBOOK_TODAY=2026-11-15``, so paths and META001 are stable. ``UPDATE_EXPECTED=1 pytest
tests/test_acceptance.py`` rewrites the expected files: review the diff before committing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

CASES = Path(__file__).resolve().parent / "cases"
ALL = sorted(p for group in ("valid", "invalid") for p in (CASES / group).iterdir() if p.is_dir())


def _run(case: Path, fmt: str) -> tuple[int, str]:
    cwd = os.getcwd()
    os.chdir(case)
    try:
        result = CliRunner().invoke(
            main, ["validate", ".", "--format", fmt], env={"HANDBOOK_TODAY": "2026-11-15", "GITHUB_ACTIONS": ""}
        )
    finally:
        os.chdir(cwd)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


@pytest.mark.parametrize("case", ALL, ids=[f"{p.parent.name}/{p.name}" for p in ALL])
def test_case(case: Path) -> None:
    options = json.loads((case / "options.json").read_text()) if (case / "options.json").exists() else {}
    fmt = options.get("format", "text")
    expected_file = case / ("expected.json" if fmt == "json" else "expected.txt")
    code, out = _run(case, fmt)
    if os.environ.get("UPDATE_EXPECTED"):
        expected_file.write_text(out, encoding="utf-8")
    expected = expected_file.read_text(encoding="utf-8")
    if fmt == "json":
        assert json.loads(out) == json.loads(expected)
    else:
        assert out == expected
    if case.parent.name == "valid":
        assert code == 0 and out == "All checks passed.\n"
    else:
        assert code == (1 if '"severity": "error"' in out or "error[" in out else 0)
        assert "Traceback" not in out
