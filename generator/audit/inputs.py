"""Reading and checking the audit inputs of FORMAT §6: audit results and surveys (CSV).

Every problem becomes a :class:`~generator.diagnostics.Diagnostic` with the file and the physical line
number (``results.csv:14: unknown item id ...``); reading never stops at the first problem, and callers
score nothing when there is one. Transcripts are streamed by :mod:`generator.audit.transcripts`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..diagnostics import Diagnostic, Position, Severity
from ..model import Handbook
from ..rules._base import did_you_mean

RESULT_COLUMNS = ("audit_id", "date", "employee", "role", "location", "item", "result", "comment")
SURVEY_COLUMNS = ("date", "location", "employee", "score")
RESULTS = ("yes", "no", "na")
MAX_PROBLEMS = 1000  # per file: keeps memory bounded on a hopeless input


@dataclass(frozen=True)
class Answer:
    """One row of an audit: an item checked with a result."""

    line: int
    item: str  # global id parent#item
    result: str  # yes | no | na
    comment: str


@dataclass(frozen=True)
class Audit:
    """One audit: one employee, one date, one role, one location, its answers."""

    id: str
    date: str
    employee: str
    role: str
    location: str
    answers: tuple[Answer, ...]
    path: str
    line: int  # the audit's first row


@dataclass(frozen=True)
class SurveyResponse:
    line: int
    date: str
    location: str
    employee: str  # may be empty
    score: int


class Problems:
    """Collects input diagnostics (at most :data:`MAX_PROBLEMS` per file are kept, the rest counted)."""

    def __init__(self) -> None:
        self.items: list[Diagnostic] = []
        self.dropped: dict[str, int] = {}
        self._per_file: dict[str, int] = {}

    def add(self, rule: str, path: str, line: int, message: str, hint: str = "", column: int = 1) -> None:
        count = self._per_file.get(path, 0) + 1
        self._per_file[path] = count
        if count > MAX_PROBLEMS:
            self.dropped[path] = self.dropped.get(path, 0) + 1
            return
        self.items.append(Diagnostic(rule, Severity.ERROR, Position(path, line, column), message, hint))

    def __bool__(self) -> bool:
        return bool(self.items)


def valid_date(value: str) -> bool:
    """``YYYY-MM-DD`` and a real calendar date."""
    if len(value) != 10:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _read_text(path: str, problems: Problems) -> str | None:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        problems.add("AUDIT001", path, 1, f"cannot read the file: {exc.strerror or exc}")
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.add("AUDIT001", path, line, "the file is not UTF-8 text", "save it as CSV UTF-8")
        return None


def _rows(path: str, columns: tuple[str, ...], problems: Problems) -> Iterator[tuple[int, dict[str, str]]]:
    """``(line, row)`` of each non-blank data row, once the header has the expected columns."""
    text = _read_text(path, problems)
    if text is None:
        return
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)  # an unclosed quote must not eat the file
    header: list[str] | None = None
    previous_end = 0
    try:
        for record in reader:
            line = previous_end + 1
            previous_end = reader.line_num
            if not record or all(not cell.strip() for cell in record):
                continue
            if header is None:
                header = [cell.strip() for cell in record]
                if not _header_ok(path, line, header, columns, problems):
                    return
                continue
            if len(record) != len(header):
                problems.add(
                    "AUDIT002", path, line, f"{len(record)} fields where the header has {len(header)}",
                    "quote values that contain commas",
                )
                continue
            yield line, {name: cell.strip() for name, cell in zip(header, record, strict=True)}
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            problems.add(
                "AUDIT001", path, previous_end + 1,
                "a quote `\"` opened in this row is never closed, so the rest of the file would be one value",
                "close the quote, or write a quote inside a quoted value as two quotes `\"\"`",
            )
        else:
            problems.add("AUDIT001", path, previous_end + 1, f"not valid CSV: {exc}",
                         'quote a value that holds a comma or a line break, and double each quote in it: "say ""hi"""')
    if header is None:
        problems.add("AUDIT002", path, 1, "the file is empty: expected a header " + ",".join(columns))


