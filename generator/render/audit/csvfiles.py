"""``audit --format csv``: one CSV file per table of :mod:`.tables` (UTF-8, comma, a header line).

A value is written as Python's shortest exact form for a number (``83.33333333333333``), ISO 8601 for a date,
and an empty field for no value. A text cell that a spreadsheet would take for a formula (it starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return: a comment typed by an auditor, an id) gets a leading
apostrophe, the usual defence against formula injection; numbers are never changed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from typing import Any

from .tables import Table

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
ROWS_PER_CHUNK = 2000


def cell(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    if kind == "text" and text.startswith(FORMULA_START):
        return "'" + text
    return text


def render(table: Table) -> Iterator[str]:
    """The table as CSV text, in chunks."""
    kinds = [c.kind for c in table.columns]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([c.name for c in table.columns])
    for n, row in enumerate(table.rows, 1):
        writer.writerow([cell(v, k) for v, k in zip(row, kinds, strict=True)])
        if n % ROWS_PER_CHUNK == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()
