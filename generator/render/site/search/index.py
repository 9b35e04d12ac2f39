"""The search index as the site ships it: the handbook's entries added, its own lunr language, UTF-8, once.

Material's search plugin collects one entry per page section and writes ``search/search_index.json`` (the
offline plugin then inlines it into ``search_index.js`` for ``file://``). :func:`finish` rewrites what it
collected before that single write.
"""

from __future__ import annotations

import json
from typing import Any

#: the lunr "language" of the index: Material's worker loads ``assets/javascripts/lunr/min/lunr.handbook.min.js``
LANGUAGE = "handbook"

#: where words end: white space, dashes and punctuation, and the entities Material leaves in the text (the
#: apostrophe and the quotation mark stay inside words: l'accueil, צ'אט, דוא"ל; the search script handles them)
SEPARATOR = (
    "(?:[\\s\\-\u2010-\u2015\u05be,.;:!?\u00a1\u00bf()\\[\\]{}<>\u00ab\u00bb\u201e\u201c\u201d/\\\\|*\u2026"
    "\u00b7\u2022]|&(?:amp|lt|gt|quot|#39);)+"
)


def finish(data: dict[str, Any], extra: list[dict[str, str]]) -> dict[str, Any]:
    """The index ``data`` (``{"config", "docs"}``) with the handbook's settings and ``extra`` entries.

    An extra entry goes right after the last entry of its page (Material expects a page's own entry first and
    attaches the others to it); one whose location is already indexed, or whose page is not, is left out."""
    config = dict(data.get("config") or {})
    config.update(lang=[LANGUAGE], separator=SEPARATOR, pipeline=[])
    docs = list(data.get("docs") or [])
    known = {doc.get("location") for doc in docs}
    pages: dict[str, list[dict[str, Any]]] = {}
    for doc in docs:
        pages.setdefault(str(doc.get("location", "")).split("#", 1)[0], []).append(doc)
    for entry in extra:
        page = entry["location"].split("#", 1)[0]
        if entry["location"] not in known and page in pages:
            pages[page].append({"location": entry["location"], "title": entry["title"], "text": entry.get("text", "")})
            known.add(entry["location"])
    return {**data, "config": config, "docs": [doc for group in pages.values() for doc in group]}


def dumps(data: dict[str, Any]) -> str:
    """The index as compact JSON, written as UTF-8 (``\\uXXXX`` escapes would double Russian and Hebrew)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
