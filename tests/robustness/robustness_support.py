"""Run ``python -m generator`` as a user would (a real subprocess) and check that it never shows a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str


def handbook(*args: str | bytes, cwd: Path, env: dict[str, str] | None = None, timeout: float = 120) -> Ran:
    """The command's exit code, stdout and stderr; fails the test if either stream holds a traceback."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "GITHUB_ACTIONS": "", "HANDBOOK_TODAY": "2026-11-15"}
    environment.pop("HANDBOOK_DEBUG", None)
    done = subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        env={**environment, **(env or {})},
        capture_output=True,
        timeout=timeout,
        check=False,
    )
    out = done.stdout.decode("utf-8", "replace")
    err = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in out + err, err
    return Ran(done.returncode, out, err)


def one_error(ran: Ran) -> str:
    """The single ``Error: ...`` line a fatal failure prints (click's format)."""
    lines = [line for line in ran.err.splitlines() if line.startswith("Error: ")]
    assert len(lines) == 1, ran.err
    return lines[0]
