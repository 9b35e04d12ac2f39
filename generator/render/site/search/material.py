"""What the handbook's search relies on in MkDocs Material, pinned to the version it was tested with.

The search script (``handbook.js``) is a lunr plugin that Material's search worker loads as a language, and
:func:`attach` replaces how Material's search plugin serializes its index. Both depend on Material's
internals: the worker's message handling, how it loads languages and calls ``lunr.Index.search``, and the
plugin's ``SearchIndex.generate_search_index``. ``tests/search/test_material_pin.py`` fails when the installed
Material is not the one below, and a build with another version warns; after an upgrade, read the new worker
(its source map has the TypeScript) and the plugin, run ``tests/search``, then update these values.
"""

from __future__ import annotations

import hashlib
import logging
from importlib import metadata
from pathlib import Path
from typing import Any

from .... import urls
from .content import mark
from .entries import read_entries
from .index import dumps, finish
from .script import write_script

TESTED_VERSION = "9.8.2"
#: the worker and the plugin module that version ships, by SHA-256
TESTED_FILES = {
    "templates/assets/javascripts/workers/search.a7633da7.min.js": (
        "da1b3df5e5f00cc73083c9e21ff0ec28bde85cd247057bdd05b7a167e5903bd4"
    ),
    "plugins/search/plugin.py": "cc8a3ac0a8862662d11e87fefcdaa4a42d9ebd70a7943fa921c1c80e2661730b",
}

log = logging.getLogger("mkdocs.plugins.handbook.search")


def installed_version() -> str | None:
    try:
        return metadata.version("mkdocs-material")
    except metadata.PackageNotFoundError:
        return None


def changed_files() -> list[str]:
    """The pinned Material files that are missing or differ from the tested ones."""
    import material

    root = Path(material.__file__).resolve().parent
    changed = []
    for name, digest in TESTED_FILES.items():
        path = root / name
        if not path.is_file() or hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            changed.append(name)
    return changed


def enabled(config: Any) -> bool:
    """The handbook's search is on unless the customizing mkdocs.yml sets ``extra: {handbook_search: material}``."""
    return bool((config.extra or {}).get("handbook_search", "handbook") != "material")


def _search_plugin(config: Any) -> Any:
    from material.plugins.search.plugin import SearchPlugin

    return next((p for p in config.plugins.values() if isinstance(p, SearchPlugin)), None)


def attach(config: Any) -> None:
    """Make Material's search plugin write the handbook's index (called from the hook's ``on_config``)."""
    plugin = _search_plugin(config)
    if plugin is None or not plugin.config.enabled or not enabled(config):
        return
    version = installed_version()
    if version != TESTED_VERSION:
        log.warning(
            f"the handbook's search was tested with mkdocs-material {TESTED_VERSION}, this is {version}: "
            "check that search still finds inflected words (docs/site.md, Search)"
        )
    index = plugin.search_index
    original = index.generate_search_index
    docs_dir = Path(config.docs_dir)

    def generate(prev: Any) -> str:
        import json

        if prev:  # a dirty rebuild merges with the previous entries: let Material do that first
            data = json.loads(original(prev))
        else:
            keys = ("lang", "separator", "pipeline", "fields")
            data = {"config": {key: index.config[key] for key in keys}, "docs": index.entries}
        return dumps(finish(data, read_entries(docs_dir)))

    index.generate_search_index = generate


def page_content(html: str, page: Any, config: Any) -> str:
    """The hook's ``on_page_content``: mark what stays out of the index."""
    if _search_plugin(config) is None or not enabled(config) or page.file is None:
        return html
    src = page.file.src_uri
    return mark(html, src, own_entries=src == urls.FORBIDDEN and bool(read_entries(Path(config.docs_dir))))


def post_build(config: Any) -> None:
    """The hook's ``on_post_build``: the search language's script, next to Material's lunr languages."""
    if _search_plugin(config) is not None and enabled(config):
        lang = ((config.extra or {}).get("handbook") or {}).get("lang") or config.theme.get("language") or "en"
        write_script(Path(config.site_dir), str(lang))
