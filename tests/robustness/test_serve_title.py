"""``handbook serve``: an edited title reaches the page's ``<title>`` and the navigation at the next rebuild."""

from __future__ import annotations

import shutil
from pathlib import Path

from robustness_support import ROOT

STANDARDS = ROOT / "tests" / "fixtures" / "audit" / "standards"


def _title(page: Path) -> str:
    html = page.read_text(encoding="utf-8")
    return html[html.index("<title>") + 7: html.index("</title>")]


def test_an_edited_title_reaches_the_head_and_the_nav_at_the_next_rebuild(tmp_path: Path) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from generator.commands.serve import SERVE_HOOK
    from generator.pipeline import load
    from generator.render.site.builder import generate_sources

    folder = tmp_path / "standards"
    shutil.copytree(STANDARDS, folder)
    handbook = load(str(folder)).handbook
    sources = generate_sources(handbook, tmp_path / "src", tmp_path / "site", extra={"serve_folder": str(folder)},
                               languages=("en",), hooks=(str(SERVE_HOOK),), cwd=tmp_path)
    config_file = str(sources[0].config_file)

    def rebuild() -> None:  # what the dev server does on every change: read the config again, build
        build(load_config(config_file))

    rebuild()
    pages = list((tmp_path / "site").rglob("angry-customer.html"))
    assert len(pages) == 1 and _title(pages[0]).startswith("Angry customer")
    situation = folder / "situations" / "angry-customer.yaml"
    situation.write_text(situation.read_text(encoding="utf-8").replace("en: Angry customer", "en: Upset customer"),
                         encoding="utf-8")
    (folder / "handbook.yaml").write_text((folder / "handbook.yaml").read_text(encoding="utf-8").replace(
        '"Audit fixture"', '"Renamed handbook"'), encoding="utf-8")
    rebuild()
    html = pages[0].read_text(encoding="utf-8")
    assert _title(pages[0]) == "Upset customer - Renamed handbook"
    assert "Angry customer" not in html  # neither the heading nor the navigation keeps the old title
    index = next((tmp_path / "site").rglob("index.html")).read_text(encoding="utf-8")  # the menu on another page
    assert "Upset customer" in index and "Angry customer" not in index
