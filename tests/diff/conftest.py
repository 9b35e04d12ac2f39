"""Shared fixtures for the diff tests: the two fixture folders and a CLI runner from the repository root."""

from __future__ import annotations

from pathlib import Path

import pytest
from diff_support import NEW, OLD, ROOT

from generator.diff import ChangeSet, compare
from generator.pipeline import load


@pytest.fixture()
def at_root(monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(ROOT)
    return ROOT


@pytest.fixture(scope="session")
def changes() -> ChangeSet:
    return compare(load(ROOT / OLD).handbook, load(ROOT / NEW).handbook)
