"""Help-desk exports as transcript messages: Zendesk tickets and Intercom conversations.

A help desk exports conversations its own way; this module turns each exported conversation (a Zendesk
ticket with its comments, an Intercom conversation with its parts) into the messages of FORMAT §6, which
the engine then checks as it checks JSON Lines. What a manager expects of a conversation, and how each
export says it, is decided here and documented in docs/audit.md ("Help-desk exports"):

- **internal notes** (Zendesk ``public: false``, Intercom ``part_type: note``) are not part of the
  conversation the customer saw: left out, and counted;
- **bot and automatic messages** (Zendesk comments made by triggers, automations or Answer Bot, Intercom
  parts by bots, teams or the Operator, automated outbound messages) are nobody's work and no reply: left
  out, and counted, so an automatic acknowledgement never counts as the first response;
- **attachments**: a message with only an attachment is still a message (it answers, or asks), with no
  words to match;
- **agents**: every message of an agent (a Zendesk agent or admin, an Intercom admin) is checked for its
  employee: the agent's ``external_id`` (Zendesk), else e-mail, else the help desk's user id; an author the
  export does not describe counts as an agent named by id, and is counted (``unknown_authors``);
- **conversations without an agent** are checked like any conversation: an unanswered customer gets a
  ``first_response`` finding with no employee.

Every conversation comes with the line (and column) where its record starts, which every message, finding
and problem about it points at.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from html.parser import HTMLParser
from typing import Any

from ..model import Handbook
from . import ids, jsonstream
from .inputs import Problems

FORMATS = ("jsonl", "zendesk", "intercom")
ARRAY_KEYS = {"zendesk": ("tickets", "results"), "intercom": ("conversations", "data")}

#: the handbook channel kind a help desk's channel name stands for, when no channel has that very id
KINDS: dict[str, dict[str, str]] = {
    "zendesk": {
        "email": "email", "web": "web_form", "chat": "chat", "native_messaging": "chat", "messaging": "chat",
        "mobile_sdk": "chat", "mobile": "chat", "voice": "phone", "phone": "phone", "sms": "messenger",
        "whatsapp": "messenger", "line": "messenger", "wechat": "messenger", "telegram": "messenger",
        "viber": "messenger", "twitter": "social", "facebook": "social", "instagram": "social",
        "instagram_dm": "social", "google_my_business": "social",
    },
    "intercom": {
        "conversation": "chat", "email": "email", "phone_call": "phone", "phone_switch": "phone",
        "sms": "messenger", "whatsapp": "messenger", "facebook": "social", "instagram": "social",
        "twitter": "social",
    },
}
ZENDESK_BOT_VIA = frozenset({"rule", "answer_bot", "system", "side_conversation"})
INTERCOM_CUSTOMERS = frozenset({"user", "lead", "contact"})
INTERCOM_AUTOMATED = frozenset({"operator_initiated", "automated", "campaigns_initiated"})
_OPERATOR = re.compile(r"^operator\+[^@]*@intercom\.io$", re.IGNORECASE)


@dataclass
class ExportStats:
    """What an export held besides the messages checked (the JSON report's ``transcripts.summary.export``)."""

    format: str
    conversations: int = 0
    internal_notes: int = 0
    bot_messages: int = 0
    other_parts: int = 0  # voice comments, state changes (assignment, close) without words, redacted parts
    unknown_authors: int = 0
    users_known: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"format": self.format, "conversations": self.conversations, "internal_notes": self.internal_notes,
                "bot_messages": self.bot_messages, "other_parts": self.other_parts,
                "unknown_authors": self.unknown_authors}


# -- detecting the format -----------------------------------------------------------------------------

_MARKERS = {
    "jsonl": re.compile(r'"speaker"\s*:'),
    "zendesk": re.compile(r'"(requester_id|plain_body|author_id|tickets)"\s*:'),
    "intercom": re.compile(r'"(conversation_parts|part_type|delivered_as)"\s*:'),
}


class UnknownFormat(Exception):
    """The format of a transcript file cannot be told from its beginning."""


