"""Mystery-shopping coverage (``handbook audit --coverage``): in each period, the locations and scenarios
shopped fewer times than planned.

A scenario with ``per_location: {count: N, every: week|month|quarter}`` asks for N visits to each of its
locations in every such period (labels as in FORMAT §7.2: ``2026-W45``, ``2026-11``, ``2026-Q4``).

- **The period a plan is measured in** is its own (``every``), or ``--period`` when that is longer: with
  ``--period quarter`` a plan of 2 a month asks for 6 visits in each quarter (2 for each of its months in the
  range). A shorter ``--period`` does not split a plan: a quarterly plan is still measured per quarter. A week
  counts towards the month or quarter its Thursday falls in, as ISO 8601 gives weeks to years; visits count
  in the period of their date.
- **Its locations** are the scenario's ``locations`` when it lists them; otherwise every location where a
  role that answers for one of its items was audited in the range (so a phone scenario is planned for the
  contact centre, not for the stores).
- **A visit** is what the ``visit`` column names: the audits of several employees (or auditors) on one visit
  count once. An audit without a visit id is a visit of its own.
- **The periods** are every period that overlaps the range: ``--from``/``--to`` when given, else the first
  and last audit dates. A period in which a location got no visit at all is listed too: that is the point.
  A period that ``--from``/``--to`` cut is *partial* (visits outside the range are not counted); a period
  that ends today or later is *in progress* (its missing visits may still be made).
- A ``scenario`` value that no scenario of ``scenarios/`` has counts towards no plan. The results reader
  refuses one (AUDIT019); one can still come from a ``--store`` that was filled before the scenario was
  renamed, so it is reported here, with the closest scenario id.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from ..diagnostics import did_you_mean
from ..model import Handbook, Scenario
from . import periods
from .engine import Engine

#: the longest range the periods are enumerated over (a typo such as --from 0026-01-01 must not hang the run)
MAX_DAYS = 366 * 20


@dataclass(frozen=True)
class ShoppedAudit:
    """What coverage needs of one audit that names a scenario."""

    audit_id: str
    date: date
    role: str
    location: str
    visit: str | None
    scenario: str


@dataclass(frozen=True)
class Audits:
    """What coverage needs of the audits in the range."""

    shopped: tuple[ShoppedAudit, ...]  # the audits with a scenario value
    places: frozenset[tuple[str, str]]  # (role, location) of every audit
    first: date | None  # the first and last audit dates (None: no audit)
    last: date | None


@dataclass(frozen=True)
class Plan:
    """One scenario's plan, with the locations it is measured against."""

    scenario: str
    count: int
    every: str  # week | month | quarter: the plan's own period
    measured: str  # the period it is measured in: ``every``, or a longer --period
    locations: tuple[str, ...]
    listed: bool  # True: the scenario's own `locations`; False: where its roles were audited


@dataclass(frozen=True)
class Cell:
    """One location of one plan in one period: the visits planned and made."""

    scenario: str
    location: str
    planned: int
    done: int

    @property
    def missing(self) -> int:
        return max(0, self.planned - self.done)


@dataclass(frozen=True)
class Period:
    """One period of the coverage and every planned (scenario, location) measured in it."""

    label: str
    first: date
    last: date
    partial: bool  # --from/--to cut it: visits outside the range are not counted
    in_progress: bool  # it ends today or later: the missing visits may still be made
    cells: tuple[Cell, ...]  # in the order of the scenarios, then the locations

    @property
    def under_plan(self) -> tuple[Cell, ...]:
        return tuple(c for c in self.cells if c.done < c.planned)

    @property
    def on_plan(self) -> tuple[Cell, ...]:
        return tuple(c for c in self.cells if c.done >= c.planned)


@dataclass(frozen=True)
class UnknownScenario:
    """A ``scenario`` value of the audits that no scenario file defines."""

    value: str
    audits: int
    guess: str | None  # the closest scenario id (a typo's correction), or None


@dataclass(frozen=True)
class Coverage:
    start: date | None  # the range measured (None: no audit and no --from/--to)
    end: date | None
    period: str | None  # --period, as asked
    plans: tuple[Plan, ...]
    unplanned: tuple[str, ...]  # scenarios without `per_location`
    periods: dict[str, Period]  # in the order they end (a month before the quarter it ends with)
    unknown: tuple[UnknownScenario, ...]

    @property
    def shortfalls(self) -> int:
        """How many (period, scenario, location) got fewer visits than planned."""
        return sum(len(p.under_plan) for p in self.periods.values())


def gather(audits: Iterable[ShoppedAudit | tuple[str, str, date]]) -> Audits:
    """:class:`Audits` from the audits themselves: a :class:`ShoppedAudit` for an audit with a scenario,
    ``(role, location, date)`` for one without."""
    shopped: list[ShoppedAudit] = []
    places: set[tuple[str, str]] = set()
    days: list[date] = []
    for audit in audits:
        if isinstance(audit, ShoppedAudit):
            shopped.append(audit)
            places.add((audit.role, audit.location))
            days.append(audit.date)
        else:
            places.add((audit[0], audit[1]))
            days.append(audit[2])
    return Audits(tuple(shopped), frozenset(places), min(days, default=None), max(days, default=None))


