"""Markup every reader can follow, checked on every built page of the fixture site (the browser tests run
axe-core on one page of each kind; these cover all pages): headings never skip a level, tables have a
caption and header scopes, Say / Do / Avoid and severities are told in words and shapes."""

from __future__ import annotations

import re
from pathlib import Path

from generator import urls

LANGS = ("en", "ru", "he")


def article(html: str) -> str:
    return "".join(re.findall(r"<article\b.*?</article>", html, re.S))


def built_pages(site: Path) -> list[tuple[Path, str]]:
    """(file, the part a reader reads): each site page's article, each checklist's body."""
    pages = []
    for path in sorted(site.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        if urls.CHECKLISTS_DIR in path.relative_to(site).parts[:1]:
            pages.append((path, html.split("<body", 1)[1]))
        elif path.parent != site and path.name != "404.html":
            pages.append((path, article(html)))
    return pages


def test_heading_levels_never_skip(site: Path) -> None:
    checked = 0
    for path, html in built_pages(site):
        levels = [int(level) for level in re.findall(r"<h([1-6])\b", html)]
        assert levels and levels[0] == 1, f"{path}: the first heading is h{levels[:1]}"
        for before, after in zip(levels, levels[1:], strict=False):
            assert after <= before + 1, f"{path}: h{before} is followed by h{after}"
        checked += 1
    assert checked > 40


def test_tables_have_captions_and_header_scopes(site: Path) -> None:
    tables = 0
    for path, html in built_pages(site):
        for table in re.findall(r"<table\b.*?</table>", html, re.S):
            tables += 1
            if '<table class="form">' in table:
                continue  # the audit form's items (becoming a fillable form of fieldsets)
            assert re.search(r"<caption\b[^>]*>\s*\S", table), f"{path}: a table without a caption"
            for cell in re.findall(r"<th\b[^>]*>", table):
                assert re.search(r'scope="(col|row)"', cell), f"{path}: {cell}"
    assert tables > 20


def test_say_do_avoid_and_severity_are_told_in_words_and_shapes(site: Path) -> None:
    html = article((site / "en" / urls.html(urls.step("purchase", "payment"))).read_text(encoding="utf-8"))
    items = re.findall(r'<div class="admonition (\w+) hb-item hb-(\w+) hb-item-(\w+)">\s*<h4[^>]*>(.*?)</h4>', html, re.S)
    assert {(admonition, kind) for admonition, kind, _, _ in items} == {
        ("quote", "say"), ("success", "do"), ("failure", "avoid")
    }  # a different icon per kind (Material's admonition icons), the same for every severity
    words = {"say": "Say", "do": "Do", "avoid": "Avoid"}
    for _, kind, severity, title in items:
        assert f'<span class="hb-label hb-kind hb-kind-{kind}">{words[kind]}</span>' in title
        assert f'<span class="hb-sev hb-sev-{severity}">{severity}</span>' in title
    css = (site / "en" / "assets" / "handbook" / "handbook.css").read_text(encoding="utf-8")
    assert re.search(r"\.hb-sev-critical \{[^}]*double", css) and re.search(r"\.hb-sev-minor \{[^}]*dashed", css)


def test_role_page_lists_each_standard_with_its_kind_in_words(site: Path) -> None:
    html = article((site / "he" / urls.html(urls.role("cashier"))).read_text(encoding="utf-8"))
    assert re.search(r'<li><span class="hb-label hb-kind hb-kind-say">[^<]+</span> <a href=', html)
    assert 'id="name-badge"' in re.search(r"<h3[^>]*id=\"name-badge\"", html).group(0)  # type: ignore[union-attr]
