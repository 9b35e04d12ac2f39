"""Streaming transcript checks (FORMAT §6): forbidden phrases, required elements, response times.

The JSON Lines file is read line by line in batches; memory holds one batch plus a small state per
conversation (counters, timestamps and the ids of the required elements met), never the messages.
Messages of different conversations may be interleaved; within one conversation they must be in time
order. Conversations are finalized at the end of the file, because only then is a conversation's last
message known.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .. import textnorm
from ..model import Channel, Handbook, Text
from ..rules._base import did_you_mean
from . import matcher
from .inputs import Problems

BATCH = 2048
EXCERPT = 160
KINDS = ("forbidden_phrase", "missing_required", "first_response", "response_time")
_SCAN = json.JSONDecoder().scan_once  # type: ignore[attr-defined]  # the C scanner behind json.loads
FIELDS = ("conversation", "channel", "time", "speaker", "employee", "text")
_NONE: frozenset[str] = frozenset()  # shared by every conversation that has met no element yet


@dataclass(frozen=True)
class Forbidden:
    """A forbidden phrase source: a phrases.yaml entry or an ``avoid`` item."""

    id: str  # phrase id, or the item's global id
    source: str  # "phrases" | "item"
    instead: Text | None
    severity: str


@dataclass(slots=True)
class Finding:
    kind: str
    employee: str
    line: int
    message: str
    details: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "message": self.message, "employee": self.employee, "line": self.line,
                **self.details}


class Conversation:
    """What one conversation needs to be judged at its end: counters, timestamps, element ids."""

    __slots__ = (
        "agent_messages", "any_met", "channel", "employee", "findings", "first_customer", "first_line",
        "first_met", "first_response_done", "last_met", "last_time", "messages", "pending",
    )

    def __init__(self, channel: str, line: int) -> None:
        self.channel = channel
        self.first_line = line
        self.employee = ""
        self.messages = 0
        self.agent_messages = 0
        self.last_time = float("-inf")
        self.first_customer: tuple[float, int] | None = None
        self.first_response_done = False
        self.pending: tuple[float, int] | None = None  # a customer message after an agent one, unanswered
        self.first_met = self.last_met = self.any_met = _NONE
        self.findings: list[Finding] = []


@dataclass
class TranscriptResult:
    conversations: dict[str, Conversation]
    messages: int = 0
    agent_messages: int = 0
    bytes: int = 0

    def findings(self) -> Iterator[tuple[str, Conversation, Finding]]:
        for cid, conv in self.conversations.items():
            for f in conv.findings:
                yield cid, conv, f


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
        self.channels = {c.id: c for c in handbook.channels}

    # -- reading -----------------------------------------------------------------------------------
    def run(
        self, path: str, problems: Problems, progress: Callable[[int], None] | None = None
    ) -> TranscriptResult:
        result = TranscriptResult({})
        try:
            stream = open(path, "rb")  # noqa: SIM115 - closed below
        except OSError as exc:
            problems.add("AUDIT001", path, 1, f"cannot read the file: {exc.strerror or exc}")
            return result
        with stream:
            batch: list[tuple[int, dict[str, Any]]] = []
            for number, raw in enumerate(stream, start=1):
                result.bytes += len(raw)
                record = self._parse(path, number, raw, problems)
                if record is not None:
                    batch.append((number, record))
                if len(batch) >= BATCH:
                    self._apply(path, batch, result, problems)
                    batch = []
                    if progress is not None:
                        progress(result.bytes)
            self._apply(path, batch, result, problems)
            if progress is not None:
                progress(result.bytes)
        for conv in result.conversations.values():
            self._finish(conv)
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
            except (StopIteration, ValueError):
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
        if not isinstance(record, dict):
            problems.add("AUDIT011", path, line, "the line is not a JSON object")
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

    # -- checking ----------------------------------------------------------------------------------
    def _apply(self, path: str, batch: list[tuple[int, dict[str, Any]]], result: TranscriptResult,
               problems: Problems) -> None:
        agent_texts = [r["text"] for _, r in batch if r["speaker"] == "agent"]
        folded = iter(matcher.fold_many(agent_texts))
        convs = result.conversations
        for line, r in batch:
            cid = r["conversation"]
            conv = convs.get(cid)
            if conv is None:
                conv = convs[cid] = Conversation(r["channel"], line)
            elif conv.channel != r["channel"]:
                problems.add("AUDIT015", path, line, f"conversation `{cid}` changes channel from `{conv.channel}` "
                             f"(line {conv.first_line}) to `{r['channel']}`")
                continue
            t = r["_t"]
            if t < conv.last_time:
                problems.add("AUDIT016", path, line, f"message of conversation `{cid}` is earlier than the "
                             "one before it", "sort each conversation's messages by time")
                continue
            conv.last_time = t
            conv.messages += 1
            result.messages += 1
            if r["speaker"] == "customer":
                if conv.agent_messages:
                    if conv.pending is None:
                        conv.pending = (t, line)
                elif conv.first_customer is None:
                    conv.first_customer = (t, line)
                continue
            result.agent_messages += 1
            self._agent_message(conv, line, r, t, next(folded))

    def _agent_message(self, conv: Conversation, line: int, r: dict[str, Any], t: float, folded: str) -> None:
        employee = r["employee"]
        channel = self.channels[conv.channel]
        if not conv.employee:
            conv.employee = employee
        if conv.first_customer is not None and not conv.first_response_done:
            conv.first_response_done = True
            delay = t - conv.first_customer[0]
            if delay > channel.first_response_seconds:
                conv.findings.append(self._late("first_response", employee, line, conv.first_customer[1], delay,
                                                channel.first_response_seconds, channel.first_response))
        elif conv.pending is not None and channel.response_seconds is not None:
            delay = t - conv.pending[0]
            if delay > channel.response_seconds:
                conv.findings.append(self._late("response_time", employee, line, conv.pending[1], delay,
                                                channel.response_seconds, channel.response or ""))
        conv.pending = None
        if not conv.agent_messages:
            conv.first_response_done = True
        conv.agent_messages += 1
        met: set[str] = set()
        reported: set[int] = set()  # one finding per forbidden source and message
        for key, _start, _end in self.matcher.find(folded):
            if key[0] == "r":
                if key[1] == conv.channel:
                    met.add(key[2])
                continue
            index = int(key[1])
            if index in reported:
                continue
            reported.add(index)
            conv.findings.append(self._forbidden(self.sources[index], key[2], key[3], employee, line, r["text"]))
        found = frozenset(met) if met else _NONE
        if conv.agent_messages == 1:
            conv.first_met = found
        conv.last_met = found
        if not found <= conv.any_met:
            conv.any_met = conv.any_met | found

    def _late(self, kind: str, employee: str, line: int, since_line: int, delay: float, target: int,
              written: str) -> Finding:
        what = "first response" if kind == "first_response" else "response"
        return Finding(kind, employee, line, f"{what} after {delay:g} s; the target is {written} ({target} s)",
                       {"delay_seconds": delay, "target_seconds": target, "customer_line": since_line})

    def _forbidden(self, source: Forbidden, lang: str, phrase: str, employee: str, line: int,
                   text: str) -> Finding:
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
        return Finding("forbidden_phrase", employee, line, message, {
            "source": source.source, "id": source.id, "severity": source.severity, "phrase": phrase,
            "language": lang, "matched": matched, "text": excerpt, "instead": instead,
        })

    def _finish(self, conv: Conversation) -> None:
        channel: Channel = self.channels[conv.channel]
        if conv.first_customer is not None and not conv.first_response_done:
            conv.findings.append(Finding(
                "first_response", conv.employee, conv.first_customer[1],
                f"no agent reply; the target is {channel.first_response}",
                {"delay_seconds": None, "target_seconds": channel.first_response_seconds,
                 "customer_line": conv.first_customer[1]},
            ))
        for element in channel.required:
            met = {"first": conv.first_met, "last": conv.last_met}.get(element.where, conv.any_met)
            if element.id not in met:
                where = {"first": "the agent's first message", "last": "the agent's last message"}.get(
                    element.where, "any agent message")
                conv.findings.append(Finding(
                    "missing_required", conv.employee, conv.first_line,
                    f"required element `{element.id}` missing from {where}",
                    {"element": element.id, "where": element.where},
                ))