def read(engine: Engine, table: str, where: str) -> Audits:
    """:class:`Audits` of the rows of ``table`` (``audits_in`` or the store's ``audits_all``) that match ``where``:
    only the audits with a scenario value come into Python, the rest as distinct (role, location)."""
    rows = engine.rows(f"""SELECT audit_id, date, role, location, visit, scenario FROM {table}
                           WHERE ({where}) AND scenario IS NOT NULL ORDER BY date, audit_id""")
    places = engine.rows(f"SELECT DISTINCT role, location FROM {table} WHERE {where}")
    first, last = engine.one(f"SELECT min(date), max(date) FROM {table} WHERE {where}")
    return Audits(tuple(ShoppedAudit(*row) for row in rows), frozenset((r, loc) for r, loc in places), first, last)


def _roles(handbook: Handbook, scenario: Scenario) -> set[str]:
    return {item.role for item_id in scenario.items if (item := handbook.item(item_id)) is not None}


def _labels(start: date, end: date, kind: str) -> Iterator[tuple[str, date, date]]:
    """``(label, first day, last day)`` of each ``kind`` period that overlaps ``start..end``, in time order."""
    day = start
    last = min(end, start + timedelta(days=MAX_DAYS))
    while day <= last:
        label = periods.label(day, kind)
        first_day, last_day = periods.bounds(label)
        yield label, first_day, last_day
        day = last_day + timedelta(days=1)


def _planned_periods(every: str, first: date, last: date, start: date, end: date) -> int:
    """How many ``every`` periods of the measured period ``first..last`` overlap the range ``start..end``
    (a week belongs to the period its Thursday falls in)."""
    if every == "week":
        monday = first - timedelta(days=first.weekday())
        weeks = 0
        while monday <= last:
            thursday = monday + timedelta(days=3)
            if first <= thursday <= last and monday <= end and monday + timedelta(days=6) >= start:
                weeks += 1
            monday += timedelta(days=7)
        return weeks
    return sum(1 for _ in _labels(max(first, start), min(last, end), every))


def _longer(kind: str, other: str | None) -> str:
    if other is None:
        return kind
    return max(kind, other, key=periods.KINDS.index)


def coverage(handbook: Handbook, audits: Audits, start: date | None = None, end: date | None = None,
             period: str | None = None, today: date | None = None) -> Coverage:
    """The coverage of every planned scenario by ``audits`` (already limited to the range) from ``start``
    (``--from``, else the first audit's date) to ``end`` (``--to``, else the last audit's date)."""
    given = (start, end)
    start = start or audits.first
    end = end or audits.last
    if start is not None and end is None:
        end = max(start, audits.last or start)
    if end is not None and start is None:
        start = min(end, audits.first or end)
    known = [s.id for s in handbook.scenarios]
    unknown_counts = Counter(a.scenario for a in audits.shopped if a.scenario not in known)
    unknown = tuple(UnknownScenario(value, n, did_you_mean(value, known))
                    for value, n in sorted(unknown_counts.items()))
    plans: list[Plan] = []
    cells: dict[str, list[Cell]] = {}
    spans: dict[str, tuple[date, date]] = {}
    for scenario in handbook.scenarios:
        if scenario.plan is None:
            continue
        roles = _roles(handbook, scenario)
        locations = scenario.locations or tuple(sorted({loc for role, loc in audits.places if role in roles}))
        measured = _longer(scenario.plan.every, period)
        plan = Plan(scenario.id, scenario.plan.count, scenario.plan.every, measured, locations,
                    bool(scenario.locations))
        plans.append(plan)
        if start is None or end is None:
            continue
        done: dict[tuple[str, str], set[str]] = {}
        for a in audits.shopped:
            if a.scenario == scenario.id:
                key = (a.location, periods.label(a.date, measured))
                done.setdefault(key, set()).add(a.visit if a.visit is not None else f"\0{a.audit_id}")
        for label, first, last in _labels(start, end, measured):
            planned = plan.count * _planned_periods(plan.every, first, last, start, end)
            if planned == 0 or not locations:
                continue
            spans[label] = (first, last)
            bucket = cells.setdefault(label, [])
            bucket.extend(Cell(scenario.id, loc, planned, len(done.get((loc, label), ()))) for loc in locations)
    today = today or date.today()
    # as they end, the shorter first: 2026-11, 2026-12, 2026-Q4
    ordered = sorted(spans, key=lambda label: (spans[label][1], -spans[label][0].toordinal()))
    found = {}
    for label in ordered:
        first, last = spans[label]
        partial = (given[0] is not None and first < given[0]) or (given[1] is not None and last > given[1])
        found[label] = Period(label, first, last, partial, last >= today, tuple(cells[label]))
    return Coverage(
        start=start,
        end=end,
        period=period,
        plans=tuple(plans),
        unplanned=tuple(s.id for s in handbook.scenarios if s.plan is None),
        periods=found,
        unknown=unknown,
    )
