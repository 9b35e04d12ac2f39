"""Temporary folders a killed run leaves are removed by the next run, never those of a run still going (issue 16)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from robustness_support import ROOT, handbook

from generator import leftovers

STANDARDS = ROOT / "tests" / "fixtures" / "audit" / "standards"


def _dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    return int(done.stdout)


def _owned(pid: int, rest: str = "abcd1234") -> str:
    return f"{pid}@{leftovers._HOST}-{rest}"


def test_sweep_removes_only_what_is_certainly_stale(tmp_path: Path) -> None:
    prefix = ".site-build-"
    dead, alive = _dead_pid(), os.getppid()  # the test runner's parent is running
    names = {
        "dead": prefix + _owned(dead),
        "alive": prefix + _owned(alive),
        "other host, fresh": f"{prefix}{dead}@ffffff-abcd1234",
        "old style, fresh": prefix + "k2j4h5g6",
        "old style, an hour old": prefix + "x9y8z7w6",
        "not ours": prefix + "notes",
    }
    for name in names.values():
        (tmp_path / name).mkdir()
        (tmp_path / name / "index.html").write_text("x", encoding="utf-8")
    hour_ago = time.time() - 3600
    os.utime(tmp_path / names["old style, an hour old"], (hour_ago, hour_ago))
    os.utime(tmp_path / names["not ours"], (hour_ago, hour_ago))
    target = tmp_path / "elsewhere"
    target.mkdir()
    (tmp_path / (prefix + _owned(dead, "link0000"))).symlink_to(target)
    dead_file = tmp_path / (".report.json." + _owned(dead))
    dead_file.write_text("{", encoding="utf-8")

    removed = leftovers.sweep(tmp_path, prefix)

    assert sorted(p.name for p in removed) == sorted([names["dead"], names["old style, an hour old"]])
    left = {p.name for p in tmp_path.iterdir()}
    for key in ("alive", "other host, fresh", "old style, fresh", "not ours"):
        assert names[key] in left, key
    assert (tmp_path / (prefix + _owned(dead, "link0000"))).is_symlink() and (target.exists())
    assert dead_file.exists()  # another prefix
    fd, made = leftovers.temp_file(tmp_path, ".report.json.")
    os.close(fd)
    assert not dead_file.exists()
    assert Path(made).name.startswith(f".report.json.{os.getpid()}@{leftovers._HOST}-")


def _build_leftovers(parent: Path) -> list[Path]:
    return sorted(p for p in parent.iterdir() if p.name.startswith(".site-build-"))


def test_the_next_build_removes_the_folder_of_a_killed_build(tmp_path: Path) -> None:
    site = tmp_path / "site"
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "HANDBOOK_TODAY": "2026-11-15"}
    killed = subprocess.Popen([sys.executable, "-m", "generator", "build", str(STANDARDS), "--site-dir", str(site)],
                              env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not _build_leftovers(tmp_path) and killed.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    if killed.poll() is not None:  # pragma: no cover - the machine was too fast to catch it in the act
        pytest.skip("the build finished before it could be killed")
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    stale = _build_leftovers(tmp_path)
    assert len(stale) == 1 and stale[0].name.startswith(f".site-build-{killed.pid}@")

    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)"])
    try:  # a build still going in the same folder (here a process that is alive) keeps its folder
        concurrent = tmp_path / f".site-build-{running.pid}@{leftovers._HOST}-abcd1234"
        concurrent.mkdir()
        ran = handbook("build", str(STANDARDS), "--site-dir", str(site), cwd=tmp_path)
        assert ran.code == 0, ran.err
        assert _build_leftovers(tmp_path) == [concurrent]
        assert (site / "index.html").exists()
    finally:
        running.kill()
        running.wait()
