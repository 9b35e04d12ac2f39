"""AUDIT019: a failing input and a passing one, through `handbook audit` (the audit fixture has one scenario,
`angry-caller`)."""

from pathlib import Path

from audit_inputs import STANDARDS, audit_problems
from click.testing import CliRunner

from generator.cli import main

HEADER = "audit_id,date,employee,role,location,item,result,scenario\n"
ROW = "a1,2026-11-02,emp-1,sales-associate,riga,greeting#greet,yes,"


def test_unknown_scenario_on_every_row_that_names_it(tmp_path: Path) -> None:
    results = HEADER + ROW + "angry-caller\n"
    results += "a2,2026-11-02,emp-2,sales-associate,riga,greeting#greet,yes,angry-callr\n"
    results += "a2,2026-11-02,emp-2,sales-associate,riga,greeting#offer-help,no,angry-callr\n"
    assert audit_problems(tmp_path, results=results) == (1, [("AUDIT019", 3, 1), ("AUDIT019", 4, 1)])


def test_the_message_says_what_was_meant(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text(HEADER + ROW + "angry-callr\n" + "a2,2026-11-02,emp-2,sales-associate,riga,greeting#greet,yes,"
                    "mystery-visit\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["audit", str(STANDARDS), "--results", str(path)])
    assert result.exit_code == 1
    assert f"{path}:2:1: error[AUDIT019] unknown scenario `angry-callr`" in result.stderr
    assert "did you mean `angry-caller`?" in result.stderr
    assert "use a scenario id of scenarios/ (angry-caller), or leave `scenario` empty" in result.stderr


def test_known_or_empty_scenario_passes(tmp_path: Path) -> None:
    results = HEADER + ROW + "angry-caller\n" + "a2,2026-11-02,emp-2,sales-associate,riga,greeting#greet,yes,\n"
    assert audit_problems(tmp_path, results=results) == (0, [])
