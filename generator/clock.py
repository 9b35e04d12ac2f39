"""Today's date for every output that prints one (``HANDBOOK_TODAY=YYYY-MM-DD`` fixes it, for tests)."""

from __future__ import annotations

import os
from datetime import date

from .errors import UsageError


def today_from_env() -> date:
    """Today, or ``HANDBOOK_TODAY`` (YYYY-MM-DD) for reproducible runs and tests."""
    value = os.environ.get("HANDBOOK_TODAY")
    if value:
        try:
            return date.fromisoformat(value)
        except ValueError as exc:
            raise UsageError(f"HANDBOOK_TODAY={value!r} is not a date (YYYY-MM-DD)") from exc
    return date.today()
