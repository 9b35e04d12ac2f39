"""``handbook serve``: MkDocs' dev server on the generated site, regenerated when any YAML changes."""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path

import click

from ..errors import UsageError
from ..render.site.builder import generate_sources
from ._common import folder_argument, load_or_exit


@click.command("serve")
@folder_argument
@click.option("--lang", default=None, metavar="CODE", help="Language to preview (default: the handbook's first).")
@click.option("--dev-addr", default="127.0.0.1:8000", show_default=True, metavar="IP:PORT", help="Where to serve.")
def command(folder: str, lang: str | None, dev_addr: str) -> None:
    """Live preview of one language of the site; it rebuilds when any YAML file under FOLDER changes."""
    from mkdocs.commands.serve import serve

    handbook = load_or_exit(folder).handbook
    lang = lang or handbook.default_language
    if lang not in handbook.languages:
        raise UsageError(f"--lang {lang}: the handbook's languages are {', '.join(handbook.languages)}")
    source_folder = Path(folder).resolve()
    work = Path(tempfile.mkdtemp(prefix="handbook-serve-"))
    try:
        sources = generate_sources(
            handbook, work / "src", work / "site", extra={"serve_folder": str(source_folder)}, languages=(lang,)
        )
        logger = logging.getLogger("mkdocs")
        logger.addHandler(logging.StreamHandler())
        logger.setLevel(logging.INFO)
        click.echo(f"Previewing {folder} ({lang}); editing any YAML file under it rebuilds the page.")
        serve(config_file=str(sources[0].config_file), livereload=True, watch=[str(source_folder)], dev_addr=dev_addr)
    finally:
        shutil.rmtree(work, ignore_errors=True)
