"""The progress bar: on a terminal only, for long inputs only, on stderr."""

from __future__ import annotations

import io

from generator.audit.progress import MIN_BYTES, Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_bar_on_a_terminal() -> None:
    stream = Terminal()
    with Progress(MIN_BYTES * 2, stream, label="t.jsonl") as bar:
        bar.update(MIN_BYTES * 2)
    out = stream.getvalue()
    assert out.startswith("\rt.jsonl [") and "100%" in out and out.endswith("\n")


def test_silent_when_not_a_terminal_or_small() -> None:
    pipe = io.StringIO()
    with Progress(MIN_BYTES * 2, pipe) as bar:
        bar.update(MIN_BYTES)
    small = Terminal()
    with Progress(1000, small) as bar:
        bar.update(1000)
    assert pipe.getvalue() == "" and small.getvalue() == ""
