"""``handbook training --format html``: one page a store manager prints, or reads on a phone.

Self-contained (inline CSS, no script, no request to any other host): per location and role, who is current
and who is due, why, a column to sign when read, and for each role what changed since the version people
acknowledged. Every text goes through Jinja2's autoescape; ids and dates are isolated left to right in
right-to-left pages. Status is a word and a mark, never a colour alone.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

import jinja2
from markupsafe import Markup

from ... import i18n
from ...i18n import translator
from ...training.status import TrainingReport
from .. import htmlcheck, templating
from ..context import RenderContext
from .view import CHANGE, build

TEMPLATES = Path(__file__).resolve().parent / "templates"


def allowed_markup() -> htmlcheck.Allowed:
    """What the page's template writes itself (no script at all), for :mod:`..htmlcheck`."""
    return htmlcheck.from_templates([TEMPLATES])


@cache
def _environment(lang: str) -> jinja2.Environment:
    env = templating.environment(jinja2.PackageLoader("generator.render.training", "templates"), translator(lang))
    stylesheet = resources.files("generator.render.training").joinpath("training.css").read_text("utf-8")
    env.globals.update(stylesheet=Markup(stylesheet), CHANGE=CHANGE)
    return env


def render(ctx: RenderContext, report: TrainingReport) -> str:
    view = build(ctx, report)
    due = next((e.employee for e in report.employees if e.status == "due"), "employee-id")
    return _environment(ctx.lang).get_template("training.html.j2").render(
        v=view, lang=ctx.lang, dir=i18n.direction(ctx.lang), example_row=f"{due},{report.version},{report.today}",
    )
