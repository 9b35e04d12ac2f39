"""Scheduled changes: the days on which standards come into force or stop applying (FORMAT §7.9).

A standard is in force on the days ``effective <= day < retired``; :func:`upcoming` lists what changes
after a given day, day by day, for the site's "Upcoming changes" page and its home-page notice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from .model import Handbook, Standard

Event = Literal["effective", "retired"]


@dataclass(frozen=True)
class Scheduled:
    """One standard that comes into force (``effective``) or stops applying (``retired``) on ``day``."""

    day: date
    event: Event
    item: Standard


def upcoming(handbook: Handbook, after: date) -> list[tuple[date, list[Scheduled]]]:
    """Every change later than ``after``, grouped by day (earliest first), each day in journey order with
    the standards that start before those that end."""
    return _by_day(_events(handbook.all_standards(), after))


def _events(items: Iterable[Standard], after: date) -> list[Scheduled]:
    found = []
    for item in items:
        if item.effective is not None and item.effective > after:
            found.append(Scheduled(item.effective, "effective", item))
        if item.retired is not None and item.retired > after:
            found.append(Scheduled(item.retired, "retired", item))
    return found


def _by_day(events: list[Scheduled]) -> list[tuple[date, list[Scheduled]]]:
    days: dict[date, list[Scheduled]] = {}
    for event in events:
        days.setdefault(event.day, []).append(event)
    return [
        (day, sorted(found, key=lambda e: e.event != "effective"))  # stable: journey order within each event
        for day, found in sorted(days.items())
    ]


def has_dates(handbook: Handbook) -> bool:
    """Some standard has an ``effective`` or ``retired`` date (the site then has an "Upcoming changes" page)."""
    return any(item.dated for item in handbook.all_standards())
