"""The columns of the CSV inputs (FORMAT §6, §7.1), matched by name in any order.

A header must hold every ``required`` column and at least one of ``one_of`` (when set), and nothing
outside ``required + optional``; an unknown column is named with the closest known one ("did you mean").
"""

from __future__ import annotations

from dataclasses import dataclass

from ..diagnostics import did_you_mean
from .ids import RESULT_IDS, SURVEY_IDS
from .inputs import Problems


@dataclass(frozen=True)
class Columns:
    """The columns one kind of CSV input may have."""

    kind: str  # "results" | "surveys": the option without its dashes
    required: tuple[str, ...]
    optional: tuple[str, ...]
    one_of: tuple[str, ...] = ()  # at least one of these (each also in ``optional``)
    ids: tuple[str, ...] = ()  # columns holding ids: checked and NFC-normalised by the careful reader (AUDIT020)

    @property
    def known(self) -> tuple[str, ...]:
        return self.required + self.optional

    def expected(self) -> str:
        """``audit_id,date,...`` then ``[, comment, auditor...]`` for the optional ones."""
        return ",".join(self.required) + " (optional: " + ", ".join(self.optional) + ")"

    def check_header(self, path: str, line: int, header: list[str], problems: Problems) -> bool:
        """Report every problem of ``header`` (AUDIT002); True when it is usable."""
        ok = True
        for name in header:
            if name not in self.known:
                guess = did_you_mean(name, self.known)
                hint = f"did you mean `{guess}`?" if guess else "expected " + self.expected()
                problems.add("AUDIT002", path, line, f"unknown column `{name}`", hint)
                ok = False
        for name in self.required:
            if name not in header:
                problems.add("AUDIT002", path, line, f"missing column `{name}`", "expected " + self.expected())
                ok = False
        if self.one_of and not any(name in header for name in self.one_of):
            names = " or ".join(f"`{n}`" for n in self.one_of)
            problems.add("AUDIT002", path, line, f"missing column: {names}", "expected " + self.expected())
            ok = False
        if len(set(header)) != len(header):
            twice = sorted({n for n in header if header.count(n) > 1})
            problems.add("AUDIT002", path, line, "a column appears twice in the header: " + ", ".join(twice))
            ok = False
        return ok

    def header_is_clean(self, header: list[str]) -> bool:
        """The same test as :meth:`check_header`, without reporting."""
        return (
            all(n in self.known for n in header)
            and all(n in header for n in self.required)
            and (not self.one_of or any(n in header for n in self.one_of))
            and len(set(header)) == len(header)
        )


RESULTS = Columns(
    "results",
    required=("audit_id", "date", "employee", "role", "location", "item", "result"),
    optional=("comment", "auditor", "visit", "scenario"),
    ids=RESULT_IDS,
)
SURVEYS = Columns(
    "surveys",
    required=("date", "location"),
    optional=("employee", "score", "touchpoint", "comment", "csat"),
    one_of=("score", "csat"),
    ids=SURVEY_IDS,
)
