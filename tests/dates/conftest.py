"""Fixtures of the date and training tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from dates.dates_support import dated_folder


@pytest.fixture()
def dated(tmp_path: Path) -> Path:
    return dated_folder(tmp_path)
