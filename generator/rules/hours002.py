"""A channel's working hours are impossible: a range that ends before it starts, overlapping ranges, or a
day given twice.

## What it does
Reads each channel's `hours` the way `handbook audit` does and reports:
- a time range that does not end after it starts (`18:00-09:00`, `09:00-09:00`);
- two ranges of one day that overlap (`["09:00-13:00", "12:00-18:00"]`);
- a day covered by two entries (`mon-fri` and `wed`; `sun-thu` covers Sunday to Thursday, across the
  week's end).

## Why it matters
Response times on a channel with hours count only working time. A range past midnight or a day given
twice leaves it unclear what counts, and the checks would silently count something else than the
standards owner meant.

## Example
```yaml
hours:
  mon-fri: "09:00-18:00"
  fri: "22:00-02:00"                 # past midnight, and Friday a second time
```

## Use instead
```yaml
hours:
  mon-thu: "09:00-18:00"
  fri: ["09:00-18:00", "22:00-24:00"]
  sat: "00:00-02:00"
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..assemble import DAYS
from ..diagnostics import Problem
from ..model import Channel, HoursEntry
from ._base import RuleContext

ID = "HOURS002"
NAME = "working-hours-ranges"
SEVERITY = "error"
SUMMARY = "working hours with a range that ends before it starts, overlapping ranges, or a day given twice"


def _at(entry: HoursEntry, i: int) -> tuple[str | int, ...]:
    return ("hours", entry.key, entry.positions[i]) if entry.positions else ("hours", entry.key)


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _check_channel(ctx: RuleContext, channel: Channel) -> Iterator[Problem]:
    seen: dict[int, str] = {}  # day -> the key that gave it
    for entry in channel.hours:
        for day in entry.days:
            if day in seen:
                yield ctx.problem(channel.source, "hours", entry.key, key=True,
                                  message=f"channel `{channel.id}`: {DAYS[day]} is given twice, by `{seen[day]}` "
                                          f"and `{entry.key}`",
                                  hint="give each day once; list several ranges of a day as a list")
                break
        for day in entry.days:
            seen.setdefault(day, entry.key)
        valid: list[tuple[int, int, int]] = []  # open, close, index
        for i, (start, end) in enumerate(entry.ranges):
            if end <= start:
                hint = (f"for a shift past midnight write `{_hhmm(start)}-24:00` on one day and "
                        f"`00:00-{_hhmm(end)}` on the next" if end < start else "a range must last a minute or more")
                yield ctx.problem(channel.source, *_at(entry, i),
                                  message=f"channel `{channel.id}`, `{entry.key}`: the range `{entry.written[i]}` "
                                          "does not end after it starts", hint=hint)
            else:
                valid.append((start, end, i))
        valid.sort()
        reach, i = -1, -1  # the latest closing time so far, and its range
        for start, end, j in valid:
            if start < reach:
                yield ctx.problem(channel.source, *_at(entry, j),
                                  message=f"channel `{channel.id}`, `{entry.key}`: the ranges `{entry.written[i]}` "
                                          f"and `{entry.written[j]}` overlap",
                                  hint="join them into one range, or make one end before the other starts")
            if end > reach:
                reach, i = end, j


def check(ctx: RuleContext) -> Iterator[Problem]:
    for channel in ctx.handbook.channels:
        yield from _check_channel(ctx, channel)
