"""A channel's working hours on its page (FORMAT §7.5): when the clock of its response targets runs."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date, get_day_names

from ...i18n import parse_locale
from ...model import Channel, HoursEntry
from . import markdown as md
from .context import PageContext


def _days(entry: HoursEntry, names: dict[int, str]) -> str:
    if not entry.days:
        return md.literal(entry.key)
    if len(entry.days) == 1:
        return names[entry.days[0]]
    return f"{names[entry.days[0]]}–{names[entry.days[-1]]}"


def _times(ctx: PageContext, entry: HoursEntry) -> str:
    if not entry.written:
        return md.attr(ctx._("closed"))
    return ", ".join(md.literal(t.replace("-", "–")) for t in entry.written)


def hours_section(ctx: PageContext, channel: Channel, heading: str) -> list[str]:
    """Markdown: the channel's hours by day, its time zone and the holidays; nothing without ``hours``."""
    if not channel.hours or not channel.timezone:
        return []
    locale = parse_locale(ctx.lang)
    names = {i: md.attr(str(name)) for i, name in get_day_names("abbreviated", locale=locale).items()}
    sentence = md.attr(ctx._("Response times count only working time, in the time zone {zone}: a message sent "
                             "outside these hours waits for the next opening.", zone="\x00"))
    lines = [heading, "", sentence.replace("\x00", md.literal(channel.timezone)), ""]
    lines += ["| " + md.attr(ctx._("Days")) + " | " + md.attr(ctx._("Working hours")) + " |", "|---|---|"]
    for entry in channel.hours:
        lines.append(f"| {_days(entry, names)} | {_times(ctx, entry)} |")
    lines.append("")
    holidays = sorted(channel_holidays(ctx))
    if holidays:
        shown = "; ".join(md.attr(format_date(day, "long", locale=locale)) for day in holidays)
        lines += [md.attr(ctx._("Closed on public holidays:")) + " " + shown, ""]
    return lines


def channel_holidays(ctx: PageContext) -> list[date]:
    days = []
    for text in ctx.handbook.holidays:
        try:
            days.append(date.fromisoformat(text))
        except ValueError:
            continue  # SCHEMA reports it
    return days
