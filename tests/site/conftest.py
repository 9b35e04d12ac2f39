"""One build of the site fixture per test session, shared by the tests of tests/site."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import load
from generator.render.site.builder import BuildResult, build_site

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "site" / "good"


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    result = load(FIXTURE)
    assert result.ok
    return build_site(result.handbook, tmp_path_factory.mktemp("site") / "site")


@pytest.fixture(scope="session")
def site(built: BuildResult) -> Path:
    return built.site_dir
