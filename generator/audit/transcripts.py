"""Streaming transcript checks (FORMAT §6): forbidden phrases, required elements, response times.

The JSON Lines file is read line by line in batches. Memory holds one batch, and for each conversation
still open a compact :class:`Conversation` (counters, two timestamps, a bitmask of the required elements
met; never a message text). Findings go to a :class:`~generator.audit.spool.Spool` on disk the moment they
are found; only counts per kind, employee and channel stay in memory.

By default messages of different conversations may be interleaved, so a conversation can only be judged at
the end of the file (its last agent message is known only then): the open conversations are all of them.
With ``grouped=True`` each conversation's messages must be consecutive; a conversation is judged as soon as
another one starts, so one conversation is open at a time, and an id that comes back later is an error.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import IO, Any

from ..diagnostics import did_you_mean
from ..model import Handbook
from . import exports, ids, matcher, strictjson
from .conversation import KINDS, OPENED_BY_CUSTOMER, Conversation, ConversationScore, Judge
from .inputs import Problems
from .spool import Spool

MAX_LINE = 4 << 20  # bytes: a longer line is reported, never read into memory whole
BLOCK = 1 << 18  # bytes read, decoded and split at once (256 KiB: a few MB in memory at most)
BATCH = 256  # lines parsed, folded and matched together (more saves no time, costs memory)
_SCAN = strictjson.DECODER.scan_once  # type: ignore[attr-defined]  # the C scanner behind json.loads
FIELDS = ("conversation", "channel", "time", "speaker", "employee", "text")
_FIELDS = operator.itemgetter(*FIELDS)
_FROM_ISO = datetime.fromisoformat
__all__ = ["KINDS", "Checker", "TranscriptResult"]


def _bucket() -> dict[str, Any]:
    return {"conversations": 0, "conversations_with_findings": 0, "findings": dict.fromkeys(KINDS, 0),
            "score": None}


@dataclass
class TranscriptResult:
    """Counts, roll-ups and conversation scores in memory; every conversation and finding in :attr:`spool`.

    :meth:`count_finding` and :meth:`count_conversation` are the only way findings and finished
    conversations are counted, whichever engine found them.
    """

    spool: Spool
    messages: int = 0
    agent_messages: int = 0
    bytes: int = 0
    findings: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    employees: dict[str, dict[str, Any]] = field(default_factory=dict)
    channels: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: the mean of every conversation's final score (FORMAT §7.7); None without scored conversations
    score: float | None = None
    #: what a help-desk export held besides the messages checked; None for JSON Lines
    export: exports.ExportStats | None = None
    _sums: dict[tuple[str, str], list[float]] = field(default_factory=dict, repr=False)

    @property
    def conversations(self) -> int:
        return self.spool.conversations

    def count_finding(self, channel: str, finding: dict[str, Any]) -> None:
        kind = finding["kind"]
        self.findings[kind] += 1
        self._bucket(self.channels, channel)["findings"][kind] += 1
        employee = finding["employee"]
        if employee:
            self._bucket(self.employees, employee)["findings"][kind] += 1

    def count_conversation(self, employee: str, channel: str, findings: int, final: float | None) -> None:
        with_findings = 1 if findings else 0
        bucket = self.channels.get(channel) or self._bucket(self.channels, channel)
        bucket["conversations"] += 1
        bucket["conversations_with_findings"] += with_findings
        if employee:
            bucket = self.employees.get(employee) or self._bucket(self.employees, employee)
            bucket["conversations"] += 1
            bucket["conversations_with_findings"] += with_findings
        if final is not None:
            sums = self._sums
            keys = [("channels", channel), ("all", "")]
            if employee:
                keys.append(("employees", employee))
            for key in keys:
                total = sums.get(key)
                if total is None:
                    sums[key] = [final, 1]
                else:
                    total[0] += final
                    total[1] += 1

    def seal(self) -> None:
        """No more conversations: the mean scores."""
        for (name, key), (total, n) in self._sums.items():
            mean = total / n
            if name == "all":
                self.score = mean
            else:
                (self.employees if name == "employees" else self.channels)[key]["score"] = mean
        self.spool.seal()

    @staticmethod
    def _bucket(table: dict[str, dict[str, Any]], key: str) -> dict[str, Any]:
        bucket = table.get(key)
        if bucket is None:
            bucket = table[key] = _bucket()
        return bucket

    def close(self) -> None:
        self.spool.close()


class Checker:
    """Checks a transcript file against the handbook; build once, then :meth:`run`."""

    def __init__(self, handbook: Handbook) -> None:
        self.handbook = handbook
        self.judge = Judge(handbook)
        self.channels = self.judge.channels

    # -- reading -----------------------------------------------------------------------------------
    def run(
        self, path: str, problems: Problems, progress: Callable[[int], None] | None = None, grouped: bool = False,
        fmt: str = "jsonl", channel_map: Mapping[str, str] | None = None,
    ) -> TranscriptResult:
        """Check the file. The caller closes the result (its spool) once the report is written.

        ``grouped``: each conversation's messages are consecutive; judge a conversation as soon as another
        starts (memory independent of the number of conversations) and report an id that comes back.
        ``fmt``: ``jsonl`` (FORMAT §6), or a help-desk export (``zendesk``, ``intercom``: one conversation a
        record, so always grouped), whose channel names ``channel_map`` maps to channel ids.
        """
        if fmt != "jsonl":
            return self._run_export(path, problems, progress, fmt, channel_map or {})
        result = TranscriptResult(Spool(self.judge.checks))
        run = _Run(self, path, result, problems, grouped)
        try:
            stream = open(path, "rb")  # noqa: SIM115 - closed below
        except OSError as exc:
            problems.add("AUDIT001", path, 1, f"cannot read the file: {exc.strerror or exc}")
            return result
        with stream:
            for first, texts in _blocks(stream, path, problems, result):
                batch = list(self.messages(path, enumerate(texts, start=first), problems))
                for start in range(0, len(batch), BATCH):
                    run.apply(batch[start:start + BATCH])
                if progress is not None:
                    progress(result.bytes)
        run.finish_all()
        result.seal()
        return result

    def _run_export(self, path: str, problems: Problems, progress: Callable[[int], None] | None, fmt: str,
                    channel_map: Mapping[str, str]) -> TranscriptResult:
        """A help-desk export: each record is one conversation, turned into messages by :mod:`.exports`."""
        result = TranscriptResult(Spool(self.judge.checks), export=exports.ExportStats(fmt))
        assert result.export is not None
        run = _Run(self, path, result, problems, grouped=True,
                   again_hint=f"each conversation once: the {fmt.capitalize()} export holds it twice")
        read = [0]
        batch: list[tuple[int, dict[str, Any]]] = []
        for line, messages in exports.conversations(fmt, path, self.handbook, problems, channel_map,
                                                    result.export, read):
            batch.extend((line, message) for message in messages)
            if len(batch) >= BATCH:
                run.apply(batch)
                batch = []
                result.bytes = read[0]
                if progress is not None:
                    progress(result.bytes)
        run.apply(batch)
        result.bytes = read[0]
        if progress is not None:
            progress(result.bytes)
        run.finish_all()
        result.seal()
        return result

    def messages(self, path: str, lines: Iterable[tuple[int, str | None]], problems: Problems
                 ) -> Iterator[tuple[int, dict[str, Any]]]:
        """``(line, message)`` of each message of ``(line number, text)`` pairs (None: a line already reported).

        A line that is a plain, valid message (one JSON object ending the line, no ``\\u`` escape, every field
        of the right type, a known channel, a time with its zone, an employee id of printable ASCII) is taken in
        this one loop; any other goes to :meth:`_careful`, which takes it too or says what is wrong.
        """
        scan, fields, from_iso, channels, careful = _SCAN, _FIELDS, _FROM_ISO, self.channels, self._careful
        for number, text in lines:
            if text is None:
                continue
            try:
                record, end = scan(text, 0)
            except (StopIteration, ValueError, RecursionError):  # the careful path reads it and says why
                record = end = None
            if record.__class__ is dict and end == len(text) and "\\u" not in text:
                try:
                    conversation, channel, time, speaker, employee, words = fields(record)
                except KeyError:
                    pass
                else:
                    if (
                        type(conversation) is str and conversation
                        and type(channel) is str and channel in channels
                        and type(time) is str and type(words) is str
                        and ((speaker == "agent" and type(employee) is str and employee
                              and employee.isascii() and employee.isprintable())
                             or (speaker == "customer"
                                 and (employee is None
                                      or (type(employee) is str and employee.isascii() and employee.isprintable()))))
                    ):
                        try:
                            moment = from_iso(time)
                        except ValueError:
                            moment = None
                        if moment is not None and moment.tzinfo is not None:
                            record["_t"] = moment.timestamp()
                            yield number, record
                            continue
            checked = careful(path, number, text, problems)
            if checked is not None:
                yield number, checked

    def _careful(self, path: str, line: int, text: str, problems: Problems) -> dict[str, Any] | None:
        """The message of one line that :meth:`messages` did not take at once; None (and problems) when it is
        blank or wrong."""
        if not text.strip():
            return None
        try:
            record = strictjson.loads(text)
        except strictjson.DuplicateKey as exc:
            problems.add("AUDIT011", path, line, exc.sentence(), "keep one of them")
            return None
        except ValueError as exc:
            problems.add("AUDIT011", path, line, f"the line is not JSON: {exc}")
            return None
        except RecursionError:
            problems.add("AUDIT011", path, line, "the line is not a message: its JSON is nested too deeply")
            return None
        if not isinstance(record, dict):
            problems.add("AUDIT011", path, line, "the line is not a JSON object")
            return None
        if "\\u" in text and not _unicode_fields(record, path, line, problems):
            return None
        return self._check(path, line, record, problems)

    def _check(self, path: str, line: int, record: dict[str, Any], problems: Problems) -> dict[str, Any] | None:
        """The slow path: every problem of a message, each with its own message."""
        ok = True
        for name in FIELDS:
            if name not in record:
                problems.add("AUDIT011", path, line, f"field `{name}` is missing")
                ok = False
            elif not isinstance(record[name], str) and not (name == "employee" and record[name] is None):
                problems.add("AUDIT011", path, line, f"field `{name}` is not a string")
                ok = False
        if not ok:
            return None
        if record["channel"] not in self.channels:
            guess = did_you_mean(record["channel"], self.channels)
            problems.add("AUDIT012", path, line, f"unknown channel `{record['channel']}`",
                         f"did you mean `{guess}`?" if guess else "use a channel id of channels.yaml")
            ok = False
        if record["speaker"] not in ("agent", "customer"):
            problems.add("AUDIT014", path, line, f"speaker `{record['speaker']}` is neither agent nor customer")
            ok = False
        elif record["speaker"] == "agent" and not record.get("employee"):
            problems.add("AUDIT009", path, line, "an agent message without `employee`")
            ok = False
        if not record["conversation"]:
            problems.add("AUDIT009", path, line, "empty `conversation`")
            ok = False
        try:
            moment = datetime.fromisoformat(record["time"])
        except ValueError:
            moment = None
        if moment is None or moment.tzinfo is None:
            problems.add("AUDIT013", path, line, f"time `{record['time']}` is not ISO 8601 with a time zone",
                         "e.g. 2026-11-02T10:00:05Z or 2026-11-02T12:00:05+02:00")
            ok = False
        if not _employee_ok(path, line, record, problems) or not ok:
            return None
        record["_t"] = moment.timestamp() if moment else 0.0
        return record


def _employee_ok(path: str, line: int, record: dict[str, Any], problems: Problems) -> bool:
    """False (and AUDIT020) when the message's employee id could look like another; else the id in NFC."""
    employee = record["employee"]
    if type(employee) is str and ids.suspicious(employee):
        if (bad := ids.problem("employee", employee)) is not None:
            problems.add(ids.RULE, path, line, *bad)
            return False
        record["employee"] = ids.normal(employee)
    return True


