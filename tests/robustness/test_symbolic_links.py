"""Symbolic links in a standards folder (issue 16): never followed, in a working tree as in a git revision, and
always LAYOUT001 at the file's path (in the repository, for a revision), never an internal error or a temporary
path."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from common import write_folder
from robustness_support import handbook

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

LINKS = {  # name inside the standards folder -> where it points
    "situations/absolute.yaml": "/etc/hostname",
    "situations/outside.yaml": "../../secret.yaml",
    "situations/inside.yaml": "../glossary.yaml",
    "situations/dangling.yaml": "nowhere.yaml",
    "situations/loop.yaml": "loop.yaml",
    "README.md": "../README.md",
}


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=T", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", *args],
        cwd=repo, check=True, capture_output=True,
    )
    return done.stdout.decode()


def with_links(repo: Path) -> Path:
    folder = write_folder(repo / "docs" / "standards")
    (repo / "docs" / "secret.yaml").write_text("terms: [{id: leaked, term: {en: LEAKED}}]\n", "utf-8")
    for name, target in LINKS.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).symlink_to(target)
    return folder


def expected(prefix: str) -> list[str]:
    return [
        f"{prefix}{name}:1:1: error[LAYOUT001] `{name}` is a symbolic link; links are not followed, so what it "
        "points to is not read"
        for name in sorted(LINKS, key=lambda n: (n.count("/"), n))
    ]


def test_every_link_in_a_working_tree_is_layout001_and_never_followed(tmp_path: Path) -> None:
    with_links(tmp_path)
    ran = handbook("validate", "docs/standards", cwd=tmp_path)
    assert ran.code == 1
    errors = [line for line in ran.out.splitlines() if "error[" in line]
    assert errors == expected("docs/standards/")
    assert "LEAKED" not in ran.out and "leaked" not in ran.out  # the file outside was not read


def test_a_link_that_names_a_hidden_file_is_left_alone(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "s")
    (folder / ".editorconfig").symlink_to("../.editorconfig")
    assert handbook("validate", "s", cwd=tmp_path).code == 0


def test_links_in_a_git_revision_are_reported_like_in_the_working_tree(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    git(tmp_path, "init", "-q", "-b", "main", str(repo))
    folder = with_links(repo)
    git(repo, "add", "docs")
    git(repo, "commit", "-qm", "links")
    assert "120000" in git(repo, "ls-files", "-s", "docs/standards/situations/absolute.yaml")  # a link in git
    for name in LINKS:
        (folder / name).unlink()
    git(repo, "commit", "-qam", "no links")
    ran = handbook("diff", "HEAD~1", "HEAD", "--path", "docs/standards", cwd=repo)
    assert ran.code == 1
    prefix = "old (HEAD~1:docs/standards): "
    errors = [line.removeprefix(prefix) for line in ran.err.splitlines() if "error[" in line]
    assert errors == expected("docs/standards/")
    assert "handbook-diff-" not in ran.err and "AbsoluteLinkError" not in ran.err and "LEAKED" not in ran.err
    # the same links in the working tree: the same lines, the same paths
    git(repo, "checkout", "-q", "HEAD~1")
    working = handbook("validate", "docs/standards", cwd=repo)
    assert [line for line in working.out.splitlines() if "error[" in line] == errors


def test_a_linked_folder_in_a_revision_is_reported_too(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    git(tmp_path, "init", "-q", "-b", "main", str(repo))
    folder = write_folder(repo / "standards")
    shutil.copytree(folder / "situations", repo / "shared")
    shutil.rmtree(folder / "situations")
    (folder / "situations").symlink_to("../shared")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "linked folder")
    ran = handbook("build", "standards", "--since", "HEAD", "--site-dir", "site", cwd=repo)
    assert ran.code == 1  # the working tree's link: refused before anything is built
    assert "`situations` is a symbolic link to a folder" in ran.out + ran.err
    ran = handbook("diff", "HEAD", "standards", cwd=repo)
    assert ran.code == 1
    assert ("old (HEAD:standards): standards/situations:1:1: error[LAYOUT001] `situations` is a symbolic link; "
            "links are not followed, so what it points to is not read") in ran.err.splitlines()
    assert "handbook-diff-" not in ran.err
