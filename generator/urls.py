"""Stable page paths and anchors of the handbook site, shared by every renderer that links to it.

Paths are relative to one language's docs root (``site/<lang>/``) and name the Markdown source;
:func:`html` turns them into the built page (the site uses ``use_directory_urls: false`` so that it
works from ``file://``). Anchors are item ids, so ``journey/purchase/order-handover.html#greet-by-name``
stays valid as long as the ids do.
"""

from __future__ import annotations

import posixpath

from .model import Handbook, Standard

HOME = "index.md"
DEFINITIONS = "definitions.md"
PRINCIPLES = "principles.md"
JOURNEY = "journey/index.md"
SITUATIONS = "situations/index.md"
ROLES = "roles/index.md"
CHANNELS = "channels/index.md"
FORBIDDEN = "forbidden-phrases.md"
WHAT_CHANGED = "what-changed.md"
MYSTERY_SHOPPING = "mystery-shopping.md"
UPCOMING = "upcoming.md"
CHECKLISTS_DIR = "checklists"  # at the site root, beside the language folders: site/checklists/<lang>/...


def stage(stage_id: str) -> str:
    return f"journey/{stage_id}/index.md"


def step(stage_id: str, step_id: str) -> str:
    return f"journey/{stage_id}/{step_id}.md"


def situation(situation_id: str) -> str:
    return f"situations/{situation_id}.md"


def role(role_id: str) -> str:
    return f"roles/{role_id}.md"


def channel(channel_id: str) -> str:
    return f"channels/{channel_id}.md"


def item(handbook: Handbook, standard: Standard) -> str:
    """The page and anchor of a standard: ``journey/<stage>/<step>.md#<item>``."""
    if standard.parent_kind == "step":
        found = handbook.step(standard.parent)
        page = step(found.stage, found.id) if found else JOURNEY
    elif standard.parent_kind == "situation":
        page = situation(standard.parent)
    else:
        page = role(standard.parent)
    return f"{page}#{standard.id}"


def checklist(lang: str, role_id: str, form: bool = False) -> str:
    """The checklist (or audit form) HTML of a role, relative to the site root."""
    kind = "audit-form" if form else "checklist"
    return f"{CHECKLISTS_DIR}/{lang}/{role_id}-{kind}.html"


def html(path: str) -> str:
    """``journey/x/y.md#a`` -> ``journey/x/y.html#a``."""
    page, _, anchor = path.partition("#")
    if page.endswith(".md"):
        page = page[:-3] + ".html"
    return page + (f"#{anchor}" if anchor else "")


def relative(from_page: str, to_path: str) -> str:
    """A link from one Markdown page to another path (both relative to the language root)."""
    page, _, anchor = to_path.partition("#")
    rel = posixpath.relpath(page, posixpath.dirname(from_page) or ".")
    return rel + (f"#{anchor}" if anchor else "")
