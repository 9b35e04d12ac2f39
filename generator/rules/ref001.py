"""A reference to an id that does not exist.

## What it does
Checks every reference: step and situation owners, `support` and standards' `role` (roles);
`channels` (channels); step `situations` (situations); a role's `department` (departments of
handbook.yaml); a standard's `principles` (principles); `review.owner` (roles); a scenario's
`situation`, `steps`, `channel` and `items` (global item ids `parent#item`). Suggests the closest
existing id.

## Why it matters
A dangling reference leaves a step with no responsible person, or a checklist with a missing role.

## Example
```yaml
owner: pickup-clark
```

## Use instead
```yaml
owner: pickup-clerk
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Problem, did_you_mean
from ..model import Source, Standard
from ._base import RuleContext

ID = "REF001"
NAME = "unknown-reference"
SEVERITY = "error"
SUMMARY = "a reference to an id that does not exist (role, channel, situation, step, item, department, principle)"


def check(ctx: RuleContext) -> Iterator[Problem]:
    hb = ctx.handbook
    known = {
        "role": [r.id for r in hb.roles],
        "channel": [c.id for c in hb.channels],
        "situation": [s.id for s in hb.situations],
        "department": [d.id for d in hb.departments],
        "principle": [p.id for p in hb.principles],
        "step": [s.id for s in hb.steps()],
        "item": list(hb.items),
    }
    sets = {k: set(v) for k, v in known.items()}

    def ref(kind: str, value: str, src: Source, *sub: str | int) -> Iterator[Problem]:
        if value and value not in sets[kind]:
            guess = did_you_mean(value, known[kind])
            if guess:
                hint = f"did you mean `{guess}`?"
            elif kind == "item":
                hint = (
                    "write a global item id `step#item`, `situation#item` or `role#item`; "
                    "each role's CSV audit template (`handbook checklists`) lists its items"
                )
            else:
                hint = f"known {kind}s: {', '.join(known[kind][:12])}" if known[kind] else f"define the {kind} first"
            yield ctx.problem(src, *sub, message=f"unknown {kind} `{value}`", hint=hint)

    def items(standards: tuple[Standard, ...]) -> Iterator[Problem]:
        for item in standards:
            if item.explicit_role:
                yield from ref("role", item.role, item.source, "role")
            for i, p in enumerate(item.principles):
                yield from ref("principle", p, item.source, "principles", i)

    for step in hb.steps():
        yield from ref("role", step.owner, step.source, "owner")
        for i, r in enumerate(step.support):
            yield from ref("role", r, step.source, "support", i)
        for i, c in enumerate(step.channels):
            yield from ref("channel", c, step.source, "channels", i)
        for i, s in enumerate(step.situations):
            yield from ref("situation", s, step.source, "situations", i)
        yield from items(step.standards)
    for sit in hb.situations:
        yield from ref("role", sit.owner, sit.source, "owner")
        for i, r in enumerate(sit.support):
            yield from ref("role", r, sit.source, "support", i)
        for i, c in enumerate(sit.channels):
            yield from ref("channel", c, sit.source, "channels", i)
        yield from items(sit.standards)
    for role in hb.roles:
        if ctx.manifest:  # departments are defined in handbook.yaml
            yield from ref("department", role.department, role.source, "department")
        yield from items(role.appearance)
    for sc in hb.scenarios:
        if sc.situation is not None:
            yield from ref("situation", sc.situation, sc.source, "situation")
        for i, s in enumerate(sc.steps):
            yield from ref("step", s, sc.source, "steps", i)
        yield from ref("channel", sc.channel, sc.source, "channel")
        for i, item in enumerate(sc.items):
            yield from ref("item", item, sc.source, "items", i)
    for review in hb.reviews.values():
        if review.owner:
            yield from ref("role", review.owner, review.source, "owner")
