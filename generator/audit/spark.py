"""The Spark engine of the transcript checks (``handbook audit --engine spark``), for histories that no longer
fit one machine.

The same code judges every message as in the local engine: the tasks run
:class:`~generator.audit.transcripts.Checker`'s line parser and the :class:`~generator.audit.transcripts._Run`
loop (phrase matching by :func:`~generator.audit.matcher.fold_many` and the Aho-Corasick matcher, then the
:class:`~generator.audit.conversation.Judge`), on the same messages in the same order; only the reading and
the grouping are Spark's:

1. read the JSON Lines from any path Spark reads (a file, a folder, a glob, ``hdfs://``, ``s3a://``, ...) and
   number the lines (``zipWithIndex``: the line numbers of a single file are its own);
2. parse each line on the executors (problems travel back with their line);
3. group the messages by conversation, sort each conversation's messages by line, and judge the
   conversations a batch at a time;
4. send the finished conversations back to the driver in the order of their first lines, where they are
   counted and spooled exactly as the local engine does it (:meth:`~generator.audit.transcripts.ResultSink`).

So both engines give the same findings, scores and reports on the same input (tests/audit/test_spark.py).
The session never reaches the network: no web UI, the driver bound to 127.0.0.1 (with a local master).
"""

from __future__ import annotations

import copyreg
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .conversation import Conversation, ConversationScore
from .inputs import MAX_PROBLEMS, Problems
from .spool import Spool
from .transcripts import BATCH, Checker, Sink, TranscriptResult, _Run

DEFAULT_MASTER = "local[*]"
Problem = tuple[str, int, int, str, str]  # rule, line, column, message, hint


def available() -> bool:
    """True when pyspark can be imported (the ``spark`` extra)."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return False
    return True


def missing_input(exc: BaseException) -> str | None:
    """What Spark says when the input path does not exist or matches no file; None for any other error."""
    text = str(exc)
    for marker in ("Input path does not exist", "Input Pattern", "matches 0 files", "PATH_NOT_FOUND"):
        at = text.find(marker)
        if at >= 0:
            return text[at:].splitlines()[0].strip()
    return None


def _mapping(values: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    return MappingProxyType(values)


def _reduce_mapping(proxy: MappingProxyType[Any, Any]) -> tuple[Any, tuple[dict[Any, Any]]]:
    return _mapping, (dict(proxy),)


# The handbook model keeps its mappings read-only (MappingProxyType), which pickle cannot take as they are;
# the checker travels to the executors with them as plain dicts, read-only again on arrival.
copyreg.pickle(MappingProxyType, _reduce_mapping)


def session(master: str = DEFAULT_MASTER) -> Any:
    """A SparkSession that stays on this machine's loopback for a local master, with no web UI."""
    from pyspark.sql import SparkSession

    root = str(Path(__file__).resolve().parent.parent.parent)  # the folder that holds the generator package
    paths = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    if root not in paths:
        os.environ["PYTHONPATH"] = os.pathsep.join([root, *paths])  # the Python workers import this package
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    log4j = f"-Dlog4j2.configurationFile=file:{Path(__file__).with_name('spark-log4j2.properties')}"
    builder = (SparkSession.builder.master(master).appName("handbook audit")
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.python.worker.reuse", "true")
               .config("spark.driver.extraJavaOptions", log4j))
    if master.startswith("local"):
        os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"  # never bind to (or announce) a network interface
        builder = (builder.config("spark.driver.host", "127.0.0.1")
                   .config("spark.driver.bindAddress", "127.0.0.1"))
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


