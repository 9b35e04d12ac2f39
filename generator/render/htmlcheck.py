"""The last check before any HTML page leaves the tool: nothing in it can run code unless a template wrote it.

Standards and audit inputs come from many hands, and every text from them is escaped where it is put
into a page. This module is the second line of defence, run on every built page (site, checklists,
audit report): it parses the whole document (``<head>`` included) with :mod:`html.parser`, the way a
browser reads it, so text that is escaped (``&lt;script&gt;``) is text and never a finding. It reports

* a ``<script>`` that no template wrote: inline code must match a script of the templates (their
  ``{{ … }}`` holes match anything), an external one must be a relative URL or one the site
  configuration lists;
* an ``on…=`` event-handler attribute, and a ``javascript:``, ``vbscript:`` or ``data:`` URL
  (``data:image/…`` in an image's ``src`` is fine), unless a template writes that very attribute
  (Material's search bar has ``href="javascript:void(0)"``);
* elements that load or run other documents: ``iframe``, ``frame``, ``object``, ``embed``, ``applet``,
  ``base``, ``portal``, ``<meta http-equiv="refresh">``, and ``srcdoc``;
* comments and ``<![CDATA[`` sections that a browser ends earlier than Python's parser does
  (``<!-->``, ``--!>``): what follows them would run in the browser but be hidden from this check.

Speed: most of a page is markup in which none of this can occur (text, tags with ordinary attributes, end
tags). :func:`_skim` passes over such runs with one regular expression and hands every ``<script>`` and
``<style>`` element to the parser; the page is parsed in full (as before, for positions) whenever the skim
meets anything else. The skim's grammar is a strict subset of what the parser reads the same way, so it
never passes a page the parser would stop.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from ..errors import BuildError

#: script types a browser never runs (anything else, ``module`` and unknown types included, is code)
DATA_SCRIPT_TYPES = frozenset({"application/json", "application/ld+json"})
#: elements that load another document or change where the page's links go
FORBIDDEN_ELEMENTS = frozenset({"iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal"})
#: attributes whose value is a URL
URL_ATTRIBUTES = frozenset({
    "href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "cite", "longdesc",
    "ping", "manifest", "codebase", "dynsrc", "lowsrc", "values", "to", "from", "by",
})
_IMAGE_ELEMENTS = frozenset({"img", "source", "picture", "input", "image"})
_TEMPLATE_SUFFIXES = (".html", ".htm", ".j2", ".jinja", ".jinja2")
_UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:")
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_INCLUDE = re.compile(r"""\{%-?\s*include\s+["']([^"']+)["'][^%]*-?%\}""")
_TEMPLATE_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
_TEMPLATE_ATTRIBUTE = re.compile(r"""\s([a-zA-Z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_MIN_LITERAL = 8  # a template script with fewer literal characters than this would match anything
_MAX_INLINE = 1 << 16  # longer inline scripts are never matched against patterns (no runaway regex)


_WS = "[ \\t\\n\\r\\f]"  # what separates attributes for the parser and for browsers alike
_NAME_END = "(?![-a-zA-Z0-9_:.])"
#: an unquoted attribute value: ASCII only (no space of any script), nothing the parser reads otherwise
_BARE = "[-a-zA-Z0-9_.:/#%?+,;!~*()@$]+"
_BARE_NO_SCHEME = "[-a-zA-Z0-9_./#%?+,;!~*()@$]+"
#: the start of a URL that is certainly not code: a web or mail address, or nothing (then no ``:`` follows)
_SAFE_URL = "(?:(?:https?|mailto|tel):(?=[^\"',]*[\"']))?"
_URL_NAME = "(?:" + "|".join(re.escape(n) for n in sorted(URL_ATTRIBUTES | {"srcset"}, key=len, reverse=True)) + ")"
#: an attribute the parser reads as written and :class:`_Checker` never reports: a URL attribute whose value
#: holds no scheme but a web or mail one (no other ``:``, no ``&`` to write one, one URL only), or any other
#: attribute but ``on…``, ``srcdoc`` and ``http-equiv``
_COMMON_ATTRIBUTE = (
    "(?-i:class|id|type|name|value|dir|for|aria-[a-z]+|data-md-[a-z]+|title|lang|role|tabindex|width|height"
    "|viewBox|xmlns|d|rel|alt|checked|disabled|hidden|autocomplete|placeholder|content|charset)"
)
_PLAIN_ATTRIBUTE = (
    f"(?:{_COMMON_ATTRIBUTE}{_NAME_END}(?:{_WS}*={_WS}*(?:\"[^\"]*\"|'[^']*'|{_BARE}))?"  # the usual ones, quickly
    f"|{_URL_NAME}{_NAME_END}(?:{_WS}*={_WS}*(?:\"{_SAFE_URL}[^\":&]*\"|'{_SAFE_URL}[^':&]*'|{_BARE_NO_SCHEME}))?"
    f"|(?!{_URL_NAME}{_NAME_END})(?!on)(?!srcdoc{_NAME_END})(?!http-equiv{_NAME_END})[a-zA-Z_:][-a-zA-Z0-9_:.]*"
    f"(?:{_WS}*={_WS}*(?:\"[^\"]*\"|'[^']*'|{_BARE}))?)"
)
_ATTRIBUTES = f"(?:{_WS}+{_PLAIN_ATTRIBUTE})*+{_WS}*"
#: element names whose start is never skimmed: a finding by name, or text the parser may read differently
_NOT_SKIMMED = "|".join(sorted(FORBIDDEN_ELEMENTS | {
    "script", "style", "title", "textarea", "xmp", "noembed", "noframes", "noscript", "plaintext",
}))
#: the usual element names, lower case: a subset of the plain start tags that needs no look-ahead
_COMMON_ELEMENT = (
    "(?-i:div|span|a|li|ul|ol|p|svg|path|input|label|nav|button|td|tr|th|table|thead|tbody|h[1-6]|code|em"
    "|strong|abbr|header|footer|main|article|form|img|link|meta|details|summary|small|hr|br|dl|dt|dd|caption)"
)
_SKIM = re.compile(
    "(?:[^<]++"  # text (possessive, as the whole run: no backtracking, linear time)
    f"|</[a-zA-Z][-.a-zA-Z0-9:_]*{_WS}*>"  # an end tag
    f"|<{_COMMON_ELEMENT}(?={_WS}|/|>){_ATTRIBUTES}/?>"  # a usual start tag, quickly
    f"|<(?!(?:{_NOT_SKIMMED}){_NAME_END})[a-zA-Z][a-zA-Z0-9-]*(?={_WS}|/|>){_ATTRIBUTES}/?>"  # a plain start tag
    f"|<title(?={_WS}|>){_ATTRIBUTES}>[^<]*</title{_WS}*>"
    f"|<textarea(?={_WS}|>){_ATTRIBUTES}>[^<]*</textarea{_WS}*>"  # a title without markup in it
    "|<!--(?![->])(?:[^-]|-(?!-))*-->"  # a comment that ends where a browser ends it
    "|<!doctype[^<>]*>"
    ")*+",
    re.I | re.A,
)
#: a ``<script>`` or ``<style>`` element as the parser reads it: to the first ``</script>`` (``</style>``)
_RAW_TEXT_ELEMENT = re.compile(
    f"<(script|style)(?={_WS}|>)(?:{_WS}+[a-zA-Z_:][-a-zA-Z0-9_:.]*"
    f"(?:{_WS}*={_WS}*(?:\"[^\"]*\"|'[^']*'|{_BARE}))?)*{_WS}*>[\\s\\S]*?</\\s*\\1\\s*>",
    re.I | re.A,
)
#: a ``<noscript>`` element up to its first end tag (some parsers read its content as text, others as markup)
_NOSCRIPT = re.compile(f"<noscript(?={_WS}|>){_ATTRIBUTES}>([\\s\\S]*?)</noscript{_WS}*>", re.I | re.A)


@dataclass(frozen=True)
class Unsafe:
    """One finding: where in the page (1-based) and what."""

    line: int
    column: int
    what: str


@dataclass(frozen=True)
class Allowed:
    """What the templates write themselves: inline scripts, and risky attributes with their values."""

    scripts: tuple[re.Pattern[str], ...] = ()
    attributes: tuple[tuple[str, re.Pattern[str]], ...] = ()
    script_sources: frozenset[str] = field(default_factory=frozenset)

    def __add__(self, other: Allowed) -> Allowed:
        return Allowed(
            tuple(dict.fromkeys(self.scripts + other.scripts)),
            tuple(dict.fromkeys(self.attributes + other.attributes)),
            self.script_sources | other.script_sources,
        )

    def script(self, body: str) -> bool:
        text = body.strip()
        return len(text) <= _MAX_INLINE and any(p.fullmatch(text) for p in self.scripts)

    def attribute(self, name: str, value: str) -> bool:
        return any(n == name and p.fullmatch(value) for n, p in self.attributes)


def _literal(text: str) -> tuple[str, int]:
    """A regex for literal template text (any run of white space matches any other), and its length."""
    words = text.split()
    pattern = r"\s*" + r"\s*".join(re.escape(w) for w in words) + r"\s*" if words else r"\s*"
    return pattern, sum(len(w) for w in words)


def template_pattern(source: str, *, unescape: bool = False) -> re.Pattern[str] | None:
    """A regex matching what a template fragment can produce: its ``{{ … }}``/``{% … %}`` parts match
    anything; None when the fragment has too little literal text to tell it apart from other code."""
    parts: list[str] = []
    literal = 0
    last = 0
    for match in [*_JINJA.finditer(source), None]:
        end = match.start() if match else len(source)
        chunk = source[last:end]
        regex, size = _literal(html.unescape(chunk) if unescape else chunk)
        parts.append(regex)
        literal += size
        if match:
            parts.append(r"[\s\S]*?")
            last = match.end()
    if literal < _MIN_LITERAL and len(parts) > 1:
        return None
    return re.compile("".join(parts))


def _resolve_includes(body: str, folders: Sequence[Path], depth: int = 0) -> str:
    """``{% include "x.js" %}`` inside a script, replaced by that file's text (looked up like Jinja does)."""
    if depth > 5:
        return body

    def replace(match: re.Match[str]) -> str:
        for folder in folders:
            candidate = folder / match.group(1)
            if candidate.is_file():
                return _resolve_includes(candidate.read_text(encoding="utf-8"), folders, depth + 1)
        return match.group(0)

    return _INCLUDE.sub(replace, body)


def _risky_attribute(name: str, value: str) -> bool:
    lowered = name.lower()
    if lowered.startswith("on"):
        return True
    return lowered in URL_ATTRIBUTES and _CONTROL.sub("", html.unescape(value)).lower().startswith(_UNSAFE_SCHEMES)


def from_templates(
    folders: Iterable[Path],
    *,
    scripts: Iterable[str] = (),
    script_sources: Iterable[str] = (),
) -> Allowed:
    """What the templates in ``folders`` (searched like a Jinja loader, first wins) may write, plus the
    exact inline ``scripts`` a generator writes itself and the absolute ``script_sources`` configured."""
    roots = [Path(f) for f in folders]
    patterns: list[re.Pattern[str]] = [re.compile(re.escape(s.strip())) for s in scripts]
    attributes: list[tuple[str, re.Pattern[str]]] = []
    for root in roots:
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if path.suffix not in _TEMPLATE_SUFFIXES or not path.is_file():
                continue
            source = path.read_text(encoding="utf-8", errors="replace")
            for match in _TEMPLATE_SCRIPT.finditer(source):
                if re.search(r"\ssrc\s*=", match.group(1), re.I):
                    continue
                pattern = template_pattern(_resolve_includes(match.group(2), roots))
                if pattern is not None:
                    patterns.append(pattern)
            for match in _TEMPLATE_ATTRIBUTE.finditer(source):
                name, value = match.group(1).lower(), match.group(2) or match.group(3) or ""
                if _risky_attribute(name, _JINJA.sub("", value)) and (found := template_pattern(value, unescape=True)):
                    attributes.append((name, found))
    return Allowed(tuple(patterns), tuple(attributes), frozenset(script_sources))


def is_relative_url(url: str) -> bool:
    """True for a URL without a scheme or host (it points into the built output)."""
    cleaned = _CONTROL.sub("", url)
    return not re.match(r"[a-zA-Z][a-zA-Z0-9+.\-]*:", cleaned) and not cleaned.startswith(("//", "\\\\", "/\\", "\\/"))


class _Checker(HTMLParser):
    def __init__(self, allowed: Allowed) -> None:
        super().__init__(convert_charrefs=True)
        self.allowed = allowed
        self.found: list[Unsafe] = []
        self._script: tuple[int, int] | None = None  # where the inline script being read starts
        self._script_body: list[str] = []

    def _report(self, what: str, where: tuple[int, int] | None = None) -> None:
        line, offset = where or self.getpos()
        self.found.append(Unsafe(line, offset + 1, what))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag in FORBIDDEN_ELEMENTS:
            self._report(f"a <{tag}> element")
        if tag == "meta" and values.get("http-equiv", "").strip().lower() == "refresh":
            self._report('a <meta http-equiv="refresh">')
        for name, value in values.items():
            if name == "srcdoc":
                self._report(f"a srcdoc attribute on <{tag}>")
            elif name.startswith("on"):
                if not self.allowed.attribute(name, value):
                    self._report(f"an event-handler attribute {name}= on <{tag}>")
            elif name in URL_ATTRIBUTES or name == "srcset":
                self._check_url(tag, name, value)
        if tag == "script":
            self._start_script(values)

    def _check_url(self, tag: str, name: str, value: str) -> None:
        urls = [c.strip().split(" ")[0] for c in value.split(",")] if name == "srcset" else [value]
        for url in urls:
            scheme_text = _CONTROL.sub("", url).lower()
            if not scheme_text.startswith(_UNSAFE_SCHEMES):
                continue
            if scheme_text.startswith("data:image/") and tag in _IMAGE_ELEMENTS and name in ("src", "srcset"):
                continue
            if not self.allowed.attribute(name, value):
                scheme = scheme_text.split(":", 1)[0]
                self._report(f"a {scheme}: URL in {name}= of <{tag}>")

    def _start_script(self, values: dict[str, str]) -> None:
        kind = values.get("type", "").split(";")[0].strip().lower()
        if kind in DATA_SCRIPT_TYPES:
            return
        if "src" in values:
            source = values["src"]
            if not (is_relative_url(source) or source in self.allowed.script_sources):
                self._report(f"a <script> loaded from {source[:80]!r}")
            return
        self._script = self.getpos()
        self._script_body = []

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script_body.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            body = "".join(self._script_body)
            if body.strip() and not self.allowed.script(body):
                shown = " ".join(body.split())
                self._report(f"an inline <script> that no template writes: {shown[:80]!r}", self._script)
            self._script = None

    def handle_comment(self, data: str) -> None:
        if data.startswith((">", "->")) or "--!>" in data:
            self._report("a comment that a browser ends earlier than it seems (<!--> or --!>)")

    def unknown_decl(self, data: str) -> None:
        self._report("a <![CDATA[ section (a browser ends it at the first >)")


def _skim(text: str, allowed: Allowed) -> bool:
    """True when the page certainly holds nothing to report: it is plain markup (:data:`_SKIM`) between
    ``<script>`` and ``<style>`` elements that the parser, reading each alone, finds nothing in, and
    ``<noscript>`` elements of plain markup. False: unsure."""
    position, end = 0, len(text)
    while True:
        position = _SKIM.match(text, position).end()  # type: ignore[union-attr]  # it matches the empty run
        if position >= end:
            return True
        hidden = _NOSCRIPT.match(text, position)
        if hidden is not None and _SKIM.fullmatch(hidden.group(1)):  # plain markup: nothing either way
            position = hidden.end()
            continue
        element = _RAW_TEXT_ELEMENT.match(text, position)
        if element is None:
            return False
        checker = _Checker(allowed)
        checker.feed(element.group())
        if checker.rawdata:  # the parser waits for more: it reads past this element
            return False
        checker.close()
        if checker.found or checker._script is not None or checker.cdata_elem is not None:
            return False
        position = element.end()


def find_unsafe(text: str, allowed: Allowed) -> list[Unsafe]:
    """Everything in the page ``text`` that could run code and that no template wrote (empty: fine)."""
    if _skim(text, allowed):
        return []
    checker = _Checker(allowed)
    checker.feed(text)
    checker.close()
    if checker._script is not None:  # a <script> that is never closed runs to the end of the page
        checker._script_body.append(checker.rawdata)
        checker.handle_endtag("script")
    return checker.found


def check_pages(pages: Iterable[tuple[str, str]], allowed: Allowed, *, shown: int = 5) -> None:
    """Raise :class:`BuildError` naming ``file:line:col`` of every finding in ``(name, html)`` pages
    (the first ``shown`` of them, and how many more)."""
    problems = [f"{name}:{u.line}:{u.column}: {u.what}" for name, text in pages for u in find_unsafe(text, allowed)]
    if problems:
        more = f" … and {len(problems) - shown} more" if len(problems) > shown else ""
        raise BuildError(
            "unsafe markup in the output, nothing was written: " + "; ".join(problems[:shown]) + more
            + ". Every text from the standards and inputs is escaped, so a template, plugin or hook of the site"
            " settings wrote this, or it is a bug of handbook: please report it."
        )


def check_html(name: str, text: str, allowed: Allowed) -> str:
    """:func:`check_pages` on one page; returns its text."""
    check_pages([(name, text)], allowed)
    return text


def check_folder(root: Path, allowed: Allowed, *, prefix: str = "") -> None:
    """:func:`check_pages` on every ``.html`` file under ``root``."""
    check_pages(
        ((prefix + path.relative_to(root).as_posix(), path.read_text(encoding="utf-8", errors="replace"))
         for path in sorted(root.rglob("*.html"))),
        allowed,
    )
