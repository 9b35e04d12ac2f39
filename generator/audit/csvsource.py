"""Reading a CSV input two ways: DuckDB's reader when the file is clean, Python's when it must explain.

- :func:`quick_header` reads only the header (the first non-blank record) with Python's ``csv``.
- :func:`duckdb_source` is the SQL that reads the data rows with DuckDB's parallel CSV reader: fast, no line
  numbers. It is only trusted for a file whose header is clean and whose values need no clean-up; the
  callers check that and fall back otherwise.
- :func:`python_rows` reads the whole file with Python's ``csv`` (strict quoting, physical line numbers,
  every problem reported) and :func:`write_lined` copies its rows, stripped of surrounding white space and
  with their line number, into a CSV that DuckDB then reads without any ambiguity.

Both ways give the same values: the tests compare them on generated files.
"""

from __future__ import annotations

import codecs
import csv
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from . import ids
from .columns import Columns
from .inputs import Problems

CHUNK = 1 << 20
#: fields and lines longer than this are an error in both readers (Python's ``csv`` field limit)
MAX_FIELD = 1 << 21
csv.field_size_limit(MAX_FIELD)
#: the characters ``str.strip()`` removes, as a regular-expression class for DuckDB (RE2)
WHITESPACE_CLASS = "[" + "".join(
    f"\\x{{{ord(c):x}}}" for c in map(chr, range(0x3001)) if c.isspace()
) + "]"

#: a character outside printable ASCII, for DuckDB (RE2): an id holding one goes to the careful reader (AUDIT020)
NOT_PLAIN = "'[^ -~]'"


@dataclass(frozen=True)
class Header:
    names: list[str]
    line: int  # physical line the header ends on (data starts after it)


def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def quick_header(path: str, columns: Columns) -> Header | None:
    """The header when it is clean (known columns, nothing missing or repeated), else None.

    None also when the first lines are not UTF-8 or not CSV: the careful reader then says what is wrong.
    """
    try:
        with open(path, "rb") as stream:
            line = 0
            for raw in stream:
                line += 1
                if len(raw) > MAX_FIELD:
                    return None
                text = raw.decode("utf-8")
                if line == 1:
                    text = text.removeprefix("\ufeff")
                if not text.strip():
                    continue
                if "\r" in text.rstrip("\r\n") or '"' in text:
                    return None  # a quoted or oddly broken header: let the careful reader judge it
                names = [cell.strip() for cell in next(csv.reader([text]))]
                return Header(names, line) if columns.header_is_clean(names) else None
    except (OSError, UnicodeDecodeError, csv.Error):
        return None
    return None


def duckdb_source(path: str, header: Header, columns: Columns) -> str:
    """SQL for the data rows, one VARCHAR column per known column (NULL for a column the file lacks).

    Strict quoting, no sniffing, no padding: anything DuckDB is unsure of is an error, and the caller
    then reads the file with Python.
    """
    spec = "{" + ", ".join(f"{_sql_text(f'c{i}')}: 'VARCHAR'" for i in range(len(header.names))) + "}"
    reader = (
        f"read_csv({_sql_text(path)}, header = false, skip = {header.line}, columns = {spec}, auto_detect = false, "
        f"delim = ',', quote = '\"', escape = '\"', strict_mode = true, null_padding = false, "
        f"max_line_size = {MAX_FIELD}, encoding = 'utf-8')"
    )
    select = []
    for name in columns.known:
        if name in header.names:
            select.append(f"c{header.names.index(name)} AS {name}")
        else:
            select.append(f"NULL::VARCHAR AS {name}")
    return f"(SELECT {', '.join(select)} FROM {reader})"


def lined_source(path: str, columns: Columns) -> str:
    """SQL for a file written by :func:`write_lined`: ``line`` and every known column ('' when empty)."""
    spec = "{'line': 'BIGINT', " + ", ".join(f"{_sql_text(n)}: 'VARCHAR'" for n in columns.known) + "}"
    return (
        f"(SELECT * FROM read_csv({_sql_text(path)}, header = true, columns = {spec}, auto_detect = false, "
        f"delim = ',', quote = '\"', escape = '\"', strict_mode = true, null_padding = false, "
        f"max_line_size = {4 * MAX_FIELD}, allow_quoted_nulls = false))"
    )