def detect(path: str) -> str:
    """``jsonl``, ``zendesk`` or ``intercom``, from the field names in the first MiB of ``path``.

    Raises :class:`UnknownFormat` when none or several kinds of field names occur, and ``OSError``."""
    with open(path, encoding="utf-8", errors="replace") as stream:
        head = stream.read(1 << 20)
    if not head.strip():
        return "jsonl"  # an empty file: no messages, whatever it was meant to be
    found = [name for name, marker in _MARKERS.items() if marker.search(head)]
    if len(found) == 1:
        return found[0]
    if head.lstrip()[:1] not in ("{", "["):
        return "jsonl"  # not JSON at all: the JSON Lines reader says where
    seen = ", ".join(found) if found else "none of their field names"
    raise UnknownFormat(
        f"cannot tell what {path} holds: JSON Lines messages (FORMAT §6, a `speaker` field), a Zendesk ticket "
        f"export (`requester_id`, `author_id`) or an Intercom conversation export (`conversation_parts`); "
        f"its beginning has {seen}. Give --transcripts-format jsonl, zendesk or intercom")


# -- channels -------------------------------------------------------------------------------------------

class ChannelMap:
    """A help desk's channel name -> a channel id of channels.yaml.

    ``--channel-map NAME=ID`` first; else the channel whose id is the name; else the one channel of the kind
    the name stands for (:data:`KINDS`); else nothing, with the reason.
    """

    def __init__(self, handbook: Handbook, platform: str, overrides: Mapping[str, str]) -> None:
        self.ids = [c.id for c in handbook.channels]
        self.by_kind: dict[str, list[str]] = {}
        for channel in handbook.channels:
            self.by_kind.setdefault(channel.kind, []).append(channel.id)
        self.kinds = KINDS.get(platform, {})
        self.overrides = dict(overrides)
        self._cache: dict[str, tuple[str | None, str]] = {}

    def resolve(self, name: str) -> tuple[str | None, str]:
        """``(channel id, "")`` or ``(None, why not)``."""
        found = self._cache.get(name)
        if found is None:
            found = self._cache[name] = self._resolve(name)
        return found

    def _resolve(self, name: str) -> tuple[str | None, str]:
        if name in self.overrides:
            return self.overrides[name], ""
        if name in self.ids:
            return name, ""
        kind = self.kinds.get(name)
        if kind is None:
            return None, f"no channel of channels.yaml is called `{name}`"
        matches = self.by_kind.get(kind, [])
        if len(matches) == 1:
            return matches[0], ""
        if not matches:
            return None, f"no channel of channels.yaml is called `{name}` or has kind `{kind}`"
        return None, f"several channels have kind `{kind}` ({', '.join(matches)})"


# -- text -------------------------------------------------------------------------------------------------

class _Text(HTMLParser):
    """The words of an HTML body: tags dropped, block ends as line breaks, entities decoded, no script."""

    BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_text(body: str) -> str:
    """The plain text of an HTML message body (Intercom bodies, Zendesk ``html_body``)."""
    if "<" not in body and "&" not in body:
        return body.strip()
    parser = _Text()
    parser.feed(body)
    parser.close()
    text = "".join(parser.parts)
    return re.sub(r"[ \t]*\n[\s]*", "\n", html.unescape(text) if "&" in text else text).strip()


# -- the conversations ---------------------------------------------------------------------------------------

@dataclass
class _Context:
    path: str
    problems: Problems
    channels: ChannelMap
    stats: ExportStats
    users: dict[str, dict[str, Any]] = field(default_factory=dict)


def _time_iso(value: Any) -> float | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment.timestamp() if moment.tzinfo is not None else None


def _time_epoch(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _id(value: Any) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int) or (isinstance(value, str) and value.strip()):
        return str(value)
    return None


def _message(cid: str, channel: str, speaker: str, employee: str | None, text: str, t: float, key: int
             ) -> dict[str, Any]:
    return {"conversation": cid, "channel": channel, "speaker": speaker, "employee": employee, "text": text,
            "_t": t, "_k": key}


