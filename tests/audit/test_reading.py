"""Reading JSON Lines a block at a time (generator.audit.transcripts._blocks) gives the lines a line-by-line
reader gives: same numbers, same texts, the same problems, whatever the block size and wherever the blocks
cut the lines."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.audit import transcripts
from generator.audit.inputs import Problems
from generator.audit.spool import Spool


def reference(data: bytes, max_line: int) -> tuple[list[tuple[int, str | None]], list[tuple[int, str]]]:
    """Line by line: (number, text or None) and (number, problem) — what the blocks must reproduce."""
    lines, problems = [], []
    parts = data.split(b"\n")
    if parts and parts[-1] == b"":
        parts.pop()
    for number, raw in enumerate(parts, start=1):
        if len(raw) + 1 > max_line:
            problems.append((number, "longer"))
            lines.append((number, None))
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            problems.append((number, "UTF-8"))
            lines.append((number, None))
            continue
        lines.append((number, text[1:] if number == 1 and text.startswith("\ufeff") else text))
    return lines, problems


def blocks(data: bytes) -> tuple[list[tuple[int, str | None]], list[tuple[int, str]]]:
    problems = Problems()
    result = transcripts.TranscriptResult(Spool())
    lines = [(number, text) for first, texts in transcripts._blocks(io.BytesIO(data), "t", problems, result)
             for number, text in enumerate(texts, start=first)]
    result.close()
    assert result.bytes == len(data)
    found = [(d.line, "longer" if "longer" in d.message else "UTF-8") for d in problems.items]
    return [(n, t) for n, t in lines if t is not None or (n, "UTF-8") in found or (n, "longer") in found], found


LINE = st.one_of(
    st.text(st.sampled_from("ab{}\"é\u05e9\r ,:\ufeff"), max_size=12).map(lambda s: s.encode("utf-8")),
    st.just(b"\xff\xfe bad"),
    st.binary(max_size=6).filter(lambda b: b"\n" not in b),
)


def test_the_real_cap_is_above_the_block_size() -> None:
    assert transcripts.MAX_LINE > transcripts.BLOCK


@settings(max_examples=300, deadline=None)
@given(st.lists(LINE, max_size=12), st.booleans(), st.integers(1, 9), st.integers(1, 20))
def test_blocks_read_like_a_line_reader(lines: list[bytes], newline_at_end: bool, block: int, extra: int) -> None:
    """Any block size and line cap, the cap above the block size as in the real ones (4 MiB and 256 KiB)."""
    max_line = block + extra
    data = b"\n".join(lines) + (b"\n" if newline_at_end and lines else b"")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(transcripts, "BLOCK", block)
        patch.setattr(transcripts, "MAX_LINE", max_line)
        got_lines, got_problems = blocks(data)
    want_lines, want_problems = reference(data, max_line)
    assert got_problems == want_problems
    assert [(n, t) for n, t in got_lines if t is not None] == [(n, t) for n, t in want_lines if t is not None]
