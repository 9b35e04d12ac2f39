"""The handbook's search relies on MkDocs Material's search internals (generator/render/site/search/material.py):
an upgrade of Material must fail here, loudly, instead of letting search get worse without anyone noticing."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.render.site.search import material
from search.search_harness import I18N

UPGRADE = (
    "mkdocs-material changed: read its search worker (the source map holds the TypeScript) and "
    "material/plugins/search/plugin.py, run tests/search, then update TESTED_VERSION and TESTED_FILES in "
    "generator/render/site/search/material.py"
)


def test_installed_material_is_the_tested_one() -> None:
    assert material.installed_version() == material.TESTED_VERSION, UPGRADE
    assert material.changed_files() == [], UPGRADE


def test_a_build_with_another_material_warns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.pipeline import load
    from generator.render.site.builder import build_site

    monkeypatch.setattr(material, "installed_version", lambda: "9.99.0")
    result = build_site(load(I18N).handbook, tmp_path / "site", checklists=False)
    assert any("tested with mkdocs-material 9.8.2, this is 9.99.0" in w for w in result.warnings), result.warnings
