"""Stored XSS, tried as an attacker would: known payloads in every text field of the shipped standards
(and in every free field of the audit inputs), one real build, and every page kind opened in Chromium
from file:// -- site pages of every kind in every language, the root page, checklists, audit forms and
the audit report. No dialog may open, and no element may carry code that no template wrote."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from chromium_support import needs_chromium
from click.testing import CliRunner
from hostile import hostile_audit_inputs, hostile_standards

from generator.cli import main
from generator.diff.baseline import changes_since
from generator.pipeline import load
from generator.render.site.builder import build_site

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.browser, pytest.mark.slow, needs_chromium]

#: what a page's DOM must not hold once its scripts have run (Material's search bar writes the one
#: javascript: link, on purpose; the vendored iframe-worker shim runs the search in a hidden, empty iframe)
FIND_CODE = """() => {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const value = attr.value.replace(/[\\x00-\\x20]/g, '').toLowerCase();
      if (attr.name.startsWith('on')) found.push(el.tagName + ' ' + attr.name);
      else if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr.name)
               && /^(javascript|vbscript|data):/.test(value)
               && !(el.matches('a.md-search__icon') && value === 'javascript:void(0)')
               && !/^data:image\\//.test(value))
        found.push(el.tagName + ' ' + attr.name + '=' + attr.value.slice(0, 40));
      else if (attr.name === 'srcdoc') found.push(el.tagName + ' srcdoc');
    }
    const worker = el.tagName === 'IFRAME' && el.hidden && !el.hasAttribute('src') && !el.hasAttribute('srcdoc');
    if (['IFRAME', 'OBJECT', 'EMBED', 'BASE'].includes(el.tagName) && !worker) found.push(el.outerHTML.slice(0, 80));
    if (el.tagName === 'SCRIPT' && el.type !== 'application/json' && /alert\\(/.test(el.textContent))
      found.push('script ' + el.textContent.slice(0, 40));
  }
  return found;
}"""


TODAY = "2026-11-20"  # before the example's dated standards start: the Upcoming changes page lists them


class Built:
    def __init__(self, root: Path, site: Path, report: Path, training: Path, fields: dict[int, str]) -> None:
        self.root, self.site, self.report, self.training, self.fields = root, site, report, training, fields


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HANDBOOK_TODAY", TODAY)
        yield _build(tmp_path_factory.mktemp("hostile"))


def _build(root: Path) -> Built:
    fields = hostile_standards(ROOT / "standards", root / "standards")
    loaded = load(root / "standards")
    assert not loaded.diagnostics.has_errors(), "the payloads must be valid standards"
    # "since" the shipped standards: the "What changed" page and the change marks show the payloads too
    changes = changes_since(str(root / "standards"), str(ROOT / "standards"), loaded.handbook)
    site = build_site(loaded.handbook, root / "site", changes=changes).site_dir
    inputs = hostile_audit_inputs(loaded.handbook, root / "inputs")
    ran = CliRunner().invoke(main, [
        "audit", str(root / "standards"), "--results", str(inputs["results"]), "--surveys", str(inputs["surveys"]),
        "--transcripts", str(inputs["transcripts"]), "--format", "html", "--out", str(root / "report"),
    ])
    assert ran.exit_code == 0, ran.output
    training = root / "training.html"
    ran = CliRunner().invoke(main, [
        "training", str(root / "standards"), "--staff", str(inputs["staff"]), "--acks", str(inputs["acks"]),
        "--format", "html", "--out", str(training),
    ])
    assert ran.exit_code == 0, ran.output
    return Built(root, site, root / "report" / "audit.html", training, fields)


def _kind(relative: str) -> str:
    """A page's kind: its path with the last name generalised (``situations/*``, ``journey/*/*``)."""
    parts = relative.split("/")
    if parts[-1] == "index.html":
        return "/".join([parts[0], *["*"] * (len(parts) - 2), "index"]) if len(parts) > 2 else relative
    if parts[0] == "checklists":
        return "/".join([*parts[:2], re.sub(r"^.*-(checklist|audit-form|shopper-brief)\.html$", r"*-\1", parts[-1])])
    return "/".join([*parts[:-1], "*"]) if len(parts) > 2 else relative


