"""The CSV audit template: the `--results` header of FORMAT §6, one row per item of the role."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from checklist_helpers import EXPECTED


@pytest.mark.parametrize("role", sorted(EXPECTED))
def test_template_rows_are_the_roles_items(out: Path, role: str) -> None:
    raw = (out / f"{role}-audit-template.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a UTF-8 byte-order mark, so Excel reads the file as UTF-8"
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["audit_id", "date", "employee", "role", "location", "item", "result", "comment"]
    assert [r[5] for r in rows[1:]] == EXPECTED[role]
    for row in rows[1:]:
        assert row[3] == role
        assert row[:3] == ["", "", ""] and row[4] == "" and row[6:] == ["", ""]


def test_one_template_per_role_not_per_language(out: Path) -> None:
    assert sorted(p.name for p in out.glob("*.csv")) == sorted(f"{r}-audit-template.csv" for r in EXPECTED)
    assert not list(out.glob("*/*.csv"))


def test_a_filled_template_is_audit_input(out: Path, tmp_path: Path) -> None:
    """Fill the template the way a spreadsheet would (keeping the BOM) and score it with `handbook audit`."""
    from checklist_helpers import FIXTURE
    from click.testing import CliRunner

    from generator.cli import main

    rows = list(csv.reader((out / "pickup-clerk-audit-template.csv").read_text("utf-8-sig").splitlines()))
    filled = tmp_path / "results.csv"
    with filled.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(rows[0])
        for row in rows[1:]:
            row[0], row[1], row[2], row[4], row[6] = "a-1", "2026-11-20", "emp-1", "riga", "yes"
            row[7] = 'ok, "quoted"'
            writer.writerow(row)
    result = CliRunner().invoke(main, ["audit", str(FIXTURE), "--results", str(filled), "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["roles"]["pickup-clerk"]["score"] == 100.0
    assert set(scores["items"]) == set(EXPECTED["pickup-clerk"])
