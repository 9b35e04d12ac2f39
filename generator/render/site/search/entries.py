"""Search entries the pages do not give by their headings: one per forbidden phrase, at the phrase's anchor.

Material's index has an entry per heading with an id, so standards (``h4``), glossary terms (``h3``),
principles and provisions already have theirs. The forbidden phrases sit in one table; the builder writes these
entries next to each language's ``mkdocs.yml`` (:data:`ENTRIES_FILE`) and the hook adds them to the index.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from .... import urls
from ...context import RenderContext
from .. import markdown as md

ENTRIES_FILE = "search-entries.json"


def search_entries(ctx: RenderContext) -> list[dict[str, str]]:
    """``{"location", "title", "text"}`` for every forbidden phrase written in the context's language
    (HTML-escaped text)."""
    page = urls.html(urls.FORBIDDEN)
    say_instead = html.escape(ctx._("Say instead"), quote=False)
    entries = []
    for phrase in ctx.handbook.forbidden:
        said = " ".join(ctx.text(phrase.phrase).split())
        if not said:
            continue
        instead = md.plain(ctx.text(phrase.instead))
        text = (
            f"<p>{say_instead}: {html.escape(instead, quote=False)}</p>"
            if instead
            else ""
        )
        entries.append({"location": f"{page}#{phrase.id}", "title": html.escape(said, quote=False), "text": text})
    return entries


def entries_file(docs_dir: Path) -> Path:
    """Where the entries of the language whose Markdown is in ``docs_dir`` are kept (outside the docs)."""
    return docs_dir.parent / ENTRIES_FILE


def entries_json(ctx: RenderContext) -> str:
    return json.dumps(search_entries(ctx), ensure_ascii=False, indent=0) + "\n"


def read_entries(docs_dir: Path) -> list[dict[str, str]]:
    """The entries written for a language, or none (a site built from the Markdown alone has none)."""
    path = entries_file(docs_dir)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [e for e in data if isinstance(e, dict) and all(isinstance(e.get(k), str) for k in ("location", "title"))]
