"""What every site page function gets: the render context, plus the links and badges pages share."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ... import urls
from ...diff.changes import ChangeSet
from ...i18n import N_, Translator
from ...model import Handbook, Standard, Text
from ..context import RenderContext
from ..words import KIND, SEVERITY, word
from . import markdown as md


@dataclass(frozen=True)
class PageContext:
    """One language's pages: the model, the change set (``--since``), the translator and the links."""

    render: RenderContext

    @property
    def handbook(self) -> Handbook:
        return self.render.handbook

    @property
    def lang(self) -> str:
        return self.render.lang

    @property
    def tr(self) -> Translator:
        """The interface words, numbers and quotation marks of the page's language."""
        return self.render.translator

    @property
    def changes(self) -> ChangeSet | None:
        return self.render.changes

    @property
    def checklist_links(self) -> bool:
        return self.render.links.checklists

    @property
    def today(self) -> date:
        """The day the site is built for: standards retired by then are left out, later ones carry their date."""
        return self.render.today

    def t(self, value: Text | None) -> str:
        """A text of the standards in the page's language."""
        return self.render.text(value)

    def _(self, message: str, **values: object) -> str:
        """An interface word in the page's language (:meth:`generator.i18n.Translator.gettext`)."""
        return self.tr.gettext(message, **values)

    def quote(self, text: str) -> str:
        """A phrase in the language's quotation marks, as safe Markdown."""
        return self.tr.quote(md.literal(text))

    def link(self, from_page: str, to_path: str, text: str) -> str:
        """A Markdown link; ``text`` is already safe Markdown."""
        return f"[{text}]({relative(from_page, to_path)})"

    def role_badge(self, from_page: str, role_id: str) -> str:
        role = self.handbook.role(role_id)
        name = md.inline(self.t(role.name)) if role else md.literal(role_id)
        return f"{self.link(from_page, urls.role(role_id), name)}{{ .hb-role }}"

    def channel_link(self, from_page: str, channel_id: str) -> str:
        channel = self.handbook.channel(channel_id)
        name = md.inline(self.t(channel.name)) if channel else md.literal(channel_id)
        return f"{self.link(from_page, urls.channel(channel_id), name)}{{ .hb-channel }}"

    def marker(self, global_id: str) -> str:
        """A small "changed/new since version X" badge, or ''."""
        if self.changes is None:
            return ""
        status = self.changes.item_status(global_id)
        if status is None:
            return ""
        version = self.changes.old_version
        if status == "added":
            text = self._("new since version {version}", version=version)
        else:
            text = self._("changed since version {version}", version=version)
        return f' <span class="hb-change hb-change-{status}">{md.attr(text)}</span>'

    def shown(self, items: Iterable[Standard]) -> list[Standard]:
        """The standards a page shows: all but those already retired (they stay in the YAML for old audits)."""
        return [s for s in items if s.retired is None or s.retired > self.today]

    def date_badge(self, item: Standard) -> str:
        """"In force from DATE" on a standard not yet in force, "No longer in force from DATE" on one that
        ends later; '' otherwise. Words, not only a colour; the date is machine-readable."""
        if item.effective is not None and item.effective > self.today:
            text, day, css = self._(N_("In force from")), item.effective, "upcoming"
        elif item.retired is not None and item.retired > self.today:
            text, day, css = self._(N_("No longer in force from")), item.retired, "ending"
        else:
            return ""
        return (
            f' <span class="hb-date hb-date-{css}">{md.attr(text)} '
            f'<time datetime="{day.isoformat()}" dir="ltr">{day.isoformat()}</time></span>'
        )

    def severity(self, severity: str) -> str:
        """The severity in words, in a badge whose frame also differs (it survives black-and-white print)."""
        return f'<span class="hb-sev hb-sev-{md.attr(severity)}">{md.attr(word(self.tr, SEVERITY, severity))}</span>'

    def kind(self, kind: str) -> str:
        """The kind of a standard in words (Say, Do, Avoid, Appearance), as a label."""
        return f'<span class="hb-label hb-kind hb-kind-{md.attr(kind)}">{md.attr(word(self.tr, KIND, kind))}</span>'

    def label(self, text: str) -> str:
        """A label of the generator's own ("Owner:"): an element no glossary tooltip goes into."""
        return f'<span class="hb-label">{md.attr(text)}</span>'


@lru_cache(maxsize=65536)
def _relative_page(from_dir: str, to_page: str) -> str:
    return urls.relative(from_dir + "/x.md" if from_dir else "x.md", to_page)


def relative(from_page: str, to_path: str) -> str:
    """:func:`generator.urls.relative`, cached per folder and target (pages link to the same few places)."""
    page, _, anchor = to_path.partition("#")
    rel = _relative_page(from_page.rpartition("/")[0], page)
    return rel + (f"#{anchor}" if anchor else "")
