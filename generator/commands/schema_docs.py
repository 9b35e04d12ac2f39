"""``handbook schema``: the format reference (Markdown) generated from the JSON Schemas."""

from __future__ import annotations

import click

from ..render.schema_docs import reference_markdown
from ..schema import schema_dir


@click.command("schema")
@click.option("--path", "show_path", is_flag=True, help="Print the folder that holds the JSON Schemas instead.")
def command(show_path: bool) -> None:
    """Print the format reference generated from the JSON Schemas (docs/format.md is this output)."""
    if show_path:
        click.echo(str(schema_dir()))
        return
    click.echo(reference_markdown(), nl=False)
