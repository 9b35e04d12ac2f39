"""The shipped example (standards/): every role's pages and template hold exactly the role's items."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from checklist_helpers import SHIPPED, have_poppler, ids_in, pdf_pages

from generator.model import Handbook
from generator.pipeline import load
from generator.render.checklists import write_checklists

#: the day the checklists are printed for: the shipped example has standards that come into force later
DAY = date(2026, 11, 15)


@pytest.fixture(scope="module")
def shipped() -> Handbook:
    result = load(str(SHIPPED))
    if not result.ok:
        pytest.skip("the shipped standards do not validate yet (see tests/test_shipped_standards.py)")
    return result.handbook


@pytest.fixture(scope="module")
def shipped_out(tmp_path_factory: pytest.TempPathFactory, shipped: Handbook) -> Path:
    """HTML for every role and language; PDFs for every role in one language each (languages rotate)."""
    out = tmp_path_factory.mktemp("shipped") / "checklists"
    write_checklists(shipped, out, today=DAY)
    if have_poppler():
        pdf_out = out.parent / "pdf"
        for n, role in enumerate(shipped.roles):
            lang = shipped.languages[n % len(shipped.languages)]
            write_checklists(shipped, pdf_out / role.id, roles=[role.id], languages=[lang], pdf=True, today=DAY)
    return out


def _role_ids() -> list[str]:
    """The shipped roles, for parametrization (the model is built even when the folder has errors)."""
    return [r.id for r in load(str(SHIPPED)).handbook.roles] or ["(none)"]


ROLES = _role_ids()


def _applies(handbook: Handbook, role: str) -> set[str]:
    return {s.global_id for s in handbook.standards_for_role(role, DAY)}


@pytest.mark.parametrize("role", ROLES)
def test_html_pages_hold_exactly_the_roles_items(shipped: Handbook, shipped_out: Path, role: str) -> None:
    applies = _applies(shipped, role)
    assert applies, f"{role} has no standard"
    for lang in shipped.languages:
        for kind in ("checklist", "audit-form"):
            assert ids_in((shipped_out / lang / f"{role}-{kind}.html").read_text("utf-8")) == applies


@pytest.mark.parametrize("role", ROLES)
def test_pdf_text_holds_exactly_the_roles_items(shipped: Handbook, shipped_out: Path, role: str) -> None:
    if not have_poppler():
        pytest.skip("poppler-utils is not installed")
    applies = _applies(shipped, role)
    others = set(shipped.items) - applies
    pdfs = sorted((shipped_out.parent / "pdf" / role).glob(f"*/{role}-*.pdf"))
    assert len(pdfs) == 2
    for pdf in pdfs:
        found = ids_in(" ".join(pdf_pages(pdf)))
        assert found == applies, (pdf.name, applies - found, found - applies)
        assert not found & others


@pytest.mark.parametrize("role", ROLES)
def test_csv_template_has_exactly_the_roles_items(shipped: Handbook, shipped_out: Path, role: str) -> None:
    with (shipped_out / f"{role}-audit-template.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["item"] for r in rows] == [s.global_id for s in shipped.standards_for_role(role, DAY)]
    assert {r["role"] for r in rows} == {role}


def test_a_shopper_brief_per_scenario_and_language(shipped: Handbook, shipped_out: Path) -> None:
    assert len(shipped.scenarios) >= 4
    assert {"angry-caller", "bad-online-review"} <= {s.id for s in shipped.scenarios}
    for scenario in shipped.scenarios:
        for lang in shipped.languages:
            html = (shipped_out / lang / f"{scenario.id}-shopper-brief.html").read_text("utf-8")
            assert ids_in(html) == set(scenario.items), (scenario.id, lang)
