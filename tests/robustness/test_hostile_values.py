"""Values quoted from the YAML into diagnostics cannot drive the terminal or forge CI workflow commands."""

from __future__ import annotations

from pathlib import Path

import pytest
from common import base, write_folder
from robustness_support import handbook

HOSTILE = r'"\e[2J\e[8mhidden\n::error file=x::forged\u2028\x9b"'


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_control_characters_in_a_value_are_escaped(tmp_path: Path, fmt: str) -> None:
    roles = base("roles.yaml").replace("department: stores", f"department: {HOSTILE}", 1)
    write_folder(tmp_path / "s", {"roles.yaml": roles})
    ran = handbook("validate", "s", "--format", fmt, cwd=tmp_path, env={"FORCE_COLOR": ""})
    assert ran.code == 1
    assert "\x1b" not in ran.out and "\x9b" not in ran.out and "\u2028" not in ran.out
    assert not any(line.startswith("::error file=x") for line in ran.out.splitlines())
    assert "\\x1b[2J\\x1b[8mhidden" in ran.out  # shown, so the author sees what the file holds


def test_an_audit_csv_value_cannot_start_a_line(tmp_path: Path) -> None:
    standards = Path(__file__).resolve().parents[1] / "fixtures" / "audit" / "standards"
    employee = '"emp\x1b[2J-1\n::error file=x::forged"'
    (tmp_path / "r.csv").write_text(
        "audit_id,date,employee,role,location,item,result,comment\n"
        f"a1,2026-11-02,{employee},sales-associate,riga,greeting#greet,yes,\n",
        encoding="utf-8",
    )
    ran = handbook("audit", str(standards), "--results", "r.csv", cwd=tmp_path)
    assert ran.code == 1 and ran.out == ""  # an id with control characters is AUDIT020, shown escaped
    assert "\x1b" not in ran.err
    assert not any(line.startswith("::") for line in ran.err.splitlines())
    assert "AUDIT020" in ran.err and "emp\\x1b[2J-1\\x0a::error file=x::forged" in ran.err


def test_escape_sequences_in_a_title_are_shown_by_diff(tmp_path: Path) -> None:
    old = write_folder(tmp_path / "old")
    stage = (old / "journey" / "01-buy.yaml").read_text(encoding="utf-8")
    assert "title: {en: Buying," in stage
    write_folder(tmp_path / "new", {"journey/01-buy.yaml": stage.replace(
        "title: {en: Buying,", 'title: {en: "Buying\\e]0;pwned\\a\\r",', 1)})
    ran = handbook("diff", "old", "new", cwd=tmp_path)
    assert ran.code == 0
    assert "\x1b" not in ran.out and "\x07" not in ran.out and "\r" not in ran.out
    assert "\\x1b]0;pwned\\x07\\x0d" in ran.out


@pytest.mark.parametrize(
    ("changes", "where", "owner"),
    [
        ({"handbook.yaml": base("handbook.yaml") + 'codeowners: ["@team\\n/.github/ @attacker"]\n'},
         "s/handbook.yaml:7:14", "@team\\x0a/.github/ @attacker"),
        ({"roles.yaml": base("roles.yaml") + 'review: {owner: manager, codeowners: ["@ok\\n"]}\n'},
         "s/roles.yaml:10:39", "@ok\\x0a"),
    ],
)
def test_an_owner_cannot_add_lines_to_codeowners(
    tmp_path: Path, changes: dict[str, str], where: str, owner: str
) -> None:
    """The schema's owner pattern refuses a line break (its `$` ends the text, as in JSON Schema), so
    validate fails and codeowners writes nothing; codeowners also checks each owner whole itself."""
    write_folder(tmp_path / "s", changes)
    validated = handbook("validate", "s", cwd=tmp_path)
    assert validated.code == 1 and f"{where}: error[SCHEMA]" in validated.out
    assert f"`{owner}` is not a GitHub user or team" in validated.out
    ran = handbook("codeowners", "s", "--root", ".", "--output", "CODEOWNERS", cwd=tmp_path)
    assert ran.code == 1 and "SCHEMA" in ran.err
    assert not (tmp_path / "CODEOWNERS").exists()
