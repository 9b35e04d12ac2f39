"""The words of the text and HTML audit reports that depend on a value: finding kinds, notes, policies.

The words themselves are English messages translated through the catalogs (:mod:`generator.i18n`);
numbers, percents, durations and quotation marks come from the translator (CLDR). The JSON report is a
machine format and never goes through this module.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from ...audit.notes import NOTES
from ...audit.result import AuditRun
from ...i18n import N_, Translator
from ..words import WHERE, word

#: Unicode isolates around ids and numbers in right-to-left tooltips (a ``title`` cannot hold ``<bdi>``)
LRI, PDI = "\u2066", "\u2069"

#: the finding kinds of the transcripts (FORMAT §6)
KIND_LABELS = {
    "forbidden_phrase": N_("Forbidden phrase"),
    "missing_required": N_("Missing required element"),
    "first_response": N_("Late first response"),
    "response_time": N_("Late response"),
}
#: the inputs a report names
INPUTS = {"results": N_("Audit results"), "surveys": N_("Surveys"), "transcripts": N_("Transcripts")}


def _fill(pattern: str, markup: bool, **values: object) -> str:
    """``pattern.format(**values)``; with ``markup``, an HTML-safe :class:`~markupsafe.Markup` (values escaped)."""
    if markup:
        return Markup(escape(pattern)).format(**values)
    return pattern.format(**values)


def quoted(t: Translator, text: object, markup: bool = False) -> str:
    """``text`` in the language's quotation marks (in HTML, escaped and isolated in ``<bdi>``)."""
    if not markup:
        return t.quote(str(text))
    start, end = t.quotation_marks
    pattern = t.pgettext("quotation", "{start}{text}{end}")
    return _fill(pattern, True, start=start, end=end, text=Markup("<bdi>{}</bdi>").format(text))


def isolate(t: Translator, text: str) -> str:
    """An id or a number kept left to right inside right-to-left plain text (tooltips)."""
    return f"{LRI}{text}{PDI}" if t.rtl else text


def critical_policy(t: Translator, policy: object) -> str:
    """What happens to an audit with a critical item answered "no" (``scoring.yaml`` ``critical_fail``)."""
    if policy == "zero":
        return t.gettext("the audit scores 0")
    if policy == "none":
        return t.gettext("no extra rule")
    cap = t.format_decimal(policy) if isinstance(policy, int | float) else str(policy)
    return t.gettext("the score is capped at {cap}", cap=cap)


def kind_label(t: Translator, kind: str) -> str:
    return word(t, KIND_LABELS, kind)


def finding_details(t: Translator, finding: dict[str, Any], markup: bool = False) -> str:
    """What a transcript finding is about, in words, from its structured fields (not its English message).

    With ``markup``, HTML: every value escaped, the matched words highlighted, ids isolated in ``<bdi>``.
    """
    kind = finding.get("kind")

    def bdi(value: object) -> object:
        return Markup("<bdi>{}</bdi>").format(value) if markup else value

    if kind == "forbidden_phrase":
        matched = str(finding.get("matched", ""))
        shown = Markup('<span class="evidence">{}</span>').format(matched) if markup else matched
        text = _fill(t.gettext("{matched} in {text}"), markup, matched=quoted(t, shown, markup),
                     text=quoted(t, str(finding.get("text", "")), markup))
        if finding.get("source") == "item":
            text += _fill(" ({what})", markup, what=_fill(t.gettext("forbidden by item {id}"), markup,
                                                          id=bdi(finding.get("id"))))
        if finding.get("instead"):
            say = t.gettext("Say instead")
            text += _fill("; {say}: {instead}", markup, say=say[:1].lower() + say[1:],
                          instead=quoted(t, str(finding["instead"]), markup))
        return text
    if kind == "missing_required":
        return _fill(t.gettext("element {element} not found {where}"), markup,
                     element=quoted(t, finding.get("element", ""), markup),
                     where=word(t, WHERE, finding.get("where") if finding.get("where") in WHERE else "any"))
    target = finding.get("target_seconds")
    target_text = t.format_duration(float(target)) if isinstance(target, int | float) else "—"
    delay = finding.get("delay_seconds")
    elapsed = finding.get("elapsed_seconds")
    if isinstance(delay, int | float) and isinstance(elapsed, int | float):
        return _fill(t.gettext("reply after {delay} of working time ({elapsed} in all); the target is {target}"),
                     markup, delay=t.format_duration(float(delay)), elapsed=t.format_duration(float(elapsed)),
                     target=target_text)
    if isinstance(delay, int | float):
        return _fill(t.gettext("reply after {delay}; the target is {target}"), markup,
                     delay=t.format_duration(float(delay)), target=target_text)
    return _fill(t.gettext("no agent reply; the target is {target}"), markup, target=target_text)


def notes(t: Translator, run: AuditRun) -> list[str]:
    """The run's notes in the report's language; a note appended as plain text stays as it is."""
    out = []
    for i, text in enumerate(run.notes):
        keyed = run.note_keys.get(i)
        if keyed is None:
            out.append(text)
            continue
        key, path, values = keyed
        shown = {k: t.format_integer(v) if isinstance(v, int) else v for k, v in values.items()}
        out.append(t.gettext(NOTES[key], path=path, **shown))
    return out


def period_name(t: Translator, label: str) -> str:
    """A period label as words of the language: ``November 2026``, ``week 45, 2026``, ``Q4 2026``."""
    from babel.dates import format_skeleton

    from ...audit.periods import bounds, kind_of

    first, _last = bounds(label)
    kind = kind_of(label)
    if kind == "month":
        return format_skeleton("yMMMM", first, locale=t.locale)
    if kind == "quarter":
        return format_skeleton("yQQQ", first, locale=t.locale)
    year, _, week = label.partition("-W")
    return t.gettext("week {week}, {year}", week=int(week), year=year)


def date_range(t: Translator, first: Any, last: Any) -> str:
    """Two dates as the language writes a range (``1–30 Nov 2026``), one date when they are the same."""
    from babel.dates import format_date, format_interval

    if first == last:
        return format_date(first, "medium", locale=t.locale)
    return format_interval(first, last, "yMMMd", locale=t.locale)
