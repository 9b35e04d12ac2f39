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
    from generator.commands.serve import Preview
    from generator.pipeline import load

    folder = tmp_path / "standards"
    shutil.copytree(STANDARDS, folder)
    handbook = load(str(folder)).handbook
    preview = Preview(folder, tmp_path / "site", handbook)
    preview.build(handbook)  # what serve does at the start, and on every change (preview.rebuild)
    pages = list((tmp_path / "site" / "en").rglob("angry-customer.html"))
    assert len(pages) == 1 and _title(pages[0]).startswith("Angry customer")
    situation = folder / "situations" / "angry-customer.yaml"
    situation.write_text(situation.read_text(encoding="utf-8").replace("en: Angry customer", "en: Upset customer"),
                         encoding="utf-8")
    (folder / "handbook.yaml").write_text((folder / "handbook.yaml").read_text(encoding="utf-8").replace(
        '"Audit fixture"', '"Renamed handbook"'), encoding="utf-8")
    preview.rebuild()
    assert preview.problems == []
    html = pages[0].read_text(encoding="utf-8")
    assert _title(pages[0]) == "Upset customer - Renamed handbook"
    assert "Angry customer" not in html  # neither the heading nor the navigation keeps the old title
    index = (tmp_path / "site" / "en" / "index.html").read_text(encoding="utf-8")  # the menu on another page
    assert "Upset customer" in index and "Angry customer" not in index