def zendesk(record: Any, line: int, column: int, key: int, ctx: _Context) -> list[dict[str, Any]]:
    """The messages of one exported ticket (a ticket with ``comments``, or ``{"ticket", "comments"}``)."""
    problems, path = ctx.problems, ctx.path

    def problem(message: str, hint: str = "", rule: str = "AUDIT011") -> list[dict[str, Any]]:
        problems.add(rule, path, line, message, hint, column)
        return []

    if not isinstance(record, dict):
        return problem("a ticket must be a JSON object")
    ticket: dict[str, Any] = record["ticket"] if isinstance(record.get("ticket"), dict) else record
    comments = record.get("comments", ticket.get("comments"))
    for user in record.get("users") or ():
        if isinstance(user, dict) and _id(user.get("id")) is not None:
            ctx.users[str(user["id"])] = user
    cid = _id(ticket.get("id"))
    if cid is None:
        return problem("a ticket without `id`", "export tickets as the Zendesk API returns them")
    what = f"ticket {cid}"
    if not isinstance(comments, list):
        return problem(f"{what} has no `comments` list",
                       "add each ticket's comments (GET /api/v2/tickets/{id}/comments) as `comments`")
    via = ticket.get("via")
    source = via.get("channel") if isinstance(via, dict) else None
    if not isinstance(source, str) or not source:
        return problem(f"{what} has no `via.channel`", "export tickets as the Zendesk API returns them",
                       "AUDIT012")
    channel, why = ctx.channels.resolve(source)
    if channel is None:
        return problem(f"{what} came through Zendesk channel `{source}`: {why}",
                       f"name the channel it belongs to: --channel-map {source}=CHANNEL", "AUDIT012")
    ctx.stats.conversations += 1
    requester = _id(ticket.get("requester_id"))
    out: list[dict[str, Any]] = []
    bad = False
    for i, comment in enumerate(comments, start=1):
        if not isinstance(comment, dict):
            problem(f"{what}, comment {i}: not a JSON object")
            bad = True
            continue
        label = f"{what}, comment {i}" + (f" (id {comment['id']})" if _id(comment.get("id")) else "")
        t = _time_iso(comment.get("created_at"))
        if t is None:
            problem(f"{label}: `created_at` is missing or not a time with a time zone",
                    "e.g. 2026-11-02T10:00:05Z, as the Zendesk API writes it", "AUDIT013")
            bad = True
            continue
        if comment.get("public") is False:
            ctx.stats.internal_notes += 1
            continue
        if comment.get("type") == "VoiceComment":
            ctx.stats.other_parts += 1
            continue
        comment_via = comment.get("via")
        by = comment_via.get("channel") if isinstance(comment_via, dict) else None
        author = _id(comment.get("author_id"))
        if by in ZENDESK_BOT_VIA or author in (None, "-1"):
            ctx.stats.bot_messages += 1
            continue
        text = _zendesk_text(comment)
        user = ctx.users.get(author) if author is not None else None
        role = user.get("role") if user else None
        if author == requester or role == "end-user":
            out.append(_message(cid, channel, "customer", None, text, t, key))
            continue
        if user is None:
            ctx.stats.unknown_authors += 1
        employee = _employee(user, author)
        out.append(_message(cid, channel, "agent", employee, text, t, key))
    if bad:
        return []
    out.sort(key=lambda m: m["_t"])
    return out


def _zendesk_text(comment: dict[str, Any]) -> str:
    for name in ("plain_body", "body"):
        value = comment.get(name)
        if isinstance(value, str):
            return value
    value = comment.get("html_body")
    return html_text(value) if isinstance(value, str) else ""


def _employee(user: dict[str, Any] | None, fallback: str | None) -> str:
    """An agent's employee id: ``external_id`` (your HR id, if you set it), else e-mail, else the user id."""
    if user:
        for name in ("external_id", "email"):
            value = user.get(name)
            if isinstance(value, str) and value.strip():
                return value.strip()
    return fallback or "unknown"


def intercom(record: Any, line: int, column: int, key: int, ctx: _Context) -> list[dict[str, Any]]:
    """The messages of one exported Intercom conversation (as Retrieve a conversation returns it)."""
    problems, path = ctx.problems, ctx.path

    def problem(message: str, hint: str = "", rule: str = "AUDIT011") -> list[dict[str, Any]]:
        problems.add(rule, path, line, message, hint, column)
        return []

    if not isinstance(record, dict):
        return problem("a conversation must be a JSON object")
    cid = _id(record.get("id"))
    if cid is None:
        return problem("a conversation without `id`", "export conversations as the Intercom API returns them")
    what = f"conversation {cid}"
    source = record.get("source", record.get("conversation_message"))
    if not isinstance(source, dict):
        return problem(f"{what} has no `source` (its first message)",
                       "export each conversation with GET /conversations/{id}")
    name = source.get("type")
    if not isinstance(name, str) or not name:
        return problem(f"{what}: its `source` has no `type`", "", "AUDIT012")
    channel, why = ctx.channels.resolve(name)
    if channel is None:
        return problem(f"{what} came through Intercom channel `{name}`: {why}",
                       f"name the channel it belongs to: --channel-map {name}=CHANNEL", "AUDIT012")
    start = _time_epoch(record.get("created_at"))
    if start is None:
        return problem(f"{what}: `created_at` is missing or not a Unix time", "", "AUDIT013")
    parts = record.get("conversation_parts")
    if isinstance(parts, dict):
        parts = parts.get("conversation_parts")
    if not isinstance(parts, list):
        return problem(f"{what} has no `conversation_parts`",
                       "export each conversation with GET /conversations/{id}, which includes its parts")
    ctx.stats.conversations += 1
    out: list[dict[str, Any]] = []
    bad = False
    automated = source.get("delivered_as") in INTERCOM_AUTOMATED
    first = _intercom_part(source, start, cid, channel, key, ctx, automated=automated)
    if first is not None:
        out.append(first)
    for i, part in enumerate(parts, start=1):
        if not isinstance(part, dict):
            problem(f"{what}, part {i}: not a JSON object")
            bad = True
            continue
        t = _time_epoch(part.get("created_at"))
        if t is None:
            label = f"{what}, part {i}" + (f" (id {part['id']})" if _id(part.get("id")) else "")
            problem(f"{label}: `created_at` is missing or not a Unix time", "", "AUDIT013")
            bad = True
            continue
        message = _intercom_part(part, t, cid, channel, key, ctx)
        if message is not None:
            out.append(message)
    if bad:
        return []
    out.sort(key=lambda m: m["_t"])
    return out


