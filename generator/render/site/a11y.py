"""Accessible page content, as a Python-Markdown extension that every generated config loads.

* **Glossary terms.** The ``abbr`` extension marks every glossary term a page mentions (the page's
  Markdown ends with ``*[term]: definition`` lines, see :func:`.builder.with_glossary`). Here the first
  mention of each term on a page becomes a link to the term's entry on the definitions page, with the
  definition as its ``title``: keyboard users reach it with Tab, MkDocs Material shows the definition as a
  tooltip on focus and on hover, and screen readers announce it as the link's description. Later mentions
  keep the hover tooltip without another tab stop. The link targets come from reference definitions the
  page carries (``[hb-term:<term>]: ../definitions.md#<id>``), so MkDocs resolves them like any link.
* **No tooltips where they do not belong:** none in headings, table headers, captions, links, code, item
  ids, severity and change badges, or the generator's own labels (elements with an ``hb-`` label class).
* **Tables** get a caption (a paragraph with class ``hb-caption`` right before the table, else the text of
  the heading above it, visually hidden) and ``scope="col"`` on their header cells.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

TERM_REFERENCE = "hb-term:"  # reference-definition prefix of a glossary term's link target
_NO_TOOLTIP_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "th", "a", "caption", "code", "pre", "kbd", "abbr"})
_NO_TOOLTIP_CLASSES = frozenset({"hb-id", "hb-sev", "hb-change", "hb-label", "hb-kind", "hb-caption", "hb-journey"})
_PLACEHOLDER = re.compile("\x02wzxhzdk:(\\d+)\x03")
_RAW_OPEN_LINK = re.compile(r"<a\b", re.I)
_RAW_CLOSE_LINK = re.compile(r"</a\s*>", re.I)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _classes(element: ET.Element) -> set[str]:
    return set((element.get("class") or "").split())


def _no_tooltip_zone(element: ET.Element) -> bool:
    return element.tag in _NO_TOOLTIP_TAGS or bool(_classes(element) & _NO_TOOLTIP_CLASSES)


def _unwrap(parent: ET.Element, child: ET.Element) -> None:
    """Replace ``child`` (an ``abbr`` without children) by its text, keeping the surrounding text in order."""
    index = list(parent).index(child)
    text = (child.text or "") + (child.tail or "")
    if index == 0:
        parent.text = (parent.text or "") + text
    else:
        previous = parent[index - 1]
        previous.tail = (previous.tail or "") + text
    parent.remove(child)


def _text(element: ET.Element) -> str:
    return " ".join("".join(element.itertext()).split())


class _GlossaryTreeprocessor(Treeprocessor):  # type: ignore[misc]
    """Tooltips only in running text; the first mention of each term is a link to its definition."""

    def run(self, root: ET.Element) -> None:
        linked: set[str] = set()
        self._walk(root, inside_zone=False, linked=linked)

    def _walk(self, parent: ET.Element, inside_zone: bool, linked: set[str]) -> None:
        links = self._raw_links(parent.text)  # inside a link written as raw HTML (``<a href=...>text</a>``)
        for child in list(parent):
            tail = child.tail
            if child.tag == "abbr" and not len(child):
                if inside_zone or links > 0:
                    _unwrap(parent, child)
                else:
                    self._link(child, linked)
            else:
                self._walk(child, inside_zone or links > 0 or _no_tooltip_zone(child), linked)
            links += self._raw_links(tail)

    def _raw_links(self, text: str | None) -> int:
        """How many raw ``<a>`` tags the text opens (minus those it closes): raw inline HTML is not in
        the tree, only a placeholder per tag, so a link's text looks like running text here."""
        depth = 0
        for match in _PLACEHOLDER.finditer(text or ""):
            index = int(match.group(1))
            blocks = self.md.htmlStash.rawHtmlBlocks
            raw = blocks[index] if index < len(blocks) else ""
            if isinstance(raw, str):
                depth += 1 if _RAW_OPEN_LINK.match(raw) else -1 if _RAW_CLOSE_LINK.match(raw) else 0
        return depth

    def _link(self, abbr: ET.Element, linked: set[str]) -> None:
        written = abbr.text or ""
        reference = self.md.references.get(TERM_REFERENCE + " ".join(written.lower().split()))
        if reference is None:
            return
        url = reference[0]
        if url in linked:
            return
        linked.add(url)
        title = abbr.get("title", "")
        abbr.tag = "a"
        abbr.attrib.clear()
        abbr.set("class", "hb-term")
        abbr.set("href", url)
        if title:
            abbr.set("title", title)


class _TableTreeprocessor(Treeprocessor):  # type: ignore[misc]
    """A caption and header scopes for every table."""

    def run(self, root: ET.Element) -> None:
        for parent in list(root.iter()):
            children = list(parent)
            for index, table in enumerate(children):
                if table.tag != "table":
                    continue
                self._caption(parent, children, index, table)
                for head in table.iter("thead"):
                    for cell in head.iter("th"):
                        cell.set("scope", "col")
                for cell in table.iter("th"):
                    cell.attrib.setdefault("scope", "row")

    @staticmethod
    def _caption(parent: ET.Element, children: list[ET.Element], index: int, table: ET.Element) -> None:
        if table.find("caption") is not None:
            return
        caption = ET.Element("caption")
        previous = children[index - 1] if index else None
        if previous is not None and previous.tag == "p" and "hb-caption" in _classes(previous):
            caption.text = previous.text
            caption.set("class", previous.get("class", ""))
            for node in previous:
                caption.append(node)
            parent.remove(previous)
        else:
            heading = next((c for c in reversed(children[:index]) if c.tag in _HEADINGS), None)
            if heading is None:
                return
            caption.text = _text(heading).rstrip("¶").strip()
            caption.set("class", "hb-visually-hidden")
        table.insert(0, caption)


class AccessibilityExtension(Extension):  # type: ignore[misc]
    """Runs after ``abbr`` (priority 7) and before MkDocs resolves links (priority 0)."""

    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(_GlossaryTreeprocessor(md), "handbook_glossary", 2)
        md.treeprocessors.register(_TableTreeprocessor(md), "handbook_tables", 2)


def makeExtension(**kwargs: Any) -> AccessibilityExtension:
    return AccessibilityExtension(**kwargs)
