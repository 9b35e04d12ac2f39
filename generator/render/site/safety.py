"""Second line of defence for safe rendering (the first is :mod:`.markdown`).

* :class:`SafetyExtension` is a Python-Markdown extension, added to every generated config: after every
  other tree processor it drops ``on*`` attributes and any ``href``/``src`` with an unsafe scheme from the
  elements Markdown produced. (The generator's own raw HTML is stashed and never seen here.)
* :mod:`generator.render.htmlcheck` then checks every built page whole, on its parsed document.
"""

from __future__ import annotations

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