def _intercom_part(part: dict[str, Any], t: float, cid: str, channel: str, key: int, ctx: _Context,
                   automated: bool = False) -> dict[str, Any] | None:
    stats = ctx.stats
    part_type = part.get("part_type")
    if isinstance(part_type, str) and "note" in part_type:
        stats.internal_notes += 1
        return None
    body = part.get("body")
    text = html_text(body) if isinstance(body, str) else ""
    if part.get("redacted") is True or (not text and not part.get("attachments")):
        stats.other_parts += 1  # an assignment, a close, a snooze: no words, no file
        return None
    author: dict[str, Any] = part["author"] if isinstance(part.get("author"), dict) else {}
    kind = author.get("type")
    email = author["email"] if isinstance(author.get("email"), str) else ""
    if automated or kind in ("bot", "team") or _OPERATOR.match(email):
        stats.bot_messages += 1
        return None
    if kind in INTERCOM_CUSTOMERS:
        return _message(cid, channel, "customer", None, text, t, key)
    if kind != "admin":
        stats.unknown_authors += 1
    return _message(cid, channel, "agent", _employee(author, _id(author.get("id"))), text, t, key)


def _employees_ok(messages: list[dict[str, Any]], ctx: _Context, line: int, column: int) -> bool:
    """False (and AUDIT020 at the record) when an agent's id could look like another; else the ids in NFC."""
    ok = True
    reported: set[str] = set()
    for message in messages:
        employee = message["employee"]
        if employee is None or not ids.suspicious(employee):
            continue
        bad = ids.problem("employee", employee)
        if bad is not None and employee not in reported:
            reported.add(employee)
            ctx.problems.add(ids.RULE, ctx.path, line, f"conversation {message['conversation']}: {bad[0]}",
                             bad[1], column)
        ok = ok and bad is None
        message["employee"] = ids.normal(employee)
    return ok


def conversations(fmt: str, path: str, handbook: Handbook, problems: Problems, overrides: Mapping[str, str],
                  stats: ExportStats, progress: list[int]) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    """``(line, messages)`` of each exported conversation, in file order; problems go to ``problems``."""
    ctx = _Context(path, problems, ChannelMap(handbook, fmt, overrides), stats)
    convert = zendesk if fmt == "zendesk" else intercom
    try:
        document, items = jsonstream.records(path, ARRAY_KEYS[fmt], progress)
    except jsonstream.Malformed as exc:
        problems.add("AUDIT011", path, exc.line, exc.message, "", exc.column)
        return
    except OSError as exc:
        problems.add("AUDIT001", path, 1, f"cannot read the file: {exc.strerror or exc}")
        return
    for user in document.extras.get("users") or ():
        if isinstance(user, dict) and _id(user.get("id")) is not None:
            ctx.users[str(user["id"])] = user
    stats.users_known = bool(ctx.users)
    key = 0
    try:
        for line, column, record in items:
            if record is None:
                continue
            if isinstance(record, jsonstream.Malformed):
                problems.add("AUDIT011", path, record.line, record.message, "", record.column)
                continue
            key += 1
            messages = convert(record, line, column, key, ctx)
            if messages and _employees_ok(messages, ctx, line, column):
                yield line, messages
    except jsonstream.Malformed as exc:
        problems.add("AUDIT011", path, exc.line, exc.message,
                     "the file stops being JSON here: fix or re-export it", exc.column)
