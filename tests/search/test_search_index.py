"""The search index the site ships: an entry and an anchor for every forbidden phrase, glossary term and standard;
no diagram source or badges; UTF-8; the search script of each language; Material's plain search on request."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from generator import urls
from generator.model import Handbook
from generator.pipeline import load
from generator.render.site.search.index import LANGUAGE, finish
from generator.render.site.search.script import SCRIPT
from search.search_harness import EXAMPLE, I18N, build

LANGS = ("en", "ru", "he")


@pytest.fixture(scope="module")
def handbook() -> Handbook:
    return load(EXAMPLE).handbook


def index(site: Path, lang: str) -> dict[str, dict[str, str]]:
    data = json.loads((site / lang / "search" / "search_index.json").read_text("utf-8"))
    return {doc["location"]: doc for doc in data["docs"]}


def anchors(site: Path, lang: str, page: str) -> set[str]:
    return set(re.findall(r'\sid="([^"]+)"', (site / lang / page).read_text("utf-8")))


@pytest.mark.parametrize("lang", LANGS)
def test_every_phrase_term_and_standard_has_its_own_entry_and_anchor(
    example_site: Path, handbook: Handbook, lang: str
) -> None:
    docs = index(example_site, lang)
    wanted: list[tuple[str, str]] = []  # (location, the words its title must hold)
    wanted += [(f"{urls.html(urls.FORBIDDEN)}#{p.id}", handbook.text(p.phrase, lang)) for p in handbook.forbidden]
    wanted += [(f"{urls.html(urls.DEFINITIONS)}#{t.id}", handbook.text(t.term, lang)) for t in handbook.terms]
    wanted += [(urls.html(urls.item(handbook, s)), handbook.text(s.text, lang)) for s in handbook.all_standards()]
    assert len(wanted) == 14 + 25 + 197
    for location, words in wanted:
        assert location in docs, f"no search entry for {location}"
        title = html.unescape(re.sub(r"<[^>]+>", "", docs[location]["title"])).replace("*", "")
        assert " ".join(re.sub(r"[*_`]", "", words).split())[:40] in " ".join(title.split()), (location, title)
        page, anchor = location.split("#")
        assert anchor in anchors(example_site, lang, page), f"{page} has no anchor {anchor}"


def test_phrases_leave_the_page_entry_and_follow_it(example_site: Path) -> None:
    data = json.loads((example_site / "ru" / "search" / "search_index.json").read_text("utf-8"))
    locations = [doc["location"] for doc in data["docs"]]
    page = urls.html(urls.FORBIDDEN)
    first = locations.index(page)
    phrase = locations.index(f"{page}#not-my-job")
    assert first < phrase and all(loc.startswith(page) for loc in locations[first : phrase + 1])
    assert "не моя работа" not in data["docs"][first]["text"]  # the table is not the page's entry any more
    assert data["docs"][phrase]["title"] == "это не моя работа"
    assert data["docs"][phrase]["text"].startswith("<p>Говорите вместо этого: Сейчас найду коллегу")


@pytest.mark.parametrize("lang", LANGS)
def test_no_diagram_source_or_badges_in_the_index(example_site: Path, handbook: Handbook, lang: str) -> None:
    text = (example_site / lang / "search" / "search_index.json").read_text("utf-8")
    assert "hb-journey" not in text
    journey = (example_site / lang / "journey" / "index.html").read_text("utf-8")
    assert '<ol class="hb-journey"' in journey  # the page itself keeps the diagram
    for page in ("journey/index.html", "journey/first-contact/store-greeting.html"):
        assert "data-search-exclude" not in (example_site / lang / page).read_text("utf-8")  # Material removes them
    docs = index(example_site, lang)
    overview = " ".join(doc["text"] for location, doc in docs.items() if location.startswith("journey/index.html"))
    for step in handbook.steps():  # once, from the table of all steps: the diagram that repeats it is left out
        assert overview.count(html.escape(handbook.text(step.title, lang), quote=False)) == 1, step.id
    greet = docs["journey/first-contact/store-greeting.html#greet-within-30s"]["title"]
    severity = {"en": "major", "ru": "важно", "he": "חשוב"}[lang]
    kind = {"en": "Say", "ru": "Говорить", "he": "לומר"}[lang]
    assert not greet.endswith(severity) and not greet.startswith(kind), greet


@pytest.mark.parametrize("lang", LANGS)
def test_index_is_utf8_and_less_than_half_the_escaped_size(example_site: Path, lang: str) -> None:
    raw = (example_site / lang / "search" / "search_index.json").read_bytes()
    assert b"\\u" not in raw
    data = json.loads(raw)
    escaped = json.dumps(data, separators=(",", ":")).encode()
    if lang != "en":
        assert len(raw) < len(escaped) / 2, (len(raw), len(escaped))
    assert data["config"]["lang"] == [LANGUAGE] and data["config"]["pipeline"] == []
    inline = (example_site / lang / "search" / "search_index.js").read_text("utf-8")
    assert inline == "var __index = " + raw.decode("utf-8")  # file:// reads the same index


@pytest.mark.parametrize(
    ("lang", "stemmer"), [("en", None), ("ru", "lunr.ru.stemmer"), ("he", "lunr.he.stopWordFilter")]
)
def test_each_language_gets_its_search_script(example_site: Path, lang: str, stemmer: str | None) -> None:
    script = (example_site / lang / SCRIPT).read_text("utf-8")
    assert f'lunr.handbookSettings = {{"lang":"{lang}"' in script
    assert "lunr.Index.prototype.search = function" in script
    others = {"lunr.ru.stemmer", "lunr.he.stopWordFilter", "lunr.fr.stemmer", "lunr.ro.stemmer"} - {stemmer}
    assert all(other not in script for other in others)
    if stemmer:
        assert stemmer in script


def test_material_search_on_request(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`extra: {handbook_search: material}` in mkdocs.yml: Material's own search, as before (bench/search uses it)."""
    (tmp_path / "mkdocs.yml").write_text(
        "theme: {name: material, font: false}\nplugins: {search: {}, offline: {}}\n"
        "extra: {handbook_search: material}\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    site = build(I18N, tmp_path / "site")
    data = json.loads((site / "fr" / "search" / "search_index.json").read_text("utf-8"))
    assert data["config"]["lang"] == ["fr"] and "\\u00e9" in (site / "fr" / "search" / "search_index.json").read_text()
    assert not (site / "fr" / SCRIPT).exists()


def test_finish_puts_entries_after_their_page_and_never_twice() -> None:
    data = {
        "config": {"lang": ["en"], "separator": "[\\s]+", "pipeline": ["stopWordFilter"], "fields": {}},
        "docs": [
            {"location": "a.html", "title": "A", "text": ""},
            {"location": "a.html#x", "title": "X", "text": ""},
            {"location": "b.html", "title": "B", "text": ""},
        ],
    }
    extra = [
        {"location": "a.html#y", "title": "Y", "text": "y"},
        {"location": "a.html#x", "title": "X again", "text": ""},  # already indexed (say, a heading): kept once
        {"location": "c.html#z", "title": "Z", "text": ""},  # its page is not indexed: left out
    ]
    out = finish(data, extra)
    assert [d["location"] for d in out["docs"]] == ["a.html", "a.html#x", "a.html#y", "b.html"]
    assert out["config"]["lang"] == [LANGUAGE] and out["config"]["pipeline"] == []
    assert out["config"]["fields"] == {} and data["config"]["lang"] == ["en"]  # the input is left alone


def test_marks_keep_the_diagram_badges_and_phrase_table_out() -> None:
    from generator.render.site.search.content import mark

    page = (
        '<h4 id="greet">Greet <span class="hb-sev hb-sev-major">major</span></h4>'
        '<div class="hb-journey-diagram"><ol class="hb-journey"><li>Stage</li></ol></div>'
        '<table><tr><td>x</td></tr></table>'
    )
    marked = mark(page, "journey/index.md", own_entries=True)
    assert '<span data-search-exclude="1" class="hb-sev' in marked
    assert '<div data-search-exclude="1" class="hb-journey-diagram">' in marked
    assert "<table>" in marked  # only the forbidden phrases' table, and only when the phrases have entries
    assert '<table data-search-exclude="1">' in mark(page, urls.FORBIDDEN, own_entries=True)
    assert "<table>" in mark(page, urls.FORBIDDEN, own_entries=False)


def test_vendored_lunr_languages_match_their_pins() -> None:
    import hashlib

    from generator.render.site.search.script import VENDOR

    pins = json.loads((VENDOR.parent / "VENDORED.json").read_text("utf-8"))["lunr-languages"]
    assert pins["version"] == "1.22.0"
    for name, digest in pins["files"].items():
        assert hashlib.sha256((VENDOR.parent / name).read_bytes()).hexdigest() == digest, name
