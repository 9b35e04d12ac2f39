"""A step on a customer channel has no `say` standard.

## What it does
Reports steps that happen on a customer-facing channel (in person, phone, chat...) but say
nothing about what staff say.

## Why it matters
What staff say is what the customer remembers and what mystery shoppers check first; a step
with only `do` standards leaves the conversation to chance.

## Example
```yaml
- id: order-handover
  channels: [in-store]
  standards:
    - {id: check-id, kind: do, text: ...}
```

## Use instead
```yaml
  standards:
    - {id: greet-by-name, kind: say, text: ..., script: ...}
    - {id: check-id, kind: do, text: ...}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Problem
from ._base import RuleContext

ID = "STEP001"
NAME = "no-say-standard"
SEVERITY = "warning"
SUMMARY = "a step on a customer channel has no say standard"


def check(ctx: RuleContext) -> Iterator[Problem]:
    hb = ctx.handbook
    for step in hb.steps():
        if any(s.kind not in ("say", "do", "avoid") for s in step.standards):
            continue  # SCHEMA reports the unknown kind; it may have been meant as `say`
        channels = [hb.channel(c) for c in step.channels]
        if any(c is not None and c.customer_facing for c in channels) and not any(
            s.kind == "say" for s in step.standards
        ):
            yield ctx.problem(
                step.source,
                "id",
                message=f"step `{step.id}` happens on a customer channel but has no `say` standard",
                hint="add a `kind: say` standard with what staff say (and a `script`)",
            )