class _Run:
    """One pass over one file: the open conversations, and what happens to each message.

    The engine around the :class:`~generator.audit.conversation.Judge`: it finds each message's
    conversation, rejects messages that break a conversation's order (AUDIT015, AUDIT016, and with
    ``grouped`` AUDIT017), and hands findings and finished conversations to :attr:`sink` (the spool and the
    tallies of a :class:`TranscriptResult`, or what a Spark task sends back to the driver).
    """

    def __init__(self, checker: Checker, path: str, result: TranscriptResult | None, problems: Problems,
                 grouped: bool, sink: Sink | None = None, again_hint: str = "") -> None:
        self.judge = checker.judge
        self.again_hint = again_hint or ("with --grouped, each conversation's messages must be consecutive; "
                                         "drop --grouped for interleaved input")
        self.path = path
        self.result = result
        self.problems = problems
        self.grouped = grouped
        if sink is None:
            assert result is not None
            sink = ResultSink(result)
        self.sink: Sink = sink
        self.emit = self.sink.finding
        self.open: dict[str, Conversation] = {}
        self.current = ""  # grouped: the id of the open conversation
        self.rejected = ""  # grouped: an id that came back, whose lines are skipped until the next id

    def apply(self, batch: list[tuple[int, dict[str, Any]]]) -> None:
        agent_texts = [r["text"] for _, r in batch if r["speaker"] == "agent"]
        folded = iter(matcher.fold_many(agent_texts)).__next__
        convs = self.open
        judge = self.judge
        agent = judge.agent
        emit = self.emit
        channels = judge.channels
        for line, r in batch:
            is_agent = r["speaker"] == "agent"
            cid = r["conversation"]
            conv = convs.get(cid)
            if conv is None:
                if self.grouped and not self._start(cid, line):
                    if is_agent:
                        folded()
                    continue
                conv = convs[cid] = Conversation(channels[r["channel"]], line, r.get("_k"))
            elif conv.rules.id != r["channel"]:
                self.problems.add("AUDIT015", self.path, line, f"conversation `{cid}` changes channel from "
                                  f"`{conv.rules.id}` (line {conv.line}) to `{r['channel']}`")
                if is_agent:
                    folded()
                continue
            t = r["_t"]
            if t < conv.last_time:
                self.problems.add("AUDIT016", self.path, line, f"message of conversation `{cid}` is earlier "
                                  "than the one before it", "sort each conversation's messages by time")
                if is_agent:
                    folded()
                continue
            conv.last_time = t
            conv.messages += 1
            if not is_agent:
                if not conv.pending_line:  # Judge.customer, inlined: this loop runs for every message
                    conv.pending_time, conv.pending_line = t, line
                    if not conv.agent_messages:
                        conv.flags |= OPENED_BY_CUSTOMER
                continue
            agent(conv, line, r["employee"], r["text"], t, folded(), emit)

    def _start(self, cid: str, line: int) -> bool:
        """Grouped: a new id begins. Judge the open conversation; False (and a problem) if ``cid`` came back."""
        if cid == self.rejected:
            return False
        if self.current:
            self._finish(self.current, self.open.pop(self.current))
            self.current = ""
        assert self.result is not None  # grouped runs keep their result (the Spark tasks are never grouped)
        first = self.result.spool.line_of(cid)
        if first is not None:
            self.problems.add("AUDIT017", self.path, line, f"conversation `{cid}` appears again after other "
                              f"conversations (it started on line {first})", self.again_hint)
            self.rejected = cid
            return False
        self.rejected = ""
        self.current = cid
        return True

    def _finish(self, cid: str, conv: Conversation) -> None:
        """The checks that need the conversation's end; then hand it to the sink."""
        self.sink.conversation(cid, conv, self.judge.finish(conv, self.emit))

    def finish_all(self) -> None:
        """End of file: judge every conversation still open, in the order they began."""
        for cid, conv in self.open.items():
            self._finish(cid, conv)
        self.open.clear()


