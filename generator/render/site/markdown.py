"""Safe Markdown writing: every text that comes from YAML passes through here before it reaches a page.

Standards are written by many people through pull requests, so their Markdown is treated as untrusted:

* ``<``, ``>`` and ``&`` are escaped, so raw HTML (``<script>``, ``<img onerror=...>``) shows as text;
* ``{`` and ``}`` are backslash-escaped, so nobody can smuggle attributes in through ``attr_list``
  (``{: onclick=...}``);
* link targets whose scheme is not http, https, mailto or tel become ``#`` (``[x](javascript:alert(1))``);
* images become their alt text (an image URL would make the page request another host).

Code spans are left as they are: Markdown already shows their content as text.
:mod:`generator.render.site.safety` re-checks the rendered tree and the built HTML as a second line of defence.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})

_CODE_SPAN = re.compile(r"(`+)(.+?)(?<!`)\1(?!`)", re.S)
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK_TARGET = re.compile(r"(\]\(\s*)([^\s()]*(?:\([^\s()]*\)[^\s()]*)*)")
_REF_DEFINITION = re.compile(r"^(\s{0,3}\[[^\]]+\]:\s*)(\S+)", re.M)
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~<>&-])")
_FORMATTING = re.compile(r"[*_`~]+")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def safe_url(target: str) -> bool:
    """True for relative URLs, anchors and http(s)/mailto/tel; control characters do not hide a scheme."""
    match = _SCHEME.match(_CONTROL.sub("", html.unescape(target)))
    return match is None or match.group(1).lower() in SAFE_SCHEMES


def _neutralize_target(match: re.Match[str]) -> str:
    prefix, target = match.group(1), match.group(2)
    return prefix + (target if safe_url(target) else "#")


def _escape_prose(text: str) -> str:
    text = _IMAGE.sub(lambda m: m.group(1), text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("{", "\\{").replace("}", "\\}")
    text = _LINK_TARGET.sub(_neutralize_target, text)
    return _REF_DEFINITION.sub(_neutralize_target, text)


@lru_cache(maxsize=16384)
def block(text: str) -> str:
    """A Markdown text from YAML (paragraphs, lists, emphasis, links), made safe to put into a page."""
    parts: list[str] = []
    last = 0
    for match in _CODE_SPAN.finditer(text):
        parts.append(_escape_prose(text[last : match.start()]))
        parts.append(match.group(0))
        last = match.end()
    parts.append(_escape_prose(text[last:]))
    return "".join(parts).strip()


@lru_cache(maxsize=16384)
def inline(text: str) -> str:
    """A one-line Markdown text (a title, a table cell): :func:`block` on one line, with ``|`` escaped."""
    one_line = " ".join(text.split())
    return block(one_line).replace("|", "\\|")


def literal(text: str) -> str:
    """A text shown exactly as written (a phrase, a script line): every Markdown character is escaped."""
    return (
        _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))
        .replace("\\<", "&lt;")
        .replace("\\>", "&gt;")
        .replace("\\&", "&amp;")
    )


def plain(text: str) -> str:
    """A text without Markdown formatting, for tooltips, diagram labels and HTML attributes (not escaped)."""
    text = _LINK.sub(lambda m: m.group(1), text)
    return " ".join(_FORMATTING.sub("", text).split())


def attr(text: str) -> str:
    """A value for an HTML attribute or element written by the generator itself."""
    return html.escape(text, quote=True)
