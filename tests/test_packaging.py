"""An installed wheel carries the schemas and front-end assets it needs (no source checkout)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_contains_schemas_and_package_data(tmp_path: Path) -> None:
    if shutil.which("git") is None:  # pragma: no cover
        pytest.skip("git is needed to copy the tracked tree")
    out = tmp_path / "dist"
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    wheel = next(out.glob("*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for schema in (ROOT / "schema").glob("*.schema.json"):
        assert f"generator/schemas/{schema.name}" in names
    tracked = subprocess.run(
        ["git", "ls-files", "generator"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    for path in tracked:
        assert path in names, f"{path} is tracked but missing from the wheel"
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "handbook = generator.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
