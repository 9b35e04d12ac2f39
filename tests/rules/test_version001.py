"""VERSION001: `handbook diff` finds changes while handbook.yaml's `version` stayed the same."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from common import at, base, write_folder

from generator.cli import main
from generator.rules.version001 import _next

J = "journey/01-buy.yaml"
HB = "handbook.yaml"


def diff(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, ["diff", *args], env={"GITHUB_ACTIONS": "", **(env or {})})


def pair(tmp_path: Path, new_version: str = "1.0", lint: str = "", change: bool = True) -> tuple[Path, Path]:
    old = write_folder(tmp_path / "old")
    manifest = base(HB).replace('version: "1.0"', f'version: "{new_version}"') + lint
    changes: dict[str, str | None] = {HB: manifest}
    if change:
        changes[J] = base(J).replace("Greet the customer,", "Greet every customer,")
    return old, write_folder(tmp_path / "new", changes)


def test_changes_under_the_same_version_warn_at_the_version(tmp_path: Path) -> None:
    old, new = pair(tmp_path)
    result = diff(str(old), str(new))
    assert result.exit_code == 0, result.output  # a warning by default
    line, col = at(base(HB), '"1.0"')
    assert (f"{new}/handbook.yaml:{line}:{col}: warning[VERSION001] the standards changed (1 standard, "
            "0 other changes) but `version` is still '1.0' on both sides") in result.stdout
    assert 'help: give this edition a new version in handbook.yaml (e.g. `version: "1.1"`)' in result.stdout


def test_the_pull_request_comment_and_json_say_it(tmp_path: Path) -> None:
    old, new = pair(tmp_path)
    comment = diff(str(old), str(new), "--format", "markdown")
    assert comment.exit_code == 0
    heading, _, rest = comment.stdout.partition("> [!WARNING]\n")
    assert heading.startswith("<!-- handbook-diff -->\n### ") and rest  # right under the heading
    assert rest.startswith("> **VERSION001** `")
    assert "VERSION001" in comment.stderr  # and in the CI log
    data = json.loads(diff(str(old), str(new), "--format", "json").stdout)
    [found] = data["diagnostics"]
    assert found["rule"] == "VERSION001" and found["severity"] == "warning"
    assert (found["line"], found["column"]) == at(base(HB), '"1.0"')


def test_lint_makes_it_an_error_and_the_exit_code_follows(tmp_path: Path) -> None:
    old, new = pair(tmp_path, lint="lint: {VERSION001: error}\n")
    result = diff(str(old), str(new), "--format", "markdown")
    assert result.exit_code == 1
    assert "> [!CAUTION]\n> **VERSION001**" in result.stdout  # the comment is still written whole
    assert "error[VERSION001]" in result.stderr
    annotations = diff(str(old), str(new), "--format", "markdown", env={"GITHUB_ACTIONS": "true"})
    assert "::error file=" in annotations.stderr and "VERSION001" in annotations.stderr


def test_lint_off_silences_it(tmp_path: Path) -> None:
    old, new = pair(tmp_path, lint="lint: {VERSION001: off}\n")
    result = diff(str(old), str(new))
    assert result.exit_code == 0 and "VERSION001" not in result.output


def test_a_new_version_or_no_change_is_fine(tmp_path: Path) -> None:
    old, new = pair(tmp_path / "bumped", new_version="1.1")
    bumped = diff(str(old), str(new), "--format", "json")
    assert bumped.exit_code == 0 and json.loads(bumped.stdout)["diagnostics"] == []
    old, new = pair(tmp_path / "same", change=False)
    same = diff(str(old), str(new))
    assert same.exit_code == 0 and "VERSION001" not in same.output


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_revisions_name_the_file_in_the_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = tmp_path / "repo"
    old, new = pair(tmp_path)
    shutil.copytree(old, repo / "standards")

    def git(*args: str) -> None:
        subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false",
                        *args], cwd=repo, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("add", ".")
    git("commit", "-qm", "old")
    shutil.rmtree(repo / "standards")
    shutil.copytree(new, repo / "standards")
    git("commit", "-qam", "new")
    monkeypatch.chdir(repo)
    result = diff("HEAD~1", "HEAD")
    line, col = at(base(HB), '"1.0"')
    assert f"standards/handbook.yaml:{line}:{col}: warning[VERSION001]" in result.stdout
    assert "handbook-diff-" not in result.stdout  # never the temporary folder the revision was read from


def test_the_suggested_version() -> None:
    assert [_next(v) for v in ("2026.11", "2026.12", "1.4", "7", "2026.09", "beta")] == [
        "2026.12", "2027.01", "1.5", "8", "2026.10", "beta.1"]
