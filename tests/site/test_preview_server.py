"""The preview server's shutdown: a stop that lands while its serving thread starts is not an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.commands.preview_server import PreviewServer


def _closed_server(tmp_path: Path) -> PreviewServer:
    server = PreviewServer(tmp_path, rebuild=lambda: None, banner=lambda path: "", host="127.0.0.1", port=0)
    server.server_bind()
    server.server_activate()
    server.server_close()  # what shutdown() does when the thread is not alive yet
    return server


def test_a_stop_while_the_serving_thread_starts_is_quiet(tmp_path: Path) -> None:
    server = _closed_server(tmp_path)
    server._shutdown = True  # set by shutdown() before it closes the socket
    server.serve_forever(0.01)  # MkDocs' own would raise "Invalid file descriptor: -1" in the thread


def test_a_closed_socket_without_a_stop_is_still_an_error(tmp_path: Path) -> None:
    with pytest.raises((ValueError, OSError)):
        _closed_server(tmp_path).serve_forever(0.01)
