"""The records of a help-desk export: JSON Lines, or the items of an array in one JSON document.

Exports come in two shapes. A script that walks an API writes one record a line (JSON Lines); an API
response saved as it is holds the records in an array (``{"tickets": [...], "users": [...]}``), usually
pretty-printed over many lines. :func:`records` reads both without loading the file: a JSON document is
decoded one record at a time from a sliding buffer, so memory holds one record (at most
:data:`MAX_RECORD`), however long the file. Every record comes with the line and column where it starts,
for messages about it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from . import strictjson

CHUNK = 1 << 20
MAX_RECORD = 64 << 20  # characters: a longer record is reported, not read
_DECODER = strictjson.DECODER  # a key twice in one object is an error (strictjson.DuplicateKey)
_WS = re.compile(r"[ \t\n\r]*")


class Malformed(Exception):
    """The file is not valid JSON at ``line``:``column``."""

    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.column = column
        self.message = message


@dataclass
class Document:
    """What a JSON document holds besides its records: the other top-level values (``users``, ...)."""

    extras: dict[str, Any] = field(default_factory=dict)


class _Buffer:
    """A window on a text stream, with the line and column of its first character."""

    def __init__(self, stream: IO[str], progress: list[int] | None = None) -> None:
        self.stream = stream
        self.progress = progress
        self.text = ""
        self.pos = 0
        self.line = 1  # of text[0]
        self.col = 0  # 0-based column of text[0]
        self.eof = False
        self.read = 0  # characters read so far

    def fill(self, at_least: int = CHUNK) -> bool:
        if self.eof:
            return False
        try:
            chunk = self.stream.read(max(at_least, CHUNK))
        except UnicodeDecodeError:
            line, column = self.where(len(self.text))
            raise Malformed(line, column, "the file is not UTF-8 text (near here)") from None
        if not chunk:
            self.eof = True
            return False
        self.read += len(chunk)
        if self.progress is not None:
            self.progress[0] = self.read
        self.text += chunk
        return True

    def release(self) -> None:
        """Forget what lies before ``pos`` (keeping the line and column of what follows)."""
        dropped = self.text[: self.pos]
        newlines = dropped.count("\n")
        if newlines:
            self.line += newlines
            self.col = len(dropped) - dropped.rfind("\n") - 1
        else:
            self.col += len(dropped)
        self.text = self.text[self.pos:]
        self.pos = 0

    def where(self, pos: int) -> tuple[int, int]:
        newlines = self.text.count("\n", 0, pos)
        if newlines:
            return self.line + newlines, pos - self.text.rfind("\n", 0, pos)
        return self.line, self.col + pos + 1

    def skip_ws(self) -> str:
        """Skip white space; the next character ('' at the end of the file)."""
        while True:
            self.pos = _WS.match(self.text, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.text):
                return self.text[self.pos]
            if not self.fill():
                return ""

    def expect(self, chars: str, what: str) -> str:
        ch = self.skip_ws()
        if not ch or ch not in chars:
            line, column = self.where(self.pos)
            found = f"`{ch}`" if ch else "the end of the file"
            raise Malformed(line, column, f"expected {what}, found {found}")
        self.pos += 1
        return ch

    def value(self) -> Any:
        """Decode the JSON value at ``pos`` (reading on as long as it is incomplete)."""
        self.skip_ws()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.text, self.pos)
            except json.JSONDecodeError as exc:
                if len(self.text) - self.pos < MAX_RECORD and self.fill(len(self.text) - self.pos):
                    continue
                line, column = self.where(exc.pos)
                if len(self.text) - self.pos >= MAX_RECORD:
                    raise Malformed(line, column, f"a record longer than {MAX_RECORD >> 20} MiB, or not JSON: "
                                                  f"{exc.msg}") from None
                raise Malformed(line, column, f"not valid JSON: {exc.msg}") from None
            except RecursionError:
                line, column = self.where(self.pos)
                raise Malformed(line, column, "the JSON is nested too deeply") from None
            except strictjson.DuplicateKey as exc:
                line, column = self.where(self.pos)
                raise Malformed(line, column, f"in the record that starts here, {exc.sentence()}") from None
            if end == len(self.text) and not self.eof and self.fill():
                continue  # a number may go on in the next chunk
            self.pos = end
            return value


def _document(stream: IO[str], keys: tuple[str, ...], doc: Document, keep: bool,
              progress: list[int] | None = None) -> Iterator[tuple[int, int, Any]]:
    """The items of the first array under one of ``keys`` (or of a top-level array); the other top-level
    values go to ``doc.extras``. A top-level object with none of ``keys`` is itself the one record."""
    buf = _Buffer(stream, progress)
    first = buf.skip_ws()
    if first == "[":
        buf.pos += 1
        yield from _items(buf, keep)
    elif first == "{":
        start = buf.where(buf.pos)
        buf.pos += 1
        found = False
        if buf.skip_ws() == "}":
            buf.pos += 1
        else:
            while True:
                key = buf.value()
                buf.expect(":", "`:` after a key")
                if isinstance(key, str) and key in keys and not found and buf.skip_ws() == "[":
                    found = True
                    buf.pos += 1
                    yield from _items(buf, keep)
                else:
                    value = buf.value()
                    if isinstance(key, str):
                        doc.extras[key] = value
                    buf.release()
                if buf.expect(",}", "`,` or `}`") == "}":
                    break
        if not found:
            yield start[0], start[1], dict(doc.extras)
    else:
        line, column = buf.where(buf.pos)
        raise Malformed(line, column, "expected a JSON object or array" if first else "the file is empty")
    if buf.skip_ws():
        line, column = buf.where(buf.pos)
        raise Malformed(line, column, "text after the end of the JSON document")


def _items(buf: _Buffer, keep: bool) -> Iterator[tuple[int, int, Any]]:
    if buf.skip_ws() == "]":
        buf.pos += 1
        return
    while True:
        buf.skip_ws()
        line, column = buf.where(buf.pos)
        value = buf.value()
        buf.release()
        yield line, column, value if keep else None
        if buf.expect(",]", "`,` or `]` between records") == "]":
            return


def first_line(path: str) -> Any:
    """The first non-blank line of ``path`` decoded as JSON; None when it is not a whole JSON value."""
    with open(path, encoding="utf-8-sig", errors="replace") as stream:
        for raw in iter(lambda: stream.readline(MAX_RECORD), ""):
            if raw.strip():
                try:
                    return json.loads(raw)  # only to tell the shape of the file: the records are read strictly
                except (ValueError, RecursionError):
                    return None
    return None


def is_document(path: str, keys: tuple[str, ...]) -> bool:
    """True when ``path`` is one JSON document rather than JSON Lines: its first line is not a whole JSON
    value (pretty-printed), is an array, or is an object holding an array under one of ``keys``."""
    head = first_line(path)
    if isinstance(head, list):
        return True
    if isinstance(head, dict):
        return any(isinstance(head.get(k), list) for k in keys)
    return True


def records(path: str, keys: tuple[str, ...], byte_count: list[int]) -> tuple[Document, Iterator[tuple[int, int, Any]]]:
    """``(document, iterator of (line, column, record))``. For a JSON document, a first pass collects the
    top-level values beside the records (``document.extras``: sideloaded users come after the tickets),
    a second yields the records. ``byte_count[0]`` follows what was read, for a progress bar.

    In JSON Lines, a line that is not JSON comes as a :class:`Malformed` record (the next lines are still
    read); in a document, :class:`Malformed` is raised where it happens (nothing after it can be trusted).
    ``OSError`` when the file cannot be read."""
    doc = Document()
    if not is_document(path, keys):
        return doc, _lines(path, byte_count)
    with open(path, encoding="utf-8-sig") as stream:
        for _ in _document(stream, keys, doc, keep=False):
            pass
    return doc, _second_pass(path, keys, byte_count)


def _second_pass(path: str, keys: tuple[str, ...], byte_count: list[int]) -> Iterator[tuple[int, int, Any]]:
    scratch = Document()
    with open(path, encoding="utf-8-sig") as stream:
        yield from _document(stream, keys, scratch, keep=True, progress=byte_count)


def _lines(path: str, byte_count: list[int]) -> Iterator[tuple[int, int, Any]]:
    with open(path, "rb") as stream:
        number = 0
        while True:
            raw = stream.readline(MAX_RECORD)
            if not raw:
                return
            number += 1
            byte_count[0] += len(raw)
            if len(raw) == MAX_RECORD and not raw.endswith(b"\n"):
                while raw and not raw.endswith(b"\n"):  # skip the rest of the line, a block at a time
                    raw = stream.readline(MAX_RECORD)
                    byte_count[0] += len(raw)
                yield number, 1, Malformed(number, 1, f"the line is longer than {MAX_RECORD >> 20} MiB: "
                                                      "one record a line?")
                continue
            yield number, 1, _decode_line(number, raw)


def _decode_line(number: int, raw: bytes) -> Any:
    """The JSON value of one line, None for a blank line, or a :class:`Malformed`."""
    try:
        text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        return Malformed(number, exc.start + 1, "the line is not UTF-8 text")
    if not text.strip():
        return None
    try:
        return strictjson.loads(text)
    except json.JSONDecodeError as exc:
        return Malformed(number, exc.colno, f"not valid JSON: {exc.msg}")
    except strictjson.DuplicateKey as exc:
        return Malformed(number, 1, exc.sentence())
    except RecursionError:
        return Malformed(number, 1, "the JSON is nested too deeply")
