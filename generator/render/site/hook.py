"""The thin MkDocs hook every generated config loads (MkDocs, ProperDocs; other engines may ignore it).

* The language switcher points at the same page in the other language (the config's
  ``extra.alternate`` points at each language's home, which is what engines without hooks show).
* The switcher's language names carry their own ``lang`` (and ``dir``), so screen readers pronounce them
  right; the ``<link rel="alternate">`` tags go, because Material fetches each one's ``sitemap.xml`` to
  find the same page (which the switcher already links to), an error on every page from ``file://``.
* Every page's navigation lists the journey's overview and only the stage the page belongs to, with its
  steps (not one section per stage): a page's size, and MkDocs' time for it, stay the same however many
  stages the journey has, so the build grows linearly. Stages are one click away on the overview's diagram,
  and the footer's previous / next links still walk through every page.
* The not-found page (``404.html``) links from ``/<lang>/``, the language's folder at the server's root, when
  no ``site_url`` gives MkDocs another root: a web server shows it at whatever address was missing.
* It gives search what staff type (:mod:`generator.render.site.search`): the index written by Material's search
  plugin gains the handbook's entries and language, and that language's script is written next to Material's.
* Titles stay text in every template. MkDocs hands templates titles as HTML (``&lt;`` for ``<``), and
  theme templates print them raw, through ``| e`` or through ``| striptags``. Jinja's ``striptags``
  turns entities back into characters, so Material's ``<title>{{ page.title | striptags }}`` made
  ``&lt;script&gt;`` a script. Here ``striptags`` escapes what it returns, and the site name, the nav
  and page titles become :class:`~markupsafe.Markup` (``| e`` does not escape them twice) with their
  quotes escaped (safe inside an attribute too).
* Material's header shows its elements' ``title`` attributes as tooltips by assigning them to
  ``innerHTML``: an attribute value is HTML there. The one such title that comes from the standards is
  the site name (``title="{{ config.site_name | e }}"`` on the logo), so ``| e`` escapes the site name
  once more (:class:`SiteName`); printed raw it stays escaped once.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from markupsafe import Markup, escape
from mkdocs import utils
from mkdocs.plugins import event_priority

from generator import i18n, urls
from generator.render.site.search import material as search

_SWITCHER_LINK = re.compile(r'(<a href="[^"]*" hreflang="([^"]+)" class="md-select__link")')
_ALTERNATE_LINK = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


def html_text(value: Any) -> Markup:
    """An HTML title as escaped text without tags, safe in an element and in an attribute."""
    return escape(Markup(str(value)).striptags())


class SiteName(str):
    """The site name as HTML text; ``| e`` (``__html__``) escapes it again for Material's header tooltip."""

    def __html__(self) -> str:
        return str(escape(str(self)))


@event_priority(-50)  # after Material's search plugin has set up its index
def on_config(config: Any, **_: Any) -> Any:
    search.attach(config)
    config.site_name = SiteName(html_text(config.site_name))
    return config


def on_nav(nav: Any, **_: Any) -> Any:
    for item in _walk(nav.items):
        if not getattr(item, "is_page", False) and item.title is not None:
            item.title = html_text(item.title)
    return nav


def _walk(items: Any) -> Any:
    for item in items:
        yield item
        yield from _walk(getattr(item, "children", None) or [])


def on_env(env: Any, files: Any, **_: Any) -> Any:
    env.filters["striptags"] = html_text
    for file in files.documentation_pages():
        if file.page is not None and file.page.title is not None:
            file.page.title = html_text(file.page.title)
    return env


def on_page_context(context: dict[str, Any], page: Any, config: Any, **_: Any) -> dict[str, Any]:
    if config.extra.get("alternate") and page.file is not None:
        target = urls.html(page.file.src_uri)
        config.extra["alternate"] = [{**alt, "link": f"../{alt['lang']}/{target}"} for alt in config.extra["alternate"]]
    if context.get("nav") is not None:
        context["nav"] = journey_nav(context["nav"], page)
    return context


def on_template_context(context: dict[str, Any], template_name: str, config: Any, **_: Any) -> dict[str, Any]:
    """The error page (``404.html``) links from the server's root, as a web server shows it at any missing
    address. MkDocs takes that root from ``site_url`` (which :mod:`.config` gives each language's folder);
    without one it assumes the site is the server's root, but each language is in its own folder there:
    ``/<lang>/`` is the root of its links (the stylesheet, the scripts, the navigation)."""
    if config.site_url or not utils.is_error_template(template_name):
        return context
    base = "/" + str(config.extra.get("handbook", {}).get("lang", "")).strip("/") + "/"
    context["base_url"] = base
    context["extra_css"] = [utils.normalize_url(str(path), None, base) for path in config.extra_css]
    context["extra_javascript"] = [utils.normalize_url(str(path), None, base) for path in config.extra_javascript]
    return context


def on_page_content(html: str, page: Any, config: Any, **_: Any) -> str:
    return search.page_content(html, page, config)


def on_post_build(config: Any, **_: Any) -> None:
    search.post_build(config)


def journey_nav(nav: Any, page: Any) -> Any:
    """The site's navigation as ``page`` shows it: the journey section holds its overview and, when the
    page is inside a stage, that stage's section; the other stages' sections are left out."""
    position = next((i for i, item in enumerate(nav.items) if _is_journey(item)), None)
    if position is None:
        return nav
    journey = nav.items[position]
    ancestors = page.ancestors if page is not None else []
    shown = copy.copy(journey)
    shown.children = [child for child in journey.children if not child.is_section or child in ancestors]
    pruned = copy.copy(nav)
    pruned.items = [*nav.items[:position], shown, *nav.items[position + 1 :]]
    return pruned


def _is_journey(item: Any) -> bool:
    """The journey's section: the one whose first child is the journey overview page."""
    children = getattr(item, "children", None) or []
    first = children[0] if children else None
    return bool(item.is_section and first is not None and first.is_page and first.file.src_uri == urls.JOURNEY)


def on_post_page(output: str, config: Any, **_: Any) -> str:
    if not config.extra.get("alternate"):
        return output
    output = _ALTERNATE_LINK.sub("", output)
    return _SWITCHER_LINK.sub(
        lambda m: f'{m.group(1)} lang="{m.group(2)}" dir="{i18n.direction(m.group(2))}"', output
    )


def on_post_template(output_content: str, template_name: str, config: Any, **_: Any) -> str:
    return on_post_page(output_content, config) if template_name.endswith(".html") else output_content
