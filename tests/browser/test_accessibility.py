"""Every kind of generated page passes axe-core (WCAG 2.1 A and AA) in English, Russian and Hebrew, on a
shop PC's screen (1366 px) and on a phone (390 px); glossary terms work from the keyboard; no console
errors from ``file://``; the journey diagram is a set of links readable on a phone.

The shipped example (standards/) is built once, on a day before its dated standards take effect (so the
"Upcoming changes" page lists them), with a "What changed" page against an edited copy; checklists, audit
forms, the audit report and the training page (examples/staff.csv, examples/acks.csv) come from the same
standards. One browser for the module.
"""

from __future__ import annotations

import http.server
import json
import re
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from a11y_support import WIDTHS, axe_violations, describe, open_page
from chromium_support import needs_chromium
from click.testing import CliRunner

from generator import urls
from generator.cli import main
from generator.diff.baseline import changes_since
from generator.model import Handbook
from generator.pipeline import load
from generator.render.site.builder import build_site

ROOT = Path(__file__).resolve().parent.parent.parent
STANDARDS = ROOT / "standards"
EXAMPLES = ROOT / "examples"
LANGS = ("en", "ru", "he")

pytestmark = [pytest.mark.browser, pytest.mark.slow, needs_chromium]


TODAY = "2026-11-28"  # after the example acknowledgements, before its dated standards take effect (Upcoming)


@dataclass(frozen=True)
class Outputs:
    handbook: Handbook
    site: Path
    audit_reports: dict[str, Path]
    training_pages: dict[str, Path]


def _edited_baseline(handbook: Handbook, target: Path) -> Path:
    """A copy of the standards as an "older version": another version number and one standard reworded."""
    shutil.copytree(STANDARDS, target)
    item = next(iter(handbook.items.values()))
    english = item.text.values["en"]
    for path in target.rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        if english in text:
            path.write_text(text.replace(english, english + " (old wording)", 1), encoding="utf-8")
            break
    handbook_yaml = target / "handbook.yaml"
    text = handbook_yaml.read_text(encoding="utf-8")
    handbook_yaml.write_text(text.replace(f"version: {handbook.version}", "version: 0.0.1"), encoding="utf-8")
    return target


def _audit_inputs(handbook: Handbook, folder: Path) -> list[str]:
    """A few audits, survey answers and a transcript, enough for every section of the report."""
    rows = []
    for n, role in enumerate(handbook.roles[:4]):
        day = date(2026, 11, 1 + n)
        in_force = [item for item in handbook.standards_for_role(role.id) if item.in_force(day)]
        for k, item in enumerate(in_force[:6]):
            rows.append(f"a{n},2026-11-0{1 + n},emp-{n % 3},{role.id},store-{n % 2},{item.global_id},"
                        f"{('yes', 'no', 'na', 'yes')[k % 4]},")
    results = folder / "results.csv"
    results.write_text("audit_id,date,employee,role,location,item,result,comment\n" + "\n".join(rows) + "\n",
                       encoding="utf-8")
    surveys = folder / "surveys.csv"
    surveys.write_text("date,location,employee,score\n2026-11-02,store-0,emp-0,9\n2026-11-03,store-1,emp-1,4\n",
                       encoding="utf-8")
    channel = next(c for c in handbook.channels if c.response_seconds is not None)
    phrase = handbook.forbidden[0]
    said = phrase.phrase.values[next(iter(phrase.phrase.values))]
    messages = [
        {"conversation": "c1", "channel": channel.id, "time": "2026-11-02T10:00:00Z", "speaker": "customer",
         "employee": None, "text": "?"},
        {"conversation": "c1", "channel": channel.id, "time": "2026-11-02T10:30:00Z", "speaker": "agent",
         "employee": "emp-1", "text": f"… {said} …"},
    ]
    transcripts = folder / "transcripts.jsonl"
    transcripts.write_text("\n".join(json.dumps(m, ensure_ascii=False) for m in messages) + "\n", encoding="utf-8")
    return ["--results", str(results), "--surveys", str(surveys), "--transcripts", str(transcripts)]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Outputs]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HANDBOOK_TODAY", TODAY)
        yield _outputs(tmp_path_factory.mktemp("a11y"))


