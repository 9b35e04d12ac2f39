"""A byte-based progress bar on stderr, shown only on a terminal and only for long inputs."""

from __future__ import annotations

import time
from types import TracebackType
from typing import IO

MIN_BYTES = 20_000_000  # smaller files finish in a second or two: no bar


class Progress:
    """``with Progress(total, sys.stderr) as bar: bar.update(done)``; silent unless ``stream`` is a TTY."""

    def __init__(self, total: int, stream: IO[str], label: str = "", width: int = 30) -> None:
        self.total = max(total, 1)
        self.stream = stream
        self.label = label
        self.width = width
        self.enabled = total >= MIN_BYTES and hasattr(stream, "isatty") and stream.isatty()
        self.start = time.monotonic()
        self._last = 0.0

    def __enter__(self) -> Progress:
        return self

    def update(self, done: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < 0.2 and done < self.total:
            return
        self._last = now
        fraction = min(done / self.total, 1.0)
        filled = int(fraction * self.width)
        rate = done / max(now - self.start, 1e-9) / 1e6
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r{self.label} [{bar}] {100 * fraction:3.0f}% {done / 1e6:.0f}/{self.total / 1e6:.0f} MB"
                          f" {rate:.1f} MB/s")
        self.stream.flush()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()
