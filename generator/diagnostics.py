"""Diagnostics are values: a rule id, a severity, a position, a message and a hint."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum


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


@dataclass(frozen=True)
class Diagnostic:
    rule: str
    severity: Severity
    position: Position
    message: str
    hint: str = ""
    end: Position | None = None

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
        return out

    def with_severity(self, severity: Severity) -> Diagnostic:
        return replace(self, severity=severity)


@dataclass
class Diagnostics:
    """The collected result of a run: every diagnostic, deduplicated and sorted on demand."""

    items: list[Diagnostic] = field(default_factory=list)

    def add(self, diagnostic: Diagnostic) -> None:
        self.items.append(diagnostic)

    def extend(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.items.extend(diagnostics)

    def sorted(self) -> list[Diagnostic]:
        seen: set[tuple[object, ...]] = set()
        out = []
        for d in sorted(self.items, key=Diagnostic.sort_key):
            key = (d.rule, d.position, d.message)
            if key not in seen:
                seen.add(key)
                out.append(d)
        return out

    def count(self, severity: Severity) -> int:
        return sum(1 for d in self.sorted() if d.severity is severity)

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
