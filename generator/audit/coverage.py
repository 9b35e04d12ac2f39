"""Mystery-shopping coverage (``handbook audit --coverage``): in each period, the locations and scenarios
shopped fewer times than planned.

A scenario with ``per_location: {count: N, every: week|month|quarter}`` asks for N visits to each of its
locations in every such period (labels as in FORMAT §7.2: ``2026-W45``, ``2026-11``, ``2026-Q4``). Each plan
is measured in its own period: a monthly plan month by month, a quarterly one quarter by quarter.

- **Its locations** are the scenario's ``locations`` when it lists them; otherwise every location where a
  role that answers for one of its items was audited in the range (so a phone scenario is planned for the
  contact centre, not for the stores).
- **A visit** is what the ``visit`` column names: the audits of several employees (or auditors) on one visit
  count once. An audit without a visit id is a visit of its own.
- **The periods** are every period of the plan that overlaps the range: ``--from``/``--to`` when given, else
  the first and last audit dates. A period in which a location got no visit at all is listed too: that is
  the point.
- A ``scenario`` value that no scenario of ``scenarios/`` has counts towards no plan; it is reported, with
  the closest scenario id, because a typo there would otherwise show a store as under plan.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from ..diagnostics import did_you_mean
from ..model import Handbook, Scenario
from . import periods

#: the longest range the periods are enumerated over (a typo such as --from 0026-01-01 must not hang the run)
MAX_DAYS = 366 * 20


@dataclass(frozen=True)
class ShoppedAudit:
    """What coverage needs of one audit."""

    audit_id: str
    date: date
    role: str
    location: str
    visit: str | None
    scenario: str | None


@dataclass(frozen=True)
class Plan:
    """One scenario's plan, with the locations it was measured against."""

    scenario: str
    count: int
    every: str  # week | month | quarter
    locations: tuple[str, ...]
    listed: bool  # True: the scenario's own `locations`; False: where its roles were audited


@dataclass(frozen=True)
class Shortfall:
    """A location shopped with a scenario fewer times than planned in one period."""

    scenario: str
    location: str
    planned: int
    done: int


@dataclass(frozen=True)
class UnknownScenario:
    """A ``scenario`` value of the results that no scenario file defines."""

    value: str
    audits: int
    guess: str | None  # the closest scenario id (a typo's correction), or None


@dataclass(frozen=True)
class Coverage:
    start: date | None  # the range measured (None: no audit and no --from/--to)
    end: date | None
    plans: tuple[Plan, ...]
    #: every period of every plan in the range, in time order, with its shortfalls (empty: on plan)
    periods: dict[str, tuple[Shortfall, ...]]
    visits: dict[str, dict[str, dict[str, int]]]  # scenario -> location -> period -> visits
    unknown: tuple[UnknownScenario, ...]

    @property
    def shortfalls(self) -> int:
        return sum(len(found) for found in self.periods.values())


def _roles(handbook: Handbook, scenario: Scenario) -> set[str]:
    return {item.role for item_id in scenario.items if (item := handbook.item(item_id)) is not None}


def _period_labels(start: date, end: date, kind: str) -> Iterator[tuple[date, str]]:
    """``(first day in range, label)`` of each ``kind`` period that overlaps ``start..end``."""
    seen = ""
    day = start
    last = min(end, start + timedelta(days=MAX_DAYS))
    while day <= last:
        label = periods.label(day, kind)
        if label != seen:
            seen = label
            yield day, label
        day += timedelta(days=1)


def coverage(handbook: Handbook, audits: Iterable[ShoppedAudit], start: date | None, end: date | None) -> Coverage:
    """The coverage of every planned scenario by ``audits`` (already limited to the range) from ``start`` to ``end``."""
    audits = list(audits)
    if audits:
        start = start or min(a.date for a in audits)
        end = end or max(a.date for a in audits)
    known = {s.id for s in handbook.scenarios}
    unknown_counts = Counter(a.scenario for a in audits if a.scenario and a.scenario not in known)
    unknown = tuple(
        UnknownScenario(value, n, did_you_mean(value, sorted(known)))
        for value, n in sorted(unknown_counts.items())
    )
    plans: list[Plan] = []
    order: dict[str, tuple[date, int]] = {}  # period label -> (its first day in range, kind order) for sorting
    found: dict[str, list[Shortfall]] = {}
    visits: dict[str, dict[str, dict[str, int]]] = {}
    for scenario in handbook.scenarios:
        if scenario.plan is None:
            continue
        roles = _roles(handbook, scenario)
        locations = scenario.locations or tuple(sorted({a.location for a in audits if a.role in roles}))
        plan = Plan(scenario.id, scenario.plan.count, scenario.plan.every, locations, bool(scenario.locations))
        plans.append(plan)
        done: dict[tuple[str, str], set[str]] = {}
        for a in audits:
            if a.scenario == scenario.id:
                key = (a.location, periods.label(a.date, plan.every))
                done.setdefault(key, set()).add(a.visit or f"\0{a.audit_id}")
        visits[scenario.id] = {
            location: {label: len(v) for (loc, label), v in sorted(done.items()) if loc == location}
            for location in sorted({loc for loc, _ in done})
        }
        if start is None or end is None:
            continue
        for first, label in _period_labels(start, end, plan.every):
            order.setdefault(label, (first, periods.KINDS.index(plan.every)))
            bucket = found.setdefault(label, [])
            for location in locations:
                made = len(done.get((location, label), ()))
                if made < plan.count:
                    bucket.append(Shortfall(scenario.id, location, plan.count, made))
    ordered = sorted(found, key=lambda label: order[label])
    return Coverage(
        start=start,
        end=end,
        plans=tuple(plans),
        periods={label: tuple(found[label]) for label in ordered},
        visits=visits,
        unknown=unknown,
    )
