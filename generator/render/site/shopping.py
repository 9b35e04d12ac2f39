"""The "Mystery shopping" page of one language, and the scenario links of a situation's page.

Each scenario links to its shopper brief, which `handbook checklists` writes beside the audit forms
(``checklists/<lang>/<scenario>-shopper-brief.html``); without the printable documents
(``checklist_links`` off) the page still lists the scenarios, without those links.
"""

from __future__ import annotations

from ... import urls
from ...model import Scenario
from ..checklists.brief import brief_name, scenario_roles
from ..words import PLANS
from . import markdown as md
from .context import PageContext


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
        return md.attr(ctx._("when needed"))
    return md.attr(ctx._(PLANS[scenario.plan.every], count=ctx.tr.format_integer(scenario.plan.count)))


def shopping_page(ctx: PageContext) -> tuple[str, str, str] | None:
    """Every mystery-shopping scenario: what it stages, on which channel, the plan, the roles it checks.

    Returns the page's path, nav title and Markdown; None when the handbook has no scenario.
    """
    hb = ctx.handbook
    if not hb.scenarios:
        return None
    page = urls.MYSTERY_SHOPPING
    intro = ctx._(
        "Each scenario is one visit a mystery shopper makes. Its brief says what to stage, who to play, what to "
        "do and what to watch for; after the visit the shopper fills in the audit form of each role it checks, "
        "with the scenario's id, and `handbook audit --coverage` compares the visits made with the plan."
    )
    title = ctx._("Mystery shopping")
    lines = [f"# {md.attr(title)} {{#_title}}", "", md.block(intro), ""]
    head = [ctx._("Scenario"), ctx._("What it stages"), ctx._("Channel"), ctx._("Plan"), ctx._("Roles")]
    lines += ["| " + " | ".join(md.attr(h) for h in head) + " |", "|" + "---|" * len(head)]
    for scenario in hb.scenarios:
        roles = " ".join(ctx.role_badge(page, r) for r in scenario_roles(hb, scenario))
        lines.append(
            f"| {_title(ctx, page, scenario)} | {_staged(ctx, page, scenario)} "
            f"| {ctx.channel_link(page, scenario.channel)} | {_plan(ctx, scenario)} | {roles} |"
        )
    return page, title, "\n".join(lines).rstrip() + "\n"


def situation_scenarios(ctx: PageContext, page: str, situation_id: str) -> list[str]:
    """The Markdown of a situation page's "Mystery shopping" section ([] when no scenario stages it)."""
    staging = [s for s in ctx.handbook.scenarios if s.situation == situation_id]
    if not staging:
        return []
    title = ctx._("Mystery shopping")
    lines = [f"## {md.attr(title)} {{#_mystery-shopping}}", ""]
    for scenario in staging:
        channel = ctx.channel_link(page, scenario.channel)
        lines.append(f"- {_title(ctx, page, scenario)} ({channel}, {_plan(ctx, scenario)})")
    return [*lines, ""]
