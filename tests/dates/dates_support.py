"""Helpers of the date and training tests: a small standards folder with dated standards, a CLI runner."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path

from click.testing import CliRunner, Result

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from common import write_folder

from generator.cli import main

#: one step with a standard for every case around the change day 2026-12-01
DATED_STAGE = """\
id: buy
title: {en: Buying, ru: Покупка}
steps:
  - id: greet
    title: {en: Greeting, ru: Приветствие}
    owner: clerk
    support: [manager]
    channels: [chat]
    standards:
      - id: hello
        kind: say
        text: {en: Greet the customer, ru: Поприветствуйте клиента}
        principles: [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10]
      - id: old-wait
        kind: do
        retired: 2026-12-01
        text: {en: Answer within 20 seconds, ru: Ответьте за 20 секунд}
      - id: new-wait
        kind: do
        effective: 2026-12-01
        text: {en: Answer within 15 seconds, ru: Ответьте за 15 секунд}
      - id: gone
        kind: do
        retired: 2026-11-01
        text: {en: Fax the order form, ru: Отправьте бланк по факсу}
"""

#: the day before the change, the change day
BEFORE, CHANGE = "2026-11-30", "2026-12-01"


def dated_folder(root: Path, extra: Mapping[str, str | None] | None = None) -> Path:
    return write_folder(root / "standards", {"journey/01-buy.yaml": DATED_STAGE, **(extra or {})})


def run(*args: str, today: str = BEFORE) -> Result:
    """``handbook ARGS`` in-process on the day ``today``."""
    return CliRunner().invoke(main, list(args), env={"HANDBOOK_TODAY": today, "GITHUB_ACTIONS": ""},
                              catch_exceptions=False)
