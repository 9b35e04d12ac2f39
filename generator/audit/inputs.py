"""What every audit input reader shares: the collected problems and the date check.

Every problem becomes a :class:`~generator.diagnostics.Diagnostic` with the file and the physical line
number (``results.csv:14: unknown item id ...``); reading never stops at the first problem, and callers
score nothing when there is one. The CSV inputs are read by :mod:`.results` and :mod:`.surveys`, the
transcripts by :mod:`.transcripts`.
"""

from __future__ import annotations

from ..clock import iso_date
from ..diagnostics import Diagnostic, Position, Severity
from ..rules import RULES

MAX_PROBLEMS = 1000  # per file: keeps memory bounded on a hopeless input


def _severity(rule: str) -> Severity:
    """The registered severity of an audit input rule; an id the registry does not have fails loudly."""
    module = RULES[rule]
    if getattr(module, "STAGE", None) != "audit":
        raise KeyError(f"{rule} is not an audit input rule")
    return Severity(module.SEVERITY)


class Problems:
    """Collects input diagnostics (at most :data:`MAX_PROBLEMS` per file are kept, the rest counted)."""

    def __init__(self) -> None:
        self.items: list[Diagnostic] = []
        self.dropped: dict[str, int] = {}
        self._per_file: dict[str, int] = {}

    def add(self, rule: str, path: str, line: int, message: str, hint: str = "", column: int = 1) -> None:
        count = self._per_file.get(path, 0) + 1
        self._per_file[path] = count
        if count > MAX_PROBLEMS:
            self.dropped[path] = self.dropped.get(path, 0) + 1
            return
        self.items.append(Diagnostic(rule, _severity(rule), Position(path, line, column), message, hint))

    def __bool__(self) -> bool:
        return bool(self.items)

    def seen(self, path: str) -> int:
        """How many problems ``path`` has had so far (kept or not)."""
        return self._per_file.get(path, 0)


def valid_date(value: str) -> bool:
    """``YYYY-MM-DD`` and a real calendar date (an ISO week date such as ``2026-W45-1`` is not)."""
    return iso_date(value) is not None
