"""HTML of the checklists and audit forms: Jinja2 templates (package data) with autoescaping on.

Every text from the standards goes through the templates' autoescape or through :func:`inline`
and :func:`script`, which escape first and only then add their own markup. The page is self-contained:
the print stylesheet is inlined, the audit form's script too (:mod:`.form`), there are no external
fonts and no links out but the CSV template beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from ... import i18n
from .. import templating
from ...i18n import Translator, translator
from ...training.inputs import ACK_COLUMNS
from ..context import RenderContext
from ..words import ANSWER, KIND, SEVERITY, word
from .brief import Brief
from .content import RoleContent
from .form import FormContext

PAPER_SIZES: dict[str, str] = {"a4": "A4", "letter": "letter"}
TEMPLATES = Path(__file__).resolve().parent / "templates"

_EMPHASIS = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|`([^`]+)`")
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


def inline(text: str) -> Markup:
    """Escape a short text, then show ``**bold**`` and ```code``` the way the site does."""

    def repl(match: re.Match[str]) -> str:
        bold, code = match.groups()
        return f"<strong>{bold}</strong>" if bold is not None else f"<code>{code}</code>"

    return Markup(_EMPHASIS.sub(repl, str(escape(text))))


def script(text: str) -> Markup:
    """Escape a script, marking ``{placeholders}`` (kept left-to-right inside right-to-left text)."""
    escaped = str(escape(text))
    return Markup(_PLACEHOLDER.sub(lambda m: f'<bdi class="ph" dir="ltr">{m.group(0)}</bdi>', escaped))


def paragraphs(text: str) -> list[Markup]:
    """A description split at blank lines, each paragraph escaped and inline-formatted."""
    return [inline(" ".join(p.split())) for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


_LIST_ITEM = re.compile(r"^\s{0,3}(?:(\d{1,9})[.)]|[-*+])\s+(.*)$")


def blocks(text: str) -> list[Markup]:
    """A Markdown text as paragraphs and (ordered or bulleted) lists, each escaped and inline-formatted.

    Enough Markdown for a shopper brief's steps; anything else (headings, links, raw HTML) shows as text.
    """
    out: list[Markup] = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        paragraph: list[str] = []
        items: list[list[str]] = []
        ordered, start = False, 1

        def flush() -> None:
            nonlocal items, paragraph
            if paragraph:
                out.append(Markup("<p>{}</p>").format(inline(" ".join(paragraph))))
                paragraph = []
            if items:
                tag = "ol" if ordered else "ul"
                first = f' start="{start}"' if ordered and start != 1 else ""
                body = Markup("").join(Markup("<li>{}</li>").format(inline(" ".join(i))) for i in items)
                out.append(Markup(f"<{tag}{first}>") + body + Markup(f"</{tag}>"))
                items = []

        for line in chunk.splitlines():
            match = _LIST_ITEM.match(line)
            if match:
                if not items:
                    flush()
                    ordered, start = match.group(1) is not None, int(match.group(1) or 1)
                items.append([match.group(2).strip()])
            elif items:
                items[-1].append(line.strip())  # a continuation line of the last item
            else:
                paragraph.append(line.strip())
        flush()
    return out


def isolate(text: str) -> str:
    """Wrap a name in Unicode first-strong isolates, so ``<Ltd>`` stays whole in a right-to-left line."""
    return f"\u2068{text}\u2069"


def css_string(text: str) -> Markup:
    """A CSS string literal that cannot end early: every character but ASCII letters, digits and spaces
    becomes a hex escape, so no quote, backslash, ``<`` or newline from the YAML survives."""
    out = ['"']
    for ch in text:
        if ch.isascii() and (ch.isalnum() or ch == " "):
            out.append(ch)
        else:
            out.append(f"\\{ord(ch):x} ")  # the space ends the escape and is consumed by it
    out.append('"')
    return Markup("".join(out))


@dataclass(frozen=True)
class Page:
    """What every page prints around the role's content."""

    organization: str
    title: str  # the handbook's title in the page language
    version: str
    date: str  # YYYY-MM-DD
    lang: str
    csv_name: str  # the CSV template's file name, relative to the page's folder
    paper: str | None  # None: the printer's paper (HTML); "a4" | "letter": fixed (PDF)

    @property
    def dir(self) -> str:
        return i18n.direction(self.lang)


def page_counter(t: Translator, visual_order: bool) -> Markup:
    """The CSS ``content`` of "Page 3 of 5": the translated sentence cut at its placeholders into strings
    and counters. With ``visual_order`` (a right-to-left PDF: WeasyPrint lays the pieces out left to right)
    the pieces come last to first, each keeping its spaces on the side of its neighbours."""
    parts: list[str] = []
    for piece in re.split(r"(\{pages?\})", t.gettext("Page {page} of {pages}")):
        if piece in ("{page}", "{pages}"):
            parts.append(f"counter({piece[1:-1]})")
        elif piece:
            core = piece.strip()
            if visual_order and core:
                start = piece.index(core)
                piece = piece[start + len(core):] + core + piece[:start]
            parts.append(str(css_string(piece)))
    if visual_order:
        parts.reverse()
    return Markup(" ".join(parts))


@cache
def _environment(lang: str) -> jinja2.Environment:
    """The templates with the words of ``lang`` (Jinja's i18n extension: ``_``, ``ngettext``)."""
    t = translator(lang)
    env = templating.environment(jinja2.PackageLoader("generator.render.checklists", "templates"), t)
    env.filters.update(
        inline=inline, script=script, paragraphs=paragraphs, blocks=blocks, css_string=css_string, isolate=isolate
    )
    stylesheet = resources.files("generator.render.checklists").joinpath("print.css").read_text("utf-8")
    env.globals.update(
        stylesheet=Markup(stylesheet),
        SEVERITY=SEVERITY,
        KIND=KIND,
        ANSWER=ANSWER,
        word=lambda table, value: word(t, table, value),
        page_counter=lambda visual_order: page_counter(t, visual_order),
        ack_columns=ACK_COLUMNS,  # the sign-off's row of the acknowledgements CSV (handbook training)
    )
    return env


def render(ctx: RenderContext, kind: str, content: RoleContent, page: Page, form: FormContext | None = None) -> str:
    """The HTML of a role's ``checklist`` or ``audit-form`` (which needs ``form``)."""
    if kind == "audit-form" and form is None:
        raise ValueError("an audit form needs its FormContext")
    template = _environment(ctx.lang).get_template(f"{kind}.html.j2")
    return template.render(
        c=content,
        page=page,
        paper=PAPER_SIZES.get(page.paper or ""),
        kind=kind,
        form=form,
        subject=content.role_name,
    )


def render_brief(ctx: RenderContext, brief: Brief, page: Page) -> str:
    """The HTML of a scenario's shopper brief."""
    return (
        _environment(ctx.lang)
        .get_template("shopper-brief.html.j2")
        .render(
            b=brief,
            page=page,
            paper=PAPER_SIZES.get(page.paper or ""),
            kind="shopper-brief",
            subject=brief.title,
        )
    )
