"""The sites the search tests type into: the shipped example (en, ru, he) and the i18n fixture (ro, fr, lv),
each built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from search.search_harness import EXAMPLE, I18N, build


@pytest.fixture(scope="session")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(EXAMPLE, tmp_path_factory.mktemp("search-example") / "site")


@pytest.fixture(scope="session")
def i18n_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(I18N, tmp_path_factory.mktemp("search-i18n") / "site")