def _first_undecodable_line(path: str, problems: Problems) -> bool:
    """Report the first byte that is not UTF-8 with its line (AUDIT001); True when the file decodes."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    lines = 0
    try:
        with open(path, "rb") as stream:
            while chunk := stream.read(CHUNK):
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError as exc:
                    line = lines + chunk[: max(exc.start, 0)].count(b"\n") + 1
                    problems.add("AUDIT001", path, line, "the file is not UTF-8 text", "save it as CSV UTF-8")
                    return False
                lines += chunk.count(b"\n")
                offset += len(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        problems.add("AUDIT001", path, lines + 1, "the file is not UTF-8 text", "save it as CSV UTF-8")
        return False
    except OSError as exc:
        problems.add("AUDIT001", path, 1, f"cannot read the file: {exc.strerror or exc}")
        return False
    return True


def python_rows(path: str, columns: Columns, problems: Problems) -> Iterator[tuple[int, dict[str, str]]]:
    """``(line, row)`` of each non-blank data row once the header is usable; every problem to ``problems``.

    Values are stripped of surrounding white space; a column the file lacks is ``""``. The values of the id
    columns are NFC-normalised, and an id that could look like another is AUDIT020 (the row still comes).
    """
    if not _first_undecodable_line(path, problems):
        return
    with open(path, encoding="utf-8-sig", newline="") as stream:
        yield from records(
            stream, path, problems, lambda line, header: _header_ok(path, line, header, columns, problems),
            known=columns.known, id_columns=columns.ids, required=columns.required,
            file_rule="AUDIT001", row_rule="AUDIT002",
        )


class Reports(Protocol):
    """Where :func:`records` reports: the audit's and the training command's problem lists."""

    def add(self, rule: str, path: str, line: int, message: str, hint: str = "", column: int = 1) -> None: ...


def records(
    stream: Iterator[str], path: str, problems: Reports, header_ok: Callable[[int, list[str]], bool], *,
    known: Iterable[str], id_columns: Iterable[str], required: Iterable[str], file_rule: str, row_rule: str,
) -> Iterator[tuple[int, dict[str, str]]]:
    """``(line, row)`` of each non-blank data row of a CSV ``stream`` once ``header_ok(line, header)`` accepts
    its header (audit results and surveys, the training roster and acknowledgements).

    Values are stripped; a ``known`` column the file lacks is ``""``. Ids are NFC-normalised, and one that could
    look like another is AUDIT020 at its character (the row still comes). A row with another number of fields and
    an empty file are ``row_rule``; CSV that cannot be read (an unclosed quote) is ``file_rule``.
    """
    taken = Recorder(stream)
    reader = csv.reader(taken, strict=True)  # an unclosed quote must not eat the file
    header: list[str] | None = None
    previous_end = 0
    try:
        for record in reader:
            line = previous_end + 1
            previous_end = reader.line_num
            raw = taken.take()
            if not record or all(not cell.strip() for cell in record):
                continue
            if header is None:
                header = [cell.strip() for cell in record]
                if not header_ok(line, header):
                    return
                continue
            if len(record) != len(header):
                problems.add(row_rule, path, line, f"{len(record)} fields where the header has {len(header)}",
                             "quote values that contain commas")
                continue
            row = dict.fromkeys(known, "")
            row.update(zip(header, (cell.strip() for cell in record), strict=True))
            for name in id_columns:
                if ids.suspicious(value := row.get(name, "")):
                    if (bad := ids.problem(name, value)) is not None:
                        at_line, column = id_position(raw, line, record, header.index(name), value)
                        problems.add(ids.RULE, path, at_line, *bad, column=column)
                    row[name] = ids.normal(value)
            yield line, row
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            problems.add(
                file_rule, path, previous_end + 1,
                "a quote `\"` opened in this row is never closed, so the rest of the file would be one value",
                "close the quote, or write a quote inside a quoted value as two quotes `\"\"`",
            )
        else:
            problems.add(file_rule, path, previous_end + 1, f"not valid CSV: {exc}",
                         'quote a value that holds a comma or a line break, and double each quote in it: '
                         '"say ""hi"""')
    if header is None:
        problems.add(row_rule, path, 1, "the file is empty: expected a header " + ",".join(required))


class Recorder:
    """The lines a ``csv.reader`` has taken from ``stream`` since the last :meth:`take` (one record's text)."""

    def __init__(self, stream: Iterator[str]) -> None:
        self.stream = stream
        self.lines: list[str] = []

    def __iter__(self) -> Recorder:
        return self

    def __next__(self) -> str:
        line = next(self.stream)
        self.lines.append(line)
        return line

    def take(self) -> str:
        text = "".join(self.lines)
        self.lines = []
        return text


def field_start(raw: str, index: int) -> int | None:
    """Where the text of field ``index`` starts in ``raw``, one record as written (after an opening quote);
    None when the record is not as simple as that."""
    i, n = 0, len(raw)
    for _ in range(index):
        if i < n and raw[i] == '"':
            i += 1
            while i < n and not (raw[i] == '"' and raw[i + 1: i + 2] != '"'):
                i += 2 if raw[i] == '"' else 1
            i += 1
        while i < n and raw[i] != ",":
            i += 1
        if i >= n:
            return None
        i += 1
    return i + 1 if raw[i: i + 1] == '"' else i


def id_position(raw: str, line: int, record: list[str], index: int, value: str) -> tuple[int, int]:
    """The line and column of the character :func:`ids.where` names in field ``index`` of a record that starts
    on ``line``; the record's line and column 1 when it cannot be told."""
    start = field_start(raw, index)
    if start is None:
        return line, 1
    cell = record[index]
    offset = start + len(cell) - len(cell.lstrip()) + ids.where(value)
    before = raw[:offset]
    return line + before.count("\n"), offset - (before.rfind("\n") + 1) + 1


def _header_ok(path: str, line: int, header: list[str], columns: Columns, problems: Problems) -> bool:
    separator = next((sep for sep in (";", "\t", "|") if len(header) == 1 and sep in header[0]), None)
    if separator is not None:
        shown = "a tab" if separator == "\t" else f"`{separator}`"
        problems.add(
            "AUDIT002", path, line, f"the columns are separated by {shown}, not by commas",
            "save it as 'CSV UTF-8 (comma delimited)'"
            + ("; spreadsheets set to a language with decimal commas separate columns with `;`" if separator == ";"
               else "") + ". Expected " + ",".join(columns.required),
        )
        return False
    return columns.check_header(path, line, header, problems)


def write_lined(path: str, columns: Columns, problems: Problems, target: str) -> int:
    """Copy the rows :func:`python_rows` yields into ``target`` (``line`` + known columns); the row count."""
    count = 0
    with open(target, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
        writer.writerow(["line", *columns.known])
        for line, row in python_rows(path, columns, problems):
            writer.writerow([line, *(row[name] for name in columns.known)])
            count += 1
    os.chmod(target, 0o600)
    return count
