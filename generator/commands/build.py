"""``handbook build``: validate, then the handbook site, one per language, into ``site/``."""

from __future__ import annotations

import os
from pathlib import Path

import click

from ..diff.baseline import changes_since
from ..outputs import Inputs, Outputs
from ..render.site.builder import MARKER, build_site
from ._common import folder_argument, load_or_exit


@click.command("build")
@folder_argument
@click.option("--site-dir", default="site", show_default=True, type=click.Path(path_type=Path), help="Output folder.")
@click.option(
    "--since",
    "since",
    default=None,
    metavar="REF",
    help="Mark what changed since this folder or git revision (default: the previous git tag, if any).",
)
@click.option("--strict", is_flag=True, help="Fail (exit 1, site untouched) when MkDocs reports warnings.")
@click.option("--force", is_flag=True, help="Replace SITE_DIR even when it was not written by handbook.")
def command(folder: str, site_dir: Path, since: str | None, strict: bool, force: bool) -> None:
    """Validate, then build the handbook site (one per language) into SITE_DIR.

    A ./mkdocs.yml in the working directory customizes the site when present. A failed build leaves the
    previous SITE_DIR untouched. SITE_DIR is replaced whole: it may not hold the standards, and a folder
    that handbook did not build is replaced only with --force.
    """
    folders = [(folder, "the standards folder")]
    if since is not None and os.path.isdir(since):
        folders.append((since, "the --since folder"))
    inputs = Inputs.of(folders, [("mkdocs.yml", "the site settings") if os.path.isfile("mkdocs.yml") else (None, "")])
    Outputs(inputs, force).folder(site_dir, "--site-dir", MARKER, "handbook build")
    result = load_or_exit(folder)
    changes = changes_since(folder, since, result.handbook)
    built = build_site(result.handbook, site_dir, changes=changes, strict=strict, force=force)
    for warning in built.warnings:
        click.echo(f"warning: {warning}", err=True)
    languages = ", ".join(built.languages)
    click.echo(f"Built {built.pages} pages ({languages}) into {site_dir}/ in {sum(built.seconds.values()):.1f}s")
