"""The post-build check reads the whole parsed document: it finds code no template wrote, anywhere
(``<head>`` included), at its line and column, and never fires on escaped text."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import BuildError
from generator.render import htmlcheck

PAGE = """<!doctype html>
<html><head><title>{title}</title>
<script>var base = "{base}"; setup(base);</script>
<script src="../assets/bundle.js"></script>
<script id="__config" type="application/json">{{"x": "alert(1)"}}</script>
</head><body>{body}
<a href="javascript:void(0)" class="search">share</a>
</body></html>
"""

TEMPLATE = """<html><head><title>{{ page.title | striptags }}</title>
<script>var base = "{{ base_url }}"; setup(base);</script>
<script src="{{ 'assets/bundle.js' | url }}"></script>
<script id="__config" type="application/json">{{ config | tojson }}</script>
</head><body>{% block content %}{% endblock %}
<a href="javascript:void(0)" class="search">share</a>
</body></html>
"""


@pytest.fixture()
def allowed(tmp_path: Path) -> htmlcheck.Allowed:
    (tmp_path / "partials").mkdir()
    (tmp_path / "partials" / "base.html").write_text(TEMPLATE, encoding="utf-8")
    return htmlcheck.from_templates([tmp_path])


def found(allowed: htmlcheck.Allowed, title: str = "A refund", body: str = "<p>Text</p>", base: str = "..") -> list[
    tuple[int, int, str]
]:
    page = PAGE.format(title=title, body=body, base=base)
    return [(u.line, u.column, u.what) for u in htmlcheck.find_unsafe(page, allowed)]


def test_a_page_as_the_templates_write_it_passes(allowed: htmlcheck.Allowed) -> None:
    assert found(allowed) == []
    assert found(allowed, base="../..") == []  # a template's {{ hole }} matches what it holds


def test_escaped_text_never_fires(allowed: htmlcheck.Allowed) -> None:
    """The glossary definition that mentions a link as text builds (it used to fail as 'unsafe markup')."""
    mention = 'Never write &lt;a href="javascript:void(0)"&gt; or &lt;script&gt;alert(1)&lt;/script&gt; in a mail'
    assert found(allowed, title="&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;", body=f"<p>{mention}</p>") == []
    assert found(allowed, body='<abbr title="&lt;img src=x onerror=alert(1)&gt;">term</abbr>') == []


def test_a_script_in_the_head_is_found_at_its_place(allowed: htmlcheck.Allowed) -> None:
    assert found(allowed, title="A refund</title><script>alert(1)</script>") == [
        (2, 36, "an inline <script> that no template writes: 'alert(1)'")
    ]


def test_a_template_script_with_other_code_is_found(allowed: htmlcheck.Allowed) -> None:
    page = PAGE.replace("setup(base);", "setup(base); alert(1);").format(title="t", body="", base="..")
    assert [u.what[:30] for u in htmlcheck.find_unsafe(page, allowed)] == ["an inline <script> that no tem"]


@pytest.mark.parametrize(
    ("body", "what"),
    [
        ("<img src=x onerror=alert(1)>", "an event-handler attribute onerror= on <img>"),
        ('<svg><a xlink:href="javascript:alert(1)">x</a></svg>', "a javascript: URL in xlink:href= of <a>"),
        ('<a href=" jav&#x09;ascript:alert(1)">x</a>', "a javascript: URL in href= of <a>"),
        ('<form action="vbscript:x"></form>', "a vbscript: URL in action= of <form>"),
        ('<a href="data:text/html,<script>alert(1)</script>">x</a>', "a data: URL in href= of <a>"),
        ('<iframe src="https://example.org"></iframe>', "a <iframe> element"),
        ("<object data=x.swf></object>", "a <object> element"),
        ("<base href=https://evil.example/>", "a <base> element"),
        ('<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', 'a <meta http-equiv="refresh">'),
        ('<script src="https://evil.example/x.js"></script>', "a <script> loaded from 'https://evil.example/x.js'"),
        ('<script src="//evil.example/x.js"></script>', "a <script> loaded from '//evil.example/x.js'"),
        ('<script type="module">alert(1)</script>', "an inline <script> that no template writes: 'alert(1)'"),
        ("<!--><script>alert(1)</script>-->", "a comment that a browser ends earlier than it seems"),
        ("<!-- x --!><script>alert(1)</script>-->", "a comment that a browser ends earlier than it seems"),
        ("<![CDATA[><script>alert(1)</script>]]>", "a <![CDATA[ section (a browser ends it at the first >)"),
        ("<script>alert(1)", "an inline <script> that no template writes: 'alert(1) <a href="),  # runs to the end
    ],
)
def test_code_in_the_body_is_found(allowed: htmlcheck.Allowed, body: str, what: str) -> None:
    assert [w[: len(what)] for _, _, w in found(allowed, body=body)][:1] == [what]


def test_images_may_be_data_urls(allowed: htmlcheck.Allowed) -> None:
    assert found(allowed, body='<img src="data:image/png;base64,iVBOR" alt="">') == []


def test_included_script_files_count_as_the_template(tmp_path: Path) -> None:
    (tmp_path / "form.js").write_text("document.getElementById('download-csv').onclick = save;\n", encoding="utf-8")
    (tmp_path / "page.html.j2").write_text("<script>\n{% include 'form.js' %}\n</script>", encoding="utf-8")
    allowed = htmlcheck.from_templates([tmp_path])
    page = "<html><script>document.getElementById('download-csv').onclick = save;</script></html>"
    assert htmlcheck.find_unsafe(page, allowed) == []


def test_check_pages_names_file_line_column_and_counts_the_rest() -> None:
    pages = [("en/a.html", "<p>ok</p>\n" + "<img src=x onerror=alert(1)>" * 7)]
    with pytest.raises(BuildError) as caught:
        htmlcheck.check_pages(pages, htmlcheck.Allowed())
    message = caught.value.format_message()
    assert "en/a.html:2:1: an event-handler attribute onerror= on <img>" in message
    assert "… and 2 more" in message
