"""``handbook serve``: MkDocs' dev server on the generated site, regenerated when any YAML changes."""

from __future__ import annotations

import ipaddress
import logging
import os
import shutil
import signal
import socket
import threading
from collections.abc import Callable
from pathlib import Path
from types import FrameType

import click

from .. import leftovers
from ..errors import UsageError
from ..render.site.builder import generate_sources
from ._common import folder_argument, load_or_exit
from .serve_hook import HOOK as SERVE_HOOK

GRACE = 5.0  # seconds MkDocs' server has to stop after SIGTERM


@click.command("serve")
@folder_argument
@click.option("--lang", default=None, metavar="CODE", help="Language to preview (default: the handbook's first).")
@click.option("--dev-addr", default="127.0.0.1:8000", show_default=True, metavar="IP:PORT", help="Where to serve.")
def command(folder: str, lang: str | None, dev_addr: str) -> None:
    """Live preview of one language of the site; it rebuilds when any YAML file under FOLDER changes."""
    from mkdocs.commands.serve import serve

    host, port = check_address(dev_addr)
    handbook = load_or_exit(folder).handbook
    lang = lang or handbook.default_language
    if lang not in handbook.languages:
        raise UsageError(f"--lang {lang}: the handbook's languages are {', '.join(handbook.languages)}")
    check_free(host, port, dev_addr)
    source_folder = Path(folder).resolve()
    work = leftovers.temp_dir(None, "handbook-serve-")
    signal.signal(signal.SIGTERM, _stop_on_sigterm(work))  # `kill`, a closed terminal: clean up as for Ctrl-C
    try:
        sources = generate_sources(
            handbook, work / "src", work / "site", extra={"serve_folder": str(source_folder)}, languages=(lang,),
            hooks=(str(SERVE_HOOK),),
        )
        logger = logging.getLogger("mkdocs")
        logger.addHandler(logging.StreamHandler())
        logger.setLevel(logging.INFO)
        click.echo(f"Previewing {folder} ({lang}); editing any YAML file under it rebuilds the page.")
        serve(config_file=str(sources[0].config_file), livereload=True, watch=[str(source_folder)], dev_addr=dev_addr)
    finally:
        shutil.rmtree(work, ignore_errors=True)


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
    """Refuse a port another program listens on before building anything (MkDocs would fail after the build)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise UsageError(f"cannot serve on {dev_addr}: {exc.strerror or exc}; choose another --dev-addr") from exc


def _stop_on_sigterm(work: Path) -> Callable[[int, FrameType | None], None]:
    """A SIGTERM handler that stops the server as Ctrl-C does; if MkDocs has not stopped within
    :data:`GRACE` seconds (a signal that lands while its server starts can leave it waiting forever),
    the work folder is removed and the process ends."""

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
