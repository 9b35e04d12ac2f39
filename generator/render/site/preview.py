"""What ``handbook serve`` adds to the pages it serves while the standards are invalid: a banner.

The preview keeps serving the last valid site; every HTML page it sends (site pages, the root page,
checklists) gets this banner at the top of its body, in the page's language, with the problems as
``file:line:col`` lines, until the standards are valid again. It is never written into a built file.
"""

from __future__ import annotations

from html import escape

from ... import i18n
from ...i18n import N_

#: at most this many problems are listed in the banner (the terminal has them all)
SHOWN = 12

STYLE = (
    "display:block;margin:0;padding:.75rem 1rem;background:#8c1d18;color:#fff;"
    "font:0.9rem/1.45 system-ui,sans-serif;border-bottom:4px solid #000;position:relative;z-index:10"
)
LINES_STYLE = "margin:.4rem 0 0;padding:0;list-style:none;font-family:ui-monospace,monospace;white-space:pre-wrap"
HEADING = N_("The standards have errors: this preview shows the last valid version until they are fixed.")
MORE = N_("… and {n} more (see the terminal)")


def language_of(path: str, languages: tuple[str, ...], default: str) -> str:
    """The language of a served page by its path: ``/ru/...`` and ``/checklists/ru/...`` are Russian."""
    parts = [p for p in path.split("/") if p]
    if parts[:1] == ["checklists"]:
        parts = parts[1:]
    return parts[0] if parts and parts[0] in languages else default


def invalid_banner(lang: str, problems: list[str]) -> str:
    """The banner (one ``<div role="alert">``), every text escaped; inline style, for pages without our CSS."""
    t = i18n.translator(lang)
    shown = problems[:SHOWN]
    items = "".join(f"<li>{escape(line)}</li>" for line in shown)
    if len(problems) > SHOWN:
        more = t.gettext(MORE, n=t.format_integer(len(problems) - SHOWN))
        items += f"<li>{escape(more)}</li>"
    heading = t.gettext(HEADING)
    return (
        f'<div class="hb-preview-invalid" role="alert" lang="{escape(lang)}" dir="{i18n.direction(lang)}" '
        f'style="{STYLE}"><strong>{escape(heading)}</strong>'
        f'<ul style="{LINES_STYLE}" dir="ltr">{items}</ul></div>'
    )


def with_banner(page: bytes, banner: str) -> bytes:
    """``page`` with ``banner`` as the first thing in its body (at the start when it has no ``<body>``)."""
    start = page.find(b"<body")
    end = page.find(b">", start) + 1 if start >= 0 else 0
    return page[:end] + banner.encode("utf-8") + page[end:]
