"""Page HTML marked for Material's index: what is not searched for is left out (``data-search-exclude``).

Material's search plugin skips any element with a ``data-search-exclude`` attribute and removes the attribute
from the published page, so the pages readers see are unchanged.
"""

from __future__ import annotations

import re

from .... import urls

EXCLUDE = ' data-search-exclude="1"'
#: the journey diagram (its text is the table of all steps below it, which the index keeps); on the wrapping
#: <div>: Material's parser compares elements by tag, so the nested lists of a skipped <ol> would end its skip
_DIAGRAM = re.compile(r'<div(?=\s+class="hb-journey-diagram")')
#: labels inside item headings: the kind, the severity, "changed since", "in force from" (the heading's words
#: are the item's text)
_BADGE = re.compile(r'<span(?=\s+class="(?:hb-label )?hb-(?:sev|change|date|kind)\b)')
_TABLE = re.compile(r"<table\b")


def mark(html: str, src_uri: str, own_entries: bool) -> str:
    """``html`` of the page at ``src_uri`` with what must stay out of the index marked.

    ``own_entries``: the forbidden phrases have entries of their own (:mod:`.entries`), so their table is left
    out of the page's entry (a phrase typed as it is said then lands on the phrase, not on the whole page)."""
    html = _DIAGRAM.sub(f"<div{EXCLUDE}", html)
    html = _BADGE.sub(f"<span{EXCLUDE}", html)
    if own_entries and src_uri == urls.FORBIDDEN:
        html = _TABLE.sub(f"<table{EXCLUDE}", html, count=1)
    return html
