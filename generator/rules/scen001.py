"""A mystery-shopping scenario checks what its visit does not stage.

## What it does
Checks each scenario of `scenarios/` against what it stages: every item in `items` must belong to
the scenario's `situation`, to one of its `steps`, or to a role's appearance (which a shopper sees in
any visit); and its `channel` must be one of the channels of that situation or those steps, when
they name channels.

## Why it matters
A shopper only sees what the visit stages. An item of another step can only be answered `na`, or
worse, guessed; a visit by phone cannot check a standard of the shop floor. Either way the scores
of the scenario say less than they seem to.

## Example
```yaml
id: angry-caller
situation: angry-caller
channel: in-store                    # the situation happens on the phone
items: [angry-caller#acknowledge, order-handover#check-serial]   # a step the call never reaches
```

## Use instead
```yaml
id: angry-caller
situation: angry-caller
steps: [phone-answer]
channel: phone
items: [phone-answer#opening-greeting, angry-caller#acknowledge]
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Problem
from ..model import Scenario
from ._base import RuleContext

ID = "SCEN001"
NAME = "scenario-not-staged"
SEVERITY = "warning"
SUMMARY = "a mystery-shopping scenario checks an item, or uses a channel, that its visit does not stage"


def _staged(ctx: RuleContext, scenario: Scenario) -> tuple[set[str], list[str]]:
    """The parents whose items the visit shows, and the channels of what it stages (in order, no repeats)."""
    hb = ctx.handbook
    parents: set[str] = set()
    channels: list[str] = []
    situation = hb.situation(scenario.situation) if scenario.situation else None
    if situation is not None:
        parents.add(situation.id)
        channels += situation.channels
    for step_id in scenario.steps:
        step = hb.step(step_id)
        if step is not None:
            parents.add(step.id)
            channels += step.channels
    return parents, list(dict.fromkeys(channels))


def check(ctx: RuleContext) -> Iterator[Problem]:
    hb = ctx.handbook
    for scenario in hb.scenarios:
        if scenario.situation is None and not scenario.steps:
            continue  # a SCHEMA error: the scenario stages nothing yet
        parents, channels = _staged(ctx, scenario)
        staged = ", ".join(f"`{p}`" for p in sorted(parents)) or "nothing"
        for i, item_id in enumerate(scenario.items):
            item = hb.item(item_id)
            if item is None or item.parent_kind == "role" or item.parent in parents:
                continue  # unknown items are REF001's; appearance is seen on every visit
            yield ctx.problem(
                scenario.source,
                "items",
                i,
                message=(
                    f"scenario `{scenario.id}` checks `{item_id}`, an item of {item.parent_kind} `{item.parent}`, "
                    f"which the visit does not stage (it stages {staged})"
                ),
                hint=f"add `{item.parent}` to the scenario's "
                + ("`situation`" if item.parent_kind == "situation" else "`steps`")
                + ", or check this item in another scenario",
            )
        if channels and scenario.channel and hb.channel(scenario.channel) and scenario.channel not in channels:
            yield ctx.problem(
                scenario.source,
                "channel",
                message=(
                    f"scenario `{scenario.id}` uses channel `{scenario.channel}`, but what it stages happens on "
                    f"{', '.join(f'`{c}`' for c in channels)}"
                ),
                hint=f"use one of {', '.join(channels)}, or stage a step that happens on `{scenario.channel}`",
            )
