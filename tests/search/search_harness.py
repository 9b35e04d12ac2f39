"""Type queries into the real search box of a built site in Chromium and read what it shows.

Shared by the browser test (tests/search/test_search_browser.py) and ``bench/search``. Material reads the query on
``keyup``; Playwright's ``fill`` inserts text without key events, so each query is filled and then ``End`` is
pressed (a keyup that leaves the text alone), as a reader's keyboard would. A MutationObserver on the results'
header line tells when the search worker has answered, and when (for the keystroke-to-results time).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

QUERIES = Path(__file__).resolve().parent / "queries.yaml"
ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLE = ROOT / "standards"  # en, ru, he
I18N = ROOT / "tests" / "fixtures" / "i18n"  # ro, fr, lv
TOP = 5

_WATCH = """() => {
  const box = document.querySelector("input.md-search__input");
  const meta = document.querySelector(".md-search-result__meta");
  window.__hbSearch = {answers: 0, answered: 0, keyup: 0, initial: meta.textContent};
  new MutationObserver(() => {
    window.__hbSearch.answers += 1;
    window.__hbSearch.answered = performance.now();
  }).observe(meta, {childList: true, characterData: true, subtree: true});
  box.addEventListener("keyup", () => { window.__hbSearch.keyup = performance.now(); }, true);
}"""

_RESULTS = """() => [...document.querySelectorAll(".md-search-result__item")].map(item =>
  [...item.querySelectorAll("a")].map(a => a.href))"""


@dataclass(frozen=True)
class Query:
    lang: str
    q: str
    kind: str
    expect: tuple[str, ...]


@dataclass
class Answer:
    query: Query
    groups: list[list[str]]  # result groups (pages) in order, each the links it shows (page first, then sections),
    # relative to the language's home and without Material's ?h= highlight parameter
    ms: float  # keyup to results on screen

    @property
    def rank(self) -> int | None:
        """1-based position of the first result group that holds an expected link, or None."""
        for position, links in enumerate(self.groups, 1):
            if any(matches(link, target) for link in links for target in self.query.expect):
                return position
        return None

    @property
    def hit(self) -> bool:
        return self.rank is not None and self.rank <= TOP

    def line(self) -> str:
        shown = ", ".join(links[0] for links in self.groups[:TOP]) or "(nothing)"
        where = f"#{self.rank}" if self.rank else "--"
        status = "ok  " if self.hit else "MISS"
        return f"{status} {self.query.lang} {self.query.kind:<16} {self.query.q!r:<34} {where:>3}  {shown}"


def build(folder: Path, target: Path) -> Path:
    """``handbook build`` of ``folder`` into ``target`` (without checklists), as the tests and the bench use it."""
    from generator.pipeline import load
    from generator.render.site.builder import build_site

    result = load(folder)
    assert result.ok, folder
    return build_site(result.handbook, target, checklists=False).site_dir


def load_queries(langs: tuple[str, ...] | None = None) -> list[Query]:
    data = yaml.safe_load(QUERIES.read_text(encoding="utf-8"))
    return [
        Query(lang, item["q"], item["kind"], tuple(item["expect"]))
        for lang, items in data.items()
        if langs is None or lang in langs
        for item in items
    ]


def matches(link: str, target: str) -> bool:
    """``link`` (relative to the language's home) leads to ``target`` (``page`` or ``page#anchor``)."""
    path, _, anchor = link.partition("#")
    want_path, _, want_anchor = target.partition("#")
    return path == want_path and (not want_anchor or anchor == want_anchor)


def open_search(page: Any, home: Path, timeout_ms: float = 120_000) -> float:
    """Open ``home`` (a language's index.html), focus the search box and wait until the index is ready.

    Returns the milliseconds from focusing the box to the worker's first answer (index loaded and built)."""
    page.goto(home.as_uri())
    page.evaluate(_WATCH)
    box = page.locator("input.md-search__input")
    started = page.evaluate("performance.now()")
    box.click()
    page.wait_for_function("window.__hbSearch.answers > 0", timeout=timeout_ms)
    return float(page.evaluate("window.__hbSearch.answered")) - float(started)


def ask(page: Any, query: Query, timeout_ms: float = 60_000) -> Answer:
    """Type one query (the box must be open, see :func:`open_search`) and return the results it shows."""
    box = page.locator("input.md-search__input")
    before = page.evaluate("window.__hbSearch.answers")
    box.fill(query.q)
    box.press("End")
    page.wait_for_function(f"window.__hbSearch.answers > {before}", timeout=timeout_ms)
    timing = page.evaluate("window.__hbSearch.answered - window.__hbSearch.keyup")
    home = page.url.rsplit("/", 1)[0] + "/"
    groups = [[_relative(link, home) for link in links] for links in page.evaluate(_RESULTS)]
    return Answer(query, groups, float(timing))


def _relative(link: str, home: str) -> str:
    """``file:///.../site/ru/situations/x.html?h=y#a`` -> ``situations/x.html#a``."""
    address, _, anchor = link.partition("#")
    address = address.split("?", 1)[0].removeprefix(home)
    return address + (f"#{anchor}" if anchor else "")


def ask_all(page: Any, site: Path, queries: list[Query]) -> list[Answer]:
    """Every query, one language's site at a time (each site is opened once)."""
    answers: list[Answer] = []
    current = None
    for query in queries:
        if query.lang != current:
            open_search(page, site / query.lang / "index.html")
            current = query.lang
        answers.append(ask(page, query))
    return answers