class _Collected(Problems):
    """Problems of one task, at most :data:`MAX_PROBLEMS` kept (the rest counted), as plain tuples."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[Problem] = []
        self.more = 0

    def add(self, rule: str, path: str, line: int, message: str, hint: str = "", column: int = 1) -> None:
        if len(self.found) < MAX_PROBLEMS:
            self.found.append((rule, line, column, message, hint))
        else:
            self.more += 1


class _Rows(Sink):
    """What the tasks send back: one row per finished conversation, with its findings."""

    def __init__(self) -> None:
        self.findings: dict[int, list[dict[str, Any]]] = {}
        self.rows: list[tuple[Any, ...]] = []

    def finding(self, conv: Conversation, finding: dict[str, Any]) -> None:
        conv.findings += 1
        self.findings.setdefault(conv.key, []).append(finding)

    def conversation(self, cid: str, conv: Conversation, score: ConversationScore) -> None:
        self.rows.append((conv.key, (conv.line, cid, conv.employee, conv.rules.id, conv.messages,
                                     conv.agent_messages, conv.findings, score.raw, score.final, score.met,
                                     score.flags, conv.last_time, self.findings.pop(conv.key, []))))


def _parse(checker: Checker, path: str, lines: Iterable[tuple[str, int]]) -> Iterator[tuple[Any, ...]]:
    """Executor: ``(line text, index)`` -> ``("m", conversation id, (line, record))`` for each message,
    ``("p", problems, more)`` and ``("b", bytes)`` once per partition."""
    problems = _Collected()
    size = 0

    def numbered() -> Iterator[tuple[int, str]]:
        nonlocal size
        for text, index in lines:
            size += len(text.encode("utf-8", "surrogatepass")) + 1
            yield index + 1, text[1:] if index == 0 and text.startswith("\ufeff") else text

    for number, record in checker.messages(path, numbered(), problems):
        slim = {k: record[k] for k in ("conversation", "channel", "speaker", "employee", "text", "_t")}
        yield "m", record["conversation"], (number, slim)
    yield "p", problems.found, problems.more
    yield "b", size


def _judge(checker: Checker, path: str, groups: Iterable[tuple[str, Iterable[tuple[int, dict[str, Any]]]]]
           ) -> Iterator[tuple[Any, ...]]:
    """Executor: conversations (their messages in any order) -> rows of :class:`_Rows`, and the problems."""
    problems = _Collected()
    sink = _Rows()
    run = _Run(checker, path, None, problems, grouped=False, sink=sink)
    batch: list[tuple[int, dict[str, Any]]] = []
    for _cid, messages in groups:
        batch.extend(sorted(messages, key=lambda m: m[0]))
        if len(batch) >= BATCH:
            run.apply(batch)
            run.finish_all()
            batch = []
            yield from sink.rows
            sink.rows = []
    run.apply(batch)
    run.finish_all()
    yield from sink.rows
    yield -1, ("p", problems.found, problems.more)


def check(checker: Checker, path: str, problems: Problems, spark: Any) -> TranscriptResult:
    """Check the JSON Lines at ``path`` (any path Spark reads) with Spark; the result the local engine gives."""
    sc = spark.sparkContext
    shared = sc.broadcast(checker)
    lines = sc.textFile(path).zipWithIndex()
    parsed = lines.mapPartitions(lambda part: _parse(shared.value, path, part)).cache()
    result = TranscriptResult(Spool(checker.judge.checks))
    found: list[Problem] = []
    more = 0
    for item in parsed.filter(lambda x: x[0] != "m").collect():
        if item[0] == "p":
            found += item[1]
            more += item[2]
        else:
            result.bytes += item[1]
    messages = parsed.filter(lambda x: x[0] == "m").map(lambda x: (x[1], x[2]))
    judged = messages.groupByKey().mapPartitions(lambda part: _judge(shared.value, path, part))
    rows = judged.sortByKey()
    for key, row in rows.toLocalIterator():
        if key == -1:
            found += row[1]
            more += row[2]
            continue
        _merge(result, key, row)
    parsed.unpersist()
    shared.unpersist()
    found.sort(key=lambda p: (p[1], p[2], p[0]))
    for rule, line, column, message, hint in found:
        problems.add(rule, path, line, message, hint, column)
    if more:
        problems.dropped[path] = problems.dropped.get(path, 0) + more
    result.seal()
    return result


def _merge(result: TranscriptResult, key: int, row: tuple[Any, ...]) -> None:
    """Count and spool a conversation judged by a task, as :class:`~.transcripts.ResultSink` does locally."""
    line, cid, employee, channel, messages, agent_messages, count, raw, final, met, flags, ended, findings = row
    spool = result.spool
    for finding in findings:
        result.count_finding(channel, finding)
        spool.add_finding(key, finding)
    result.messages += messages
    result.agent_messages += agent_messages
    result.count_conversation(employee, channel, count, final)
    spool.add_conversation(key, line, cid, employee or None, channel, messages,
                           ConversationScore(raw, final, met, flags), ended)
