"""The "What changed" page: localized, linked with the site's URLs, and safe from what the YAML says."""

from __future__ import annotations

import shutil
from pathlib import Path

import markdown
from diff_support import FIXTURES

from generator import urls
from generator.diff import ChangeSet, compare
from generator.pipeline import load
from generator.render.context import render_context
from generator.render.diff.page import page_markdown

HOSTILE = '<script>alert(1)</script> [win](javascript:alert(1)) <img src=x onerror=alert(2)> https://evil.example'


def test_links_are_the_site_item_urls(changes: ChangeSet) -> None:
    page = page_markdown(render_context(changes.new, "en", changes))
    item = changes.new.item("order-handover#offer-bag")
    assert item is not None
    assert f"[Offer a bag for the order]({urls.item(changes.new, item)})" in page
    assert "~~Refund the same day~~" in page  # removed: no link to a page that no longer has it


def test_headings_and_role_names_follow_the_language(changes: ChangeSet) -> None:
    ru = page_markdown(render_context(changes.new, "ru", changes))
    assert "## Новые стандарты" in ru and "**Сотрудник пункта выдачи**: 2 изменено, 1 новый стандарт" in ru
    assert "Поприветствуйте клиента по имени" in ru
    he = page_markdown(render_context(changes.new, "he", changes))
    assert "## סטנדרטים חדשים" in he


def test_stale_translation_shows_the_default_language_change(changes: ChangeSet) -> None:
    ru = page_markdown(render_context(changes.new, "ru", changes))
    assert "(en): Greet the customer by **their first** name" in ru
    assert "## Переводы, которые могли устареть" in ru
    english = page_markdown(render_context(changes.new, "en", changes))
    assert "## Translations that may be stale" not in english  # nothing stale in English


def test_no_raw_html_or_links_from_yaml_reach_the_page(tmp_path: Path) -> None:
    hostile = tmp_path / "new"
    shutil.copytree(FIXTURES / "new", hostile)
    purchase = hostile / "journey" / "02-purchase.yaml"
    text = purchase.read_text(encoding="utf-8").replace(
        "{en: Offer a bag for the order,", "{en: " + repr(HOSTILE).replace("'", '"') + ","
    )
    purchase.write_text(text, encoding="utf-8")
    result = load(hostile)
    assert result.ok, result.diagnostics.sorted()
    changes = compare(load(FIXTURES / "old").handbook, result.handbook)
    for lang in ("en", "ru"):
        html = markdown.markdown(page_markdown(render_context(changes.new, lang, changes)), extensions=["tables"])
        assert "<script" not in html and "<img" not in html
        assert 'href="javascript' not in html and 'href="https://evil' not in html
        if lang == "en":
            assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown as text
