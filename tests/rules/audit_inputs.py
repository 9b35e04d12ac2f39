"""A one-line "what does `handbook audit` say about these inputs" helper for the AUDIT rule tests.

``audit_problems(tmp_path, results="...")`` writes the given inputs (CSV or JSON Lines text; ``raw`` bytes
with ``results_bytes``) next to the audit fixture's standards and returns the ``(rule, line, col)`` of every
problem, sorted, plus the exit code, in the style of tests/common.py's ``problems``.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main

STANDARDS = Path(__file__).resolve().parent.parent / "fixtures" / "audit" / "standards"
RESULTS = "audit_id,date,employee,role,location,item,result,comment\n"
SURVEYS = "date,location,employee,touchpoint,score,csat,comment\n"


def message(conversation: str = "c-1", channel: str = "chat", time: str = "2026-11-02T10:00:00Z",
            speaker: str = "customer", employee: str | None = None, text: str = "Hi") -> str:
    """One JSON Lines transcript message."""
    return json.dumps({"conversation": conversation, "channel": channel, "time": time, "speaker": speaker,
                       "employee": employee, "text": text})


def audit_problems(
    tmp_path: Path, *options: str, results: str | bytes | None = None, surveys: str | None = None,
    transcripts: str | None = None, standards: Path = STANDARDS,
) -> tuple[int, list[tuple[str, int, int]]]:
    args = ["audit", str(standards), "--format", "json", *options]
    for name, content, suffix in (("results", results, "csv"), ("surveys", surveys, "csv"),
                                  ("transcripts", transcripts, "jsonl")):
        if content is None:
            continue
        path = tmp_path / f"{name}.{suffix}"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        args += [f"--{name}", str(path)]
    result = CliRunner().invoke(main, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    found = []
    for line in result.stderr.splitlines():
        head, _, rest = line.partition(": error[")
        if rest and rest[:5] == "AUDIT":
            where = head.rsplit(":", 2)
            found.append((rest.split("]", 1)[0], int(where[1]), int(where[2])))
    return result.exit_code, sorted(found)
