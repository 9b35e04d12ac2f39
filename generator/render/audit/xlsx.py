"""``audit --format xlsx``: one workbook, one sheet per table of :mod:`.tables` (XlsxWriter).

Numbers are stored as numbers with a display format (scores ``0.0``, shares ``0.0%``), so a spreadsheet
computes with the exact values; dates are dates; text is always stored as text (never as a formula). Each
sheet has its header frozen and an autofilter. A sheet holds at most 1,048,575 rows (Excel's limit): a
longer table ends with a row saying how many were left out (``--format csv`` has them all).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from .tables import Table

MAX_ROWS = 1_048_575  # Excel's 1,048,576 rows, less the header
_FORMATS = {"score": "0.0", "share": "0.0%", "int": "0", "date": "yyyy-mm-dd"}


def write(tables: list[Table], path: Path) -> None:
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False,
                                               "strings_to_urls": False, "strings_to_numbers": False})
    try:
        bold = workbook.add_format({"bold": True})
        formats = {kind: workbook.add_format({"num_format": f}) for kind, f in _FORMATS.items()}
        workbook.set_properties({"title": "handbook audit", "comments": "Written by handbook audit --format xlsx"})
        for table in tables:
            _sheet(workbook, table, bold, formats)
    finally:
        workbook.close()


def _sheet(workbook: Any, table: Table, bold: Any, formats: dict[str, Any]) -> None:
    sheet = workbook.add_worksheet(table.name[:31])
    widths = [max(8, len(c.name) + 2) for c in table.columns]
    for col, column in enumerate(table.columns):
        sheet.write_string(0, col, column.name, bold)
    row_no = 0
    for row in table.rows:
        if row_no >= MAX_ROWS - 1:
            row_no += 1
            continue
        row_no += 1
        for col, (value, column) in enumerate(zip(row, table.columns, strict=True)):
            if value is None:
                continue
            kind = column.kind
            if isinstance(value, bool):
                sheet.write_boolean(row_no, col, value)
            elif isinstance(value, int | float) and kind != "text":
                sheet.write_number(row_no, col, value, formats.get(kind))
            elif isinstance(value, date):
                sheet.write_datetime(row_no, col, datetime(value.year, value.month, value.day), formats["date"])
            elif kind == "date" and isinstance(value, str):
                day = date.fromisoformat(value)
                sheet.write_datetime(row_no, col, datetime(day.year, day.month, day.day), formats["date"])
            else:
                text = str(value)
                sheet.write_string(row_no, col, text)
                if len(text) + 2 > widths[col]:
                    widths[col] = min(60, len(text) + 2)
    if row_no >= MAX_ROWS:
        sheet.write_string(MAX_ROWS, 0, f"… {row_no - MAX_ROWS + 1} more rows: --format csv has them all")
    for col, width in enumerate(widths):
        sheet.set_column(col, col, width)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, min(row_no, MAX_ROWS), max(0, len(table.columns) - 1))
