"""A standard's `retired` date is not after its `effective` date.

## What it does
Reports a standard whose `retired` day is on or before its `effective` day. A standard is in force
on the days `effective <= day < retired`, so such a standard is never in force: it is on no
checklist, no audit may answer it, and the site lists it nowhere as current.

A date that is not a real day (`2026-02-30`, `2026-13-01`) is a SCHEMA error on the date itself.

## Why it matters
The two dates were usually swapped, or the new rule was given the old rule's date. Staff would
silently stop seeing a standard that was meant to apply.

## Example
```yaml
- id: refund-without-receipt
  kind: do
  text: Refund without a receipt up to 50 EUR
  effective: 2026-12-01
  retired: 2026-06-01
```

## Use instead
```yaml
- id: refund-without-receipt
  kind: do
  text: Refund without a receipt up to 50 EUR
  effective: 2026-06-01
  retired: 2026-12-01
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Problem
from ._base import RuleContext, item_label

ID = "DATE001"
NAME = "retired-not-after-effective"
SEVERITY = "error"
SUMMARY = "a standard retired on or before the day it comes into force"


def check(ctx: RuleContext) -> Iterator[Problem]:
    for item in ctx.handbook.all_standards():
        if item.effective is None or item.retired is None or item.retired > item.effective:
            continue
        same = item.retired == item.effective
        yield ctx.problem(
            item.source,
            "retired",
            message=f"{item_label(item)} is retired on {item.retired.isoformat()}, "
            + ("the day it comes into force" if same else f"before it comes into force on {item.effective.isoformat()}")
            + ", so it is never in force",
            hint="`retired` is the first day the standard no longer applies: make it later than `effective` "
            "(or swap the two dates)",
        )