class Sink:
    """Where an engine puts findings and finished conversations."""

    def finding(self, conv: Conversation, finding: dict[str, Any]) -> None:
        raise NotImplementedError

    def conversation(self, cid: str, conv: Conversation, score: ConversationScore) -> None:
        raise NotImplementedError


class ResultSink(Sink):
    """The local engine's sink: count into the :class:`TranscriptResult` and spool to disk at once."""

    def __init__(self, result: TranscriptResult) -> None:
        self.result = result
        self.spool = result.spool

    def finding(self, conv: Conversation, finding: dict[str, Any]) -> None:
        conv.findings += 1
        self.result.count_finding(conv.rules.id, finding)
        self.spool.add_finding(conv.key, finding)

    def conversation(self, cid: str, conv: Conversation, score: ConversationScore) -> None:
        result = self.result
        result.messages += conv.messages
        result.agent_messages += conv.agent_messages
        result.count_conversation(conv.employee, conv.rules.id, conv.findings, score.final)
        self.spool.add_conversation(conv.key, conv.line, cid, conv.employee or None, conv.rules.id, conv.messages,
                                    score, conv.last_time)


def _unicode_fields(record: dict[str, Any], path: str, line: int, problems: Problems) -> bool:
    """False (and a problem) when a ``\\uD800``-style escape left half a surrogate pair in a field: that
    is not text, and no report (UTF-8 JSON, HTML, the terminal) could show it."""
    ok = True
    for name in FIELDS:
        value = record.get(name)
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                problems.add(
                    "AUDIT011", path, line,
                    f"field `{name}` holds \\u{ord(value[exc.start]):04x}, half of a UTF-16 surrogate pair: not text",
                    "export the transcripts again as UTF-8; the tool that wrote this line cut a character in two",
                )
                ok = False
    return ok


