"""``handbook serve`` rebuilds on a YAML change; ``handbook build --since`` marks what changed."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

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
        with urllib.request.urlopen(url, timeout=2) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return ""


def wait_for(url: str, text: str, seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if text in fetch(url):
            return True
        time.sleep(0.3)
    return False


def test_serve_rebuilds_when_yaml_changes(tmp_path: Path) -> None:
    folder = tmp_path / "standards"
    shutil.copytree(FIXTURE, folder)
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", str(folder), "--dev-addr", f"127.0.0.1:{port}"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        url = f"http://127.0.0.1:{port}/journey/purchase/payment.html"
        assert wait_for(url, "Offer the receipt"), "the preview did not start"
        stage = folder / "journey" / "01-purchase.yaml"
        stage.write_text(stage.read_text("utf-8").replace("Offer the receipt", "Offer the printed receipt"), "utf-8")
        assert wait_for(url, "Offer the printed receipt"), "the preview did not rebuild after the YAML change"
    finally:
        process.terminate()
        process.wait(timeout=10)


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
