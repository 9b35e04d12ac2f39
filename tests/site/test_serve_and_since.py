"""``handbook serve`` previews every language and the checklists, rebuilds on a YAML change and shows a banner
while the standards are invalid; ``handbook build --since`` marks what changed."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urljoin

import pytest
from click.testing import CliRunner

from generator.cli import main

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "site" / "good"
ROOT = Path(__file__).resolve().parent.parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return ""


def wait_for(url: str, found: Callable[[str], bool], seconds: float = 90) -> str:
    """The page at ``url`` once ``found`` holds for it (the preview rebuilds in the background)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        page = fetch(url)
        if found(page):
            return page
        time.sleep(0.3)
    raise AssertionError(f"{url} never showed what was expected; last seen:\n{fetch(url)[:2000]}")


def links(page: str, pattern: str) -> list[str]:
    return re.findall(rf'<a [^>]*href="([^"]*{pattern}[^"]*)"', page)


@pytest.fixture()
def served(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """`handbook serve` on a copy of the fixture, on a free port, in its own process (stopped afterwards)."""
    folder = tmp_path / "standards"
    shutil.copytree(FIXTURE, folder)
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", str(folder), "--lang", "ru", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(tmp_path)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield folder, f"http://127.0.0.1:{port}/"
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
    assert not list(tmp_path.glob("handbook-serve-*")), "serve left its work folder behind"


def test_serve_previews_every_language_and_the_checklists(served: tuple[Path, str]) -> None:
    _, root = served
    step = "journey/purchase/payment.html"
    english = wait_for(root + "en/" + step, lambda page: "Offer the receipt" in page)
    assert '<html lang="en"' in english
    # the language switcher of a Russian page leads to the same page in Hebrew, and it is served
    russian = fetch(root + "ru/roles/cashier.html")
    assert '<html lang="ru"' in russian
    switch = [href for href in links(russian, "/he/") if href.endswith("he/roles/cashier.html")]
    assert switch, "the Russian page has no switcher link to Hebrew"
    hebrew = fetch(urljoin(root + "ru/roles/cashier.html", switch[0]))
    assert '<html lang="he"' in hebrew and '<body dir="rtl"' in hebrew
    # the role page's checklist and audit form buttons (404 with the one-language preview)
    for kind in ("checklist", "audit-form"):
        (href,) = set(links(russian, f"checklists/ru/cashier-{kind}.html"))
        checklist = fetch(urljoin(root + "ru/roles/cashier.html", href))
        assert '<html lang="ru"' in checklist and "<h1>" in checklist, kind
    assert "Чек-лист" in fetch(root + "checklists/ru/cashier-checklist.html")
    assert "hreflang" in fetch(root)  # the root page that picks the reader's language


def test_serve_shows_a_banner_while_the_standards_are_invalid(served: tuple[Path, str]) -> None:
    folder, root = served
    step = root + "ru/journey/purchase/payment.html"
    checklist = root + "checklists/he/cashier-checklist.html"
    wait_for(step, lambda page: "hreflang" in page)
    assert "hb-preview-invalid" not in fetch(step)
    roles = folder / "roles.yaml"
    valid = roles.read_text("utf-8")
    roles.write_text(valid + "  - {id: broken\n", "utf-8")  # a YAML syntax error
    page = wait_for(step, lambda page: "hb-preview-invalid" in page)
    banner = page[page.index('<div class="hb-preview-invalid"'):]
    banner = banner[: banner.index("</div>")]
    assert 'role="alert"' in banner and 'lang="ru"' in banner
    assert "roles.yaml:" in banner and "YAML001" in banner  # file:line:col of the problem
    assert "Стандарты содержат ошибки" in banner  # in the page's language
    assert "Offer the receipt" not in page and "hreflang" in page  # the last valid version, still served
    hebrew = fetch(checklist)
    assert 'class="hb-preview-invalid" role="alert" lang="he" dir="rtl"' in hebrew  # checklists too
    # fixed, and edited: the banner goes, the edit shows
    stage = folder / "journey" / "01-purchase.yaml"
    stage.write_text(stage.read_text("utf-8").replace("Offer the receipt", "Offer the printed receipt"), "utf-8")
    roles.write_text(valid, "utf-8")
    english = wait_for(root + "en/journey/purchase/payment.html", lambda page: "Offer the printed receipt" in page)
    assert "hb-preview-invalid" not in english
    assert "hb-preview-invalid" not in fetch(step) and "hb-preview-invalid" not in fetch(checklist)


def test_build_since_marks_changes(tmp_path: Path) -> None:
    new = tmp_path / "new"
    shutil.copytree(FIXTURE, new)
    stage = new / "journey" / "01-purchase.yaml"
    stage.write_text(stage.read_text("utf-8").replace("Offer the receipt", "Offer the printed receipt"), "utf-8")
    result = CliRunner().invoke(
        main, ["build", str(new), "--since", str(FIXTURE), "--site-dir", str(tmp_path / "site")]
    )
    assert result.exit_code == 0, result.output
    step = (tmp_path / "site" / "en" / "journey" / "purchase" / "payment.html").read_text("utf-8")
    assert "changed since version 1.2" in step
    assert step.count("hb-change-changed") == 1  # only the changed item
    role = (tmp_path / "site" / "ru" / "roles" / "cashier.html").read_text("utf-8")
    assert "изменено с версии 1.2" in role
    changed = tmp_path / "site" / "en" / "what-changed.html"
    assert changed.is_file() and "receipt" in changed.read_text("utf-8")
