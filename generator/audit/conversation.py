"""Judging one conversation against the handbook: findings (FORMAT §6, §7.5) and its score (§7.7).

:class:`Judge` holds what every conversation is checked against (the phrase matcher, each channel's rules
and working calendar). It knows nothing of files, batches or engines: an engine feeds it a conversation's
messages in order (:meth:`Judge.customer`, :meth:`Judge.agent`) and calls :meth:`Judge.finish` at its end;
findings go to the ``emit`` callback the engine passes. The local streaming engine
(:mod:`generator.audit.transcripts`) and the Spark engine (:mod:`generator.audit.spark`) run this same
code, which is why they give the same findings and scores.

A :class:`Conversation` holds no text and no finding: counters, two timestamps, a bitmask of the required
elements met and a few flags for the score.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from .. import textnorm
from ..i18n import translator
from ..model import DEFAULT_SCORING, Channel, Handbook, Scoring, Text
from ..worktime import WorkingCalendar
from . import matcher
from .scoring import final_score, ratio

KINDS = ("forbidden_phrase", "missing_required", "first_response", "response_time")
WHERE = {"first": "the agent's first message", "last": "the agent's last message"}
EXCERPT = 160

# Conversation.flags: what the conversation score needs to know (FORMAT §7.7)
OPENED_BY_CUSTOMER = 1  # a customer message came before any agent message: the first-response check applies
FIRST_LATE = 2
RESPONSE_DUE = 4  # an agent answered a customer message that followed an agent message: the response check applies
RESPONSE_LATE = 8
FORBIDDEN = 16  # a forbidden phrase was found

Emit = Callable[["Conversation", dict[str, Any]], None]


@dataclass(frozen=True)
class Forbidden:
    """A forbidden phrase source: a phrases.yaml entry or an ``avoid`` item."""

    id: str  # phrase id, or the item's global id
    source: str  # "phrases" | "item"
    instead: Text | None
    severity: str


class ChannelRules:
    """A channel's targets, working calendar and required elements as bits: bit ``i`` is ``channel.required[i]``.

    ``masks`` maps an element id to the bits of every element with that id (a phrase of one counts for
    all of them). ``keep`` are the bits a later agent message cannot change (``where: first``, and ``any``
    once met); ``take`` are the bits a later agent message sets (``last``, replaced; ``any``, added).
    """

    __slots__ = ("calendar", "channel", "critical_bits", "forbidden_weight", "id", "keep", "masks", "required",
                 "take", "total", "weights")

    def __init__(self, channel: Channel, holidays: tuple[str, ...] = (), scoring: Scoring = DEFAULT_SCORING) -> None:
        self.channel = channel
        self.id = channel.id
        self.calendar = WorkingCalendar.for_channel(channel, holidays)
        self.required = list(channel.required)
        self.masks: dict[str, int] = {}
        # the conversation score's constant part: each element's weight, the critical elements' bits, and the
        # weight of every check that always applies (the elements and "no forbidden phrase")
        self.weights = [(bit, scoring.weights[e.severity]) for bit, e in enumerate(self.required)]
        self.critical_bits = sum(1 << bit for bit, e in enumerate(self.required) if e.severity == "critical")
        self.forbidden_weight = scoring.weights["critical"]
        self.total = self.forbidden_weight + sum(w for _, w in self.weights)
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

    ``line`` is its first line, ``key`` its key in the spool (its first line in JSON Lines, the number of its
    record in an export, where records may share a line); ``pending_line`` is 0 or the line of the customer
    message the next agent message answers (the first customer message while no agent has spoken);
    ``met`` is the bitmask of :class:`ChannelRules`; ``flags`` the bits above.
    """

    __slots__ = ("agent_messages", "employee", "findings", "flags", "key", "last_time", "line", "messages", "met",
                 "pending_line", "pending_time", "rules")

    def __init__(self, rules: ChannelRules, line: int, key: int | None = None) -> None:
        self.rules = rules
        self.line = line
        self.key = line if key is None else key
        self.employee = ""
        self.messages = 0
        self.agent_messages = 0
        self.findings = 0
        self.last_time = float("-inf")
        self.pending_time = 0.0
        self.pending_line = 0
        self.met = 0
        self.flags = 0

    @property
    def channel(self) -> str:
        return self.rules.id


class ConversationScore(NamedTuple):
    """A conversation scored like an audit of its employee (FORMAT §7.7): raw and final score, and the
    required elements met and flags its checks are made of (:meth:`Judge.checks` spells them out)."""

    raw: float | None
    final: float | None
    met: int
    flags: int


