"""The roster (``--staff``) and the acknowledgements (``--acks``) of ``handbook training``, read by header.

Every problem is a diagnostic with its file and line (rules TRAIN001-TRAIN004, and AUDIT020 for an id that
could look like another); reading never stops at the
first one. A roster row is ``employee,role,location[,name]``; an acknowledgement ``employee,version,date`` with
optional ``kind`` (``read`` or ``training``), ``trainer``, ``role`` and ``note``.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..audit import ids
from ..audit.csvsource import records as csv_records
from ..clock import iso_date
from ..diagnostics import Diagnostic, Position, Severity, did_you_mean
from ..model import Handbook
from ..rules import RULES

MAX_PROBLEMS = 1000  # per file
STAFF_REQUIRED = ("employee", "role", "location")
STAFF_OPTIONAL = ("name",)
ACKS_REQUIRED = ("employee", "version", "date")
ACKS_OPTIONAL = ("kind", "trainer", "role", "note")
#: the columns of an acknowledgement row, in the order the checklist's sign-off prints them
ACK_COLUMNS = ("employee", "version", "date", "kind", "trainer", "role")
KINDS = ("read", "training")
#: columns holding ids: NFC-normalised, and AUDIT020 when one could look like another id
ID_COLUMNS = ("employee", "location", "trainer")


@dataclass(frozen=True)
class Person:
    """One roster row: who works where, in which role."""

    employee: str
    role: str
    location: str
    name: str  # '' when the roster has no name column or leaves it empty
    line: int


@dataclass(frozen=True)
class Ack:
    """One acknowledgement: the employee confirmed reading a version (``read``), or a trainer signed off their
    practical training on the role's checklist of that version (``training``)."""

    employee: str
    version: str
    date: date
    kind: str  # read | training
    trainer: str
    role: str  # '' when the row names no role: it counts for whatever role the employee has
    note: str
    path: str
    line: int


class Problems:
    """The diagnostics of the training inputs, their severity from the rule registry (at most
    :data:`MAX_PROBLEMS` per file are kept, the rest counted)."""

    def __init__(self) -> None:
        self.items: list[Diagnostic] = []
        self.dropped: dict[str, int] = {}
        self._per_file: dict[str, int] = {}

    def add(self, rule: str, path: str, line: int, message: str, hint: str = "", column: int = 1) -> None:
        module = RULES[rule]
        if getattr(module, "STAGE", None) != "training" and rule != ids.RULE:  # ids: the audit inputs' rule
            raise KeyError(f"{rule} is not a training input rule")
        count = self._per_file.get(path, 0) + 1
        self._per_file[path] = count
        if count > MAX_PROBLEMS:
            self.dropped[path] = self.dropped.get(path, 0) + 1
            return
        self.items.append(Diagnostic(rule, Severity(module.SEVERITY), Position(path, line, column), message, hint))

    def has_errors(self) -> bool:
        return any(d.severity is Severity.ERROR for d in self.items)


def _text(path: str, problems: Problems) -> str | None:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        problems.add("TRAIN001", path, 1, f"cannot read the file: {exc.strerror or exc}")
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.add("TRAIN001", path, line, "the file is not UTF-8 text", "save it as 'CSV UTF-8'")
        return None


def _header_ok(path: str, line: int, header: list[str], required: tuple[str, ...], optional: tuple[str, ...],
               problems: Problems) -> bool:
    expected = ",".join(required) + " (optional: " + ", ".join(optional) + ")"
    separator = next((s for s in (";", "\t", "|") if len(header) == 1 and s in header[0]), None)
    if separator is not None:
        shown = "a tab" if separator == "\t" else f"`{separator}`"
        problems.add("TRAIN001", path, line, f"the columns are separated by {shown}, not by commas",
                     "save it as 'CSV UTF-8 (comma delimited)'; expected " + expected)
        return False
    ok = True
    for name in header:
        if name not in required + optional:
            guess = did_you_mean(name, required + optional)
            problems.add("TRAIN001", path, line, f"unknown column `{name}`",
                         f"did you mean `{guess}`?" if guess else "expected " + expected)
            ok = False
    for name in required:
        if name not in header:
            problems.add("TRAIN001", path, line, f"missing column `{name}`", "expected " + expected)
            ok = False
    if len(set(header)) != len(header):
        twice = sorted({n for n in header if header.count(n) > 1})
        problems.add("TRAIN001", path, line, "a column appears twice in the header: " + ", ".join(twice))
        ok = False
    return ok


