"""The "Mystery shopping" page of one language, and the scenario links of a situation's page.

Each scenario links to its shopper brief, which `handbook checklists` writes beside the audit forms
(``checklists/<lang>/<scenario>-shopper-brief.html``); without the printable documents
(``checklist_links`` off) the page still lists the scenarios, without those links.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import urls
from ...model import Scenario
from ..checklists.brief import brief_name, scenario_roles
from ..checklists.labels import label as checklist_label
from . import markdown as md

if TYPE_CHECKING:  # pages.py imports this module
    from .pages import PageContext


def brief_href(ctx: PageContext, from_page: str, scenario_id: str) -> str:
    """The shopper brief of a scenario, relative to ``from_page``."""
    to_root = "../" * (from_page.count("/") + 1)
    return f"{to_root}{urls.CHECKLISTS_DIR}/{ctx.lang}/{brief_name(scenario_id)}.html"


def _title(ctx: PageContext, page: str, scenario: Scenario) -> str:
    title = md.attr(ctx.t(scenario.title))
    if not ctx.checklist_links:
        return title
    return f'<a href="{md.attr(brief_href(ctx, page, scenario.id))}">{title}</a>'


def _staged(ctx: PageContext, page: str, scenario: Scenario) -> str:
    hb = ctx.handbook
    parts = []
    situation = hb.situation(scenario.situation) if scenario.situation else None
    if situation is not None:
        parts.append(ctx.link(page, urls.situation(situation.id), md.inline(ctx.t(situation.title))))
    for step_id in scenario.steps:
        step = hb.step(step_id)
        if step is not None:
            parts.append(ctx.link(page, urls.step(step.stage, step.id), md.inline(ctx.t(step.title))))
    return ", ".join(parts)


def _plan(ctx: PageContext, scenario: Scenario) -> str:
    if scenario.plan is None:
        return md.attr(checklist_label("no_plan", ctx.lang))
    text = checklist_label(f"plan_every_{scenario.plan.every}", ctx.lang).format(count=scenario.plan.count)
    return md.attr(text)


def shopping_page(ctx: PageContext) -> tuple[str, str, str] | None:
    """Every mystery-shopping scenario: what it stages, on which channel, the plan, the roles it checks.

    Returns the page's path, nav title and Markdown; None when the handbook has no scenario.
    """
    hb = ctx.handbook
    if not hb.scenarios:
        return None
    page = urls.MYSTERY_SHOPPING
    lines = [f"# {md.attr(ctx.label('mystery_shopping'))} {{#_title}}", "", md.block(ctx.label("shopping_intro")), ""]
    head = [ctx.label("scenario"), ctx.label("stages_what"), ctx.label("channel"), ctx.label("plan"), ctx.label("roles")]
    lines += ["| " + " | ".join(md.attr(h) for h in head) + " |", "|" + "---|" * len(head)]
    for scenario in hb.scenarios:
        roles = " ".join(ctx.role_badge(page, r) for r in scenario_roles(hb, scenario))
        lines.append(
            f"| {_title(ctx, page, scenario)} | {_staged(ctx, page, scenario)} "
            f"| {ctx.channel_link(page, scenario.channel)} | {_plan(ctx, scenario)} | {roles} |"
        )
    return page, ctx.label("mystery_shopping"), "\n".join(lines).rstrip() + "\n"


def situation_scenarios(ctx: PageContext, page: str, situation_id: str) -> list[str]:
    """The Markdown of a situation page's "Mystery shopping" section ([] when no scenario stages it)."""
    staging = [s for s in ctx.handbook.scenarios if s.situation == situation_id]
    if not staging:
        return []
    lines = [f"## {md.attr(ctx.label('mystery_shopping'))} {{#_mystery-shopping}}", ""]
    for scenario in staging:
        channel = ctx.channel_link(page, scenario.channel)
        lines.append(f"- {_title(ctx, page, scenario)} ({channel}, {_plan(ctx, scenario)})")
    return [*lines, ""]
