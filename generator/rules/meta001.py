"""A review date is older than its `every`.

## What it does
For each `review: {every, last}` block, warns when `last` + `every` is before today.

## Why it matters
Standards age: prices, channels and policies change. An overdue review means staff may be
trained on rules that no longer hold.

## Example
```yaml
review: {owner: quality-lead, every: 180d, last: 2025-01-10}
```

## Use instead
Review the file, then update `last`.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from ..diagnostics import Problem
from ._base import RuleContext

ID = "META001"
NAME = "review-overdue"
SEVERITY = "warning"
SUMMARY = "a review date older than its every"


def check(ctx: RuleContext) -> Iterator[Problem]:
    for review in ctx.handbook.reviews.values():
        if not review.last or not review.every_seconds:
            continue
        try:
            last = date.fromisoformat(review.last)
        except ValueError:
            continue  # SCHEMA reports it
        due = last + timedelta(seconds=review.every_seconds)
        if due < ctx.today:
            yield ctx.problem(
                review.source,
                "last",
                message=f"the review was due on {due.isoformat()} "
                f"(last {review.last}, every {_every(review.every_seconds)})",
                hint=f"review the file's standards, then set `last: {ctx.today.isoformat()}`",
            )


def _every(seconds: int) -> str:
    """``every`` as written in days when whole days, else in hours, minutes or seconds."""
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
