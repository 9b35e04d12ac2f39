"""The post-build check's fast path (``htmlcheck._skim``) never passes what the parser would stop: on a real
built page with hostile markup inserted anywhere, the check finds exactly what a full parse finds; and plain
pages take the fast path (else it would not be one)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from generator.pipeline import load
from generator.render import htmlcheck
from generator.render.site.builder import build_site

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "site" / "good"
#: the page's own scripts are allowed; anything calling these names is not
ALLOWED = htmlcheck.Allowed(
    scripts=(re.compile(r"(?![\s\S]*(?:alert|evil|x\(\)))[\s\S]*"),),
    attributes=(("href", re.compile(r"javascript:void\(0\)")),),
)
HOSTILE = (
    "<script>alert(1)</script>", '<a href="javascript:alert(1)">', '<a href="java&#9;script:x">',
    '<a href="jav&#x61;script:x">', "<img src=x onerror=alert(1)>", "<iframe src=x>", "<IFRAME>",
    '<meta http-equiv="refresh" content="0">', "<!-->", "<!-- a --!> b -->", "<![CDATA[x]]>",
    '<div title="<script>evil()</script>">', "<\u017fcript>evil()</\u017fcript>", "<a\xa0onclick=evil()>",
    "<title><script>evil()</script></title>", "<textarea></textarea><script>evil()</script>",
    '<noscript><a title="</noscript><script>evil()</script>">', '<script src="https://evil.example/x.js"></script>',
    '<a href="data:text/html,x">', "<object>", "<base href=x>", "<svg><script>evil()</script></svg>",
    "<p/onclick=evil()>", "<a href= javascript:x>", "<a srcdoc=x>", '<a href="https:x,javascript:y">',
    '<img srcset="a.png 1x, javascript:b 2x">', "<a b==javascript:x href==javascript:x>", "<!DOCTYPE x <script>>",
    "<a\x0bonclick=evil()>", "<a\tonclick=evil()>", "<SCRIPT>evil()</SCRIPT >", "<script >x()</script\t>",
    "</script>", "<script>", "<", '"', "'", ">", "&", "-->", "<!--", "<noscript>", "</title>", "<style>",
)


def exact(text: str) -> list[htmlcheck.Unsafe]:
    """What the parser finds reading the whole page (the check without its fast path)."""
    checker = htmlcheck._Checker(ALLOWED)
    checker.feed(text)
    checker.close()
    if checker._script is not None:
        checker._script_body.append(checker.rawdata)
        checker.handle_endtag("script")
    return checker.found


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    site = build_site(load(FIXTURE).handbook, tmp_path_factory.mktemp("fast") / "site").site_dir
    files = sorted(site.rglob("*.html"))
    return [p.read_text(encoding="utf-8") for p in files[:: max(1, len(files) // 12)]]


def test_built_pages_take_the_fast_path(pages: list[str]) -> None:
    assert sum(htmlcheck._skim(page, ALLOWED) for page in pages) >= len(pages) - 1  # Material's 404 links out


@pytest.mark.parametrize("seed", range(4))
def test_the_fast_path_finds_what_the_parser_finds(pages: list[str], seed: int) -> None:
    rng = random.Random(seed)
    for page in pages:
        for _ in range(40):
            text = page
            for _ in range(rng.randint(1, 3)):
                at = rng.randrange(len(text) + 1)
                text = text[:at] + rng.choice(HOSTILE) + text[at:]
            assert htmlcheck.find_unsafe(text, ALLOWED) == exact(text), text[:200]


@pytest.mark.parametrize("snippet", HOSTILE)
def test_each_snippet_in_the_body_of_a_page(pages: list[str], snippet: str) -> None:
    page = pages[0]
    at = page.index("<body")
    text = page[:at] + snippet + page[at:]
    assert htmlcheck.find_unsafe(text, ALLOWED) == exact(text)


def test_the_quick_names_are_plain_names() -> None:
    """The skim's shortcuts for the usual element and attribute names only cover names its general branch
    accepts too: no element it hands to the parser, no URL attribute, no event handler."""
    elements = re.compile(htmlcheck._COMMON_ELEMENT + r"\Z")
    for name in htmlcheck._NOT_SKIMMED.split("|"):
        assert not elements.match(name), name
    attributes = re.compile(htmlcheck._COMMON_ATTRIBUTE + r"\Z", re.I)
    for name in (*htmlcheck.URL_ATTRIBUTES, "srcset", "srcdoc", "http-equiv", "onclick", "onerror", "style"):
        assert not attributes.match(name), name
    assert elements.match("div") and attributes.match("class")
    hostile = '<div class="x" onclick="evil()">'
    assert htmlcheck.find_unsafe(hostile, ALLOWED) and not htmlcheck._skim(hostile, ALLOWED)
    hostile = '<a class="x" href="javascript:evil()">'
    assert htmlcheck.find_unsafe(hostile, ALLOWED)
