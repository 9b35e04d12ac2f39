"""Who is current and who is due, and what each must read (FORMAT §7.10).

An employee is ``current`` when an acknowledgement of theirs that counts for their role names the current
``version``, or a version after which nothing their role reads changed. "Changed" is what ``handbook diff``
reports between that version (read from git, tag ``v<version>`` or ``<version>``) and the folder as it is now:
the standards whose responsible role is theirs (added, changed or removed; a standard that only moved is not a
change to read), and the other changes that concern their role or every role (a channel's target, a step's
owner, a forbidden phrase, a glossary term...). Anyone else is ``due``, with the reason and, when the version
could be compared, the list of changes.

An acknowledgement counts for the employee's role when it names no role, or names the role the roster gives
them now (a practical training signed off for another role does not make them current in this one).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from ..diff.changes import ALL_ROLES, ChangeSet
from ..model import Handbook
from .inputs import Ack, Person

Status = Literal["current", "due"]
#: why: the current version acknowledged | an earlier one with nothing of the role changed since |
#: an earlier one after which the role's standards changed | a version git does not have | no acknowledgement
Reason = Literal["current_version", "unchanged_since", "changed_since", "version_not_found", "never"]


@dataclass(frozen=True)
class ReadingList:
    """What changed for one role since one version: standards by change, and other changes by entity key."""

    role: str
    since: str  # the acknowledged version
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    other: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.removed or self.other)

    @property
    def count(self) -> int:
        return len(self.added) + len(self.changed) + len(self.removed) + len(self.other)


@dataclass(frozen=True)
class EmployeeStatus:
    person: Person
    status: Status
    reason: Reason
    acknowledged: Ack | None  # the acknowledgement the status rests on (the latest one when due)
    reading: ReadingList | None  # for changed_since: what to read
    trained: Ack | None  # the latest practical training signed off for this role

    @property
    def employee(self) -> str:
        return self.person.employee


@dataclass
class TrainingReport:
    """Every employee's status, with counts per role and per location, for one version of the standards."""

    handbook: Handbook
    version: str
    today: date
    employees: list[EmployeeStatus]
    #: versions that could not be read from git, with the reason (for the report's notes)
    unresolved: dict[str, Unresolved] = field(default_factory=dict)
    #: the change sets by acknowledged version (for presenters that show the changed standards' texts)
    changes: dict[str, ChangeSet] = field(default_factory=dict)

    def counts(self, key: Callable[[EmployeeStatus], str]) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for e in self.employees:
            bucket = out.setdefault(key(e), {"current": 0, "due": 0})
            bucket[e.status] += 1
        return out

    @property
    def roles(self) -> dict[str, dict[str, int]]:
        """``{role: {"current": N, "due": N}}`` in the handbook's role order."""
        found = self.counts(lambda e: e.person.role)
        return {r.id: found[r.id] for r in self.handbook.roles if r.id in found}

    @property
    def locations(self) -> dict[str, dict[str, int]]:
        """``{location: {"current": N, "due": N}}`` in the order locations first appear on the roster."""
        return self.counts(lambda e: e.person.location)


def reading_list(changes: ChangeSet, role: str, since: str) -> ReadingList:
    """What ``role`` must read of ``changes``: its standards added, changed or removed (moves left out) and the
    other changes concerning it or every role."""
    items = [c for c in changes.items if role in c.roles and c.change != "moved"]
    return ReadingList(
        role=role,
        since=since,
        added=tuple(c.id for c in items if c.change == "added"),
        changed=tuple(c.id for c in items if c.change == "changed"),
        removed=tuple(c.id for c in items if c.change == "removed"),
        other=tuple(e.key for e in changes.entities
                    if e.change != "moved" and (role in e.roles or ALL_ROLES in e.roles)),
    )


@dataclass(frozen=True)
class Unresolved:
    """Why an acknowledged version could not be compared: ``no_repository`` (the folder is not in git),
    ``no_tag`` (no tag ``v<version>`` or ``<version>``) or ``unreadable`` (git could not give the folder)."""

    reason: Literal["no_repository", "no_tag", "unreadable"]
    detail: str = ""


#: a change set since an acknowledged version, or why there is none
Baseline = Callable[[str], "ChangeSet | Unresolved"]


def evaluate(handbook: Handbook, staff: Iterable[Person], acks: Iterable[Ack], today: date,
             baseline: Baseline) -> TrainingReport:
    """Every roster person's status. ``baseline(version)`` compares that version with the current one."""
    by_employee: dict[str, list[Ack]] = {}
    for ack in acks:
        by_employee.setdefault(ack.employee, []).append(ack)
    report = TrainingReport(handbook, handbook.version, today, [])

    def since(version: str) -> ChangeSet | None:
        if version in report.changes:
            return report.changes[version]
        if version in report.unresolved:
            return None
        found = baseline(version)
        if isinstance(found, Unresolved):
            report.unresolved[version] = found
            return None
        report.changes[version] = found
        return found

    for person in staff:
        report.employees.append(_status(person, by_employee.get(person.employee, []), handbook.version, since))
    return report


def _status(person: Person, acks: list[Ack], current: str,
            since: Callable[[str], ChangeSet | None]) -> EmployeeStatus:
    counting = [a for a in acks if not a.role or a.role == person.role]
    # newest first: by date, then by position in the file
    counting.sort(key=lambda a: (a.date, a.line), reverse=True)
    trained = next((a for a in counting if a.kind == "training"), None)
    if not counting:
        return EmployeeStatus(person, "due", "never", None, None, trained)
    for ack in counting:
        if ack.version == current:
            return EmployeeStatus(person, "current", "current_version", ack, None, trained)
    for ack in counting:
        changes = since(ack.version)
        if changes is not None and reading_list(changes, person.role, ack.version).empty:
            return EmployeeStatus(person, "current", "unchanged_since", ack, None, trained)
    latest = counting[0]
    changes = since(latest.version)
    if changes is None:
        return EmployeeStatus(person, "due", "version_not_found", latest, None, trained)
    return EmployeeStatus(person, "due", "changed_since", latest,
                          reading_list(changes, person.role, latest.version), trained)
