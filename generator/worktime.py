"""Working time between two moments, in a channel's time zone (FORMAT §7.5).

A :class:`WorkingCalendar` knows, for each local date, the periods in which the channel is staffed:
the ranges of its weekday, none on a holiday. They are turned into UTC instants with the time zone's
rules of that date, so a working period on the day the clocks change lasts as long as it really does:
``00:00-24:00`` on the day summer time begins is 23 hours. A time the clocks skip is read as PEP 495 reads
it (in Riga, where 03:00 jumps to 04:00, ``03:30`` is 04:30).

The periods of a date are computed once and cached, so checking a million replies costs a dictionary
look-up per day they span.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .model import Channel

Period = tuple[float, float]  # UTC timestamps: open, close
DAY = timedelta(days=1)


def zone(name: str) -> ZoneInfo | None:
    """The time zone ``name`` (IANA), or None when neither the system nor ``tzdata`` knows it."""
    if not name or name != name.strip() or name.startswith(("/", ".")) or ".." in name:
        return None  # ZoneInfo would reject these with ValueError; they are never zone names
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def merged(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Ranges in minutes, sorted and with overlaps joined (HOURS002 reports overlaps; none counts twice)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(r for r in ranges if r[1] > r[0]):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


class WorkingCalendar:
    """When a channel is staffed: weekly ranges in a time zone, minus holidays."""

    def __init__(self, tz: ZoneInfo, week: Sequence[Sequence[tuple[int, int]]], holidays: Iterable[str] = ()) -> None:
        self.tz = tz
        self.week = [merged(day) for day in week]
        self.holidays = frozenset(date.fromisoformat(d) for d in holidays)
        self._periods: dict[date, tuple[Period, ...]] = {}

    @classmethod
    def for_channel(cls, channel: Channel, holidays: Iterable[str] = ()) -> WorkingCalendar | None:
        """The channel's calendar; None when it has no ``hours`` (every hour counts) or an unknown time zone
        (HOURS001 reports it; with the rule turned off, every hour counts rather than a wrong guess)."""
        if not channel.hours or channel.timezone is None:
            return None
        tz = zone(channel.timezone)
        if tz is None:
            return None
        week: list[list[tuple[int, int]]] = [[] for _ in range(7)]
        for entry in channel.hours:
            for day in entry.days:
                week[day] = list(entry.ranges)  # HOURS002 reports a day given twice; the last one wins
        return cls(tz, week, holidays)

    def periods(self, day: date) -> tuple[Period, ...]:
        """The working periods of the local date ``day`` as UTC timestamps, in order."""
        found = self._periods.get(day)
        if found is None:
            found = () if day in self.holidays else tuple(
                p for p in (self._period(day, a, b) for a, b in self.week[day.weekday()]) if p[1] > p[0])
            self._periods[day] = found
        return found

    def _period(self, day: date, start: int, end: int) -> Period:
        return self._instant(day, start), self._instant(day, end)

    def _instant(self, day: date, minutes: int) -> float:
        if minutes >= 1440:
            day, minutes = day + DAY, minutes - 1440
        return datetime.combine(day, time(minutes // 60, minutes % 60), tzinfo=self.tz).timestamp()

    def seconds(self, start: float, end: float) -> float:
        """Working seconds between the UTC timestamps ``start`` and ``end`` (0 when ``end`` is not later)."""
        if end <= start:
            return 0.0
        first = datetime.fromtimestamp(start, self.tz).date() - DAY  # a period of the day before may reach in
        last = datetime.fromtimestamp(end, self.tz).date()
        total = 0.0
        day = first
        while day <= last:
            for open_, close in self.periods(day):
                if close > start and open_ < end:
                    total += min(close, end) - max(open_, start)
            day += DAY
        return total
