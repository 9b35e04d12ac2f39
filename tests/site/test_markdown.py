"""Safe Markdown writing: payloads from YAML never become markup, whatever the text."""

from __future__ import annotations

import re

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.render.site import markdown as md

EXTENSIONS = [
    "abbr", "admonition", "attr_list", "md_in_html", "tables", "toc", "generator.render.site.a11y",
    "generator.render.site.safety",
]


def render(text: str) -> str:
    return markdown.markdown(md.block(text), extensions=EXTENSIONS)


def test_script_tag_is_text() -> None:
    html = render("before <script>alert(1)</script> after")
    assert "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_img_onerror_is_text() -> None:
    html = render("<img src=x onerror=alert(1)>")
    assert "<img" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_javascript_link_loses_its_target() -> None:
    for payload in ("[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x]: javascript:alert(1)\n\n[x]"):
        html = render(payload)
        assert "javascript" not in html.lower(), payload
        assert ">x</a>" in html


def test_attr_list_cannot_add_attributes() -> None:
    html = render("Paragraph {: onclick=alert(1) }\n\nx {: #id .cls }")
    assert "onclick=" not in html.replace("onclick=alert", "")  # only as text
    assert "<p onclick" not in html and 'class="cls"' not in html


def test_safe_links_and_markdown_survive() -> None:
    html = render("**bold** and [site](https://example.org) and [page](../x.md#a) and `<kbd>`")
    assert "<strong>bold</strong>" in html
    assert 'href="https://example.org"' in html
    assert 'href="../x.md#a"' in html
    assert "<code>&lt;kbd&gt;</code>" in html


def test_safe_url() -> None:
    assert md.safe_url("https://x.org") and md.safe_url("mailto:a@b.c") and md.safe_url("../a.md#b")
    assert not md.safe_url("javascript:alert(1)")
    assert not md.safe_url("java\tscript:alert(1)")
    assert not md.safe_url("&#106;avascript:alert(1)")
    assert not md.safe_url("data:text/html,x")


def test_literal_escapes_markdown() -> None:
    html = markdown.markdown(md.literal("*not bold* {x} <b>"), extensions=EXTENSIONS)
    assert "<em>" not in html and "<b>" not in html and "{x}" in html


TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>")
FORBIDDEN_TAGS = {"script", "img", "iframe", "object", "embed", "svg", "style", "link", "meta", "form", "input"}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>&\"'=/()[]{}:!*`#\n abcjsvriptonerol1")), max_size=60))
def test_no_text_produces_markup(text: str) -> None:
    """Whatever an editor writes, the rendered HTML has no script, no event handler, no javascript: URL."""
    for name, attributes in TAG.findall(render(text)):
        assert name.lower() not in FORBIDDEN_TAGS, text
        assert not re.search(r"\son\w*\s*=", attributes, re.I), text
        assert not re.search(r"""(href|src)\s*=\s*["']?\s*javascript""", attributes, re.I), text


def test_glossary_tooltips_only_in_running_text() -> None:
    html = markdown.markdown(
        "## The refund policy\n\nA refund is due.\n\n| refund | [refund](x.html) |\n|---|---|\n| refund | x |\n\n"
        "*[refund]: money back",
        extensions=EXTENSIONS,
    )
    assert "<h2 id=\"the-refund-policy\">The refund policy</h2>" in html
    assert '<p>A <abbr title="money back">refund</abbr> is due.</p>' in html
    assert '<th scope="col">refund</th>' in html and '<a href="x.html">refund</a>' in html
    assert '<td><abbr title="money back">refund</abbr></td>' in html


GLOSSARY = "\n*[refund]: money back\n[hb-term:refund]: definitions.md#refund\n"


def test_first_mention_of_a_term_links_to_its_definition_later_ones_keep_the_tooltip() -> None:
    html = markdown.markdown("A refund, then another refund.\n" + GLOSSARY, extensions=EXTENSIONS)
    assert html == (
        '<p>A <a class="hb-term" href="definitions.md#refund" title="money back">refund</a>, '
        'then another <abbr title="money back">refund</abbr>.</p>'
    )


def test_no_tooltip_inside_a_link_written_as_raw_html_ids_labels_or_code() -> None:
    text = (
        '<a href="brief.html">The refund desk</a> and `refund#id`{ .hb-id } and **Refund:**{ .hb-label } '
        "and `refund` and a refund.\n" + GLOSSARY.replace("*[refund]", "*[refund]: money back\n*[Refund]")
    )
    html = markdown.markdown(text, extensions=EXTENSIONS)
    assert '<a href="brief.html">The refund desk</a>' in html  # raw link: the term stays text
    assert '<code class="hb-id">refund#id</code>' in html and '<strong class="hb-label">Refund:</strong>' in html
    assert "<code>refund</code>" in html
    assert html.count("hb-term") == 1 and "a <a class=\"hb-term\"" in html


def test_tables_get_a_caption_and_header_scopes() -> None:
    html = markdown.markdown(
        "## Steps\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nThe roles\n{ .hb-caption }\n\n| c |\n|---|\n| 3 |\n",
        extensions=EXTENSIONS,
    )
    assert '<table>\n<caption class="hb-visually-hidden">Steps</caption>' in html  # from the heading above
    assert '<caption class="hb-caption">The roles</caption>' in html and "<p" not in html.split("</h2>")[1]
    assert html.count('<th scope="col">') == 3
