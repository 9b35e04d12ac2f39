"""AUDIT018: a failing input and a passing one, through `handbook audit`."""

import shutil
from pathlib import Path

from audit_inputs import RESULTS, STANDARDS, audit_problems

ROW = "a1,{day},emp-1,sales-associate,riga,greeting#offer-help,yes,\n"


def _dated(tmp_path: Path) -> Path:
    """The audit fixture with `offer-help` in force from 2026-12-01."""
    folder = tmp_path / "standards"
    shutil.copytree(STANDARDS, folder)
    stage = folder / "journey" / "01-sale.yaml"
    text = stage.read_text(encoding="utf-8")
    old = "{id: offer-help, kind: do, text: {en: Offer help, ru: Предложите помощь}}"
    assert old in text
    stage.write_text(text.replace(old, old[:-1] + ", effective: 2026-12-01}"), encoding="utf-8")
    return folder


def test_answer_before_the_standard_comes_into_force(tmp_path: Path) -> None:
    found = audit_problems(tmp_path, results=RESULTS + ROW.format(day="2026-11-30"), standards=_dated(tmp_path))
    assert found == (1, [("AUDIT018", 2, 1)])


def test_answer_on_the_day_it_comes_into_force_passes(tmp_path: Path) -> None:
    found = audit_problems(tmp_path, results=RESULTS + ROW.format(day="2026-12-01"), standards=_dated(tmp_path))
    assert found == (0, [])
