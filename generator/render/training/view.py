"""The training report in one language, ready to print: locations, roles, people, and what each must read.

Texts are resolved in the context's language (the standards' texts and role names from the model, interface
words from the catalogs) and are still raw text: the HTML template escapes them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...diff.changes import ChangeSet
from ...i18n import N_, Translator
from ...training.inputs import Ack
from ...training.status import EmployeeStatus, ReadingList, TrainingReport, Unresolved
from ..context import RenderContext
from ..diff.present import entity_name, item_text
from ..words import ENTITY, word

#: the status words
STATUS = {"current": N_("Current"), "due": N_("Due")}
#: how a standard on a reading list changed
CHANGE = {"added": N_("new"), "changed": N_("changed"), "removed": N_("removed"), "other": N_("other change")}


@dataclass(frozen=True)
class Line:
    """One thing to read: a standard (global id) or another change (entity key), with its words."""

    change: str  # added | changed | removed | other
    id: str
    text: str


@dataclass(frozen=True)
class Reading:
    """What one role must read since one version."""

    key: str  # "role@version": rows point at it
    title: str
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Row:
    employee: str
    name: str
    status: str  # current | due
    status_word: str
    acknowledged: str  # "2026.11 · 2026-11-02", '' when none
    why: str  # a sentence
    to_read: str  # what to read, short (the acknowledgement is shown beside it)
    reading: str  # a Reading.key, or ''
    trained: str  # a sentence, or ''


@dataclass(frozen=True)
class RoleBlock:
    role: str
    name: str
    rows: tuple[Row, ...]
    readings: tuple[Reading, ...]


@dataclass(frozen=True)
class LocationBlock:
    location: str
    current: int
    due: int
    roles: tuple[RoleBlock, ...]


@dataclass(frozen=True)
class View:
    version: str
    date: str
    organization: str
    title: str
    current: int
    due: int
    locations: tuple[LocationBlock, ...]
    notes: tuple[str, ...]


def _acknowledged(ack: Ack | None) -> str:
    return f"{ack.version} · {ack.date.isoformat()}" if ack else ""


def why(t: Translator, e: EmployeeStatus) -> str:
    """Why the employee is current or due, in one sentence."""
    ack = e.acknowledged
    if ack is None:
        return t.gettext("No acknowledgement: read every standard of the role.")
    values = {"version": ack.version, "date": ack.date.isoformat()}
    if e.reason == "current_version":
        return t.gettext("Acknowledged version {version} on {date}.", **values)
    if e.reason == "unchanged_since":
        return t.gettext("Acknowledged version {version} on {date}; nothing this role reads has changed since.",
                         **values)
    if e.reason == "version_not_found":
        return t.gettext("Acknowledged version {version} on {date}, which cannot be compared with this one: read "
                         "every standard of the role.", **values)
    n = e.reading.count if e.reading else 0
    return t.ngettext("Acknowledged version {version} on {date}; {n} change for this role since then.",
                      "Acknowledged version {version} on {date}; {n} changes for this role since then.", n, **values)


def to_read(t: Translator, e: EmployeeStatus) -> str:
    """What the employee must read, in a few words."""
    if e.reason == "current_version":
        return t.gettext("Nothing: this is the version they acknowledged.")
    if e.reason == "unchanged_since":
        return t.gettext("Nothing: no standard of the role changed since the version they acknowledged.")
    if e.reason == "changed_since" and e.reading is not None:
        return t.ngettext("{n} change since the version they acknowledged.",
                          "{n} changes since the version they acknowledged.", e.reading.count)
    if e.reason == "version_not_found":
        return t.gettext("Every standard of the role: the version they acknowledged cannot be compared.")
    return t.gettext("Every standard of the role: they have never acknowledged a version.")


def trained(t: Translator, ack: Ack | None) -> str:
    if ack is None:
        return ""
    values = {"version": ack.version, "date": ack.date.isoformat(), "trainer": ack.trainer}
    if ack.trainer:
        return t.gettext("Practical training of version {version} signed off on {date} by {trainer}.", **values)
    return t.gettext("Practical training of version {version} signed off on {date}.", **values)


def note(t: Translator, version: str, unresolved: Unresolved) -> str:
    """Why an acknowledged version could not be compared with the current one."""
    if unresolved.reason == "no_repository":
        return t.gettext("Version {version} cannot be compared: the standards folder is not in a git repository.",
                         version=version)
    if unresolved.reason == "no_tag":
        return t.gettext("Version {version} cannot be compared: git has no tag v{version} or {version}.",
                         version=version)
    return t.gettext("Version {version} cannot be compared: {reason}", version=version, reason=unresolved.detail)


def _lines(ctx: RenderContext, changes: ChangeSet, reading: ReadingList) -> tuple[Line, ...]:
    lines: list[Line] = []
    for kind, ids in (("added", reading.added), ("changed", reading.changed), ("removed", reading.removed)):
        for gid in ids:
            found = changes.item(gid)
            lines.append(Line(kind, gid, item_text(changes, found, ctx.lang) if found else ""))
    entities = {e.key: e for e in changes.entities}
    for key in reading.other:
        entity = entities.get(key)
        text = ""
        if entity is not None:
            text = word(ctx.translator, ENTITY, entity.kind)
            name = entity_name(changes, entity, ctx.lang)
            text += f" {ctx.translator.quote(name)}" if name else f" {entity.id}"
        lines.append(Line("other", key, text))
    return tuple(lines)


def build(ctx: RenderContext, report: TrainingReport) -> View:
    """The report as locations (roster order), roles (handbook order) and people (roster order)."""
    t = ctx.translator
    hb = ctx.handbook
    role_order = {r.id: n for n, r in enumerate(hb.roles)}
    locations: list[LocationBlock] = []
    for location, counts in report.locations.items():
        people = [e for e in report.employees if e.person.location == location]
        blocks: list[RoleBlock] = []
        for role in sorted({e.person.role for e in people}, key=lambda r: role_order.get(r, len(role_order))):
            readings: dict[str, Reading] = {}
            rows: list[Row] = []
            role_obj = hb.role(role)
            role_name = ctx.text(role_obj.name) if role_obj else role
            for e in (p for p in people if p.person.role == role):
                key = ""
                if e.reading is not None:
                    key = f"{role}@{e.reading.since}"
                    changes = report.changes.get(e.reading.since)
                    if key not in readings and changes is not None:
                        readings[key] = Reading(
                            key,
                            t.gettext("Changes for {role} since version {version}", role=role_name,
                                      version=e.reading.since),
                            _lines(ctx, changes, e.reading),
                        )
                rows.append(Row(e.employee, e.person.name, e.status, t.gettext(STATUS[e.status]),
                                _acknowledged(e.acknowledged), why(t, e), to_read(t, e), key, trained(t, e.trained)))
            blocks.append(RoleBlock(role, role_name, tuple(rows), tuple(readings.values())))
        locations.append(LocationBlock(location, counts["current"], counts["due"], tuple(blocks)))
    notes = tuple(note(t, version, u) for version, u in report.unresolved.items())
    return View(
        version=report.version,
        date=report.today.isoformat(),
        organization=hb.organization,
        title=ctx.text(hb.title),
        current=sum(1 for e in report.employees if e.status == "current"),
        due=sum(1 for e in report.employees if e.status == "due"),
        locations=tuple(locations),
        notes=notes,
    )
