"""The built site: every page kind at its stable URL, anchors per item, safety, tooltips, languages."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator import urls
from generator.cli import main
from generator.pipeline import load
from generator.render.site.builder import MARKER, BuildResult

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "site" / "good"

LANGS = ("en", "ru", "he")


def page(site: Path, lang: str, path: str) -> str:
    return (site / lang / urls.html(path)).read_text(encoding="utf-8")


def article(html: str) -> str:
    return "".join(re.findall(r"<article\b.*?</article>", html, re.S))


def test_every_page_kind_at_its_stable_url(site: Path) -> None:
    hb = load(FIXTURE).handbook
    expected = [urls.HOME, urls.DEFINITIONS, urls.PRINCIPLES, urls.JOURNEY, urls.SITUATIONS, urls.ROLES]
    expected += [urls.CHANNELS, urls.FORBIDDEN]
    expected += [urls.stage(s.id) for s in hb.stages] + [urls.step(s.stage, s.id) for s in hb.steps()]
    expected += [urls.situation(s.id) for s in hb.situations] + [urls.role(r.id) for r in hb.roles]
    expected += [urls.channel(c.id) for c in hb.channels]
    for lang in LANGS:
        for path in expected:
            assert (site / lang / urls.html(path)).is_file(), f"{lang}/{path}"


def test_every_item_has_its_anchor(site: Path) -> None:
    hb = load(FIXTURE).handbook
    for lang in LANGS:
        for item in hb.items.values():
            path, _, anchor = urls.item(hb, item).partition("#")
            assert f'id="{anchor}"' in page(site, lang, path), f"{lang} {item.global_id}"


def test_step_page_has_owner_support_channels_standards_scripts_situations(site: Path) -> None:
    html = article(page(site, "ru", urls.step("purchase", "payment")))
    assert 'href="../../roles/cashier.html"' in html and "Кассир" in html
    assert 'href="../../roles/store-manager.html"' in html
    assert 'href="../../channels/in-store.html"' in html
    for heading in ("Говорить", "Делать", "Избегать"):
        assert heading in html
    assert "Добрый день, {customer_name}!" in html  # the script, braces shown as written
    assert "критично" in html
    assert 'href="../../situations/refund-request.html"' in html
    assert "hb-sev hb-sev-critical" in html  # critical standards stand out
    assert "admonition failure hb-item hb-avoid" in html  # Avoid items have their own icon and frame


def test_role_page_lists_owned_steps_standards_appearance_and_checklists(site: Path) -> None:
    html = article(page(site, "en", urls.role("cashier")))
    assert 'href="../journey/purchase/payment.html"' in html
    assert 'href="../journey/after-sales/returns-desk.html#check-receipt"' in html  # standard with explicit role
    assert 'id="name-badge"' in html  # appearance standard with its anchor
    for form in (False, True):
        assert (site / urls.checklist("en", "cashier", form=form)).is_file()
        assert f'href="../../{urls.checklist("en", "cashier", form=form)}"' in html


def test_channel_page_has_targets_and_required_elements(site: Path) -> None:
    html = article(page(site, "en", urls.channel("chat")))
    assert "60s" in html and "2m" in html
    assert "hello" in html and "in the first message" in html


def test_channel_page_has_its_working_hours_in_every_language(site: Path) -> None:
    """The hours the response targets count (FORMAT §7.5): days by CLDR's names, ranges, closed days, zone."""
    en = re.sub(r"<[^>]+>", " ", article(page(site, "en", urls.channel("chat"))))
    assert "in the time zone Asia/Jerusalem" in en
    assert re.search(r"Sun–Thu\s+09:00–18:00", en) and re.search(r"Fri\s+09:00–12:00, 13:00–14:00", en)
    assert re.search(r"Sat\s+closed", en)
    assert "Closed on public holidays: September 12, 2026; September 21, 2026" in en
    he = re.sub(r"<[^>]+>", " ", article(page(site, "he", urls.channel("chat"))))
    assert "שעות עבודה" in he and re.search(r"שבת\s+סגור", he) and "12 בספטמבר 2026" in he
    ru = re.sub(r"<[^>]+>", " ", article(page(site, "ru", urls.channel("chat"))))
    assert re.search(r"вс–чт\s+09:00–18:00", ru) and "Часы работы" in ru
    in_store = article(page(site, "en", urls.channel("in-store")))
    assert "Response times count only working time" not in in_store  # a channel without hours says nothing


def test_forbidden_phrases_with_what_to_say_instead(site: Path) -> None:
    html = article(page(site, "he", urls.FORBIDDEN))
    assert "זה לא התפקיד שלי" in html and "אמצא את האדם המתאים" in html


def test_payloads_never_become_markup(site: Path) -> None:
    for lang in LANGS:
        html = article(page(site, lang, urls.HOME))
        assert "&lt;script&gt;alert('xss')&lt;/script&gt;" in html  # shown as text
        assert "<script" not in html
        assert not re.search(r"<[^>]*\sonerror\s*=", html)
        assert not re.search(r"<[^>]*\sonclick\s*=", html)
        assert "javascript:" not in html.lower()
        assert 'href="https://example.org"' in html  # an ordinary link still works


