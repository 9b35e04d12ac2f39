"""``handbook serve``: the whole site (every language, the checklists) on a local server, rebuilt when any
YAML file changes, with a banner in the browser while the standards are invalid."""

from __future__ import annotations

import ipaddress
import logging
import os
import shutil
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import click

from .. import leftovers
from ..errors import HandbookError, UsageError
from ..model import Handbook
from ..pipeline import load
from ..render.site.builder import build_site
from ..render.site.preview import invalid_banner, language_of
from ..report import lines_of
from ._common import folder_argument, load_or_exit

GRACE = 5.0  # seconds the server has to stop after SIGTERM


@click.command("serve")
@folder_argument
@click.option("--lang", default=None, metavar="CODE", help="Language of the address printed (default: the first).")
@click.option("--dev-addr", default="127.0.0.1:8000", show_default=True, metavar="IP:PORT", help="Where to serve.")
def command(folder: str, lang: str | None, dev_addr: str) -> None:
    """Live preview of the whole site (every language, the checklists); it rebuilds when any YAML file under
    FOLDER changes, and shows a banner in the browser while the standards have errors."""
    host, port = check_address(dev_addr)
    handbook = load_or_exit(folder).handbook
    lang = lang or handbook.default_language
    if lang not in handbook.languages:
        raise UsageError(f"--lang {lang}: the handbook's languages are {', '.join(handbook.languages)}")
    check_free(host, port, dev_addr)
    work = leftovers.temp_dir(None, "handbook-serve-")
    signal.signal(signal.SIGTERM, _stop_on_sigterm(work))  # `kill`, a closed terminal: clean up as for Ctrl-C
    preview = Preview(Path(folder), work / "site", handbook)
    server = None
    try:
        preview.build(handbook)
        server = preview.server(host, port)
        server.watch(str(preview.folder.resolve()))
        click.echo(f"Previewing {folder} on {server.url}{lang}/ (every language and the checklists); "
                   "editing any YAML file under it rebuilds the site. Ctrl-C stops.")
        server.serve()
    except KeyboardInterrupt:
        click.echo("Stopped.")
    finally:
        if server is not None:
            server.shutdown()
        shutil.rmtree(work, ignore_errors=True)


class Preview:
    """The previewed site: rebuilt from the YAML on demand; the problems of the last attempt, if any."""

    def __init__(self, folder: Path, site_dir: Path, handbook: Handbook) -> None:
        self.folder, self.site_dir = folder, site_dir
        self.languages, self.default = handbook.languages, handbook.default_language
        self.problems: list[str] = []  # empty while the standards are valid

    def build(self, handbook: Handbook) -> None:
        started = time.perf_counter()
        built = build_site(handbook, self.site_dir)
        self.languages, self.default = handbook.languages, handbook.default_language
        self.problems = []
        click.echo(f"Built {built.pages} pages ({', '.join(built.languages)}) in {time.perf_counter() - started:.1f}s")

    def rebuild(self) -> None:
        """Load the YAML again and rebuild; on errors keep the last site and remember them for the banner."""
        try:
            loaded = load(self.folder)
            if loaded.diagnostics.has_errors():
                errors = [d for d in loaded.diagnostics.sorted() if d.severity.value == "error"]
                self._invalid(lines_of(errors))
                return
            self.build(loaded.handbook)
        except HandbookError as exc:  # an unreadable file, a failed MkDocs build: keep serving, say why
            self._invalid([exc.format_message()])

    def _invalid(self, problems: list[str]) -> None:
        self.problems = problems
        for line in problems:
            click.echo(line, err=True)
        click.echo("The preview shows the last valid version (with a banner) until this is fixed.", err=True)

    def banner(self, path: str) -> str:
        return invalid_banner(language_of(path, self.languages, self.default), self.problems) if self.problems else ""

    def server(self, host: str, port: int) -> Any:
        from .preview_server import PreviewServer

        _log_server_messages()
        return PreviewServer(self.site_dir, self.rebuild, self.banner, host, port)


def _log_server_messages() -> None:
    """MkDocs' server says when it sees a change and reloads the browsers; its other chatter is dropped."""
    logger = logging.getLogger("mkdocs.livereload")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setLevel(logging.INFO)
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False


def check_address(dev_addr: str) -> tuple[str, int]:
    """``IP:PORT`` (or ``localhost:PORT``, as MkDocs accepts) as a host and a port, or a usage error (exit 2)."""
    host, _, port_text = dev_addr.rpartition(":")
    try:
        valid = host == "localhost" or bool(ipaddress.ip_address(host))
    except ValueError:
        valid = False
    if not valid or not port_text.isascii() or not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise UsageError(f"--dev-addr {dev_addr}: give an IP address and a port from 1 to 65535, e.g. 127.0.0.1:8000")
    return host, int(port_text)


def check_free(host: str, port: int, dev_addr: str) -> None:
    """Refuse a port another program listens on before building anything."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise UsageError(f"cannot serve on {dev_addr}: {exc.strerror or exc}; choose another --dev-addr") from exc


def _stop_on_sigterm(work: Path) -> Callable[[int, FrameType | None], None]:
    """A SIGTERM handler that stops the server as Ctrl-C does; if it has not stopped within :data:`GRACE`
    seconds, the work folder is removed and the process ends."""

    def give_up() -> None:
        shutil.rmtree(work, ignore_errors=True)
        os._exit(128 + signal.SIGTERM)

    def handler(signum: int, frame: FrameType | None) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        timer = threading.Timer(GRACE, give_up)
        timer.daemon = True
        timer.start()
        raise KeyboardInterrupt

    return handler
