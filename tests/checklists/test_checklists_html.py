"""The HTML pages: layout, every item and no other, escaping, language and direction, self-contained."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from checklist_helpers import ALL_IDS, EXPECTED, ids_in

from generator import urls

LANGS = ("en", "ru", "he")
KINDS = ("checklist", "audit-form")


class _Tags(HTMLParser):
    """The start tags of a page, with their attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def test_layout_matches_the_site_links(out: Path) -> None:
    assert out.name == urls.CHECKLISTS_DIR
    for lang in LANGS:
        for role in EXPECTED:
            for form in (False, True):
                page = out.parent / urls.checklist(lang, role, form)
                assert page.is_file()
                assert page.with_suffix(".pdf").is_file()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("role", sorted(EXPECTED))
def test_every_item_of_the_role_and_no_other(out: Path, lang: str, kind: str, role: str) -> None:
    html = (out / lang / f"{role}-{kind}.html").read_text("utf-8")
    assert ids_in(html) == set(EXPECTED[role])
    assert not (ids_in(html) & (ALL_IDS - set(EXPECTED[role])))


@pytest.mark.parametrize("kind", KINDS)
def test_items_in_journey_order(out: Path, kind: str) -> None:
    html = (out / "en" / f"pickup-clerk-{kind}.html").read_text("utf-8")
    html = html[html.index("<main>") :]
    positions = [html.index(i) for i in EXPECTED["pickup-clerk"]]
    assert positions == sorted(positions)
    titles = ("Welcome", "Greeting in store", "Pickup<", "Handing over the order", "An angry customer", "Appearance")
    headings = [html.index(t) for t in titles]
    assert headings == sorted(headings)


@pytest.mark.parametrize("lang", LANGS)
def test_lang_and_dir_per_language(out: Path, lang: str) -> None:
    html = (out / lang / "pickup-clerk-checklist.html").read_text("utf-8")
    tag, attrs = tags(html)[0]
    assert tag == "html"
    assert attrs["lang"] == lang
    assert attrs["dir"] == ("rtl" if lang == "he" else "ltr")


@pytest.mark.parametrize("kind", KINDS)
def test_yaml_text_is_escaped(out: Path, kind: str) -> None:
    html = (out / "en" / f"store-manager-{kind}.html").read_text("utf-8")
    assert "<script>alert" not in html
    assert "Offer help &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Fixture &amp; Sons &lt;Ltd&gt;" in html
    # the audit form's own two scripts (its configuration and its code); the checklist has none
    assert html.count("<script") == (2 if kind == "audit-form" else 0)


@pytest.mark.parametrize("kind", KINDS)
def test_self_contained(out: Path, kind: str) -> None:
    html = (out / "he" / f"pickup-clerk-{kind}.html").read_text("utf-8")
    found = tags(html)
    assert not [t for t, a in found if t in ("link", "img", "iframe", "object")]
    assert not [a for t, a in found if t == "script" and "src" in a], "scripts are inline"
    hrefs = [a.get("href") or "" for t, a in found if t == "a"]
    assert all(not re.match(r"[a-z]+:", h) for h in hrefs), hrefs
    assert "@import" not in html and "url(" not in html and "@font-face" not in html
    assert any(t == "style" for t, _ in found)
    assert "DejaVu Sans" in html


def test_audit_form_links_its_csv_template(out: Path) -> None:
    html = (out / "en" / "pickup-clerk-audit-form.html").read_text("utf-8")
    hrefs = [a.get("href") for t, a in tags(html) if t == "a"]
    assert "../pickup-clerk-audit-template.csv" in hrefs
    assert (out / "en" / "../pickup-clerk-audit-template.csv").resolve().is_file()


def test_checklist_shows_scripts_severity_and_forbidden_phrases(out: Path) -> None:
    html = (out / "en" / "pickup-clerk-checklist.html").read_text("utf-8")
    assert html.count('class="box"') == len(EXPECTED["pickup-clerk"])
    assert 'Good afternoon, <bdi class="ph" dir="ltr">{customer_name}</bdi>! Your order is ready.' in html
    assert "critical" in html and "minor" in html
    for phrase in ("calm down", "I understand this is frustrating", "not my job", "you are wrong"):
        assert phrase in html
    assert "Greeting in store" in html  # the supported step, as context


def test_header_names_company_role_version_and_date(out: Path) -> None:
    html = (out / "en" / "contact-agent-checklist.html").read_text("utf-8")
    head = html[html.index("<header") : html.index("</header>")]
    for fact in ("Fixture &amp; Sons &lt;Ltd&gt;", "Contact agent", "2026.11", "2026-11-15"):
        assert fact in head
    assert "counter(pages)" in html  # page numbers in the footer
