"""Paths and a CLI runner shared by the diff tests."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from generator.cli import main

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "diff"
OLD = "tests/fixtures/diff/old"
NEW = "tests/fixtures/diff/new"


def run(*args: str) -> Result:
    """Run ``handbook ARGS`` in-process; stdout and stderr are kept apart."""
    return CliRunner().invoke(main, list(args), catch_exceptions=False)