def test_glossary_terms_have_escaped_tooltips(site: Path) -> None:
    """The first mention links to the definition (the tooltip is its title); later ones keep the tooltip."""
    html = article(page(site, "en", urls.HOME))
    tooltip = "Money paid back to a customer &lt;b&gt;for&lt;/b&gt; a returned product."
    first = f'<a class="hb-term" href="definitions.html#refund" title="{tooltip}">refund</a>'
    assert html.count(first) == 1
    ru = article(page(site, "ru", urls.HOME))
    assert 'href="definitions.html#refund" title="Деньги, которые возвращают клиенту за возвращённый товар.">' in ru


def test_languages_direction_and_switcher(site: Path) -> None:
    he = page(site, "he", urls.step("purchase", "payment"))
    assert re.search(r'<body dir="rtl"', he) and '<html lang="he"' in he
    assert re.search(r'<body dir="ltr"', page(site, "ru", urls.HOME))
    en = page(site, "en", urls.step("purchase", "payment"))
    assert 'href="../../../ru/journey/purchase/payment.html" hreflang="ru"' in en  # the same page, other language
    assert 'href="../../../he/journey/purchase/payment.html" hreflang="he"' in en
    # each language's name carries its own language (screen readers pronounce it right)
    assert 'hreflang="he" class="md-select__link" lang="he" dir="rtl">' in en
    assert 'hreflang="ru" class="md-select__link" lang="ru" dir="ltr">' in en
    # no <link rel="alternate">: Material would fetch each one's sitemap.xml, an error from file://
    assert '<link rel="alternate"' not in en


def test_search_index_per_language(site: Path) -> None:
    indexes = {lang: json.loads((site / lang / "search" / "search_index.json").read_text("utf-8")) for lang in LANGS}
    assert indexes["ru"]["config"]["lang"] == ["handbook"]  # the search script of each language (tests/search)
    script = (site / "ru" / "assets" / "javascripts" / "lunr" / "min" / "lunr.handbook.min.js").read_text("utf-8")
    assert 'lunr.handbookSettings = {"lang":"ru"' in script and "lunr.ru.stemmer" in script
    ru_text = json.dumps(indexes["ru"], ensure_ascii=False)
    assert "Возврат" in ru_text and "Refund request" not in ru_text and "החזר" not in ru_text
    assert "החזר" in json.dumps(indexes["he"], ensure_ascii=False)
    assert indexes["he"]["config"]["pipeline"] == []  # lunr's trimmer would strip Hebrew words
    for lang in LANGS:  # the offline plugin inlines the index for file://
        assert (site / lang / "search" / "search_index.js").is_file()


def test_no_reference_to_another_host(site: Path) -> None:
    for html_file in site.rglob("*.html"):
        html = html_file.read_text(encoding="utf-8")
        for tag in re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", html):
            assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", tag), f"{html_file}: {tag}"
        assert "fonts.googleapis" not in html and "unpkg.com" not in html
    step = page(site, "en", urls.JOURNEY)
    assert re.search(r'<script src="(\.\./)*assets/vendor/iframe-worker/shim.js"></script>', step)
    assert "mermaid" not in step  # the journey diagram is HTML and CSS


def test_root_page_sends_readers_to_their_language(site: Path) -> None:
    html = (site / "index.html").read_text(encoding="utf-8")
    assert "navigator.languages" in html
    for lang in LANGS:
        assert f'href="{lang}/index.html"' in html


def test_journey_diagram_has_stages_steps_and_owners(site: Path) -> None:
    html = page(site, "ru", urls.JOURNEY)
    diagram = re.search(r'<ol class="hb-journey" aria-labelledby="_diagram">(.*?)</ol>\s*</div>\s*<h2', html, re.S)
    assert diagram is not None and 'id="_diagram"' in html  # named by its heading
    text = diagram.group(1)
    assert "Покупка" in text and "Оплата" in text and "Кассир" in text and "Стойка возвратов" in text
    # every box is a link to its page, and every link leads to a built page
    assert '<a class="hb-journey-stage-title" href="purchase/index.html">Покупка</a>' in text
    assert '<a href="purchase/payment.html"><span class="hb-journey-step">Оплата</span>' in text
    for href in re.findall(r'href="([^"]+)"', text):
        assert (site / "ru" / "journey" / href).is_file(), href


