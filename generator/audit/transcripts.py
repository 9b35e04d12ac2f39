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

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import IO, Any

from .. import textnorm
from ..model import Channel, Handbook, Text
from ..rules._base import did_you_mean
from ..worktime import WorkingCalendar
from . import matcher
from .inputs import Problems
from .labels import duration
from .spool import Spool

MAX_LINE = 4 << 20  # bytes: a longer line is reported, never read into memory whole
BATCH = 256  # lines parsed, folded and matched together (more saves no time, costs memory)
EXCERPT = 160
KINDS = ("forbidden_phrase", "missing_required", "first_response", "response_time")
_SCAN = json.JSONDecoder().scan_once  # type: ignore[attr-defined]  # the C scanner behind json.loads
FIELDS = ("conversation", "channel", "time", "speaker", "employee", "text")
WHERE = {"first": "the agent's first message", "last": "the agent's last message"}


@dataclass(frozen=True)
class Forbidden:
    """A forbidden phrase source: a phrases.yaml entry or an ``avoid`` item."""

    id: str  # phrase id, or the item's global id
    source: str  # "phrases" | "item"
    instead: Text | None
    severity: str


class ChannelRules:
    """A channel's targets and its required elements as bits: bit ``i`` is ``channel.required[i]``.

    ``masks`` maps an element id to the bits of every element with that id (a phrase of one counts for
    all of them). ``keep`` are the bits a later agent message cannot change (``where: first``, and ``any``
    once met); ``take`` are the bits a later agent message sets (``last``, replaced; ``any``, added).
    """

    __slots__ = ("calendar", "channel", "id", "keep", "masks", "required", "take")

    def __init__(self, channel: Channel, holidays: tuple[str, ...] = ()) -> None:
        self.channel = channel
        self.id = channel.id
        self.calendar = WorkingCalendar.for_channel(channel, holidays)
        self.required = list(channel.required)
        self.masks: dict[str, int] = {}
        first = last = any_ = 0
        for bit, element in enumerate(self.required):
            self.masks[element.id] = self.masks.get(element.id, 0) | (1 << bit)
            if element.where == "first":
                first |= 1 << bit
            elif element.where == "last":
                last |= 1 << bit
            else:
                any_ |= 1 << bit
        self.keep = first | any_
        self.take = last | any_


class Conversation:
    """What an open conversation needs for the checks still to come: no text, no finding.

    About 260 bytes with its id and its slot in the table of open conversations (docs/audit.md).

    ``line`` is its first line (its key in the spool); ``pending_line`` is 0 or the line of the customer
    message the next agent message answers (the first customer message while no agent has spoken);
    ``met`` is the bitmask of :class:`ChannelRules`.
    """

    __slots__ = ("agent_messages", "employee", "findings", "last_time", "line", "messages", "met",
                 "pending_line", "pending_time", "rules")

    def __init__(self, rules: ChannelRules, line: int) -> None:
        self.rules = rules
        self.line = line
        self.employee = ""
        self.messages = 0
        self.agent_messages = 0
        self.findings = 0
        self.last_time = float("-inf")
        self.pending_time = 0.0
        self.pending_line = 0
        self.met = 0

    @property
    def channel(self) -> str:
        return self.rules.id


def _bucket() -> dict[str, Any]:
    return {"conversations": 0, "conversations_with_findings": 0, "findings": dict.fromkeys(KINDS, 0)}


@dataclass
class TranscriptResult:
    """Counts and roll-ups in memory; every conversation and finding in :attr:`spool`."""

    spool: Spool
    messages: int = 0
    agent_messages: int = 0
    bytes: int = 0
    findings: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    employees: dict[str, dict[str, Any]] = field(default_factory=dict)
    channels: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def conversations(self) -> int:
        return self.spool.conversations

    def close(self) -> None:
        self.spool.close()


