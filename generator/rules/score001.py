"""Scoring tiers that leave scores without a tier, or repeat a minimum.

## What it does
Warns when no tier starts at 0 (employees below the lowest tier get none), when two tiers
share a `min`, or when the pass mark is below the lowest tier that is not 0.

## Why it matters
Tiers decide bonuses and coaching; a gap or a tie makes an employee's tier arbitrary.

## Example
```yaml
tiers: [{id: gold, min: 95}, {id: silver, min: 85}]
```

## Use instead
```yaml
tiers: [{id: gold, min: 95}, {id: silver, min: 85}, {id: coaching, min: 0}]
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Problem
from ._base import RuleContext

ID = "SCORE001"
NAME = "tier-gaps"
SEVERITY = "warning"
SUMMARY = "scoring tiers that leave scores without a tier or share a minimum"


def check(ctx: RuleContext) -> Iterator[Problem]:
    tiers = ctx.handbook.scoring.tiers
    if not tiers:
        return
    seen: dict[float, str] = {}
    for tier in tiers:
        if tier.min in seen:
            yield ctx.problem(
                tier.source,
                "min",
                message=f"tiers `{seen[tier.min]}` and `{tier.id}` both start at {tier.min:g}",
                hint="give each tier its own `min`",
            )
        seen.setdefault(tier.min, tier.id)
    lowest = min(tiers, key=lambda t: t.min)
    if lowest.min > 0:
        yield ctx.problem(
            lowest.source,
            "min",
            message=f"no tier starts at 0: scores below {lowest.min:g} get no tier",
            hint="add a tier with `min: 0` (for example `coaching`)",
        )
