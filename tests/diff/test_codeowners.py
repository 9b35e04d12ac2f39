"""`handbook codeowners`: review.codeowners per file, handbook.yaml's default, --output and --check."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from diff_support import FIXTURES, run


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(FIXTURES / "new", tmp_path / "standards")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_lines_per_file_with_the_default_for_files_without_owners(project: Path) -> None:
    result = run("codeowners", "standards", "--root", str(project))
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line and not line.startswith("#")]
    assert lines[0] == "/standards/ @fixture/quality"
    assert "/standards/journey/02-purchase.yaml @fixture/stores stores-lead@fixture.example" in lines
    assert "/standards/journey/01-browse.yaml @fixture/quality" in lines
    assert "pickup-clerk" not in result.stdout  # review.owner is a role id, never a GitHub handle
    assert len(lines) == 1 + 9  # the catch-all and the nine files


def test_output_then_check(project: Path) -> None:
    target = project / ".github" / "CODEOWNERS"
    assert run("codeowners", "standards", "--root", str(project), "--output", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8").count("/standards/") == 10
    assert run("codeowners", "standards", "--root", str(project), "--output", str(target), "--check").exit_code == 0
    roles = project / "standards" / "journey" / "01-browse.yaml"
    roles.write_text(roles.read_text(encoding="utf-8") + 'review: {codeowners: ["@fixture/browse"]}\n', "utf-8")
    stale = run("codeowners", "standards", "--root", str(project), "--output", str(target), "--check")
    assert stale.exit_code == 1 and "out of date" in stale.stderr
    assert "@fixture/browse" not in target.read_text(encoding="utf-8")  # --check never writes


def test_check_needs_output_and_invalid_standards_exit_1(project: Path) -> None:
    assert run("codeowners", "standards", "--check").exit_code == 2
    (project / "standards" / "roles.yaml").write_text("roles: 3\n", encoding="utf-8")
    result = run("codeowners", "standards")
    assert result.exit_code == 1 and "error[" in result.stderr and result.stdout == ""
