"""Git-revision mode on a temporary repository, and the site's baseline (previous tag)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from diff_support import FIXTURES, run

from generator.diff import compare
from generator.diff.baseline import load_baseline
from generator.errors import UsageError
from generator.pipeline import load

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=T", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false",
         "-c", "tag.gpgsign=false", *args],
        cwd=repo, check=True, capture_output=True,
    )


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    """A repository whose tag v1 holds the old fixture and whose HEAD holds the new one."""
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    shutil.copytree(FIXTURES / "old", root / "standards")
    git(root, "add", "standards")
    git(root, "commit", "-qm", "old")
    git(root, "tag", "v1")
    shutil.rmtree(root / "standards")
    shutil.copytree(FIXTURES / "new", root / "standards")
    git(root, "add", "-A", "standards")
    git(root, "commit", "-qm", "new")
    return root


def test_revisions_give_the_same_report_as_folders(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo)
    by_revision = run("diff", "v1", "HEAD", "--format", "json")
    assert by_revision.exit_code == 0, by_revision.output
    by_folder = run("diff", str(FIXTURES / "old"), str(FIXTURES / "new"), "--format", "json")
    revision_data, folder_data = json.loads(by_revision.stdout), json.loads(by_folder.stdout)
    assert revision_data["old"]["source"] == "v1:standards"
    assert revision_data["new"]["source"] == "HEAD:standards"
    for data in (revision_data, folder_data):
        del data["old"]["source"], data["new"]["source"]
    assert revision_data == folder_data


def test_main_and_head_from_a_subfolder(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo / "standards" / "journey")
    result = run("diff", "v1", "main")
    assert result.exit_code == 0
    assert "Pickup clerk: 2 changed, 1 new standard" in result.stdout


def test_unknown_revision_exits_2(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo)
    result = run("diff", "v0", "HEAD")
    assert result.exit_code == 2
    assert "'v0' is neither an existing folder nor a git revision" in result.output


def test_revision_without_the_folder_exits_2(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo)
    result = run("diff", "v1", "HEAD", "--path", "handbook")
    assert result.exit_code == 2
    assert "has no folder 'handbook'" in result.output


def test_baseline_is_the_previous_tag(repo: Path) -> None:
    old = load_baseline(str(repo / "standards"), None)
    assert old is not None and old.version == "2026.10"
    changes = compare(old, load(repo / "standards").handbook)
    assert changes.item_status("order-handover#offer-bag") == "added"
    assert changes.old_version == "2026.10"


def test_baseline_skips_a_tag_equal_to_the_working_folder(repo: Path) -> None:
    git(repo, "tag", "v2")  # the current release: same folder as now
    old = load_baseline(str(repo / "standards"), None)
    assert old is not None and old.version == "2026.10"


def test_baseline_from_an_explicit_folder_or_revision(repo: Path) -> None:
    from_folder = load_baseline(str(repo / "standards"), str(FIXTURES / "old"))
    from_revision = load_baseline(str(repo / "standards"), "HEAD~1")
    assert from_folder is not None and from_folder.version == "2026.10"
    assert from_revision is not None and from_revision.version == "2026.10"
    with pytest.raises(UsageError):
        load_baseline(str(repo / "standards"), "no-such-tag")


def test_no_baseline_outside_git_or_without_tags(tmp_path: Path, repo: Path) -> None:
    shutil.copytree(FIXTURES / "new", tmp_path / "plain")
    assert load_baseline(str(tmp_path / "plain"), None) is None
    git(repo, "tag", "-d", "v1")
    assert load_baseline(str(repo / "standards"), None) is None
