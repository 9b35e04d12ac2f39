"""axe-core in Chromium, for every kind of page the project generates.

Usage, in any browser test module (the ``chromium`` fixture gives one browser per module)::

    from a11y_support import WIDTHS, axe_violations, describe, open_page

    def test_my_page_is_accessible(chromium, my_page: Path) -> None:
        for width in WIDTHS:
            with open_page(chromium, my_page, width) as page:
                assert axe_violations(page) == [], describe(axe_violations(page))

:func:`axe_violations` injects the vendored axe-core (``tests/vendor/axe-core``, pinned in
``tools/vendor_assets.py``) into the open page, runs the WCAG 2.1 A and AA rules (and the best-practice
rules of :data:`EXTRA_RULES`) and returns the violations that are not in :data:`ALLOWED` (those that come
from MkDocs Material itself and cannot be fixed from our CSS; docs/site.md lists them with the reason).
Nothing is fetched from the network. axe-core lives in tests/, not in the package: only the tests use it,
so it is neither in the wheel nor copied into every built site, and it is committed so CI runs offline.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

AXE = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"
#: WCAG 2.0 and 2.1, levels A and AA (axe's tag names)
WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")
#: axe's best-practice rules the project also holds itself to: headings never skip a level, every page has an
#: h1, no heading or table header is empty
EXTRA_RULES = ("heading-order", "page-has-heading-one", "empty-heading", "empty-table-header")
#: a shop PC's screen and a phone's (iPhone 12-15 portrait)
WIDTHS = (1366, 390)
HEIGHT = {1366: 768, 390: 844}


@dataclass(frozen=True)
class Allowed:
    """A violation we accept: axe's rule id, a CSS selector axe reports for the node, and why."""

    rule: str
    selector: str
    reason: str


#: Violations of MkDocs Material's own markup that our CSS cannot fix (listed in docs/site.md).
ALLOWED: tuple[Allowed, ...] = ()


@contextmanager
def open_page(browser: Any, path: Path | str, width: int = 1366, *, locale: str = "en-US") -> Iterator[Any]:
    """A page of ``path`` (a file or a URL) in a fresh context of the given viewport width, fully loaded."""
    context = browser.new_context(viewport={"width": width, "height": HEIGHT.get(width, 900)}, locale=locale)
    try:
        page = context.new_page()
        url = path if isinstance(path, str) else path.resolve().as_uri()
        page.goto(url, wait_until="load")
        yield page
    finally:
        context.close()


def axe_violations(
    page: Any, *, allowed: tuple[Allowed, ...] = ALLOWED, rules: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    """axe-core's WCAG 2.1 AA violations on the open page, minus the ``allowed`` ones (by rule and node)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    options: dict[str, Any] = {
        "runOnly": {"type": "tag", "values": list(WCAG_TAGS)},
        "rules": {rule: {"enabled": True} for rule in EXTRA_RULES} | (rules or {}),
        "resultTypes": ["violations"],
    }
    result = page.evaluate("options => axe.run(document, options)", options)
    violations = []
    for violation in result["violations"]:
        nodes = [n for n in violation["nodes"] if not _allowed(violation["id"], n, allowed)]
        if nodes:
            violations.append({**violation, "nodes": nodes})
    return violations


def _allowed(rule: str, node: dict[str, Any], allowed: tuple[Allowed, ...]) -> bool:
    targets = [t if isinstance(t, str) else " ".join(t) for t in node.get("target", [])]
    return any(a.rule == rule and any(a.selector in t for t in targets) for a in allowed)


def describe(violations: list[dict[str, Any]], limit: int = 5) -> str:
    """A readable summary for an assertion message: rule, impact, count, first nodes and axe's hint."""
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}, {len(violation['nodes'])} nodes): {violation['help']}")
        for node in violation["nodes"][:limit]:
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            lines.append(f"    {json.dumps(node['target'])} {node['html'][:160]}  -- {summary[:300]}")
    return "\n".join(lines)