def _outputs(tmp: Path) -> Outputs:
    loaded = load(STANDARDS)
    assert loaded.ok
    handbook = loaded.handbook
    baseline = _edited_baseline(handbook, tmp / "baseline")
    changes = changes_since(str(STANDARDS), str(baseline), handbook)
    assert changes is not None
    site = build_site(handbook, tmp / "site", changes=changes).site_dir
    inputs = _audit_inputs(handbook, tmp)
    reports = {}
    for lang in LANGS:
        out = tmp / f"audit-{lang}"
        result = CliRunner().invoke(
            main, ["audit", str(STANDARDS), *inputs, "--format", "html", "--lang", lang, "--out", str(out)]
        )
        assert result.exit_code == 0, result.output
        reports[lang] = out / "audit.html"
    training = {}
    for lang in LANGS:
        out = tmp / f"training-{lang}.html"
        result = CliRunner().invoke(main, [
            "training", str(STANDARDS), "--staff", str(EXAMPLES / "staff.csv"), "--acks", str(EXAMPLES / "acks.csv"),
            "--format", "html", "--lang", lang, "--out", str(out),
        ])
        assert result.exit_code == 0, result.output
        training[lang] = out
    return Outputs(handbook, site, reports, training)


def site_pages(handbook: Handbook) -> dict[str, str]:
    """One page of every kind, by kind, relative to a language's folder."""
    stage = handbook.stages[0]
    role = next((r for r in handbook.roles if r.appearance), handbook.roles[0])
    channel = next((c for c in handbook.channels if c.required), handbook.channels[0])
    pages = {
        "home": urls.HOME,
        "definitions": urls.DEFINITIONS,
        "principles": urls.PRINCIPLES,
        "journey": urls.JOURNEY,
        "stage": urls.stage(stage.id),
        "step": urls.step(stage.id, stage.steps[0].id),
        "situations": urls.SITUATIONS,
        "situation": urls.situation(handbook.situations[0].id),
        "roles": urls.ROLES,
        "role": urls.role(role.id),
        "channels": urls.CHANNELS,
        "channel": urls.channel(channel.id),
        "forbidden-phrases": urls.FORBIDDEN,
        "what-changed": urls.WHAT_CHANGED,
        "mystery-shopping": urls.MYSTERY_SHOPPING,
        "upcoming": urls.UPCOMING,
    }
    return {kind: urls.html(path) for kind, path in pages.items()}


SITE_KINDS = (
    "home", "definitions", "principles", "journey", "stage", "step", "situations", "situation", "roles", "role",
    "channels", "channel", "forbidden-phrases", "what-changed", "mystery-shopping", "upcoming",
)


def assert_accessible(browser: Any, path: Path) -> None:
    """axe finds nothing at either width."""
    for width in WIDTHS:
        with open_page(browser, path, width) as page:
            found = axe_violations(page)
            assert found == [], f"{path} at {width} px:\n{describe(found)}"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", SITE_KINDS)
def test_site_page_has_no_axe_violations(outputs: Outputs, chromium: Any, kind: str, lang: str) -> None:
    page = outputs.site / lang / site_pages(outputs.handbook)[kind]
    assert page.is_file(), page
    assert_accessible(chromium, page)


def test_language_chooser_without_javascript_has_no_axe_violations(outputs: Outputs, chromium: Any) -> None:
    """site/index.html sends readers on with a script; its links are what a reader without one sees."""
    html = (outputs.site / "index.html").read_text(encoding="utf-8")
    without_script = re.sub(r"<script>.*?</script>", "", html, flags=re.S)
    for width in WIDTHS:
        with open_page(chromium, "about:blank", width) as page:
            page.set_content(without_script)
            found = axe_violations(page)
            assert found == [], f"site/index.html at {width} px:\n{describe(found)}"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", ["checklist", "audit-form"])