class Checker:
    """Checks a transcript file against the handbook; build once, then :meth:`run`."""

    def __init__(self, handbook: Handbook) -> None:
        self.handbook = handbook
        self.sources: list[Forbidden] = []
        pairs: list[tuple[str, tuple[str, ...]]] = []
        for fp in handbook.forbidden:
            index = len(self.sources)
            self.sources.append(Forbidden(fp.id, "phrases", fp.instead, fp.severity))
            for lang, phrase in fp.phrase.values.items():
                pairs.append((phrase, ("f", str(index), lang, phrase)))
        for item in handbook.all_standards():
            if item.kind != "avoid" or not item.phrases:
                continue
            index = len(self.sources)
            self.sources.append(Forbidden(item.global_id, "item", None, item.severity))
            for lang, phrases in item.phrases.items():
                for phrase in phrases:
                    pairs.append((phrase, ("f", str(index), lang, phrase)))
        for channel in handbook.channels:
            for element in channel.required:
                for lang, phrases in element.phrases.items():
                    for phrase in phrases:
                        pairs.append((phrase, ("r", channel.id, element.id, lang)))
        self.matcher: matcher.PhraseMatcher[tuple[str, ...]] = matcher.PhraseMatcher(pairs)
        self.channels = {c.id: ChannelRules(c, handbook.holidays) for c in handbook.channels}
        self.names: dict[str, str] = {}  # one string per employee id, shared by all their conversations

    # -- reading -----------------------------------------------------------------------------------
    def run(
        self, path: str, problems: Problems, progress: Callable[[int], None] | None = None, grouped: bool = False
    ) -> TranscriptResult:
        """Check the file. The caller closes the result (its spool) once the report is written.

        ``grouped``: each conversation's messages are consecutive; judge a conversation as soon as another
        starts (memory independent of the number of conversations) and report an id that comes back.
        """
        result = TranscriptResult(Spool())
        run = _Run(self, path, result, problems, grouped)
        try:
            stream = open(path, "rb")  # noqa: SIM115 - closed below
        except OSError as exc:
            problems.add("AUDIT001", path, 1, f"cannot read the file: {exc.strerror or exc}")
            return result
        with stream:
            batch: list[tuple[int, dict[str, Any]]] = []
            for number, raw in enumerate(iter(partial(stream.readline, MAX_LINE), b""), start=1):
                result.bytes += len(raw)
                if len(raw) == MAX_LINE and not raw.endswith(b"\n"):  # never hold a runaway line in memory
                    result.bytes += _skip_line(stream)
                    problems.add(
                        "AUDIT011", path, number, f"the line is longer than {MAX_LINE >> 20} MiB: not one message",
                        "put one message a line; a missing line break joins them all",
                    )
                    continue
                record = self._parse(path, number, raw, problems)
                if record is not None:
                    batch.append((number, record))
                if len(batch) >= BATCH:
                    run.apply(batch)
                    batch = []
                    if progress is not None:
                        progress(result.bytes)
            run.apply(batch)
            if progress is not None:
                progress(result.bytes)
        run.finish_all()
        result.spool.seal()
        return result

    def _parse(self, path: str, line: int, raw: bytes, problems: Problems) -> dict[str, Any] | None:
        """The message of one line, checked; None (and problems) when it is blank or wrong."""
        try:
            text = raw.decode("utf-8-sig" if line == 1 else "utf-8")
        except UnicodeDecodeError:
            problems.add("AUDIT011", path, line, "the line is not UTF-8 text")
            return None
        record: Any = None
        if text.startswith("{"):  # fast path: the C scanner directly, no wrapper
            try:
                record, end = _SCAN(text, 0)
            except (StopIteration, ValueError, RecursionError):
                record = None
            else:
                if text[end:].strip():
                    record = None
        if record is None:
            if not text.strip():
                return None
            try:
                record = json.loads(text)
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
        get = record.get
        speaker, employee, channel = get("speaker"), get("employee"), get("channel")
        if (
            type(get("conversation")) is str and get("conversation")
            and type(channel) is str and channel in self.channels
            and type(get("time")) is str and type(get("text")) is str and "employee" in record
            and ((speaker == "agent" and type(employee) is str and employee)
                 or (speaker == "customer" and (employee is None or type(employee) is str)))
        ):
            try:
                moment = datetime.fromisoformat(record["time"])
            except ValueError:
                pass
            else:
                if moment.tzinfo is not None:
                    record["_t"] = moment.timestamp()
                    return record
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
            hint = did_you_mean(record["channel"], self.channels)
            problems.add("AUDIT012", path, line, f"unknown channel `{record['channel']}`",
                         hint or "use a channel id of channels.yaml")
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
        if not ok:
            return None
        record["_t"] = moment.timestamp() if moment else 0.0
        return record  # pragma: no cover - the fast path accepts every valid message

    # -- findings --------------------------------------------------------------------------------
    @staticmethod
    def late(kind: str, employee: str, line: int, since_line: int, delay: float, target: int,
             written: str, elapsed: float | None = None) -> dict[str, Any]:
        """A late reply. ``elapsed`` is the wall-clock time when the channel has working hours (``delay`` is
        then the working time, the one compared with the target)."""
        what = "first response" if kind == "first_response" else "response"
        if elapsed is None:
            message = f"{what} after {delay:g} s; the target is {written} ({target} s)"
        else:
            message = (f"{what} after {duration(delay, 'en')} of working time ({duration(elapsed, 'en')} in all); "
                       f"the target is {written} of working time")
        finding = {"kind": kind, "message": message, "employee": employee, "line": line,
                   "delay_seconds": delay, "target_seconds": target, "customer_line": since_line}
        if elapsed is not None:
            finding["elapsed_seconds"] = elapsed
        return finding

    def forbidden(self, source: Forbidden, lang: str, phrase: str, employee: str, line: int,
                  text: str) -> dict[str, Any]:
        span = textnorm.find_phrase(text, phrase)
        start, end = span if span else (0, 0)
        matched = text[start:end] if span else phrase
        lo = max(0, start - EXCERPT // 2)
        excerpt = ("…" if lo else "") + text[lo: lo + EXCERPT] + ("…" if lo + EXCERPT < len(text) else "")
        instead = None
        if source.instead is not None:
            instead = source.instead.get(lang, self.handbook.default_language)
        what = "forbidden phrase" if source.source == "phrases" else f"phrase forbidden by `{source.id}`"
        message = f"{what} “{matched}”" + (f"; say instead: “{instead}”" if instead else "")
        return {
            "kind": "forbidden_phrase", "message": message, "employee": employee, "line": line,
            "source": source.source, "id": source.id, "severity": source.severity, "phrase": phrase,
            "language": lang, "matched": matched, "text": excerpt, "instead": instead,
        }


class _Run:
    """One pass over one file: the open conversations, and what happens to each message."""

    def __init__(self, checker: Checker, path: str, result: TranscriptResult, problems: Problems,
                 grouped: bool) -> None:
        self.checker = checker
        self.path = path
        self.result = result
        self.problems = problems
        self.grouped = grouped
        self.open: dict[str, Conversation] = {}
        self.current = ""  # grouped: the id of the open conversation
        self.rejected = ""  # grouped: an id that came back, whose lines are skipped until the next id

    def apply(self, batch: list[tuple[int, dict[str, Any]]]) -> None:
        agent_texts = [r["text"] for _, r in batch if r["speaker"] == "agent"]
        folded = iter(matcher.fold_many(agent_texts))
        convs = self.open
        result = self.result
        for line, r in batch:
            is_agent = r["speaker"] == "agent"
            cid = r["conversation"]
            conv = convs.get(cid)
            if conv is None:
                if self.grouped and not self._start(cid, line):
                    if is_agent:
                        next(folded)
                    continue
                conv = convs[cid] = Conversation(self.checker.channels[r["channel"]], line)
            elif conv.rules.id != r["channel"]:
                self.problems.add("AUDIT015", self.path, line, f"conversation `{cid}` changes channel from "
                                  f"`{conv.rules.id}` (line {conv.line}) to `{r['channel']}`")
                if is_agent:
                    next(folded)
                continue
            t = r["_t"]
            if t < conv.last_time:
                self.problems.add("AUDIT016", self.path, line, f"message of conversation `{cid}` is earlier "
                                  "than the one before it", "sort each conversation's messages by time")
                if is_agent:
                    next(folded)
                continue
            conv.last_time = t
            conv.messages += 1
            result.messages += 1
            if not is_agent:
                if not conv.pending_line:
                    conv.pending_time, conv.pending_line = t, line
                continue
            result.agent_messages += 1
            self._agent_message(conv, line, r, t, next(folded))

    def _start(self, cid: str, line: int) -> bool:
        """Grouped: a new id begins. Judge the open conversation; False (and a problem) if ``cid`` came back."""
        if cid == self.rejected:
            return False
        if self.current:
            self._finish(self.current, self.open.pop(self.current))
            self.current = ""
        first = self.result.spool.line_of(cid)
        if first is not None:
            self.problems.add("AUDIT017", self.path, line, f"conversation `{cid}` appears again after other "
                              f"conversations (it started on line {first})",
                              "with --grouped, each conversation's messages must be consecutive; "
                              "drop --grouped for interleaved input")
            self.rejected = cid
            return False
        self.rejected = ""
        self.current = cid
        return True

    def _agent_message(self, conv: Conversation, line: int, r: dict[str, Any], t: float, folded: str) -> None:
        checker = self.checker
        employee = r["employee"]
        rules = conv.rules
        channel = rules.channel
        if not conv.employee:
            conv.employee = checker.names.setdefault(employee, employee)
        if conv.pending_line:
            first = not conv.agent_messages
            target = channel.first_response_seconds if first else channel.response_seconds
            if target is not None:
                elapsed = t - conv.pending_time
                calendar = rules.calendar
                delay = elapsed if calendar is None else calendar.seconds(conv.pending_time, t)
                if delay > target:
                    self._emit(conv, checker.late(
                        "first_response" if first else "response_time", employee, line, conv.pending_line, delay,
                        target, channel.first_response if first else channel.response or "",
                        None if calendar is None else elapsed))
            conv.pending_line = 0
        found = 0
        reported: set[int] = set()  # one finding per forbidden source and message
        for key, _start, _end in checker.matcher.find(folded):
            if key[0] == "r":
                if key[1] == rules.id:
                    found |= rules.masks[key[2]]
                continue
            index = int(key[1])
            if index in reported:
                continue
            reported.add(index)
            self._emit(conv, checker.forbidden(checker.sources[index], key[2], key[3], employee, line, r["text"]))
        if conv.agent_messages:
            conv.met = (conv.met & rules.keep) | (found & rules.take)
        else:
            conv.met = found
        conv.agent_messages += 1

    def _emit(self, conv: Conversation, finding: dict[str, Any]) -> None:
        """Spool a finding of ``conv`` and count it."""
        result = self.result
        kind = finding["kind"]
        conv.findings += 1
        result.findings[kind] += 1
        channels = result.channels
        bucket = channels.get(conv.rules.id)
        if bucket is None:
            bucket = channels[conv.rules.id] = _bucket()
        bucket["findings"][kind] += 1
        employee = finding["employee"]
        if employee:
            bucket = result.employees.get(employee)
            if bucket is None:
                bucket = result.employees[employee] = _bucket()
            bucket["findings"][kind] += 1
        result.spool.add_finding(conv.line, finding)

    def _finish(self, cid: str, conv: Conversation) -> None:
        """The checks that need the conversation's end; then count it and spool it."""
        rules = conv.rules
        channel = rules.channel
        if conv.pending_line and not conv.agent_messages:
            self._emit(conv, {
                "kind": "first_response", "message": f"no agent reply; the target is {channel.first_response}",
                "employee": conv.employee, "line": conv.pending_line,
                "delay_seconds": None, "target_seconds": channel.first_response_seconds,
                "customer_line": conv.pending_line,
            })
        for bit, element in enumerate(rules.required):
            if not conv.met >> bit & 1:
                self._emit(conv, {
                    "kind": "missing_required",
                    "message": f"required element `{element.id}` missing from "
                               f"{WHERE.get(element.where, 'any agent message')}",
                    "employee": conv.employee, "line": conv.line, "element": element.id, "where": element.where,
                })
        result = self.result
        for table, key in ((result.employees, conv.employee), (result.channels, rules.id)):
            if key:
                bucket = table.get(key)
                if bucket is None:
                    bucket = table[key] = _bucket()
                bucket["conversations"] += 1
                bucket["conversations_with_findings"] += conv.findings > 0
        result.spool.add_conversation(conv.line, cid, conv.employee or None, rules.id, conv.messages)

    def finish_all(self) -> None:
        """End of file: judge every conversation still open, in the order they began."""
        for cid, conv in self.open.items():
            self._finish(cid, conv)
        self.open.clear()


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


def _skip_line(stream: IO[bytes]) -> int:
    """Read past the rest of the current line, a block at a time; the number of bytes skipped."""
    skipped = 0
    while True:
        block = stream.readline(MAX_LINE)
        skipped += len(block)
        if not block or block.endswith(b"\n"):
            return skipped
