"""Text from the YAML reaches every place of a built page as text: ``<title>``, the header, the nav, the
attributes Material turns into tooltips. Every built page (site, checklists, audit report) is checked
whole before anything is published."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from common import base, write_folder
from robustness_support import handbook

from generator.errors import BuildError
from generator.pipeline import load
from generator.render import checklists, htmlcheck

TITLE = "A refund</title><script>alert(1)</script> & 'more\""
ORG_TITLE = "Shop <b>&amp;</b> \"Co\""


class _Texts(HTMLParser):
    """The text of ``<title>`` and the attributes of every element, as a browser decodes them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title: list[str] = []
        self.attributes: list[tuple[str, str, str]] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in = tag
        self.attributes += [(tag, name, value or "") for name, value in attrs]
        if tag == "script":
            self.scripts.append(dict(attrs).get("src") or "inline")

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._in == "title":
            self.title.append(data)
        elif self._in == "script":
            self.scripts.append(data)


def parse(path: Path) -> _Texts:
    texts = _Texts()
    texts.feed(path.read_text(encoding="utf-8"))
    return texts


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("safe")
    situation = base("situations/angry-customer.yaml")
    situation = situation.replace("{en: An angry customer,", f"{{en: {json.dumps(TITLE)},", 1)
    manifest = base("handbook.yaml").replace("{en: Test handbook,", f"{{en: {json.dumps(ORG_TITLE)},", 1)
    glossary = (
        "terms:\n  - id: link\n    term: {en: link, ru: ссылка}\n    definition:\n"
        "      en: 'Never send `<a href=\"javascript:void(0)\">` or <a href=\"javascript:void(0)\">x</a> to anyone'\n"
        "      ru: Ссылка\n"
    )
    write_folder(root / "s", {"situations/angry-customer.yaml": situation, "handbook.yaml": manifest,
                              "glossary.yaml": glossary})
    ran = handbook("build", "s", "--site-dir", "site", cwd=root)
    assert ran.code == 0, ran.err
    return root / "site"


def test_a_title_is_text_in_the_head(site: Path) -> None:
    page = parse(site / "en" / "situations" / "angry-customer.html")
    assert "".join(page.title).strip() == f"{TITLE} - {ORG_TITLE}"
    assert not any("alert" in script for script in page.scripts)


def test_site_name_is_text_in_the_header_tooltip(site: Path) -> None:
    """Material's header writes its elements' ``title`` into a tooltip's innerHTML: the value there
    must be HTML that shows the name (escaped once more); its aria-label is the name itself."""
    page = parse(site / "en" / "index.html")
    titles = [v for t, n, v in page.attributes if t == "a" and n == "title" and "Shop" in v]
    labels = [v for t, n, v in page.attributes if t == "a" and n == "aria-label" and "Shop" in v]
    assert titles and all(v == "Shop &lt;b&gt;&amp;amp;&lt;/b&gt; &#34;Co&#34;" for v in titles)
    assert labels and all(v == ORG_TITLE for v in labels)


def test_nav_and_footer_show_the_title_as_written(site: Path) -> None:
    for path in ("situations/index.html", "index.html"):  # the nav, the footer's "next", the list
        page = parse(site / "en" / path)
        text = " ".join(page.text)
        assert TITLE in text and ORG_TITLE in text
        rest = text.replace(ORG_TITLE, "")
        assert "&lt;" not in rest and "&amp;" not in rest and "&#" not in rest  # nothing escaped twice


def test_a_glossary_text_that_mentions_markup_builds(site: Path) -> None:
    """It used to fail the build with "unsafe markup" and no position: the old check matched escaped text."""
    html = (site / "en" / "definitions.html").read_text(encoding="utf-8")
    assert "&lt;a href=\"javascript:void(0)\"&gt;x&lt;/a&gt;" in html


def test_the_root_page_and_checklists_are_checked_too(site: Path) -> None:
    assert (site / "index.html").is_file() and any((site / "checklists").rglob("*.html"))
    allowed = checklists.allowed_markup()
    for page in (site / "checklists").rglob("*.html"):
        assert htmlcheck.find_unsafe(page.read_text(encoding="utf-8"), allowed) == []


def test_checklists_refuse_a_page_with_code_and_write_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.render.checklists import html

    folder = write_folder(tmp_path / "s")
    real = html.render
    monkeypatch.setattr(checklists, "render", lambda *a: real(*a).replace("</body>", "<script>x()</script></body>"))
    with pytest.raises(BuildError, match=r"clerk-checklist\.html:\d+:\d+: an inline <script> that no template"):
        checklists.write_checklists(load(folder).handbook, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_the_audit_report_is_checked_before_it_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from generator.cli import main
    from generator.render.audit import html as report_html

    folder = write_folder(tmp_path / "s")
    (tmp_path / "r.csv").write_text(
        "audit_id,date,employee,role,location,item,result,comment\na1,2026-11-02,e1,clerk,riga,greet#hello,yes,\n",
        encoding="utf-8",
    )
    real = report_html.render
    monkeypatch.setattr(report_html, "render",
                        lambda ctx, run: real(ctx, run).replace("</body>", "<img src=x onerror=f()>"))
    ran = CliRunner().invoke(main, ["audit", str(folder), "--results", str(tmp_path / "r.csv"), "--format", "html",
                                    "--out", str(tmp_path / "out")])
    assert ran.exit_code == 1
    assert "audit.html:" in ran.output and "an event-handler attribute onerror= on <img>" in ran.output
    assert not (tmp_path / "out").exists()


def test_the_training_page_is_checked_before_it_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from generator.cli import main
    from generator.commands import training

    folder = write_folder(tmp_path / "s")
    (tmp_path / "staff.csv").write_text("employee,role,location\ne1,clerk,riga\n", encoding="utf-8")
    (tmp_path / "acks.csv").write_text("employee,version,date\n", encoding="utf-8")
    real = training.REPORTERS["html"]
    monkeypatch.setitem(training.REPORTERS, "html",
                        lambda ctx, report: real(ctx, report).replace("</body>", "<svg onload=f()></svg></body>"))
    ran = CliRunner().invoke(main, ["training", str(folder), "--staff", str(tmp_path / "staff.csv"),
                                    "--acks", str(tmp_path / "acks.csv"), "--format", "html",
                                    "--out", str(tmp_path / "training.html")])
    assert ran.exit_code == 1, ran.output
    assert "training.html:" in ran.output and "an event-handler attribute onload= on <svg>" in ran.output
    assert not (tmp_path / "training.html").exists()
