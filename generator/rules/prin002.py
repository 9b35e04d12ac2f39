"""A principle that no standard refers to.

## What it does
Lists principles that no standard names in its `principles:`.

## Why it matters
A principle that no concrete standard puts into practice is a slogan: nobody can check it.

## Example
A principle `honesty` and no standard with `principles: [honesty]`.

## Use instead
Add `principles: [honesty]` to the standards that put it into practice.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Problem
from ._base import RuleContext

ID = "PRIN002"
NAME = "unused-principle"
SEVERITY = "info"
SUMMARY = "a principle no standard refers to"


def check(ctx: RuleContext) -> Iterator[Problem]:
    if not ctx.complete:
        return  # a file that could not be read may be the one that uses it
    used = {p for item in ctx.handbook.all_standards() for p in item.principles}
    for principle in ctx.handbook.principles:
        if principle.id and principle.id not in used:
            yield ctx.problem(
                principle.source,
                "id",
                message=f"no standard refers to principle `{principle.id}`",
                hint=f"add `principles: [{principle.id}]` to the standards that put it into practice",
            )
