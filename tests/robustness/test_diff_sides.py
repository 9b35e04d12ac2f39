"""`handbook diff` with a broken side read from git: its files are named by their path in the repository."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from common import write_folder
from robustness_support import handbook

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=T", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", *args],
        cwd=repo, check=True, capture_output=True,
    )


def test_errors_of_a_revision_name_the_file_in_the_repository(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    git(tmp_path, "init", "-q", "-b", "main", str(repo))
    folder = write_folder(repo / "docs" / "standards", {"principles.yaml": "principles: [\n"})
    git(repo, "add", "docs")
    git(repo, "commit", "-qm", "broken")
    (folder / "principles.yaml").unlink()
    write_folder(folder)
    git(repo, "commit", "-qam", "fixed")
    ran = handbook("diff", "HEAD~1", "HEAD", "--path", "docs/standards", cwd=repo)
    assert ran.code == 1
    lines = ran.err.splitlines()
    assert any(
        line.startswith("old (HEAD~1:docs/standards): docs/standards/principles.yaml:2:1: error[YAML001]")
        for line in lines
    ), ran.err
    assert all(line.startswith("old (HEAD~1:docs/standards): ") for line in lines[:-1])
    assert "handbook-diff-" not in ran.err
    assert ran.err.rstrip().endswith("Nothing was compared: fix the problems above first.")
