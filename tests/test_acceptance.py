"""Acceptance: `handbook validate` over tests/cases/{valid,invalid}/*, compared with each case's expected output.

Each case is a standards folder with a ``case.json`` written by hand: the output ``format``, the ``exit`` code
and the problems ``planted`` in it (file and rule, and what was planted). The expected output
(``expected.txt``, or ``expected.json`` for the JSON format) is written by the implementation, so it is an
oracle only together with ``case.json``: the exit code is the declared one, not one derived from the output,
and the output names exactly the planted problems, no more, no fewer. The command runs inside the case folder
on ``.`` with ``HANDBOOK_TODAY=2026-11-15``, so paths and META001 are stable. ``UPDATE_EXPECTED=1 pytest
tests/test_acceptance.py`` rewrites the expected files (never case.json): review the diff before committing.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
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


def _found(out: str, fmt: str) -> Counter[tuple[str, str]]:
    """(file, rule) of every problem in the output."""
    if fmt == "json":
        return Counter((d["path"], d["rule"]) for d in json.loads(out)["diagnostics"])
    return Counter((m[1], m[2]) for m in re.finditer(r"^(.+?):\d+:\d+: \w+\[([A-Z0-9]+)\]", out, re.M))


@pytest.mark.parametrize("case", ALL, ids=[f"{p.parent.name}/{p.name}" for p in ALL])
def test_case(case: Path) -> None:
    spec = json.loads((case / "case.json").read_text(encoding="utf-8"))
    fmt = spec["format"]
    expected_file = case / ("expected.json" if fmt == "json" else "expected.txt")
    code, out = _run(case, fmt)
    if os.environ.get("UPDATE_EXPECTED"):
        expected_file.write_text(out, encoding="utf-8")
    assert code == spec["exit"], out
    assert "Traceback" not in out
    planted = Counter((p["file"], p["rule"]) for p in spec["planted"])
    assert _found(out, fmt) == planted
    expected = expected_file.read_text(encoding="utf-8")
    if fmt == "json":
        assert json.loads(out) == json.loads(expected)
    else:
        assert out == expected
    if case.parent.name == "valid":
        assert out == "All checks passed.\n" and not planted


def test_every_case_says_what_it_expects() -> None:
    """A case without case.json would fall back to trusting the output: refuse it."""
    assert ALL
    for case in ALL:
        spec = json.loads((case / "case.json").read_text(encoding="utf-8"))
        assert set(spec) >= {"about", "format", "exit", "planted"}, case
        assert spec["exit"] in (0, 1), case
        assert all(p["file"] and p["rule"] and p["what"] for p in spec["planted"]), case
