"""Shared helpers of the checklist tests: the fixture's expected items, PDF text, synthetic big handbooks."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from pdf_support import have_poppler, pdf_pages

__all__ = ["have_poppler", "pdf_pages"]

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "checklists"
SHIPPED = ROOT / "standards"

#: what applies to each role of the fixture, read off its YAML by hand (owner, explicit `role:`, appearance)
EXPECTED: dict[str, list[str]] = {
    "pickup-clerk": [
        "store-greeting#clerk-smile",
        "order-handover#greet-by-name",
        "order-handover#check-serial",
        "order-handover#no-blame",
        "angry-customer#no-argue",
        "pickup-clerk#name-badge",
    ],
    "store-manager": [
        "store-greeting#greet-within-30s",
        "store-greeting#offer-help",
        "order-handover#manager-signs",
        "angry-customer#listen-first",
        "store-manager#manager-jacket",
    ],
    "contact-agent": ["phone-greeting#answer-fast", "phone-greeting#say-company"],
}
ALL_IDS = {i for ids in EXPECTED.values() for i in ids}

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9]+(?:-[a-z0-9]+)*")


def ids_in(text: str) -> set[str]:
    """Every global item id printed in a text."""
    return set(_ID.findall(text))


def big_folder(tmp: Path, steps: int = 14, items: int = 5) -> Path:
    """The fixture plus a stage of many long items for the pickup clerk, so pages must break."""
    folder = tmp / "big"
    shutil.copytree(FIXTURE, folder)
    lines = ["id: many", "title: {en: Many steps, ru: Много шагов, he: הרבה צעדים}", "steps:"]
    for s in range(1, steps + 1):
        lines += [
            f"  - id: synthetic-step-{s}",
            f"    title: {{en: Synthetic step {s}, ru: Шаг {s}, he: צעד {s}}}",
            "    owner: pickup-clerk",
            "    standards:",
        ]
        for i in range(1, items + 1):
            words = " ".join(["and", "then", "check", "that", "everything", "is", "in", "order"] * 4)
            lines += [
                f"      - id: item-{i}",
                "        kind: do",
                f"        text: {{en: 'Item {s}.{i} starts here {words} ends {s}.{i}',"
                f" ru: 'Пункт {s}.{i}', he: 'פריט {s}.{i}'}}",
            ]
    (folder / "journey" / "03-many.yaml").write_text("\n".join(lines) + "\n", "utf-8")
    return folder


def check_pagination(pages: list[str], steps: int, items: int) -> None:
    """No item split across pages, no step heading alone at a page bottom (big_folder's English texts)."""

    def page_of(fragment: str) -> list[int]:
        return [n for n, text in enumerate(pages) if fragment in text]

    assert len(pages) > 2, "the synthetic stage should need several pages"
    for s in range(1, steps + 1):
        for i in range(1, items + 1):
            starts, ends = page_of(f"Item {s}.{i} starts here"), page_of(f"ends {s}.{i} ")
            ident = page_of(f"synthetic-step-{s}#item-{i}")
            assert len(starts) == 1 and starts == ends == ident, f"item {s}.{i} is split: {starts} {ends} {ident}"
        heading = [n for n, text in enumerate(pages) if re.search(rf"Synthetic step {s}(?!\d)", text)]
        first_item = page_of(f"Item {s}.1 starts here")
        assert heading == first_item, f"step {s}'s heading is on page {heading}, its first item on {first_item}"
