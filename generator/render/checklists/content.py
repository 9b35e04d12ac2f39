"""What a role's checklist holds, in one language: its items grouped by stage and step, its situations,
its appearance standards, the steps it only supports (context, no items) and the forbidden phrases.

The checkable items are exactly :meth:`Handbook.standards_for_role` on the checklist's day (the standards in
force that day, FORMAT §7.9); nothing here decides otherwise.
Every string is resolved in the target language (falling back to the default one) and is still raw
text: the templates escape it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...model import Handbook, Role, Standard
from ...i18n import translator
from ..context import RenderContext


@dataclass(frozen=True)
class Item:
    """One checkable standard as printed."""

    global_id: str
    kind: str  # say | do | avoid | appearance
    severity: str  # critical | major | minor
    text: str
    script: str  # '' when none
    phrases: tuple[str, ...]  # for avoid items, in the target language
    retired: str = ""  # YYYY-MM-DD: the first day the item no longer applies; '' when it has no end


@dataclass(frozen=True)
class Group:
    """The items of one parent (a step, a situation, or the role's appearance)."""

    kind: str  # step | situation | role
    id: str
    title: str
    subtitle: str  # a situation's trigger; '' otherwise
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Section:
    """A heading over groups: one journey stage, "Situations", or "Appearance"."""

    kind: str  # stage | situations | appearance
    id: str
    title: str
    groups: tuple[Group, ...]


@dataclass(frozen=True)
class SupportedStep:
    """A step the role supports, shown for context only (no item ids: they are the owner's)."""

    stage: str
    title: str
    owner: str


@dataclass(frozen=True)
class Forbidden:
    """A phrase never to say, with what to say instead ('' when the source gives nothing)."""

    phrase: str
    instead: str
    severity: str
    source: str  # the global item id of an avoid item, or '' for a phrases.yaml entry


@dataclass(frozen=True)
class RoleContent:
    """Everything one role's checklist and audit form print, in one language."""

    lang: str
    role_id: str
    role_name: str
    department: str
    description: str
    sections: tuple[Section, ...]
    supported: tuple[SupportedStep, ...]
    forbidden: tuple[Forbidden, ...]
    avoid_phrases: tuple[Forbidden, ...]

    @property
    def items(self) -> list[Item]:
        return [item for section in self.sections for group in section.groups for item in group.items]


def item_ids(handbook: Handbook, role_id: str, on: date | None = None) -> list[str]:
    """The global ids of every item that applies to a role (on a day), in journey order (the CSV template's rows)."""
    return [s.global_id for s in handbook.standards_for_role(role_id, on)]


def _phrases(handbook: Handbook, item: Standard, lang: str) -> tuple[str, ...]:
    found = item.phrases.get(lang) or item.phrases.get(handbook.default_language)
    if found:
        return tuple(found)
    return next(iter(item.phrases.values()), ())


def item_of(handbook: Handbook, item: Standard, lang: str) -> Item:
    """One standard as printed in ``lang``."""
    return Item(
        global_id=item.global_id,
        kind=item.kind,
        severity=item.severity,
        text=handbook.text(item.text, lang),
        script=handbook.text(item.script, lang) if item.script else "",
        phrases=_phrases(handbook, item, lang) if item.kind == "avoid" else (),
        retired=item.retired.isoformat() if item.retired else "",
    )


def _group(handbook: Handbook, first: Standard, items: list[Standard], lang: str) -> Group:
    parent = handbook.parent_of(first)
    subtitle = ""
    if first.parent_kind == "role":
        assert isinstance(parent, Role)
        title = handbook.text(parent.name, lang)
    else:
        title = handbook.text(parent.title, lang)  # type: ignore[union-attr]
        if first.parent_kind == "situation":
            subtitle = handbook.text(parent.trigger, lang)  # type: ignore[union-attr]
    return Group(
        kind=first.parent_kind,
        id=first.parent,
        title=title,
        subtitle=subtitle,
        items=tuple(item_of(handbook, s, lang) for s in items),
    )


def _groups(handbook: Handbook, standards: list[Standard], lang: str) -> list[Group]:
    """Consecutive standards of one parent form a group (``standards_for_role`` is in journey order)."""
    runs: list[list[Standard]] = []
    for s in standards:
        if runs and (runs[-1][0].parent_kind, runs[-1][0].parent) == (s.parent_kind, s.parent):
            runs[-1].append(s)
        else:
            runs.append([s])
    return [_group(handbook, run[0], run, lang) for run in runs]


def _sections(handbook: Handbook, groups: list[Group], lang: str) -> list[Section]:
    sections: list[Section] = []
    for group in groups:
        if group.kind == "step":
            step = handbook.step(group.id)
            assert step is not None
            stage = handbook.stage_of(step)
            key, sid, title = "stage", stage.id, handbook.text(stage.title, lang)
        elif group.kind == "situation":
            key, sid, title = "situations", "situations", translator(lang).gettext("Situations")
        else:
            key, sid, title = "appearance", "appearance", translator(lang).gettext("Appearance")
        if sections and (sections[-1].kind, sections[-1].id) == (key, sid):
            last = sections[-1]
            sections[-1] = Section(last.kind, last.id, last.title, (*last.groups, group))
        else:
            sections.append(Section(key, sid, title, (group,)))
    return sections


def role_content(ctx: RenderContext, role_id: str) -> RoleContent:
    """The checklist content of one role in the context's language: the items in force on the context's day."""
    handbook, lang = ctx.handbook, ctx.lang
    role = handbook.role(role_id)
    if role is None:
        raise KeyError(role_id)
    standards = handbook.standards_for_role(role_id, ctx.today)
    sections = _sections(handbook, _groups(handbook, standards, lang), lang)
    supported = []
    for step in handbook.steps_supported_by(role_id):
        owner = handbook.role(step.owner)
        supported.append(
            SupportedStep(
                stage=handbook.text(handbook.stage_of(step).title, lang),
                title=handbook.text(step.title, lang),
                owner=handbook.text(owner.name, lang) if owner else step.owner,
            )
        )
    forbidden = tuple(
        Forbidden(
            phrase=handbook.text(f.phrase, lang),
            instead=handbook.text(f.instead, lang) if f.instead else "",
            severity=f.severity,
            source="",
        )
        for f in handbook.forbidden
    )
    avoid = tuple(
        Forbidden(phrase=phrase, instead="", severity=s.severity, source=s.global_id)
        for s in standards
        if s.kind == "avoid"
        for phrase in _phrases(handbook, s, lang)
    )
    department = handbook.department(role.department)
    return RoleContent(
        lang=lang,
        role_id=role.id,
        role_name=handbook.text(role.name, lang),
        department=handbook.text(department.name, lang) if department else role.department,
        description=handbook.text(role.description, lang) if role.description else "",
        sections=tuple(sections),
        supported=tuple(supported),
        forbidden=forbidden,
        avoid_phrases=avoid,
    )
