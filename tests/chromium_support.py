"""Debian's Chromium for the browser tests, driven by Playwright (never a downloaded browser)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
#: as root, without a sandbox; no background networking, so the only requests are the page's own
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
needs_chromium = pytest.mark.skipif(shutil.which(CHROMIUM) is None, reason="Debian chromium is not installed")


def print_to_pdf(chromium: Any, page_file: Path, target: Path) -> Path:
    """Chromium's print of ``page_file`` to ``target`` (A4, without background graphics, as an office prints)."""
    page = chromium.new_page()
    try:
        page.goto(page_file.as_uri())
        page.pdf(path=str(target), format="A4", print_background=False)
    finally:
        page.close()
    return target
