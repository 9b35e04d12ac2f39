"""Second line of defence for safe rendering (the first is :mod:`.markdown`).

* :class:`SafetyExtension` is a Python-Markdown extension, added to every generated config: after every
  other tree processor it drops ``on*`` attributes and any ``href``/``src`` with an unsafe scheme from the
  elements Markdown produced. (The generator's own raw HTML is stashed and never seen here.)
* :func:`check_built_page` scans a built page's article for markup that must never come from content.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from .markdown import safe_url

_URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href")


class _SafetyTreeprocessor(Treeprocessor):  # type: ignore[misc]
    def run(self, root: ET.Element) -> None:
        for element in root.iter():
            for name in list(element.attrib):
                lowered = name.lower()
                if lowered.startswith("on") or lowered == "style":
                    del element.attrib[name]
                elif lowered in _URL_ATTRIBUTES and not safe_url(element.attrib[name]):
                    element.attrib[name] = "#"


_NO_TOOLTIP = ("h1", "h2", "h3", "h4", "h5", "h6", "th", "a")


def _unwrap(parent: ET.Element, child: ET.Element) -> None:
    """Replace ``child`` by its text, keeping the surrounding text in order."""
    index = list(parent).index(child)
    text = (child.text or "") + "".join(ET.tostring(c, encoding="unicode") for c in child) + (child.tail or "")
    if index == 0:
        parent.text = (parent.text or "") + text
    else:
        previous = parent[index - 1]
        previous.tail = (previous.tail or "") + text
    parent.remove(child)


class _GlossaryTidyTreeprocessor(Treeprocessor):  # type: ignore[misc]
    """Glossary tooltips belong in running text: none in headings, table headers or link texts."""

    def run(self, root: ET.Element) -> None:
        for zone in [e for e in root.iter() if e.tag in _NO_TOOLTIP]:
            for parent in list(zone.iter()):
                for child in [c for c in parent if c.tag == "abbr" and not len(c)]:
                    _unwrap(parent, child)


class SafetyExtension(Extension):  # type: ignore[misc]
    """Registers the tree processors at the lowest priorities, after attr_list, abbr and toc."""

    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(_GlossaryTidyTreeprocessor(md), "handbook_glossary_tidy", 1)
        md.treeprocessors.register(_SafetyTreeprocessor(md), "handbook_safety", 0)


def makeExtension(**kwargs: Any) -> SafetyExtension:
    return SafetyExtension(**kwargs)


_ARTICLE = re.compile(r"<article\b.*?</article>", re.S)
_SCRIPT = re.compile(r"<script\b[^>]*>", re.I)
_ALLOWED_SCRIPT = re.compile(r'<script src="[./]*assets/vendor/mermaid/mermaid\.min\.js"></script>', re.I)
_EVENT_ATTRIBUTE = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I)
_UNSAFE_URL = re.compile(r"""\s(?:href|src)\s*=\s*["']?\s*(?:javascript|vbscript|data):""", re.I)


def check_built_page(html_text: str) -> list[str]:
    """What is wrong with a built page's content: scripts, event handlers or unsafe links (empty: fine)."""
    problems: list[str] = []
    for article in _ARTICLE.findall(html_text):
        article = _ALLOWED_SCRIPT.sub("", article)
        if _SCRIPT.search(article):
            problems.append("a <script> element in the content")
        if _EVENT_ATTRIBUTE.search(article):
            problems.append("an event-handler attribute (on...=) in the content")
        if _UNSAFE_URL.search(article):
            problems.append("a javascript:/data: link in the content")
    return problems
