"""The thin MkDocs hook every generated config loads (MkDocs, ProperDocs; other engines may ignore it).

* The language switcher points at the same page in the other language (the config's
  ``extra.alternate`` points at each language's home, which is what engines without hooks show).
* It gives search what staff type (:mod:`generator.render.site.search`): the index written by Material's search
  plugin gains the handbook's entries and language, and that language's script is written next to Material's.

``handbook serve`` adds a second hook of its own (:mod:`generator.commands.serve_hook`) that writes the
Markdown again from the YAML before every rebuild of the dev server.
"""

from __future__ import annotations

from typing import Any

from mkdocs.plugins import event_priority

from generator import urls
from generator.render.site.search import material as search


@event_priority(-50)  # after Material's search plugin has set up its index
def on_config(config: Any, **_: Any) -> None:
    search.attach(config)


def on_page_context(context: dict[str, Any], page: Any, config: Any, **_: Any) -> dict[str, Any]:
    if config.extra.get("alternate") and page.file is not None:
        target = urls.html(page.file.src_uri)
        config.extra["alternate"] = [{**alt, "link": f"../{alt['lang']}/{target}"} for alt in config.extra["alternate"]]
    return context


def on_page_content(html: str, page: Any, config: Any, **_: Any) -> str:
    return search.page_content(html, page, config)


def on_post_build(config: Any, **_: Any) -> None:
    search.post_build(config)
