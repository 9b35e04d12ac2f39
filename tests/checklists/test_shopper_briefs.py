"""Shopper briefs: one per scenario and language, HTML and PDF; what to stage, do and watch for; the items the
visit checks grouped by the role that answers for them, with a link to that role's audit form; escaping; RTL."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from checklist_helpers import have_poppler, ids_in, pdf_pages

from generator.model import Handbook
from generator.render.checklists import briefed_scenarios
from generator.render.checklists.html import blocks

BRIEF = "angry-pickup-shopper-brief"
#: the fixture scenario's items, by the role that answers for them (read off its YAML by hand)
BY_ROLE = {
    "pickup-clerk": ["order-handover#greet-by-name", "angry-customer#no-argue", "pickup-clerk#name-badge"],
    "store-manager": ["angry-customer#listen-first"],
}


def _section(html: str, element_id: str) -> str:
    start = html.index(f'id="{element_id}"')
    return html[start : html.index("</section>", start)]


@pytest.mark.parametrize("lang", ["en", "ru", "he"])
def test_a_brief_per_language_with_every_item_of_the_scenario(out: Path, lang: str) -> None:
    html = (out / lang / f"{BRIEF}.html").read_text("utf-8")
    assert f'<html lang="{lang}" dir="{"rtl" if lang == "he" else "ltr"}">' in html
    assert ids_in(html) == {i for items in BY_ROLE.values() for i in items}
    for role, items in BY_ROLE.items():
        section = _section(html, f"role-{role}")
        assert ids_in(section) == set(items)
        assert f'href="{role}-audit-form.html?scenario=angry-pickup"' in section


def test_what_to_stage_do_and_watch_for(out: Path) -> None:
    html = (out / "en" / f"{BRIEF}.html").read_text("utf-8")
    stage = _section(html, "stage")
    assert "An angry customer" in stage and "The customer raises their voice" in stage
    assert "Pickup › <strong>Handing over the order</strong>" in stage
    ask = _section(html, "ask")
    assert "<p>Come in at noon.</p>" in ask
    assert "<ol><li>Ask for your order <strong>by name</strong>.</li><li>Raise your voice once.</li></ol>" in ask
    watch = _section(html, "watch")
    assert watch.count('class="box"') == 2 and "Whether the clerk argued" in watch
    assert "2 per location every month" in html
    assert "write <code>angry-pickup</code> as the scenario" in html


def test_scenario_texts_are_escaped(out: Path) -> None:
    html = (out / "en" / f"{BRIEF}.html").read_text("utf-8")
    assert "<script" not in html and "<b>" not in html
    assert "You waited an hour. &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "An angry customer at pickup &lt;b&gt;" in html


def test_russian_brief_is_translated(out: Path) -> None:
    html = (out / "ru" / f"{BRIEF}.html").read_text("utf-8")
    for words in ("Задание тайному покупателю", "Рассерженный клиент на выдаче", "Что делать и говорить",
                  "На что обратить внимание", "2 на точку каждый месяц", "Попросите заказ"):
        assert words in html


def test_briefs_follow_the_roles_asked(handbook: Handbook) -> None:
    assert briefed_scenarios(handbook, ["pickup-clerk"]) == ["angry-pickup"]
    assert briefed_scenarios(handbook, ["store-manager"]) == ["angry-pickup"]
    assert briefed_scenarios(handbook, ["contact-agent"]) == []


def test_blocks_render_lists_and_paragraphs_and_nothing_else() -> None:
    found = [str(b) for b in blocks("Intro\nwraps\n\n3. three <i>\n   more\n4. four\n\n- [x](javascript:y)")]
    assert found == [
        "<p>Intro wraps</p>",
        '<ol start="3"><li>three &lt;i&gt; more</li><li>four</li></ol>',
        "<ul><li>[x](javascript:y)</li></ul>",
    ]


@pytest.mark.skipif(not have_poppler(), reason="poppler-utils is not installed")
def test_pdf_briefs_in_logical_order_and_without_links(out: Path) -> None:
    text = " ".join(pdf_pages(out / "he" / f"{BRIEF}.pdf"))
    for phrase in ("תדריך ללקוח סמוי", "לקוח כועס באיסוף", "בקשו את ההזמנה", "למה לשים לב"):
        assert phrase in text
        assert phrase[::-1] not in text
    assert "order-handover#greet-by-name" in text
    english = " ".join(pdf_pages(out / "en" / f"{BRIEF}.pdf"))
    assert re.search(r"Audit form: pickup-clerk-audit-form\.html", english), "on paper: the form's file name"
    assert "Fill in the audit form" not in english