def page_kinds(site: Path) -> list[str]:
    """One page of every kind in every language (plus the root page), relative to the site."""
    chosen: dict[str, str] = {}
    for page in sorted(site.rglob("*.html")):
        relative = page.relative_to(site).as_posix()
        chosen.setdefault(_kind(relative), relative)
    return sorted(chosen.values())


@pytest.fixture(scope="module")
def tab(chromium: Any) -> Iterator[tuple[Any, list[str]]]:
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    yield page, dialogs
    context.close()


def _visit(tab: tuple[Any, list[str]], url: str, fields: dict[int, str]) -> None:
    page, dialogs = tab
    dialogs.clear()
    page.goto(url)
    page.wait_for_load_state("load")
    page.wait_for_timeout(150)  # onerror of a broken image, diagrams drawn after load
    leaked = [fields.get(int(m), m) if m.isdigit() else m for m in dialogs]
    assert leaked == [], f"dialogs opened on {url}: {leaked}"
    assert page.evaluate(FIND_CODE) == [], url


def test_every_page_kind_is_covered(built: Built) -> None:
    kinds = page_kinds(built.site)
    for lang in ("en", "ru", "he"):
        for expected in ("index.html", "what-changed.html", "upcoming.html", "mystery-shopping.html", "404.html",
                         "principles.html", "definitions.html", "forbidden-phrases.html", "roles/*", "situations/*",
                         "channels/index.html", "channels/*", "journey/*/*", "journey/*/index.html"):
            pattern = re.escape(f"{lang}/{expected}").replace(r"\*", "[^/]+")
            assert any(re.fullmatch(pattern, k) for k in kinds), (lang, expected)
        assert any(re.fullmatch(f"checklists/{lang}/.*-audit-form.html", k) for k in kinds)
        assert any(re.fullmatch(f"checklists/{lang}/.*-checklist.html", k) for k in kinds)
        assert any(re.fullmatch(f"checklists/{lang}/.*-shopper-brief.html", k) for k in kinds)
    assert len(built.fields) > 300  # the payloads reached hundreds of fields (titles, scripts, phrases...)
    for page in ("index.html", "upcoming.html", "mystery-shopping.html", "what-changed.html"):
        text = built.site.joinpath("en", page).read_text(encoding="utf-8")
        assert "&lt;script&gt;alert(" in text, page  # the payloads reached the page, shown as text


def test_no_payload_runs_on_any_site_page(built: Built, tab: tuple[Any, list[str]]) -> None:
    for relative in page_kinds(built.site):
        _visit(tab, (built.site / relative).as_uri(), built.fields)


def test_no_payload_runs_in_search_results(built: Built, tab: tuple[Any, list[str]]) -> None:
    page, dialogs = tab
    for lang in ("en", "ru", "he"):
        _visit(tab, (built.site / lang / "index.html").as_uri(), built.fields)
        box = page.locator("input.md-search__input")
        box.click()
        box.fill("alert onerror script")
        results = page.locator(".md-search-result__item")
        for _ in range(20):  # the worker loads the index asynchronously
            box.press("End")
            try:
                results.first.wait_for(state="visible", timeout=1000)
                break
            except Exception:  # playwright's TimeoutError
                continue
        assert results.count() > 0, lang
        page.wait_for_timeout(200)
        assert dialogs == [] and page.evaluate(FIND_CODE) == [], lang


def test_no_payload_runs_on_the_training_page(built: Built, tab: tuple[Any, list[str]]) -> None:
    _visit(tab, built.training.as_uri(), built.fields)
    page, _ = tab
    assert 'alert("audit")' in page.locator("body").inner_text()  # names and notes shown as text


def test_no_payload_runs_in_the_audit_report(built: Built, tab: tuple[Any, list[str]]) -> None:
    _visit(tab, built.report.as_uri(), built.fields)
    page, _ = tab
    assert 'alert("audit")' in page.locator("body").inner_text()  # shown as text
