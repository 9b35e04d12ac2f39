"""What a mystery shopper's brief holds, in one language: what to stage, who to play, what to do and watch
for, and the items the visit checks, grouped by the role that answers for them (one audit form each).

Every string is resolved in the target language (falling back to the default one) and is still raw text:
the template escapes it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Handbook, Scenario
from ..context import RenderContext
from ..words import PLANS
from .content import Item, item_of

@dataclass(frozen=True)
class StagedStep:
    stage: str
    title: str


@dataclass(frozen=True)
class StagedSituation:
    title: str
    trigger: str


@dataclass(frozen=True)
class BriefRole:
    """The items of the visit one role answers for, and that role's audit form."""

    role_id: str
    role_name: str
    form: str  # the audit form's file name, beside the brief; '' when it was not written
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Brief:
    """Everything one scenario's shopper brief prints, in one language."""

    lang: str
    id: str
    title: str
    channel: str
    situation: StagedSituation | None
    steps: tuple[StagedStep, ...]
    persona: str
    ask: str
    watch: tuple[str, ...]
    plan: str  # "2 per location every month"; '' when the scenario has no plan
    locations: tuple[str, ...]
    roles: tuple[BriefRole, ...]


def brief_name(scenario_id: str) -> str:
    """The brief's file name, without the extension."""
    return f"{scenario_id}-shopper-brief"


def scenario_roles(handbook: Handbook, scenario: Scenario) -> list[str]:
    """The roles that answer for the scenario's items, in the order the shopper meets them."""
    roles = (item.role for item_id in scenario.items if (item := handbook.item(item_id)) is not None)
    return list(dict.fromkeys(roles))


def brief_content(ctx: RenderContext, scenario: Scenario, forms: frozenset[str] = frozenset()) -> Brief:
    """The shopper brief of ``scenario`` in the context's language, with the items in force on the context's day;
    ``forms``: the roles whose form is written."""
    handbook, lang = ctx.handbook, ctx.lang
    situation = handbook.situation(scenario.situation) if scenario.situation else None
    steps = []
    for step_id in scenario.steps:
        step = handbook.step(step_id)
        if step is not None:
            steps.append(StagedStep(handbook.text(handbook.stage_of(step).title, lang), handbook.text(step.title, lang)))
    roles = []
    for role_id in scenario_roles(handbook, scenario):
        role = handbook.role(role_id)
        items = tuple(
            item_of(handbook, standard, lang)
            for item_id in scenario.items
            if (standard := handbook.item(item_id)) is not None and standard.role == role_id
            and standard.in_force(ctx.today)
        )
        roles.append(
            BriefRole(
                role_id=role_id,
                role_name=handbook.text(role.name, lang) if role else role_id,
                form=f"{role_id}-audit-form.html" if role_id in forms else "",
                items=items,
            )
        )
    channel = handbook.channel(scenario.channel)
    plan = ""
    if scenario.plan is not None:
        t = ctx.translator
        plan = t.gettext(PLANS[scenario.plan.every], count=t.format_integer(scenario.plan.count))
    return Brief(
        lang=lang,
        id=scenario.id,
        title=handbook.text(scenario.title, lang),
        channel=handbook.text(channel.name, lang) if channel else scenario.channel,
        situation=StagedSituation(handbook.text(situation.title, lang), handbook.text(situation.trigger, lang))
        if situation
        else None,
        steps=tuple(steps),
        persona=handbook.text(scenario.persona, lang) if scenario.persona else "",
        ask=handbook.text(scenario.ask, lang),
        watch=tuple(handbook.text(w, lang) for w in scenario.watch),
        plan=plan,
        locations=scenario.locations,
        roles=tuple(roles),
    )
