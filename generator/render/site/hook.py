"""The thin MkDocs hook every generated config loads (MkDocs, ProperDocs; other engines may ignore it).

* The language switcher points at the same page in the other language (the config's
  ``extra.alternate`` points at each language's home, which is what engines without hooks show).
* Under ``handbook serve`` it regenerates the Markdown from the YAML before every build, so the dev
  server's rebuild on a YAML change shows the new standards.
"""

from __future__ import annotations

from typing import Any

from generator import urls


def on_pre_build(config: Any, **_: Any) -> None:
    handbook = config.extra.get("handbook") or {}
    folder = handbook.get("serve_folder")
    if folder:
        from generator.render.site.builder import regenerate_for_serve

        regenerate_for_serve(folder, handbook["lang"], config)


def on_page_context(context: dict[str, Any], page: Any, config: Any, **_: Any) -> dict[str, Any]:
    if config.extra.get("alternate") and page.file is not None:
        target = urls.html(page.file.src_uri)
        config.extra["alternate"] = [{**alt, "link": f"../{alt['lang']}/{target}"} for alt in config.extra["alternate"]]
    return context
