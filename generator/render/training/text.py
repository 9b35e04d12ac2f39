"""``handbook training --format text``: for a terminal or a log, in the context's language."""

from __future__ import annotations

from ...training.status import TrainingReport
from ..context import RenderContext
from .view import CHANGE, build

SYMBOLS = {"added": "+", "changed": "~", "removed": "-", "other": "*"}


def render(ctx: RenderContext, report: TrainingReport) -> str:
    t = ctx.translator
    view = build(ctx, report)
    lines = [
        t.gettext("Who must read version {version} of {title} ({organization}), on {date}", version=view.version,
                  title=view.title, organization=view.organization, date=view.date),
        t.gettext("Due: {due} · current: {current}", due=t.format_integer(view.due),
                  current=t.format_integer(view.current)),
    ]
    if not view.locations:
        lines += ["", t.gettext("The roster is empty.")]
    for location in view.locations:
        lines += ["", t.gettext("{location}: due {due}, current {current}", location=location.location,
                                due=t.format_integer(location.due), current=t.format_integer(location.current))]
        for role in location.roles:
            lines.append(f"  {role.name}")
            for row in role.rows:
                who = row.employee + (f" ({row.name})" if row.name else "")
                lines.append(f"    [{row.status_word}] {who}: {row.why}")
                if row.trained:
                    lines.append(f"      {row.trained}")
            for reading in role.readings:
                lines.append(f"    {reading.title}")
                for line in reading.lines:
                    text = f"  {line.text}" if line.text else ""
                    change = t.gettext(CHANGE[line.change])
                    lines.append(f"      {SYMBOLS[line.change]} {change}: {line.id}{text}")
    if view.notes:
        lines += ["", *view.notes]
    return "\n".join(lines) + "\n"
