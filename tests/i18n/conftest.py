"""One `handbook build` of the Romanian/French/Latvian fixture per test session, shared by tests/i18n."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "i18n"


@pytest.fixture(scope="session")
def i18n_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture built through the command line, as a company would."""
    site = tmp_path_factory.mktemp("i18n") / "site"
    result = CliRunner().invoke(main, ["build", str(FIXTURE), "--site-dir", str(site)])
    assert result.exit_code == 0, result.output
    return site
