"""A channel's working hours have no time zone, or one that does not exist.

## What it does
Checks that a channel with `hours` also names its `timezone`, and that the time zone is a real IANA
time zone name (`Europe/Riga`, `Asia/Jerusalem`, `America/New_York`), as the system's time zone
database (or the `tzdata` package) knows it.

## Why it matters
Working hours are local times: "09:00-18:00" means nothing until we know where. A misspelt zone would
make every transcript's response time wrong by hours, so `handbook audit` would accuse people of late
replies they never made. (With this rule turned off, a channel whose zone is unknown counts every hour,
as a channel without `hours` does.)

## Example
```yaml
- id: email
  timezone: Europe/Rīga          # not an IANA name
  hours: {mon-fri: "09:00-18:00"}
```

## Use instead
```yaml
  timezone: Europe/Riga
  hours: {mon-fri: "09:00-18:00"}
```
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from zoneinfo import available_timezones

from ..diagnostics import Problem, did_you_mean
from ..worktime import zone
from ._base import RuleContext

ID = "HOURS001"
NAME = "working-hours-time-zone"
SEVERITY = "error"
SUMMARY = "a channel's hours lack a time zone, or name one that does not exist"


@cache
def _names() -> frozenset[str]:
    return frozenset(available_timezones())


def check(ctx: RuleContext) -> Iterator[Problem]:
    for channel in ctx.handbook.channels:
        if channel.timezone is not None and zone(channel.timezone) is None:
            names = _names()
            guess = did_you_mean(channel.timezone, names)
            hint = f"did you mean `{guess}`?" if guess else (
                "use an IANA time zone name such as `Europe/Riga` or `America/New_York`"
                + ("" if names else " (this system has no time zone database: `pip install tzdata`)")
            )
            yield ctx.problem(channel.source, "timezone",
                              message=f"channel `{channel.id}`: unknown time zone `{channel.timezone}`", hint=hint)
        elif channel.hours and channel.timezone is None:
            yield ctx.problem(channel.source, "hours", key=True,
                              message=f"channel `{channel.id}` has working hours but no `timezone`",
                              hint="add the zone its hours are in, e.g. `timezone: Europe/Riga`")
