"""``handbook diff OLD NEW``: what changed between two standards folders or git revisions.

Exit codes: 0 whether or not anything changed; 1 when either side has validation errors (printed,
prefixed with the side) or when a rule of the comparison is an error (VERSION001 with ``lint:
{VERSION001: error}``); 2 for bad usage (an unknown revision, not a git repository).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence

import click

from ..diagnostics import Diagnostic, Diagnostics
from ..diff import compare
from ..diff.checks import diff_diagnostics, version_position
from ..diff.loading import load_pair
from ..diff.sources import Side, side
from ..errors import UsageError
from ..render.context import RenderContext, render_context
from ..render.diff import json as render_json
from ..render.diff import markdown as render_markdown
from ..render.diff import text as render_text
from ..report import render as render_diagnostics
from ..report import visible

Renderer = Callable[[RenderContext, str, str, Sequence[Diagnostic]], str]

#: output format name -> renderer(context with the change set, old label, new label, the comparison's diagnostics)
RENDERERS: dict[str, Renderer] = {
    "text": render_text.render,
    "markdown": render_markdown.render,
    "json": render_json.render,
}


def _report_errors(which: str, side: Side, diagnostics: Diagnostics) -> None:
    """Print a side's diagnostics to stderr, each line prefixed with the side (``old (main):``); files of a
    revision are named by their path in the repository, not by the temporary folder they were read from."""
    text = render_diagnostics(diagnostics, "text", None)
    if side.shown:
        text = text.replace(os.path.normpath(side.folder), side.shown)
    for line in text.splitlines():
        click.echo(f"{which} ({side.label}): {line}", file=sys.stderr)


@click.command("diff")
@click.argument("old")
@click.argument("new")
@click.option(
    "--format", "fmt", type=click.Choice(list(RENDERERS)), default="text", show_default=True,
    help="text for a terminal, markdown for a pull-request comment, json for scripts.",
)
@click.option(
    "--path", "path", default="standards", show_default=True,
    help="The standards folder inside the repository, for git revisions (relative to the repository root).",
)
@click.option("--lang", default=None, metavar="CODE",
              help="Language of the text and markdown reports' words and names (default: the new side's first).")
def command(old: str, new: str, fmt: str, path: str, lang: str | None) -> None:
    """What changed between OLD and NEW, by standard and by role.

    OLD and NEW are standards folders or git revisions of the repository around the current
    directory (`handbook diff main HEAD` compares `standards/` at both). An existing folder wins over
    a revision of the same name. When the standards changed but handbook.yaml's `version` did not, the
    report says so (VERSION001, a warning unless `lint:` makes it an error). Exits 0 whether or not
    anything changed, 1 when either side has validation errors or VERSION001 is an error, 2 for an
    unknown revision or a folder outside git.
    """
    with side(old, path) as old_side, side(new, path) as new_side:
        (old_book, old_diags), (new_book, new_diags) = load_pair(old_side.folder, new_side.folder)
        version_at = version_position(new_side.folder, new_side.shown)
    failed = False
    for which, shown_side, diagnostics in (("old", old_side, old_diags), ("new", new_side, new_diags)):
        if diagnostics.has_errors():
            _report_errors(which, shown_side, diagnostics)
            failed = True
    if failed:
        click.echo("Nothing was compared: fix the problems above first.", file=sys.stderr)
        sys.exit(1)
    if lang is not None and lang not in new_book.languages:
        raise UsageError(f"--lang {lang}: the handbook's languages are {', '.join(new_book.languages)}")
    changes = compare(old_book, new_book)
    found = diff_diagnostics(changes, version_at)
    ctx = render_context(new_book, lang or new_book.default_language, changes)
    report = RENDERERS[fmt](ctx, old_side.label, new_side.label, found.sorted())
    # for a terminal: escape sequences in the standards' texts are shown, never run
    click.echo(visible(report, newlines=True) if fmt == "text" else report, nl=False)
    if found.items and fmt != "text":  # the report is a comment or data: say it in the log (annotations in CI) too
        style = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
        click.echo(render_diagnostics(found, style, sys.stderr), file=sys.stderr, nl=False)
    sys.exit(found.exit_code())
