"""The HTTP side of ``handbook serve``: MkDocs' live-reload server on the whole built site.

MkDocs' :class:`~mkdocs.livereload.LiveReloadServer` serves a folder, watches paths, calls a builder on
every change and makes open pages reload once it is done (the script it adds to every HTML page). Here
the folder is the complete site (``index.html``, ``<lang>/``, ``checklists/``), the builder is
``Preview.rebuild`` of :mod:`.serve`, and while the standards are invalid every HTML page also gets the banner.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.livereload import LiveReloadServer

from ..render.site.preview import with_banner


class PreviewServer(LiveReloadServer):
    """``rebuild`` runs on every change; ``banner(path)`` is what to add to the page at ``path`` ("" for nothing)."""

    def __init__(
        self, root: Path, rebuild: Callable[[], None], banner: Callable[[str], str], host: str, port: int
    ) -> None:
        super().__init__(builder=rebuild, host=host, port=port, root=str(root))
        self.banner = banner
        self._request = threading.local()  # the path being served, per request thread

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        """Serve until shut down. A Ctrl-C or SIGTERM that lands while this thread is starting closes the
        socket before the thread registers it (MkDocs only waits for a thread that is already alive): that
        ``ValueError``/``OSError`` is the shutdown, not a failure, so nothing is printed."""
        try:
            super().serve_forever(poll_interval)
        except (ValueError, OSError):
            if not self._shutdown:
                raise

    def _serve_request(self, environ: dict[str, Any], start_response: Any) -> Any:
        self._request.path = environ.get("PATH_INFO", "")
        return super()._serve_request(environ, start_response)

    def _inject_js_into_html(self, content: bytes, epoch: int) -> bytes:
        page: bytes = super()._inject_js_into_html(content, epoch)  # type: ignore[no-untyped-call]
        banner = self.banner(getattr(self._request, "path", ""))
        return with_banner(page, banner) if banner else page