def _header_ok(path: str, line: int, header: list[str], columns: tuple[str, ...], problems: Problems) -> bool:
    separator = next((sep for sep in (";", "\t", "|") if len(header) == 1 and sep in header[0]), None)
    if separator is not None:
        shown = "a tab" if separator == "\t" else f"`{separator}`"
        problems.add(
            "AUDIT002", path, line, f"the columns are separated by {shown}, not by commas",
            "save it as 'CSV UTF-8 (comma delimited)'"
            + ("; spreadsheets set to a language with decimal commas separate columns with `;`" if separator == ";"
               else "") + ". Expected " + ",".join(columns),
        )
        return False
    ok = True
    for name in header:
        if name not in columns:
            hint = did_you_mean(name, columns)
            problems.add("AUDIT002", path, line, f"unknown column `{name}`", hint or "expected " + ",".join(columns))
            ok = False
    for name in columns:
        if name not in header:
            problems.add("AUDIT002", path, line, f"missing column `{name}`", "expected " + ",".join(columns))
            ok = False
    if len(set(header)) != len(header):
        problems.add("AUDIT002", path, line, "a column appears twice in the header")
        ok = False
    return ok


def read_results(path: str, handbook: Handbook, problems: Problems) -> list[Audit]:
    """The audits of a results CSV, grouped by ``audit_id`` in file order; problems go to ``problems``."""
    grouped: dict[str, list[tuple[int, dict[str, str]]]] = {}
    for line, row in _rows(path, RESULT_COLUMNS, problems):
        if _check_result_row(path, line, row, handbook, problems):
            grouped.setdefault(row["audit_id"], []).append((line, row))
    audits = []
    for audit_id, rows in grouped.items():
        audit = _build_audit(path, audit_id, rows, problems)
        if audit is not None:
            audits.append(audit)
    return audits


def _check_result_row(path: str, line: int, row: dict[str, str], hb: Handbook, problems: Problems) -> bool:
    ok = True
    for name in ("audit_id", "employee", "location", "item", "role", "date", "result"):
        if not row[name]:
            problems.add("AUDIT009", path, line, f"empty `{name}`")
            ok = False
    if not ok:
        return False
    if not valid_date(row["date"]):
        problems.add("AUDIT006", path, line, f"`{row['date']}` is not a date", "write dates as YYYY-MM-DD")
        ok = False
    if hb.role(row["role"]) is None:
        hint = did_you_mean(row["role"], [r.id for r in hb.roles])
        problems.add("AUDIT004", path, line, f"unknown role `{row['role']}`", hint or "use a role id of roles.yaml")
        ok = False
    if hb.item(row["item"]) is None:
        hint = did_you_mean(row["item"], hb.items)
        problems.add(
            "AUDIT003", path, line, f"unknown item id `{row['item']}`",
            hint or "use a global item id `step#item`, `situation#item` or `role#item`",
        )
        ok = False
    if row["result"].lower() not in RESULTS:
        problems.add(
            "AUDIT005", path, line, f"result `{row['result']}` is not yes, no or na",
            "write `na` for an item that did not apply",
        )
        ok = False
    return ok


def _build_audit(path: str, audit_id: str, rows: list[tuple[int, dict[str, str]]], problems: Problems) -> Audit | None:
    first_line, first = rows[0]
    ok = True
    seen: dict[str, int] = {}
    answers = []
    for line, row in rows:
        for name in ("employee", "date", "role", "location"):
            if row[name] != first[name]:
                problems.add(
                    "AUDIT007", path, line,
                    f"audit `{audit_id}` mixes {name}s: `{row[name]}` here, `{first[name]}` on line {first_line}",
                    "one audit covers one employee, on one date, in one role and location; use another audit_id",
                )
                ok = False
        if row["item"] in seen:
            problems.add(
                "AUDIT008", path, line,
                f"item `{row['item']}` answered twice in audit `{audit_id}` (first on line {seen[row['item']]})",
            )
            ok = False
        seen.setdefault(row["item"], line)
        answers.append(Answer(line, row["item"], row["result"].lower(), row["comment"]))
    if not ok:
        return None
    return Audit(
        audit_id, first["date"], first["employee"], first["role"], first["location"], tuple(answers), path, first_line
    )


def read_surveys(path: str, problems: Problems) -> list[SurveyResponse]:
    """The responses of a surveys CSV (``date,location,employee,score``, score an integer 0-10)."""
    out = []
    for line, row in _rows(path, SURVEY_COLUMNS, problems):
        ok = True
        if not valid_date(row["date"]):
            problems.add("AUDIT006", path, line, f"`{row['date']}` is not a date", "write dates as YYYY-MM-DD")
            ok = False
        if not row["location"]:
            problems.add("AUDIT009", path, line, "empty `location`")
            ok = False
        score = row["score"]
        if not (score.isascii() and score.isdigit() and 0 <= int(score) <= 10):
            problems.add("AUDIT010", path, line, f"score `{score}` is not a whole number from 0 to 10")
            ok = False
        if ok:
            out.append(SurveyResponse(line, row["date"], row["location"], row["employee"], int(score)))
    return out
