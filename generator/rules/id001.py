"""An id is used twice within its kind, or an item id twice within its parent.

## What it does
Steps, situations and roles share one id space (their ids prefix item ids such as
`order-handover#greet`); stages, channels, departments, principles, glossary terms, provisions,
forbidden phrases, tiers and mystery-shopping scenarios each have their own. Item ids must be unique within their step,
situation or role, and required elements within their channel.

## Why it matters
Audits, checklists and links address standards by id; a duplicate makes an audit row ambiguous.

## Example
```yaml
roles: [{id: cashier, ...}]          # roles.yaml
steps: [{id: cashier, ...}]          # journey/03-purchase.yaml
```

## Use instead
Give the step its own id, for example `payment-at-till`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..diagnostics import Problem
from ..model import Source
from ._base import RuleContext

ID = "ID001"
NAME = "duplicate-id"
SEVERITY = "error"
SUMMARY = "an id used twice within its kind, or an item id twice within its parent"


def _dupes(ctx: RuleContext, entries: Iterable[tuple[str, str, Source]], scope: str) -> Iterator[Problem]:
    seen: dict[str, tuple[str, Source]] = {}
    for ident, what, src in entries:
        if not ident:
            continue
        if ident in seen:
            first_what, first_src = seen[ident]
            where = ctx.pos(first_src, "id")
            yield ctx.problem(
                src,
                "id",
                message=f"{what} id `{ident}` is already used by {first_what} `{ident}` {scope} ({where})",
                hint="ids must be unique; rename one of them",
            )
        else:
            seen[ident] = (what, src)


def check(ctx: RuleContext) -> Iterator[Problem]:
    hb = ctx.handbook
    shared = [(s.id, "step", s.source) for s in hb.steps()]
    shared += [(s.id, "situation", s.source) for s in hb.situations]
    shared += [(r.id, "role", r.source) for r in hb.roles]
    yield from _dupes(ctx, shared, "(steps, situations and roles share one id space)")
    kinds: list[tuple[str, Iterable[tuple[str, Source]]]] = [
        ("stage", ((s.id, s.source) for s in hb.stages)),
        ("channel", ((c.id, c.source) for c in hb.channels)),
        ("department", ((d.id, d.source) for d in hb.departments)),
        ("principle", ((p.id, p.source) for p in hb.principles)),
        ("term", ((t.id, t.source) for t in hb.terms)),
        ("provision", ((p.id, p.source) for p in hb.provisions)),
        ("forbidden phrase", ((f.id, f.source) for f in hb.forbidden)),
        ("tier", ((t.id, t.source) for t in hb.scoring.tiers)),
        ("scenario", ((s.id, s.source) for s in hb.scenarios)),
    ]
    for what, entries in kinds:
        yield from _dupes(ctx, ((i, what, s) for i, s in entries), "")
    parents = [(f"step `{s.id}`", s.standards) for s in hb.steps()]
    parents += [(f"situation `{s.id}`", s.standards) for s in hb.situations]
    parents += [(f"role `{r.id}`", r.appearance) for r in hb.roles]
    for label, items in parents:
        yield from _dupes(ctx, ((i.id, "item", i.source) for i in items), f"in {label}")
    for c in hb.channels:
        yield from _dupes(ctx, ((r.id, "element", r.source) for r in c.required), f"in channel `{c.id}`")