class Judge:
    """The handbook's rules for conversations; build once, then feed it conversations."""

    def __init__(self, handbook: Handbook) -> None:
        self.handbook = handbook
        self.scoring: Scoring = handbook.scoring
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
        self.channels = {c.id: ChannelRules(c, handbook.holidays, handbook.scoring) for c in handbook.channels}
        self.names: dict[str, str] = {}  # one string per employee id, shared by all their conversations

    # -- messages ----------------------------------------------------------------------------------
    @staticmethod
    def customer(conv: Conversation, line: int, t: float) -> None:
        """A customer message: it starts a clock unless one is already running."""
        if not conv.pending_line:
            conv.pending_time, conv.pending_line = t, line
            if not conv.agent_messages:
                conv.flags |= OPENED_BY_CUSTOMER

    def agent(self, conv: Conversation, line: int, employee: str, text: str, t: float, folded: str,
              emit: Emit) -> None:
        """An agent message (``folded``: its text folded by :func:`matcher.fold`): response times, phrases."""
        rules = conv.rules
        channel = rules.channel
        if not conv.employee:
            conv.employee = self.names.setdefault(employee, employee)
        if conv.pending_line:
            first = not conv.agent_messages
            target = channel.first_response_seconds if first else channel.response_seconds
            if target is not None:
                if not first:
                    conv.flags |= RESPONSE_DUE
                elapsed = t - conv.pending_time
                calendar = rules.calendar
                delay = elapsed if calendar is None else calendar.seconds(conv.pending_time, t)
                if delay > target:
                    conv.flags |= FIRST_LATE if first else RESPONSE_LATE
                    emit(conv, self.late(
                        "first_response" if first else "response_time", employee, line, conv.pending_line, delay,
                        target, channel.first_response if first else channel.response or "",
                        None if calendar is None else elapsed))
            conv.pending_line = 0
        found = 0
        reported: set[int] | None = None  # one finding per forbidden source and message
        for key, _start, _end in self.matcher.find(folded):
            if key[0] == "r":
                if key[1] == rules.id:
                    found |= rules.masks[key[2]]
                continue
            index = int(key[1])
            if reported is None:
                reported = set()
            elif index in reported:
                continue
            reported.add(index)
            conv.flags |= FORBIDDEN
            emit(conv, self.forbidden(self.sources[index], key[2], key[3], employee, line, text))
        if conv.agent_messages:
            conv.met = (conv.met & rules.keep) | (found & rules.take)
        else:
            conv.met = found
        conv.agent_messages += 1

    def finish(self, conv: Conversation, emit: Emit) -> ConversationScore:
        """The checks that need the conversation's end, then its score."""
        rules = conv.rules
        channel = rules.channel
        if conv.pending_line and not conv.agent_messages:
            conv.flags |= FIRST_LATE
            emit(conv, {
                "kind": "first_response", "message": f"no agent reply; the target is {channel.first_response}",
                "employee": conv.employee, "line": conv.pending_line,
                "delay_seconds": None, "target_seconds": channel.first_response_seconds,
                "customer_line": conv.pending_line,
            })
        for bit, element in enumerate(rules.required):
            if not conv.met >> bit & 1:
                emit(conv, {
                    "kind": "missing_required",
                    "message": f"required element `{element.id}` missing from "
                               f"{WHERE.get(element.where, 'any agent message')}",
                    "employee": conv.employee, "line": conv.line, "element": element.id, "where": element.where,
                })
        return self.score(conv)

    def score(self, conv: Conversation) -> ConversationScore:
        """FORMAT §7.7: one check per required element (its severity), one `major` check for each response
        target that had a chance to apply, one `critical` check "no forbidden phrase"; then §6's arithmetic.

        Computed from the bits, without building the checks: a million conversations are scored here, and
        their checks are spelled out only for the report (:meth:`checks`)."""
        flags = conv.flags
        met = conv.met
        rules = conv.rules
        total = rules.total
        passed = rules.forbidden_weight if not flags & FORBIDDEN else 0.0
        critical_failed = bool(flags & FORBIDDEN) or bool(rules.critical_bits & ~met)
        for bit, weight in rules.weights:
            if met >> bit & 1:
                passed += weight
        major = self.scoring.weights["major"]
        if flags & OPENED_BY_CUSTOMER:
            total += major
            if not flags & FIRST_LATE:
                passed += major
        if flags & RESPONSE_DUE:
            total += major
            if not flags & RESPONSE_LATE:
                passed += major
        raw = ratio(passed, total)
        return ConversationScore(raw, final_score(raw, critical_failed, self.scoring.critical_fail), met, flags)

    def checks(self, channel: str, met: int, flags: int) -> list[dict[str, Any]]:
        """The checks of a conversation on ``channel`` with these bits, as the JSON report lists them."""
        rules = self.channels[channel]
        weights = self.scoring.weights
        checks: list[dict[str, Any]] = []
        for bit, element in enumerate(rules.required):
            checks.append({"kind": "missing_required", "element": element.id, "severity": element.severity,
                           "weight": weights[element.severity], "passed": bool(met >> bit & 1)})
        if flags & OPENED_BY_CUSTOMER:
            checks.append({"kind": "first_response", "severity": "major", "weight": weights["major"],
                           "passed": not flags & FIRST_LATE})
        if flags & RESPONSE_DUE:
            checks.append({"kind": "response_time", "severity": "major", "weight": weights["major"],
                           "passed": not flags & RESPONSE_LATE})
        checks.append({"kind": "forbidden_phrase", "severity": "critical", "weight": weights["critical"],
                       "passed": not flags & FORBIDDEN})
        return checks

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
            en = translator("en")
            message = (f"{what} after {en.format_duration(delay)} of working time ({en.format_duration(elapsed)} "
                       f"in all); the target is {written} of working time")
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
