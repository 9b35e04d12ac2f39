"""``handbook training``: who must read the current version of the standards, and why (FORMAT §7.10).

Exit codes: 0 the report was written (whoever is due; a warning such as TRAIN004 allowed); 1 a roster or
acknowledgement row has a problem (every one is printed with its line, and nothing is reported) or the
standards have errors; 2 bad usage.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import click

from ..clock import today_from_env
from ..diagnostics import Diagnostics
from ..errors import UsageError
from ..outputs import Inputs, Outputs
from ..render import htmlcheck
from ..render.context import RenderContext, render_context
from ..render.training import html as render_html
from ..render.training import json as render_json
from ..render.training import text as render_text
from ..report import render as render_diagnostics
from ..report import visible
from ..training.baseline import git_baseline
from ..training.inputs import Problems, read_acks, read_staff
from ..training.status import TrainingReport, evaluate
from ._common import folder_argument, load_or_exit

Reporter = Callable[[RenderContext, TrainingReport], str]
REPORTERS: dict[str, Reporter] = {
    "text": render_text.render,
    "json": lambda ctx, report: render_json.render(report),
    "html": render_html.render,
}
_file = click.Path(exists=True, dir_okay=False, path_type=str)


@click.command("training")
@folder_argument
@click.option("--staff", required=True, type=_file, metavar="STAFF.csv",
              help="The roster: employee,role,location (optional: name).")
@click.option("--acks", required=True, type=_file, metavar="ACKS.csv",
              help="Acknowledgements: employee,version,date (optional: kind, trainer, role, note).")
@click.option("--format", "fmt", type=click.Choice(list(REPORTERS)), default="text", show_default=True,
              help="text for a terminal, json for scripts, html for a page a store manager prints.")
@click.option("--location", "locations", multiple=True, metavar="ID",
              help="Only the people of this location (repeatable); the counts follow.")
@click.option("--lang", default=None, metavar="CODE",
              help="Language of the text and html reports (default: the handbook's first).")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the report to this file (whole, or not at all) instead of printing it.")
@click.option("--force", is_flag=True, help="Replace --out even when it was not written by handbook.")
def command(folder: str, staff: str, acks: str, fmt: str, locations: tuple[str, ...], lang: str | None,
            out: Path | None, force: bool) -> None:
    """Who must read the current version of the standards, per location and role, and why.

    An employee is current when they acknowledged the current `version`, or a version after which
    nothing their role reads changed (that version is read from git: tag v<version> or <version>,
    and compared as `handbook diff` does); due otherwise, with what to read. A problem in a roster or
    acknowledgement row is reported with its line, and nothing else is (exit 1).
    """
    outputs = Outputs(Inputs.of([(folder, "the standards folder")], [(staff, "--staff"), (acks, "--acks")]), force)
    if out is not None:
        outputs.file(out, "--out")
    handbook = load_or_exit(folder).handbook
    if lang is not None and lang not in handbook.languages:
        raise UsageError(f"--lang {lang}: the handbook's languages are {', '.join(handbook.languages)}")
    today = today_from_env()
    problems = Problems()
    people = read_staff(staff, handbook, problems)
    acknowledgements = read_acks(acks, handbook, None if problems.has_errors() else people, today, problems)
    if problems.items:
        click.echo(render_diagnostics(Diagnostics(problems.items), "text", sys.stderr), file=sys.stderr, nl=False)
        for path, n in problems.dropped.items():
            click.echo(f"{path}: … and {n} more problems not shown", file=sys.stderr)
    if problems.has_errors():
        click.echo("Nothing was reported: fix the problems above first.", file=sys.stderr)
        sys.exit(1)
    if locations:
        known = list(dict.fromkeys(p.location for p in people))
        unknown = [loc for loc in locations if loc not in known]
        if unknown:
            raise UsageError(f"--location {unknown[0]}: the roster's locations are {', '.join(known) or '(none)'}")
        people = [p for p in people if p.location in locations]
    report = evaluate(handbook, people, acknowledgements, today, git_baseline(folder, handbook))
    ctx = render_context(handbook, lang or handbook.default_language, today=today)
    text = REPORTERS[fmt](ctx, report)
    if fmt == "html":  # the whole page is checked before any of it is shown or written
        text = htmlcheck.check_html("training.html", text, render_html.allowed_markup())
    if out is not None:
        outputs.write_text(out, text, "--out")
        click.echo(f"Wrote {out}", err=True)
        return
    click.echo(visible(text, newlines=True) if fmt == "text" else text, nl=False)
