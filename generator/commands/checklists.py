"""``handbook checklists``: printable per-role training checklists, audit forms and CSV audit templates."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import click

from ..clock import today_from_env
from ..outputs import Inputs, Outputs
from ..render.checklists import MARKER, write_checklists
from ..render.checklists.html import PAPER_SIZES
from ._common import DATE, folder_argument, load_or_exit


@click.command("checklists")
@folder_argument
@click.option(
    "--out",
    "out",
    default="checklists",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Output folder; replaced whole on success.",
)
@click.option("--role", "roles", multiple=True, metavar="ID", help="Only this role (repeatable). Default: every role.")
@click.option("--lang", "languages", multiple=True, metavar="CODE", help="Only this language (repeatable).")
@click.option("--pdf", is_flag=True, help="Also write PDFs (needs the [pdf] extra: WeasyPrint).")
@click.option(
    "--paper",
    type=click.Choice(sorted(PAPER_SIZES)),
    default="a4",
    show_default=True,
    help="Paper size of the PDFs (the HTML prints on the printer's paper).",
)
@click.option(
    "--date",
    "day",
    type=DATE,
    metavar="YYYY-MM-DD",
    help="Print the standards in force on this day (default: today). Standards whose `effective` day is later, "
    "or whose `retired` day is this day or earlier, are left out.",
)
@click.option("--force", is_flag=True, help="Replace OUT even when it was not written by handbook.")
def command(
    folder: str, out: Path, roles: tuple[str, ...], languages: tuple[str, ...], pdf: bool, paper: str,
    day: date | None, force: bool,
) -> None:
    """Write a training checklist and an audit form per role and language, and a CSV audit template per role.

    \b
    OUT/<lang>/<role>-checklist.html   (and .pdf with --pdf)
    OUT/<lang>/<role>-audit-form.html  (and .pdf with --pdf)
    OUT/<role>-audit-template.csv      the `handbook audit --results` format, item ids filled in

    Only the standards in force on --date (default today) are printed.
    """
    started = time.perf_counter()
    Outputs(Inputs.of([(folder, "the standards folder")]), force).folder(out, "--out", MARKER, "handbook checklists")
    handbook = load_or_exit(folder).handbook
    written = write_checklists(
        handbook, out, languages=languages or None, roles=roles or None, pdf=pdf, paper=paper,
        today=day or today_from_env(), force=force,
    )
    seconds = time.perf_counter() - started
    click.echo(f"Wrote {len(written)} files into {out}/ in {seconds:.1f}s.")
