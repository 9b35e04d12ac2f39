"""A role that owns, supports or is named by nothing.

## What it does
Reports roles that own no step or situation, support none, are named by no standard's `role`
and own no file's review.

## Why it matters
A role with nothing to do in the journey is either obsolete or a gap: somebody's work is
not described.

## Example
A role `courier` that no step mentions.

## Use instead
Name it as the owner or support of the steps it takes part in, or remove it.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Problem
from ..model import Situation, Step
from ._base import RuleContext

ID = "ROLE001"
NAME = "unused-role"
SEVERITY = "warning"
SUMMARY = "a role that owns, supports or is named by nothing"


def check(ctx: RuleContext) -> Iterator[Problem]:
    if not ctx.complete:
        return  # a file that could not be read may be the one that uses it
    hb = ctx.handbook
    used: set[str] = set()
    parents: list[Step | Situation] = [*hb.steps(), *hb.situations]
    for parent in parents:
        used.add(parent.owner)
        used.update(parent.support)
        used.update(item.role for item in parent.standards if item.explicit_role)
    used.update(r.owner for r in hb.reviews.values() if r.owner)
    for role in hb.roles:
        if role.id and role.id not in used:
            yield ctx.problem(
                role.source,
                "id",
                message=f"role `{role.id}` owns, supports and is named by nothing",
                hint="make it the owner or support of the steps it takes part in, or remove it",
            )
