"""Diagnostics are values: a rule id, a severity, a position, a message and a hint."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum

#: at most this many diagnostics of one rule in one file are listed; the rest become one summary
#: ("… and 249,000 more YAML003 in this file"), so that a hostile file cannot flood a report or CI
LIMIT_PER_RULE = 100
#: ``more`` of a summary whose count is not known (the check stopped counting)
UNCOUNTED = -1


class Severity(StrEnum):
    """How much a diagnostic matters. ``off`` only appears in lint settings, never on a diagnostic."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    OFF = "off"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2, "off": 3}[self.value]


@dataclass(frozen=True, order=True)
class Position:
    """A 1-based line and column in a file (relative to the standards folder's parent, as the user named it)."""

    path: str
    line: int = 1
    column: int = 1

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Problem:
    """What a rule yields: where, what is wrong, and how to fix it. The engine stamps the rule and severity."""

    position: Position
    message: str
    hint: str = ""
    end: Position | None = None
    #: 0, or this is a summary: how many problems of its rule in its file it stands for (itself the first of
    #: them), those a check stopped listing after :data:`LIMIT_PER_RULE`; :data:`UNCOUNTED` when it stopped
    #: counting too
    more: int = 0


@dataclass(frozen=True)
class Diagnostic:
    rule: str
    severity: Severity
    position: Position
    message: str
    hint: str = ""
    end: Position | None = None
    more: int = 0  # see Problem.more

    @property
    def weight(self) -> int:
        """How many problems this diagnostic stands for (at least itself)."""
        return max(self.more, 1)

    @property
    def path(self) -> str:
        return self.position.path

    @property
    def line(self) -> int:
        return self.position.line

    @property
    def column(self) -> int:
        return self.position.column

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line, self.column, self.rule, self.message)

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "rule": self.rule,
            "severity": self.severity.value,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "message": self.message,
        }
        if self.hint:
            out["hint"] = self.hint
        if self.more:
            out["more"] = self.more  # a summary: it stands for this many of the rule in the file (-1: not counted)
        return out

    def with_severity(self, severity: Severity) -> Diagnostic:
        return replace(self, severity=severity)


def summary_of(rule: str, first: Diagnostic, more: int) -> Diagnostic:
    """The one diagnostic that stands for the ``more`` diagnostics of ``rule`` in a file, from ``first`` on."""
    count = f"{more:,} more" if more > 0 else "more"
    return Diagnostic(
        rule, first.severity, first.position, f"… and {count} {rule} in this file",
        f"only the first {LIMIT_PER_RULE} of a rule in a file are listed (this is where the next one is): fix "
        "those, then run again", first.end, more,
    )


@dataclass
class Diagnostics:
    """The collected result of a run: every diagnostic, deduplicated, sorted and capped on demand."""

    items: list[Diagnostic] = field(default_factory=list)
    _sorted: tuple[int, list[Diagnostic]] | None = field(default=None, repr=False, compare=False)

    def add(self, diagnostic: Diagnostic) -> None:
        self.items.append(diagnostic)

    def extend(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.items.extend(diagnostics)

    def sorted(self) -> list[Diagnostic]:
        """Sorted by position, without repeats, and at most :data:`LIMIT_PER_RULE` of a rule in a file listed:
        the rest of them become one summary diagnostic at the first one left out."""
        if self._sorted is not None and self._sorted[0] == len(self.items):
            return self._sorted[1]
        seen: set[tuple[object, ...]] = set()
        out: list[Diagnostic] = []
        listed: dict[tuple[str, str], int] = {}
        left_out: dict[tuple[str, str], list[Diagnostic]] = {}
        for d in sorted(self.items, key=Diagnostic.sort_key):
            key = (d.rule, d.position, d.message)
            if key in seen:
                continue
            seen.add(key)
            group = (d.path, d.rule)
            if listed.get(group, 0) < LIMIT_PER_RULE and not d.more:
                listed[group] = listed.get(group, 0) + 1
                out.append(d)
            else:
                left_out.setdefault(group, []).append(d)
        for (_, rule), rest in left_out.items():
            uncounted = any(d.more < 0 for d in rest)
            more = UNCOUNTED if uncounted else sum(d.weight for d in rest)
            out.append(summary_of(rule, rest[0], more))
        if left_out:
            out.sort(key=Diagnostic.sort_key)
        self._sorted = (len(self.items), out)
        return out

    def count(self, severity: Severity) -> int:
        """How many problems of ``severity`` were found (those left out of the listing too)."""
        return sum(d.weight for d in self.sorted() if d.severity is severity)

    @property
    def errors(self) -> int:
        return self.count(Severity.ERROR)

    @property
    def warnings(self) -> int:
        return self.count(Severity.WARNING)

    @property
    def infos(self) -> int:
        return self.count(Severity.INFO)

    def has_errors(self) -> bool:
        return any(d.severity is Severity.ERROR for d in self.items)

    def exit_code(self, strict: bool = False) -> int:
        """0 when fine (warnings allowed unless ``strict``), 1 when problems were found."""
        if self.has_errors():
            return 1
        if strict and any(d.severity is Severity.WARNING for d in self.items):
            return 1
        return 0


def did_you_mean(value: str, choices: Iterable[str]) -> str | None:
    """The choice ``value`` most likely meant (a typo's correction), or None; callers word the hint."""
    close = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.6)
    return close[0] if close else None
