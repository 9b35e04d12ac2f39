"""The MkDocs hook ``handbook serve`` adds to its preview config: before every rebuild of the dev server,
the Markdown is written again from the current YAML, so editing a standards file shows on the page.

It lives with the command, not with the site's presenters: it loads the standards (the pipeline's work)
and reports their problems, then hands the model to the presenters like any other command.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

#: this file, for the ``hooks:`` list of the preview config
HOOK = Path(__file__).resolve()


def on_pre_build(config: Any, **_: Any) -> None:
    handbook = config.extra.get("handbook") or {}
    folder = handbook.get("serve_folder")
    if folder:
        settings = regenerate(folder, handbook["lang"], Path(config["docs_dir"]))
        if settings is not None:  # the config file was written at start: titles come from the YAML of now
            for key, value in settings.items():
                config[key] = value


def regenerate(folder: str, lang: str, docs_dir: Path) -> dict[str, Any] | None:
    """Rewrite one language's Markdown from the YAML in ``folder``, and return the settings that come from its
    texts (the site's name, the navigation's titles); keep the last version, and return None, when it has
    errors."""
    from generator.errors import HandbookError
    from generator.pipeline import load
    from generator.render.context import render_context
    from generator.render.site.builder import write_docs
    from generator.render.site.config import page_settings
    from generator.report import render

    try:
        result = load(folder)
    except HandbookError as exc:  # a file became unreadable (a broken link): keep serving, say why
        print(f"Error: {exc.format_message()}", file=sys.stderr)
        print("The preview shows the last valid version until this is fixed.", file=sys.stderr)
        return None
    if result.diagnostics.has_errors():
        print(render(result.diagnostics, "text", sys.stderr), file=sys.stderr)
        print("The preview shows the last valid version until these are fixed.", file=sys.stderr)
        return None
    pages = write_docs(render_context(result.handbook, lang), docs_dir)
    return page_settings(result.handbook, lang, pages)
