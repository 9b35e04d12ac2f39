"""Today's date for every output that prints one (``HANDBOOK_TODAY=YYYY-MM-DD`` fixes it, for tests), and the
one reading of a date written by a user: :func:`iso_date`."""

from __future__ import annotations

import os
from datetime import date

from .errors import UsageError
from .schema import definition_pattern


def today_from_env() -> date:
    """Today, or ``HANDBOOK_TODAY`` (YYYY-MM-DD) for reproducible runs and tests."""
    value = os.environ.get("HANDBOOK_TODAY")
    if value:
        day = iso_date(value)
        if day is None:
            raise UsageError(f"HANDBOOK_TODAY={value!r} is not a date (YYYY-MM-DD)")
        return day
    return date.today()


def iso_date(text: str) -> date | None:
    """``YYYY-MM-DD`` that is a real calendar date, as a date; None for anything else.

    Only that form: Python's ``date.fromisoformat`` also takes ``2026-W45-1`` (an ISO week date, also ten
    characters) and ``20261102``, which FORMAT does not allow anywhere.
    """
    if not definition_pattern("date").search(text):  # the schema's `date`: YYYY-MM-DD
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