def test_checklist_and_audit_form_have_no_axe_violations(
    outputs: Outputs, chromium: Any, kind: str, lang: str
) -> None:
    role = max(outputs.handbook.roles, key=lambda r: len(outputs.handbook.standards_for_role(r.id)))
    assert_accessible(chromium, outputs.site / urls.checklist(lang, role.id, form=kind == "audit-form"))


@pytest.mark.parametrize("lang", LANGS)
def test_shopper_brief_has_no_axe_violations(outputs: Outputs, chromium: Any, lang: str) -> None:
    briefs = sorted((outputs.site / urls.CHECKLISTS_DIR / lang).glob("*-shopper-brief.html"))
    assert briefs, "the shipped example has mystery-shopping scenarios"
    assert_accessible(chromium, briefs[0])


@pytest.mark.parametrize("lang", LANGS)
def test_audit_report_has_no_axe_violations(outputs: Outputs, chromium: Any, lang: str) -> None:
    assert_accessible(chromium, outputs.audit_reports[lang])


@pytest.mark.parametrize("lang", LANGS)
def test_training_page_has_no_axe_violations(outputs: Outputs, chromium: Any, lang: str) -> None:
    """The page `handbook training --format html` writes for a store manager."""
    assert_accessible(chromium, outputs.training_pages[lang])


