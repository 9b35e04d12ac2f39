"""Everything a command writes is deployable: 0644 files and 0755 folders under umask 022 (issue 13, item 6),
and the umask is honoured (0640 and 0750 under 027)."""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from common import write_folder
from robustness_support import ROOT, handbook

AUDIT = ROOT / "tests" / "fixtures" / "audit"


@contextmanager
def umask(mask: int) -> Iterator[None]:
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def modes(*paths: Path) -> dict[str, str]:
    """Every path written (a folder's own mode and everything under it) and its permission bits."""
    found: dict[str, str] = {}
    for path in paths:
        for p in [path, *path.rglob("*")] if path.is_dir() else [path]:
            found[str(p)] = oct(stat.S_IMODE(p.lstat().st_mode))
    return found


def wrong(found: dict[str, str], file_mode: int, folder_mode: int) -> dict[str, str]:
    return {
        p: m for p, m in found.items()
        if m != oct(folder_mode if Path(p).is_dir() else file_mode)
    }


def test_everything_written_is_0644_and_0755_under_umask_022(tmp_path: Path) -> None:
    write_folder(tmp_path / "standards")
    shutil.copytree(AUDIT / "standards", tmp_path / "audit-standards")
    for name in ("staff.csv", "acks.csv"):
        shutil.copy(ROOT / "examples" / name, tmp_path / name)
    outputs: list[Path] = []
    with umask(0o022):
        assert handbook("build", "standards", "--site-dir", "site", cwd=tmp_path).code == 0
        assert handbook("checklists", "standards", "--out", "checklists", cwd=tmp_path).code == 0
        outputs += [tmp_path / "site", tmp_path / "checklists"]
        for fmt in ("text", "json", "html", "csv", "xlsx"):
            ran = handbook("audit", "audit-standards", "--results", str(AUDIT / "results.csv"), "--surveys",
                           str(AUDIT / "surveys.csv"), "--format", fmt, "--out", f"reports/{fmt}", cwd=tmp_path)
            assert ran.code == 0, ran.err
        ran = handbook("audit", "audit-standards", "--results", str(AUDIT / "results.csv"),
                       "--store", "audits.duckdb", cwd=tmp_path)
        assert ran.code == 0, ran.err
        outputs += [tmp_path / "reports", tmp_path / "audits.duckdb"]
        for fmt, name in (("text", "due.txt"), ("json", "due.json"), ("html", "due.html")):
            ran = handbook("training", str(ROOT / "standards"), "--staff", "staff.csv", "--acks", "acks.csv",
                           "--format", fmt, "--out", f"training/{name}", cwd=tmp_path,
                           env={"HANDBOOK_TODAY": "2026-12-15"})
            assert ran.code == 0, ran.err
        outputs.append(tmp_path / "training")
        assert handbook("codeowners", "standards", "--output", ".github/CODEOWNERS", cwd=tmp_path).code == 0
        outputs.append(tmp_path / ".github")
    found = modes(*outputs)
    # what was checked: the site and its checklists, every audit format, the store, training, CODEOWNERS
    for expected in ("site/checklists/en", "site/index.html", "checklists/en", "reports/csv/items.csv",
                     "reports/xlsx/audit.xlsx", "reports/html/audit.html", "reports/text/.handbook-outputs",
                     "audits.duckdb", "training/due.html", ".github/CODEOWNERS"):
        assert str(tmp_path / expected) in found, expected
    assert wrong(found, 0o644, 0o755) == {}


@pytest.mark.parametrize("mask", [0o027, 0o077])
def test_the_umask_is_honoured(tmp_path: Path, mask: int) -> None:
    write_folder(tmp_path / "standards")
    with umask(mask):
        assert handbook("checklists", "standards", "--out", "checklists", cwd=tmp_path).code == 0
        assert handbook("codeowners", "standards", "--output", "CODEOWNERS", cwd=tmp_path).code == 0
    found = modes(tmp_path / "checklists", tmp_path / "CODEOWNERS")
    assert len(found) > 5
    assert wrong(found, 0o666 & ~mask, 0o777 & ~mask) == {}
