"""Session-wide outputs shared by the checklist tests: one full run over the fixture, PDFs included."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from checklist_helpers import FIXTURE

from generator.model import Handbook
from generator.pipeline import load
from generator.render.checklists import write_checklists

TODAY = date(2026, 11, 15)


@pytest.fixture(scope="session")
def handbook() -> Handbook:
    result = load(str(FIXTURE))
    assert result.ok, [d.message for d in result.diagnostics]
    return result.handbook


@pytest.fixture(scope="session")
def out(tmp_path_factory: pytest.TempPathFactory, handbook: Handbook) -> Path:
    """Every checklist, form and template of the fixture, with PDFs."""
    target = tmp_path_factory.mktemp("fixture-run") / "checklists"
    write_checklists(handbook, target, pdf=True, today=TODAY)
    return target
