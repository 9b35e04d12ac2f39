"""What every command shares: the folder argument and "load, or print the diagnostics and exit 1"."""

from __future__ import annotations

import sys

import click

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
