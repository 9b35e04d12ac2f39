"""A step's or situation's owner is also listed in its `support`.

## What it does
Reports an owner repeated in `support`.

## Why it matters
One step, one owner: listing the owner as support blurs who is responsible and double-counts
the role in per-role checklists.

## Example
```yaml
owner: pickup-clerk
support: [pickup-clerk, store-manager]
```

## Use instead
```yaml
owner: pickup-clerk
support: [store-manager]
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Problem
from ..model import Situation, Step
from ._base import RuleContext

ID = "ROLE002"
NAME = "owner-in-support"
SEVERITY = "warning"
SUMMARY = "a role named as support is also the owner"


def check(ctx: RuleContext) -> Iterator[Problem]:
    hb = ctx.handbook
    parents: list[tuple[str, Step | Situation]] = [("step", s) for s in hb.steps()]
    parents += [("situation", s) for s in hb.situations]
    for kind, parent in parents:
        for i, role in enumerate(parent.support):
            if role and role == parent.owner:
                yield ctx.problem(
                    parent.source,
                    "support",
                    i,
                    message=f"`{role}` owns {kind} `{parent.id}` and is also listed in its support",
                    hint=f"remove `{role}` from `support`: the owner is responsible already",
                )
