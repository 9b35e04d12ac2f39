"""``handbook training --format json``: FORMAT §7.10's object, with the details a script needs.

``{"employees": {ID: {"status", "acknowledged", ...}}, "roles": {ROLE: {"current", "due"}}, "locations":
{LOCATION: {"current", "due", "roles": {...}}}}`` plus ``format``, ``version``, ``date`` and
``unresolved_versions``. Keys are only ever added. The same in every language: a machine format.
"""

from __future__ import annotations

import json
from typing import Any

from ...training.inputs import Ack
from ...training.status import EmployeeStatus, TrainingReport

FORMAT_VERSION = 1


def _ack(ack: Ack | None) -> dict[str, Any] | None:
    if ack is None:
        return None
    return {"version": ack.version, "date": ack.date.isoformat(), "kind": ack.kind, "trainer": ack.trainer or None,
            "line": ack.line}


def employee(e: EmployeeStatus) -> dict[str, Any]:
    reading = e.reading
    return {
        "status": e.status,
        "acknowledged": e.acknowledged.version if e.acknowledged else None,
        "acknowledged_on": e.acknowledged.date.isoformat() if e.acknowledged else None,
        "reason": e.reason,
        "role": e.person.role,
        "location": e.person.location,
        "name": e.person.name or None,
        "changes": None if reading is None else {
            "since": reading.since, "added": list(reading.added), "changed": list(reading.changed),
            "removed": list(reading.removed), "other": list(reading.other),
        },
        "acknowledgement": _ack(e.acknowledged),
        "trained": _ack(e.trained),
    }


def as_data(report: TrainingReport) -> dict[str, Any]:
    locations: dict[str, Any] = {}
    for location, counts in report.locations.items():
        people = [e for e in report.employees if e.person.location == location]
        roles: dict[str, dict[str, int]] = {}
        for e in people:
            roles.setdefault(e.person.role, {"current": 0, "due": 0})[e.status] += 1
        locations[location] = {**counts, "roles": roles}
    return {
        "format": FORMAT_VERSION,
        "version": report.version,
        "date": report.today.isoformat(),
        "employees": {e.employee: employee(e) for e in report.employees},
        "roles": report.roles,
        "locations": locations,
        "unresolved_versions": {v: {"reason": u.reason, "detail": u.detail or None}
                                for v, u in report.unresolved.items()},
    }


def render(report: TrainingReport) -> str:
    return json.dumps(as_data(report), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
