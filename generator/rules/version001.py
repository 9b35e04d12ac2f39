"""The standards changed, but `handbook.yaml`'s `version` did not.

## What it does
Reported by `handbook diff OLD NEW` (not by `handbook validate`, which sees one version only): when the
comparison finds changes to the standards (a standard added, removed, changed or moved, or any other change
the report lists) while `version` in `handbook.yaml` is the same on both sides. The position is the new
side's `version`. A warning by default; make it an error, so that the pull request's check fails, with
`lint: {VERSION001: error}`.

## Why it matters
The version is what staff acknowledge having read (`handbook training`), what printed checklists and audit
forms carry, and how a trainer tells two editions apart. Two different sets of standards under one version
number make every "I read version 2026.11" ambiguous, and `handbook training` would call staff current who
never saw the change.

## Example
```yaml
# the pull request adds a refund rule, and handbook.yaml still says
version: "2026.11"
```

## Use instead
```yaml
version: "2026.12"
```
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..diagnostics import Position, Problem

if TYPE_CHECKING:  # a type only: generator.diff loads through the pipeline, which imports the rules
    from ..diff.changes import ChangeSet

ID = "VERSION001"
NAME = "version-not-bumped"
SEVERITY = "warning"
SUMMARY = "the standards changed between two revisions but `version` did not (reported by `handbook diff`)"
#: not run by the loader or on the model: `handbook diff` runs it on the comparison
STAGE = "diff"


def check(changes: ChangeSet, version_at: Position) -> Iterator[Problem]:
    """A problem at ``version_at`` (the new side's ``version``) when something changed under the same version."""
    if changes.empty or changes.old.version != changes.new.version:
        return
    version = changes.new.version
    counted = f"{_count(len(changes.items), 'standard')}, {_count(len(changes.entities), 'other change')}"
    yield Problem(
        version_at,
        f"the standards changed ({counted}) but `version` is still {version!r} on both sides",
        f"give this edition a new version in handbook.yaml (e.g. `version: \"{_next(version)}\"`), so staff "
        "acknowledge what they actually read",
    )


def _count(n: int, what: str) -> str:
    return f"{n} {what}{'' if n == 1 else 's'}"


def _next(version: str) -> str:
    """A plausible next version: ``2026.11`` -> ``2026.12``, ``2026.12`` -> ``2027.01`` (year.month), ``1.4`` ->
    ``1.5``; anything else gets ``.1`` appended."""
    head, _, last = version.rpartition(".")
    if not last.isdigit():
        return version + ".1"
    if head.isdigit() and len(head) == 4 and len(last) == 2 and last == "12":
        return f"{int(head) + 1}.01"
    bumped = str(int(last) + 1).zfill(len(last))
    return f"{head}.{bumped}" if head else bumped
