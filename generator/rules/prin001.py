"""Fewer than 10 or more than 20 principles.

## What it does
Counts the principles of principles.yaml.

## Why it matters
Service standards work with 10 to 20 core principles: fewer rarely cover the journey, more are
not remembered by anyone.

## Example
A principles.yaml with 4 principles.

## Use instead
10 to 20 principles; merge or split until they fit.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Position, Problem
from ..model import Source
from ._base import RuleContext

ID = "PRIN001"
NAME = "principle-count"
SEVERITY = "warning"
SUMMARY = "fewer than 10 or more than 20 principles"
LOW, HIGH = 10, 20


def check(ctx: RuleContext) -> Iterator[Problem]:
    n = len(ctx.handbook.principles)
    if LOW <= n <= HIGH:
        return
    if "principles.yaml" in ctx.maps:
        where = ctx.pos(Source("principles.yaml"), "principles", key=True)
    else:
        where = Position(ctx.pos(Source("handbook.yaml")).path.replace("handbook.yaml", "principles.yaml"))
    yield Problem(
        where,
        f"the handbook has {n} principle{'s' if n != 1 else ''}; a handbook needs {LOW} to {HIGH}",
        "add principles" if n < LOW else "merge related principles",
    )
