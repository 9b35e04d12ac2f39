"""Reporting periods (FORMAT §7.2): the label of the week, month or quarter a date falls in.

Labels sort in time order as text: ``2026-11`` (month), ``2026-W45`` (ISO 8601 week: weeks start on Monday,
and week 1 is the week with the year's first Thursday, so 2026-12-31 is in ``2026-W53`` and 2027-01-01 too),
``2026-Q4`` (quarter). Every part of ``handbook audit`` that groups by period uses :func:`label`, and
:func:`group` for sequences of dated things.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import TypeVar

KINDS = ("week", "month", "quarter")
T = TypeVar("T")


def label(day: date, kind: str) -> str:
    """``2026-W45``, ``2026-11`` or ``2026-Q4`` for ``day``."""
    if kind == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if kind == "week":
        iso = day.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    if kind == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    raise ValueError(f"unknown period {kind!r}: {', '.join(KINDS)}")


def group(things: Iterable[T], day: Callable[[T], date], kind: str) -> dict[str, list[T]]:
    """``things`` by the label of their date, labels in time order, each list in the order given."""
    out: dict[str, list[T]] = {}
    for thing in things:
        out.setdefault(label(day(thing), kind), []).append(thing)
    return dict(sorted(out.items()))


def previous(labels: Iterable[str], current: str) -> str | None:
    """The label before ``current`` among ``labels`` (the previous period that has data), or None."""
    earlier = [lab for lab in labels if lab < current]
    return max(earlier) if earlier else None


def bounds(label_: str) -> tuple[date, date]:
    """The first and last day of the period ``label_`` (``2026-11``, ``2026-W45``, ``2026-Q4``)."""
    year, _, rest = label_.partition("-")
    y = int(year)
    if rest.startswith("W"):
        first = date.fromisocalendar(y, int(rest[1:]), 1)
        return first, date.fromordinal(first.toordinal() + 6)
    if rest.startswith("Q"):
        q = int(rest[1:])
        first = date(y, 3 * q - 2, 1)
        after = date(y + 1, 1, 1) if q == 4 else date(y, 3 * q + 1, 1)
    else:
        m = int(rest)
        first = date(y, m, 1)
        after = date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)
    return first, date.fromordinal(after.toordinal() - 1)


def kind_of(label_: str) -> str:
    """``week``, ``month`` or ``quarter``: the kind of period ``label_`` names."""
    rest = label_.partition("-")[2]
    return "week" if rest.startswith("W") else "quarter" if rest.startswith("Q") else "month"