def records(path: str, required: tuple[str, ...], optional: tuple[str, ...],
            problems: Problems) -> Iterator[tuple[int, dict[str, str]]]:
    """``(line, row)`` of each non-blank data row (values stripped, missing optional columns ''), once the
    header is usable; a file without a header is TRAIN001. Ids are NFC-normalised; one that could look like
    another is AUDIT020 (the row still comes)."""
    text = _text(path, problems)
    if text is None:
        return
    yield from csv_records(
        io.StringIO(text, newline=""), path, problems,
        lambda line, header: _header_ok(path, line, header, required, optional, problems),
        known=optional, id_columns=ID_COLUMNS, required=required, file_rule="TRAIN001", row_rule="TRAIN001",
    )


def read_staff(path: str, handbook: Handbook, problems: Problems) -> list[Person]:
    """The roster's people, in file order; problems go to ``problems``."""
    roles = [r.id for r in handbook.roles]
    first_line: dict[str, int] = {}
    people = []
    for line, row in records(path, STAFF_REQUIRED, STAFF_OPTIONAL, problems):
        empty = [name for name in STAFF_REQUIRED if not row[name]]
        for name in empty:
            problems.add("TRAIN002", path, line, f"empty `{name}`")
        if empty:
            continue
        ok = True
        if handbook.role(row["role"]) is None:
            guess = did_you_mean(row["role"], roles)
            problems.add("TRAIN002", path, line, f"unknown role `{row['role']}`",
                         f"did you mean `{guess}`?" if guess else "use a role id of roles.yaml: " + ", ".join(roles))
            ok = False
        if (first := first_line.get(row["employee"])) is not None:
            problems.add("TRAIN002", path, line,
                         f"employee `{row['employee']}` is on the roster twice (first on line {first})",
                         "one row per person: the role and location they have now")
            ok = False
        first_line.setdefault(row["employee"], line)
        if ok:
            people.append(Person(row["employee"], row["role"], row["location"], row["name"], line))
    return people


def read_acks(path: str, handbook: Handbook, staff: list[Person] | None, today: date,
              problems: Problems) -> list[Ack]:
    """The acknowledgements of people on the roster, in file order; problems go to ``problems`` (an employee
    who is not on the roster is TRAIN004, a warning, and the row is left out). ``staff`` None: the roster
    could not be read whole, so nobody is reported as missing from it."""
    on_roster = {p.employee for p in staff or ()}
    roles = [r.id for r in handbook.roles]
    acks = []
    for line, row in records(path, ACKS_REQUIRED, ACKS_OPTIONAL, problems):
        empty = [name for name in ACKS_REQUIRED if not row[name]]
        for name in empty:
            problems.add("TRAIN003", path, line, f"empty `{name}`")
        if empty:
            continue
        ok = True
        day = _date(row["date"])
        if day is None:
            problems.add("TRAIN003", path, line, f"`{row['date']}` is not a date", "write dates as YYYY-MM-DD")
            ok = False
        elif day > today:
            problems.add("TRAIN003", path, line, f"the date {row['date']} is after today ({today.isoformat()})",
                         "an acknowledgement is dated the day it was given")
            ok = False
        kind = row["kind"].lower() or "read"
        if kind not in KINDS:
            guess = did_you_mean(kind, KINDS)
            problems.add("TRAIN003", path, line, f"kind `{row['kind']}` is not read or training",
                         f"did you mean `{guess}`?" if guess else
                         "`read`: the employee read the version; `training`: a trainer signed off the checklist")
            ok = False
        if row["role"] and handbook.role(row["role"]) is None:
            guess = did_you_mean(row["role"], roles)
            problems.add("TRAIN003", path, line, f"unknown role `{row['role']}`",
                         f"did you mean `{guess}`?" if guess else "leave it empty, or use a role id of roles.yaml")
            ok = False
        if staff is not None and row["employee"] not in on_roster:
            guess = did_you_mean(row["employee"], on_roster)
            problems.add("TRAIN004", path, line,
                         f"employee `{row['employee']}` is not on the roster; the row is left out",
                         f"did you mean `{guess}`?" if guess else "nothing to do if they have left")
            continue
        if ok:
            assert day is not None
            acks.append(Ack(row["employee"], row["version"], day, kind, row["trainer"], row["role"], row["note"],
                            path, line))
    return acks


def _date(value: str) -> date | None:
    return iso_date(value)
