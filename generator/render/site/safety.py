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


class SafetyExtension(Extension):  # type: ignore[misc]
    """Registers the tree processor at the lowest priority, after attr_list, abbr and toc."""

    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(_SafetyTreeprocessor(md), "handbook_safety", 0)


def makeExtension(**kwargs: Any) -> SafetyExtension:
    return SafetyExtension(**kwargs)
