"""A deterministic generator of transcript streams for the fixture standards (tests only).

Every conversation is a list of messages in time order. :func:`write` lays the same conversations out
either grouped (one conversation after the other) or interleaved (several open at once, as a time-sorted
export of many chats would be), so tests can compare both layouts and both reading modes.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

Message = dict[str, Any]

# Texts that exercise every check of tests/fixtures/audit/standards: greetings and closings of chat and
# e-mail, the e-mail signature (where: any), forbidden phrases (phrases.yaml and avoid items, en and ru),
# look-alikes that must not match, and plain filler.
AGENT_TEXTS = (
    "Hello! How can I help you today?",
    "Good morning, let me check your order.",
    "Здравствуйте! Сейчас посмотрю ваш заказ.",
    "Please calm down, I am looking into it.",
    "УСПОКОЙТЕСЬ, пожалуйста, я всё проверю.",
    "Just wait a moment while I check the warehouse.",
    "Подождите минуту, пожалуйста.",  # not "ждите": a longer word
    "ЖДИТЕ. Это не моя работа.",
    "That is not my job, sorry — the ticket queue is full.",
    "Your parcel left the warehouse this morning.",
    "Anything else I can do for you?",
    "Чем ещё могу помочь?",
    "Dear customer, thank you for your e-mail.",
    "Уважаемый клиент, спасибо за письмо.",
    "Kind regards, the support team.",
    "С уважением, служба поддержки.",
    "The refund was issued. Kind regards. Anything else?",
    "Dear Ana, hello! Calm down: we will fix it.",
)
CUSTOMER_TEXTS = (
    "Hi, where is my order?",
    "Здравствуйте, где мой заказ?",
    "Any news?",
    "Долго ещё?",
    "Thanks!",
    "Can I come today?",
)
CHANNELS = ("chat", "chat", "chat", "email", "in-store")


def conversations(count: int, seed: int = 1, text_size: int = 0) -> list[list[Message]]:
    """``count`` conversations; ``text_size`` pads every agent text with filler to about that many characters."""
    rng = random.Random(seed)
    out: list[list[Message]] = []
    for n in range(count):
        cid = f"c-{n}"
        channel = rng.choice(CHANNELS)
        employees = [f"emp-{rng.randrange(12)}" for _ in range(2)]
        t = 1_700_000_000 + rng.randrange(86_400)
        messages: list[Message] = []
        speaker = rng.choice(("customer", "customer", "agent"))
        for _ in range(rng.randrange(1, 9)):
            if speaker == "agent":
                text = rng.choice(AGENT_TEXTS)
                if text_size:
                    text = (text + " " + "lorem ipsum dolor " * (text_size // 18))[:text_size]
                employee: str | None = employees[0] if rng.random() < 0.8 else employees[1]
            else:
                text = rng.choice(CUSTOMER_TEXTS)
                employee = None
            messages.append({"conversation": cid, "channel": channel, "time": _iso(t), "speaker": speaker,
                             "employee": employee, "text": text})
            t += rng.choice((5, 30, 59, 60, 61, 90, 119, 120, 121, 400, 20_000, 90_000))
            speaker = rng.choice(("customer", "agent", "agent")) if speaker == "customer" else rng.choice(
                ("customer", "customer", "agent"))
        out.append(messages)
    return out


def _iso(t: int) -> str:
    zone = t % 3
    if zone == 0:
        return _utc(t) + "Z"
    return _utc(t + 7200) + "+02:00"


def _utc(t: int) -> str:
    import datetime

    return datetime.datetime.fromtimestamp(t, datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S")


def layout(convs: list[list[Message]], interleaved: bool, seed: int = 2) -> list[Message]:
    """The messages in file order: grouped, or interleaved among up to six open conversations."""
    if not interleaved:
        return [m for conv in convs for m in conv]
    rng = random.Random(seed)
    pending = [list(reversed(c)) for c in convs]
    open_: list[list[Message]] = []
    out: list[Message] = []
    while pending or open_:
        while pending and len(open_) < 6:
            open_.append(pending.pop(0))
        current = rng.choice(open_)
        out.append(current.pop())
        if not current:
            open_.remove(current)
    return out


def write(path: Path, messages: list[Message]) -> Path:
    path.write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in messages), encoding="utf-8")
    return path
