"""``handbook validate``: every diagnostic of every file, in one run."""

from __future__ import annotations

import sys

import click

from ..pipeline import load
from ..report import REPORTERS, default_format, render
from ._common import folder_argument


@click.command("validate")
@folder_argument
@click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(REPORTERS)),
    default=None,
    help="Output format (default: github when GITHUB_ACTIONS=true, else text).",
)
@click.option("--strict", is_flag=True, help="Fail (exit 1) on warnings too.")
def command(folder: str, fmt: str | None, strict: bool) -> None:
    """Check a standards folder: YAML, JSON Schema and every semantic rule."""
    fmt = fmt or default_format()
    result = load(folder)
    click.echo(render(result.diagnostics, fmt, sys.stdout), nl=False)
    sys.exit(result.diagnostics.exit_code(strict))
