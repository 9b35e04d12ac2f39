"""What every presenter works from: the model, the optional change set, the translator and the URLs.

A presenter (a site page, the "What changed" page, a checklist, a form, a brief, an audit or diff report)
gets one :class:`RenderContext` and never loads anything itself: the command that runs it has loaded the
standards, compared them with a baseline if it needed to, and chosen the language.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from .. import urls
from ..clock import today_from_env
from ..i18n import Translator, translator
from ..model import Handbook, Standard, Text

if TYPE_CHECKING:  # only a type: the values come from the caller
    from ..diff.changes import ChangeSet


@dataclass(frozen=True)
class Links:
    """Where the outputs live, for the links presenters write between them (paths come from :mod:`..urls`)."""

    #: the published site's address, for absolute links from reports (``https://.../handbook``); None: no links
    site_url: str | None = None
    #: the site has the printable checklists beside it (``handbook build``), so role pages link to them
    checklists: bool = True

    def item(self, handbook: Handbook, item: Standard, lang: str) -> str | None:
        """The absolute address of an item's anchor on the site, or None without a ``site_url``."""
        if not self.site_url:
            return None
        return f"{self.site_url.rstrip('/')}/{lang}/{urls.html(urls.item(handbook, item))}"


@dataclass(frozen=True)
class RenderContext:
    """The model, the optional change set, the translator of the output's language, the links, and the day the
    output is for: the standards in force that day (FORMAT §7.9; default today, or ``HANDBOOK_TODAY``)."""

    handbook: Handbook
    translator: Translator
    changes: ChangeSet | None = None
    links: Links = field(default_factory=Links)
    today: date = field(default_factory=today_from_env)

    @property
    def lang(self) -> str:
        return self.translator.lang

    def text(self, value: Text | None) -> str:
        """A text of the standards in the output's language (falling back to the default language)."""
        return self.handbook.text(value, self.lang)

    def _(self, message: str, **values: object) -> str:
        """An interface word in the output's language (:meth:`generator.i18n.Translator.gettext`)."""
        return self.translator.gettext(message, **values)

    def in_language(self, lang: str) -> RenderContext:
        """The same context for another language."""
        return replace(self, translator=translator(lang))


def render_context(
    handbook: Handbook,
    lang: str,
    changes: ChangeSet | None = None,
    links: Links | None = None,
    today: date | None = None,
) -> RenderContext:
    """The context of one output in ``lang`` (for the day ``today``, default today)."""
    return RenderContext(handbook, translator(lang), changes, links or Links(), today or today_from_env())
