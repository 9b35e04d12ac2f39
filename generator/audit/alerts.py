"""``repeat_critical`` alerts (FORMAT §7.2): the same critical item missed again and again by one employee.

An employee who answered `no` to the same critical item in ``count`` audits whose dates lie within
``within`` of each other (the last date minus the first at most ``within``) gets an alert. Runs of such
audits that overlap make one alert, listing every date of the run: with ``count: 2, within: 90d``, misses
on 1 March, 20 April and 10 June are one alert (1 March-20 April and 20 April-10 June overlap); misses on
1 March and 1 September are none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from ..model import RepeatCritical


class _Audit(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def date(self) -> date: ...
    @property
    def employee(self) -> str: ...
    @property
    def critical_failed(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class Alert:
    kind: str  # "repeat_critical"
    employee: str
    item: str
    dates: tuple[str, ...]  # ISO dates, in time order (a date twice for two audits on one day)
    audits: tuple[str, ...]  # the audits behind them, in the same order


def repeat_critical(audits: Iterable[_Audit], rule: RepeatCritical | None) -> list[Alert]:
    """The alerts of ``rule`` over ``audits``, by employee, item and first date."""
    if rule is None:
        return []
    misses: dict[tuple[str, str], list[tuple[date, str]]] = {}
    for a in audits:
        for item in a.critical_failed:
            misses.setdefault((a.employee, item), []).append((a.date, a.id))
    alerts = []
    n = rule.count
    for (employee, item), found in sorted(misses.items()):
        found.sort()
        runs: list[list[int]] = []  # [first index, last index] of each run of overlapping windows
        for i in range(len(found) - n + 1):
            if (found[i + n - 1][0] - found[i][0]).total_seconds() > rule.within_seconds:
                continue
            if runs and i <= runs[-1][1]:
                runs[-1][1] = i + n - 1
            else:
                runs.append([i, i + n - 1])
        for first, last in runs:
            chosen = found[first : last + 1]
            alerts.append(Alert("repeat_critical", employee, item, tuple(d.isoformat() for d, _ in chosen),
                                tuple(a for _, a in chosen)))
    return alerts
