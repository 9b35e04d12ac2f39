"""What every command shares: the folder argument and "load, or print the diagnostics and exit 1"."""

from __future__ import annotations

import sys
from datetime import date
from typing import Any

import click

from ..clock import iso_date
from ..pipeline import LoadResult, load
from ..report import render

folder_argument = click.argument(
    "folder", required=False, default="standards", type=click.Path(file_okay=False, path_type=str)
)


def load_or_exit(folder: str, fmt: str = "text") -> LoadResult:
    """Load the folder; on errors print every diagnostic to stderr and exit 1 (nothing is written)."""
    result = load(folder)
    if result.diagnostics.has_errors():
        click.echo(render(result.diagnostics, fmt, sys.stderr), file=sys.stderr, nl=False)
        click.echo("Nothing was written: fix the problems above first.", file=sys.stderr)
        sys.exit(1)
    return result


class DateParam(click.ParamType):  # type: ignore[type-arg]  # generic only from click 8.2
    """A ``YYYY-MM-DD`` option value as a :class:`datetime.date` (a bad one is a usage error, exit 2)."""

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        text = str(value)
        day = iso_date(text)
        if day is None:
            self.fail(f"{text!r} is not a date: write it as YYYY-MM-DD, e.g. 2026-12-01", param, ctx)
        return day


DATE = DateParam()
