"""The cases that made staff distrust the transcript checks (issue 11), judged right on the example company.

- An email written on Friday at 22:00 and answered on Monday at 09:30 is on time: 30 minutes of working time.
- "Hi, I'm Eli from Voltaro" is an introduction, in English, and its equivalents in Russian and Hebrew.
- The feminine Hebrew "תירגעי" and the informal Russian "успокойся" are forbidden, like "calm down".
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from generator.cli import main

ROOT = Path(__file__).resolve().parent.parent.parent
STANDARDS = ROOT / "standards"


def chat(cid: str, channel: str, agent_text: str, asked: str = "2026-11-03T10:00:00+02:00",
         answered: str = "2026-11-03T10:00:30+02:00") -> list[dict[str, Any]]:
    return [
        {"conversation": cid, "channel": channel, "time": asked, "speaker": "customer", "employee": None,
         "text": "Hello, where is my order?"},
        {"conversation": cid, "channel": channel, "time": answered, "speaker": "agent", "employee": "eli",
         "text": agent_text},
    ]


def audit(tmp_path: Path, messages: list[dict[str, Any]]) -> dict[str, Any]:
    path = tmp_path / "t.jsonl"
    path.write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in messages), encoding="utf-8")
    result = CliRunner().invoke(main, ["audit", str(STANDARDS), "--transcripts", str(path), "--format", "json"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data["transcripts"]["conversations"]


def kinds(conversation: dict[str, Any]) -> list[tuple[str, str]]:
    return sorted((f["kind"], f.get("element") or f.get("id") or "") for f in conversation["findings"])


def test_introductions_in_three_languages(tmp_path: Path) -> None:
    found = audit(tmp_path, [
        *chat("en", "chat", "Hi, I'm Eli from Voltaro. Let me check. Anything else?"),
        *chat("ru", "chat", "Здравствуйте, это Ольга из Voltaro. Сейчас проверю. Чем ещё могу помочь?"),
        *chat("he", "chat", "היי, אני דנה מוולטרו. אבדוק מיד. עוד משהו?"),
        *chat("none", "chat", "Hi! Let me check. Anything else?"),
    ])
    for cid in ("en", "ru", "he"):
        assert kinds(found[cid]) == [], cid
    assert kinds(found["none"]) == [("missing_required", "introduction")]


def test_calm_down_in_every_form(tmp_path: Path) -> None:
    intro = {"en": "Hi, I'm Eli from Voltaro.", "ru": "Здравствуйте, меня зовут Ольга.", "he": "שלום, שמי דנה."}
    close = {"en": "Anything else?", "ru": "Чем ещё могу помочь?", "he": "עוד משהו?"}
    found = audit(tmp_path, [
        *chat("he-f", "chat", f"{intro['he']} תירגעי, נבדוק את זה. {close['he']}"),
        *chat("he-m", "chat", f"{intro['he']} תירגע, נבדוק את זה. {close['he']}"),
        *chat("ru-formal", "chat", f"{intro['ru']} Успокойтесь, я всё проверю. {close['ru']}"),
        *chat("ru-informal", "chat", f"{intro['ru']} Успокойся, я всё проверю. {close['ru']}"),
        *chat("ru-reassure", "chat", f"{intro['ru']} Хочу вас успокоить: заказ в пути. {close['ru']}"),
        *chat("en", "chat", f"{intro['en']} Please calm down. {close['en']}"),
    ])
    assert kinds(found["he-f"]) == [("forbidden_phrase", "calm-down")]
    assert kinds(found["he-m"]) == [("forbidden_phrase", "calm-down")]
    assert kinds(found["ru-formal"]) == [("forbidden_phrase", "calm-down")]
    assert kinds(found["ru-informal"]) == [("forbidden_phrase", "angry-caller#no-escalating-words")]
    assert kinds(found["ru-reassure"]) == []  # "успокоить" (to reassure) is not "calm down"
    assert kinds(found["en"]) == [("forbidden_phrase", "calm-down")]
    (he,) = found["he-f"]["findings"]
    assert he["matched"] == "תירגעי" and he["phrase"] == "תירגע*" and he["language"] == "he"


def test_email_over_the_weekend(tmp_path: Path) -> None:
    reply = "Good morning, your order ships today. Kind regards, Eli"
    found = audit(tmp_path, chat("mail", "email", reply, "2026-11-06T22:00:00+02:00", "2026-11-09T09:30:00+02:00"))
    assert [f for f in found["mail"]["findings"] if f["kind"] == "first_response"] == []