def _blocks(stream: IO[bytes], path: str, problems: Problems, result: TranscriptResult
            ) -> Iterator[tuple[int, list[str | None]]]:
    """The file's lines, a block of about :data:`BLOCK` bytes at a time: ``(number of the first line, texts)``.

    One ``decode`` and one ``split`` per block instead of one read and one decode per line. A line that is not
    UTF-8 is reported and comes as None; a line longer than :data:`MAX_LINE` is reported and skipped, never
    held in memory beyond :data:`MAX_LINE` plus a block; blank lines come as they are.
    """
    number = 1  # the number of the next line
    tail = b""  # the start of a line whose end is still to be read
    skipping = False  # inside a runaway line: discard until its end

    def runaway() -> None:
        problems.add("AUDIT011", path, number, f"the line is longer than {MAX_LINE >> 20} MiB: not one message",
                     "put one message a line; a missing line break joins them all")
    while True:
        block = stream.read(BLOCK)
        result.bytes += len(block)
        if not block:
            if tail and not skipping:
                yield number, _decode(tail + b"\n", number, path, problems)
            return
        if skipping:
            end = block.find(b"\n")
            if end < 0:
                continue
            skipping = False
            number += 1
            block = block[end + 1:]
        data = tail + block if tail else block
        if tail and data.find(b"\n") + 1 > MAX_LINE:  # the line that went on ends here, too long
            runaway()
            number += 1
            data = data[data.find(b"\n") + 1:]
        cut = data.rfind(b"\n") + 1
        tail = data[cut:]
        if cut:
            texts = _decode(data[:cut], number, path, problems)
            yield number, texts
            number += len(texts)
        if len(tail) >= MAX_LINE:  # never hold a runaway line in memory
            runaway()
            tail = b""
            skipping = True


def _decode(chunk: bytes, first: int, path: str, problems: Problems) -> list[str | None]:
    """The lines of ``chunk`` (which ends with a line break) as text: all in one ``decode`` when the chunk is
    UTF-8, else one by one, the bad ones reported and None."""
    try:
        texts: list[str | None] = list(chunk.decode("utf-8").split("\n"))
    except UnicodeDecodeError:
        texts = []
        for number, raw in enumerate(chunk.split(b"\n"), start=first):
            try:
                texts.append(raw.decode("utf-8"))
            except UnicodeDecodeError:
                problems.add("AUDIT011", path, number, "the line is not UTF-8 text")
                texts.append(None)
    texts.pop()  # what follows the last line break: nothing
    if first == 1 and texts and texts[0] is not None and texts[0].startswith("\ufeff"):
        texts[0] = texts[0][1:]  # a byte order mark (Excel's "UTF-8" export)
    return texts