def test_build_command_and_invalid_standards_leave_site_untouched(tmp_path: Path, built: BuildResult) -> None:
    runner = CliRunner()
    site_dir = tmp_path / "site"
    result = runner.invoke(main, ["build", str(FIXTURE), "--site-dir", str(site_dir)])
    assert result.exit_code == 0, result.output
    assert (site_dir / "en" / "index.html").is_file() and (site_dir / MARKER).is_file()
    before = sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*"))
    stamp = (site_dir / "en" / "index.html").stat().st_mtime_ns

    broken = tmp_path / "broken"
    broken.mkdir()
    for source in FIXTURE.rglob("*.yaml"):
        target = broken / source.relative_to(FIXTURE)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(source.read_text("utf-8").replace("owner: cashier", "owner: nobody"), "utf-8")
    result = runner.invoke(main, ["build", str(broken), "--site-dir", str(site_dir)])
    assert result.exit_code == 1
    assert "REF001" in result.output and "nobody" in result.output
    assert sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*")) == before
    assert (site_dir / "en" / "index.html").stat().st_mtime_ns == stamp
    assert not list(tmp_path.glob(".site-build-*"))  # no temporary folder left behind


def test_failed_mkdocs_build_leaves_site_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    site_dir = tmp_path / "site"
    assert runner.invoke(main, ["build", str(FIXTURE), "--site-dir", str(site_dir)]).exit_code == 0
    before = (site_dir / "en" / "index.html").read_bytes()
    (tmp_path / "mkdocs.yml").write_text("theme: {name: no-such-theme}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["build", str(FIXTURE), "--site-dir", str(site_dir)])
    assert result.exit_code == 1
    assert "Error:" in result.output and "Traceback" not in result.output
    assert (site_dir / "en" / "index.html").read_bytes() == before


def test_working_directory_mkdocs_yml_customizes_the_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "mkdocs.yml").write_text(
        "theme:\n  name: material\n  font: false\n  palette: {primary: red}\n"
        "plugins: [search, offline]\nmarkdown_extensions: [admonition]\nextra: {custom: 1}\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["build", str(FIXTURE), "--site-dir", "out"])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "out" / "en" / "index.html").read_text("utf-8")
    assert 'data-md-color-primary="red"' in html
    assert 'class="hb-term"' in html  # required extensions are added to a config that lacks them


def test_not_found_page_links_from_each_language_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A web server shows ``<lang>/404.html`` at any missing address, so its links are absolute: from the
    language's folder at the server's root by default, and under ``site_url`` when ./mkdocs.yml sets one
    (each language then gets its own folder of that address, in the sitemap too)."""
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["build", str(FIXTURE), "--site-dir", "plain"])
    assert result.exit_code == 0, result.output
    (tmp_path / "mkdocs.yml").write_text("site_url: https://intranet.example/handbook\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(FIXTURE), "--site-dir", "published"])
    assert result.exit_code == 0, result.output
    for lang in LANGS:
        plain = (tmp_path / "plain" / lang / "404.html").read_text("utf-8")
        published = (tmp_path / "published" / lang / "404.html").read_text("utf-8")
        for html, root in ((plain, f"/{lang}/"), (published, f"/handbook/{lang}/")):
            assert re.search(f'<link rel="stylesheet" href="{root}assets/stylesheets/main\\.', html)
            assert f'href="{root}assets/handbook/handbook.css"' in html
            assert f'"base": "{root}"' in html
            assert not re.search(r'(?:href|src)="/(?!{})'.format(root.strip("/")), html)
        sitemap = (tmp_path / "published" / lang / "sitemap.xml").read_text("utf-8")
        assert f"<loc>https://intranet.example/handbook/{lang}/index.html</loc>" in sitemap


def test_refuses_to_replace_a_folder_it_did_not_build(tmp_path: Path) -> None:
    target = tmp_path / "docs"
    target.mkdir()
    (target / "precious.txt").write_text("keep me", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(FIXTURE), "--site-dir", str(target)])
    assert result.exit_code == 2 and "was not written by `handbook build`" in result.output
    assert (target / "precious.txt").read_text(encoding="utf-8") == "keep me"


def test_built_in_defaults_without_a_mkdocs_yml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.render.site import config

    assert config.parent_config(tmp_path) == config.DEFAULTS
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["build", str(FIXTURE), "--site-dir", "out"])
    assert result.exit_code == 0, result.output
    generated = (tmp_path / "out" / "en" / "index.html").read_text("utf-8")
    assert "fonts.googleapis" not in generated and "assets/vendor/iframe-worker/shim.js" in generated


def test_glossary_tooltips_stay_in_running_text(site: Path) -> None:
    """Headings, table headers, captions, link texts, code, ids and labels carry no tooltip; running text does."""
    for lang in LANGS:
        for html_file in (site / lang).rglob("*.html"):
            html = article(html_file.read_text(encoding="utf-8"))
            for zone in re.findall(r"<(h[1-6]|th|caption|a|code|strong)\b([^>]*)>(.*?)</\1>", html, re.S):
                if zone[0] == "strong" and "hb-" not in zone[1]:
                    continue  # bold text of the standards
                if zone[0] == "a" and "hb-term" in zone[1]:
                    continue
                assert "<abbr" not in zone[2] and "hb-term" not in zone[2], (html_file, zone)
    assert "hb-term" in article(page(site, "en", urls.HOME))
