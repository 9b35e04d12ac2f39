"""The published pre-commit hooks run real `handbook` commands that succeed on the shipped example."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import yaml
from click.testing import CliRunner

from generator.cli import main

ROOT = Path(__file__).resolve().parent.parent


def hooks() -> list[dict[str, object]]:
    data = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def test_hooks_are_well_formed() -> None:
    ids = [h["id"] for h in hooks()]
    assert ids == ["handbook-validate", "handbook-codeowners"]
    for hook in hooks():
        assert hook["language"] == "python" and hook["pass_filenames"] is False
        assert str(hook["entry"]).startswith("handbook ")


def test_validate_hook_passes_on_the_example_and_fails_on_a_broken_copy(tmp_path: Path) -> None:
    entry = shlex.split(str(hooks()[0]["entry"]))[1:]
    ok = CliRunner().invoke(main, [*entry, str(ROOT / "standards")])
    assert ok.exit_code == 0, ok.output
    broken = tmp_path / "standards"
    broken.mkdir()
    (broken / "handbook.yaml").write_text("title: x\ntitle: y\n", encoding="utf-8")
    bad = CliRunner().invoke(main, [*entry, str(broken)])
    assert bad.exit_code == 1 and "YAML002" in bad.output


def test_codeowners_hook_detects_a_stale_file(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".github").mkdir()
    import shutil

    shutil.copytree(ROOT / "standards", tmp_path / "standards")
    entry = shlex.split(str(hooks()[1]["entry"]))
    run = [sys.executable, "-m", "generator", *entry[1:], "standards"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # this checkout's code, not whatever `generator` is installed
    stale = subprocess.run(run, cwd=tmp_path, capture_output=True, text=True, env=env)
    assert stale.returncode == 1
    write = [a for a in run if a != "--check"]
    assert subprocess.run(write, cwd=tmp_path, capture_output=True, text=True, env=env).returncode == 0
    assert "/standards/journey/06-handover.yaml @voltaro/stores" in (tmp_path / ".github" / "CODEOWNERS").read_text()
    fresh = subprocess.run(run, cwd=tmp_path, capture_output=True, text=True, env=env)
    assert fresh.returncode == 0, fresh.stdout + fresh.stderr
