"""The Spark engine gives what the local engine gives (issue 11): the same findings, scores, problems and
report, byte for byte, on the same input. One SparkSession on a local[2] master for the whole module."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.audit import spark
from generator.audit.inputs import Problems
from generator.audit.result import AuditRun
from generator.audit.transcripts import Checker
from generator.model import Handbook
from generator.render.audit import json as report_json

from . import corpus
from .conftest import FIXTURES, run_audit

pytestmark = pytest.mark.spark


@pytest.fixture(scope="module")
def session() -> Iterator[Any]:
    spark_session = spark.session("local[2]")
    yield spark_session
    spark_session.stop()


def both(handbook: Handbook, path: Path, session: Any) -> tuple[tuple[str, list[str]], tuple[str, list[str]]]:
    """(JSON report, problems) of the local engine and of Spark on ``path``."""
    out = []
    for engine in ("local", "spark"):
        problems = Problems()
        checker = Checker(handbook)
        result = (checker.run(str(path), problems) if engine == "local"
                  else spark.check(checker, str(path), problems, session))
        report = "".join(report_json.render(AuditRun(handbook, None, None, result)))
        result.close()
        out.append((report, [f"{d.line}:{d.column} {d.rule} {d.message}" for d in problems.items]))
    return out[0], out[1]


def test_same_report_on_the_golden_interleaved_stream(handbook: Handbook, session: Any) -> None:
    (local, local_problems), (distributed, spark_problems) = both(
        handbook, FIXTURES / "golden" / "interleaved.jsonl", session)
    assert local_problems == spark_problems == []
    assert distributed == local
    data = json.loads(distributed)["transcripts"]
    assert data["summary"]["conversations"] == 150 and sum(data["summary"]["findings"].values()) > 400


def test_same_report_on_many_interleaved_conversations(handbook: Handbook, session: Any, tmp_path: Path) -> None:
    path = corpus.write(tmp_path / "t.jsonl", corpus.layout(corpus.conversations(3000, seed=11), interleaved=True))
    (local, _), (distributed, _) = both(handbook, path, session)
    assert distributed == local
    scores = json.loads(distributed)["transcripts"]["employees"]
    assert all(isinstance(v["score"], float) for v in scores.values())


def test_same_problems(handbook: Handbook, session: Any, tmp_path: Path) -> None:
    lines = [json.dumps(m) for m in corpus.layout(corpus.conversations(20, seed=3), interleaved=True)]
    lines[3] = "{not json"
    first = json.loads(lines[0])
    lines.append(json.dumps({**first, "channel": "email"}))  # AUDIT015: the conversation changes channel
    lines.append(json.dumps({**first, "time": "2000-01-01T00:00:00Z"}))  # AUDIT016: earlier than before
    lines.append(json.dumps({**first, "speaker": "robot"}))  # AUDIT014
    path = tmp_path / "t.jsonl"
    path.write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
    (_, local_problems), (_, spark_problems) = both(handbook, path, session)
    assert sorted(spark_problems) == sorted(local_problems)
    rules = sorted(p.split()[1] for p in spark_problems)
    assert rules == ["AUDIT011", "AUDIT014", "AUDIT015", "AUDIT016"]


def test_the_command(monkeypatch: pytest.MonkeyPatch, session: Any, tmp_path: Path) -> None:
    """`handbook audit --engine spark` through the CLI (the module's session; the command would stop it)."""

    class Kept:
        def __getattr__(self, name: str) -> Any:
            return getattr(session, name)

        def stop(self) -> None:
            pass

    monkeypatch.setattr(spark, "session", lambda master: Kept())
    path = str(FIXTURES / "transcripts.jsonl")
    result = run_audit("--transcripts", path, "--engine", "spark", "--format", "json")
    assert result.exit_code == 0, result.output
    local = run_audit("--transcripts", path, "--format", "json")
    assert json.loads(result.stdout)["transcripts"] == json.loads(local.stdout)["transcripts"]
    missing = run_audit("--transcripts", str(tmp_path / "none.jsonl"), "--engine", "spark")
    assert missing.exit_code == 2 and "Input path does not exist" in missing.stderr
    assert run_audit("--transcripts", path, "--engine", "spark", "--grouped").exit_code == 2
