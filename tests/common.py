"""Shared test helpers: a small valid standards folder and a one-line "what does validate say" helper.

``problems(tmp_path, {"roles.yaml": "..."})`` writes the base folder with some files replaced (``None``
deletes a file) and returns ``(rule, line, col)`` tuples, sorted, in yamllint's tests/common.py style.
"""

from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path

from generator.diagnostics import Diagnostic
from generator.pipeline import load

TODAY = date(2026, 11, 15)

PRINCIPLE_IDS = [f"p{i}" for i in range(1, 11)]

BASE: dict[str, str] = {
    "handbook.yaml": """\
        title: {en: Test handbook, ru: Тестовый справочник}
        organization: Test Ltd
        version: "1.0"
        languages: [en, ru]
        departments:
          - {id: stores, name: {en: Stores, ru: Магазины}}
        """,
    "principles.yaml": "principles:\n"
    + "".join(
        f"  - {{id: {p}, title: {{en: Principle {p}, ru: Принцип {p}}}, text: {{en: Text {p}, ru: Текст {p}}}}}\n"
        for p in PRINCIPLE_IDS
    ),
    "roles.yaml": """\
        roles:
          - id: clerk
            name: {en: Clerk, ru: Продавец}
            department: stores
            appearance:
              - {id: badge, text: {en: Wear a name badge, ru: Носите бейдж}, severity: minor}
          - id: manager
            name: {en: Manager, ru: Управляющий}
            department: stores
        """,
    "channels.yaml": """\
        channels:
          - id: chat
            name: {en: Chat, ru: Чат}
            kind: chat
            first_response: 60s
            response: 2m
            required:
              - id: greeting
                where: first
                phrases: {en: [hello], ru: [здравствуйте]}
          - id: backoffice
            name: {en: Back office, ru: Склад}
            kind: web_form
            first_response: 1d
        """,
    "phrases.yaml": """\
        forbidden:
          - id: not-my-job
            phrase: {en: not my job, ru: не моя работа}
            instead: {en: Let me find out, ru: Сейчас узнаю}
        """,
    "journey/01-buy.yaml": """\
        id: buy
        title: {en: Buying, ru: Покупка}
        review: {owner: manager, every: 365d, last: 2026-10-01}
        steps:
          - id: greet
            title: {en: Greeting, ru: Приветствие}
            owner: clerk
            support: [manager]
            channels: [chat]
            situations: [angry-customer]
            standards:
              - id: hello
                kind: say
                text: {en: Greet the customer, ru: Поприветствуйте клиента}
                script: {en: "Hello, {name}!", ru: "Здравствуйте, {name}!"}
                principles: [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10]
              - id: no-blame
                kind: avoid
                text: {en: Never blame colleagues, ru: Не вините коллег}
                phrases: {en: [their fault], ru: [они виноваты]}
        """,
    "situations/angry-customer.yaml": """\
        id: angry-customer
        title: {en: An angry customer, ru: Рассерженный клиент}
        trigger: {en: The customer raises their voice, ru: Клиент повышает голос}
        owner: manager
        standards:
          - {id: listen, kind: do, text: {en: Listen without interrupting, ru: Выслушайте не перебивая}}
        """,
    "scoring.yaml": """\
        pass_mark: 80
        tiers:
          - {id: gold, name: {en: Gold, ru: Золото}, min: 90}
          - {id: base, name: {en: Base, ru: База}, min: 0}
        """,
}


def write_folder(root: Path, changes: dict[str, str | None] | None = None) -> Path:
    """Write the base folder with ``changes`` applied (a file's new text, or None to delete it)."""
    files: dict[str, str | None] = {name: textwrap.dedent(body) for name, body in BASE.items()}
    for name, body in (changes or {}).items():
        files[name] = None if body is None else textwrap.dedent(body)
    root.mkdir(parents=True, exist_ok=True)
    for name, body in files.items():
        if body is None:
            continue
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
    return root


def diagnostics(root: Path, changes: dict[str, str | None] | None = None, today: date = TODAY) -> list[Diagnostic]:
    folder = write_folder(root / "standards", changes)
    return load(folder, today=today).diagnostics.sorted()


def problems(
    root: Path, changes: dict[str, str | None] | None = None, rule: str | None = None, today: date = TODAY
) -> list[tuple[str, int, int]]:
    """``(rule, line, col)`` of every diagnostic (only ``rule``'s when given)."""
    return [(d.rule, d.line, d.column) for d in diagnostics(root, changes, today) if rule is None or d.rule == rule]


def messages(root: Path, changes: dict[str, str | None] | None = None, rule: str | None = None) -> list[str]:
    return [d.message + " | " + d.hint for d in diagnostics(root, changes) if rule is None or d.rule == rule]


def base(name: str) -> str:
    """The dedented text of a base file."""
    return textwrap.dedent(BASE[name])


def at(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """1-based (line, column) of the ``occurrence``-th ``needle`` in ``text`` (computed independently of the loader)."""
    index = -1
    for _ in range(occurrence):
        index = text.index(needle, index + 1)
    before = text[:index]
    return before.count("\n") + 1, index - (before.rfind("\n") + 1) + 1