@contextmanager
def web_server(site: Path) -> Iterator[str]:
    """``site`` on a local web server that answers a missing address under ``/<lang>/`` with 404 and that
    language's ``404.html`` (nginx's ``error_page 404 /<lang>/404.html``); yields its address."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(site), **kwargs)

        def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
            lang = self.path.strip("/").split("/")[0]
            page = site / lang / "404.html"
            if code != 404 or lang not in LANGS or not page.is_file():
                super().send_error(code, message, explain)
                return
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("lang", LANGS)
def test_not_found_page_from_a_web_server(outputs: Outputs, chromium: Any, lang: str) -> None:
    """A web server shows ``<lang>/404.html`` at any missing address of that language: styled (its stylesheet,
    scripts and links load from the language's folder, not the server's root), no failed request, and no
    axe violation at either width."""
    with web_server(outputs.site) as address:
        for width in WIDTHS:
            with open_page(chromium, "about:blank", width) as page:
                failed: list[str] = []
                page.on("response", lambda r, failed=failed: failed.append(f"{r.status} {r.url}")
                        if r.status >= 400 and "/no/such/" not in r.url else None)
                page.on("requestfailed", lambda r, failed=failed: failed.append(f"failed {r.url}"))
                response = page.goto(f"{address}/{lang}/no/such/page.html", wait_until="load")
                assert response is not None and response.status == 404
                page.wait_for_timeout(300)
                assert failed == [], failed
                assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
                home = page.evaluate("document.querySelector('.md-header__button.md-logo').href")
                assert home == f"{address}/{lang}/index.html"
                found = axe_violations(page)
                assert found == [], f"404 ({lang}) at {width} px:\n{describe(found)}"


# -- the journey diagram --------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_journey_diagram_on_a_phone_and_a_pc(outputs: Outputs, chromium: Any, lang: str) -> None:
    """Readable at 390 px (stage by stage, top to bottom, text at full size, nothing off screen), in reading
    order at 1366 px (right to left in Hebrew), and every step box a link to its page."""
    for width in (390, 1366):
        ctx = chromium.new_context(viewport={"width": width, "height": 844})
        try:
            page = ctx.new_page()
            page.goto((outputs.site / lang / "journey" / "index.html").as_uri())
            boxes = page.locator("ol.hb-journey-steps a")
            assert boxes.count() == sum(len(stage.steps) for stage in outputs.handbook.stages)
            sizes = boxes.evaluate_all("els => els.map(e => parseFloat(getComputedStyle(e).fontSize))")
            assert min(sizes) >= 14, sizes  # the mermaid diagram shrank its labels to about 4 px
            for box in boxes.all():
                rect = box.bounding_box()
                assert rect is not None and rect["x"] >= 0 and rect["x"] + rect["width"] <= width + 0.5, rect
            first, second = (boxes.nth(i).bounding_box() for i in (0, 1))
            assert len(outputs.handbook.stages[0].steps) >= 2  # two steps of the first stage
            assert first is not None and second is not None
            if width == 390:
                assert second["y"] >= first["y"] + first["height"]  # one under the other
            elif lang == "he":
                assert second["x"] + second["width"] <= first["x"]  # right to left
            else:
                assert second["x"] >= first["x"] + first["width"]
            assert page.evaluate("document.documentElement.scrollWidth") <= width  # no sideways scrolling
        finally:
            ctx.close()
    ctx = chromium.new_context(viewport={"width": 390, "height": 844})
    try:
        page = ctx.new_page()
        page.goto((outputs.site / lang / "journey" / "index.html").as_uri())
        page.locator("ol.hb-journey-steps a").first.click()
        page.wait_for_url("**/journey/*/*.html")
        assert page.url.startswith((outputs.site / lang / "journey").as_uri())
    finally:
        ctx.close()


# -- reading ----------------------------------------------------------------------------------------


@pytest.fixture()
def console(chromium: Any) -> Iterator[tuple[Any, list[str]]]:
    """A page that records console errors, failed requests and uncaught exceptions."""
    context = chromium.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"uncaught: {e}"))
    page.on("requestfailed", lambda r: problems.append(f"failed request: {r.url}"))
    yield page, problems
    context.close()


@pytest.mark.parametrize("lang", LANGS)
def test_no_console_errors_from_file_urls(outputs: Outputs, console: tuple[Any, list[str]], lang: str) -> None:
    page, problems = console
    for kind, path in site_pages(outputs.handbook).items():
        page.goto((outputs.site / lang / path).as_uri(), wait_until="load")
        page.wait_for_timeout(300)  # Material's scripts fetch what they fetch right after load
        assert problems == [], f"{kind} ({lang}): {problems}"


def _focused_description(page: Any) -> tuple[str, str]:
    """The accessible name and description Chromium gives the focused element (what a screen reader says)."""
    client = page.context.new_cdp_session(page)
    try:
        tree = client.send("Accessibility.getFullAXTree")["nodes"]
    finally:
        client.detach()
    focused = [n for n in tree if any(p["name"] == "focused" and p["value"]["value"] for p in n.get("properties", []))]
    assert focused, "nothing has the keyboard focus"
    node = focused[-1]
    return node.get("name", {}).get("value", ""), node.get("description", {}).get("value", "")


@pytest.mark.parametrize("lang", LANGS)
def test_tab_to_a_glossary_term_and_read_its_definition(outputs: Outputs, chromium: Any, lang: str) -> None:
    handbook = outputs.handbook
    term_pages = [p for p in sorted((outputs.site / lang).rglob("*.html")) if 'class="hb-term"' in p.read_text("utf-8")]
    assert term_pages, "no page links a glossary term"
    path = term_pages[0]
    with open_page(chromium, path, 1366) as page:
        first_term = page.locator("article a.hb-term").first
        term_text = first_term.inner_text()
        href = first_term.get_attribute("href") or ""
        term_id = href.partition("#")[2]
        term = next(t for t in handbook.terms if t.id == term_id)
        definition = " ".join(handbook.text(term.definition, lang).split())
        for _ in range(400):  # Tab through the page, as a keyboard user does, until the term has the focus
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.classList.contains('hb-term')"):
                break
        else:
            raise AssertionError(f"Tab never reached a glossary term on {path}")
        assert page.evaluate("document.activeElement.textContent") == term_text
        name, description = _focused_description(page)
        assert name == term_text
        assert _plain(description) == _plain(definition)  # what a screen reader announces
        tooltip = page.locator('[role="tooltip"]').filter(has_text=_plain(definition)[:30])
        tooltip.first.wait_for(state="visible", timeout=3000)  # and what a sighted keyboard user sees
        page.keyboard.press("Enter")
        page.wait_for_url(f"**/{urls.html(urls.DEFINITIONS)}#{term_id}")
        assert page.locator(f'[id="{term_id}"]').inner_text().strip().startswith(handbook.text(term.term, lang)[:3])


def _plain(text: str) -> str:
    return " ".join(text.replace("*", "").replace("`", "").split())
