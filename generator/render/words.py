"""The interface words of the model's own values (severities, kinds of standard, where a phrase must be...).

Each table maps a value of the standards to its English message, marked for extraction with
:func:`~generator.i18n.N_`; presenters translate it where they show it: ``t.gettext(SEVERITY[s])``.
Use :func:`word` for a value that might not be in the table (it is shown as it is).
"""

from __future__ import annotations

from collections.abc import Mapping

from ..i18n import N_, Translator

#: severity of a standard or a forbidden phrase
SEVERITY = {"critical": N_("critical"), "major": N_("major"), "minor": N_("minor")}
#: kind of a standard, as a heading or a label
KIND = {"say": N_("Say"), "do": N_("Do"), "avoid": N_("Avoid"), "appearance": N_("Appearance")}
#: an answer in an audit
ANSWER = {"yes": N_("Yes"), "no": N_("No"), "na": N_("N/A")}
#: where a channel's required element must appear
WHERE = {"first": N_("in the first message"), "last": N_("in the last message"), "any": N_("in any message")}
#: how often a mystery-shopping scenario is played (``per_location``)
PLANS = {
    "week": N_("{count} per location every week"),
    "month": N_("{count} per location every month"),
    "quarter": N_("{count} per location every quarter"),
}
#: a kind of period (``--period``, a plan's ``every``)
PERIOD = {"week": N_("week"), "month": N_("month"), "quarter": N_("quarter")}
#: kinds of things in a change set (lower case: they start a line's description)
ENTITY = {
    "step": N_("step"),
    "stage": N_("stage"),
    "situation": N_("situation"),
    "role": N_("role"),
    "channel": N_("channel"),
    "phrase": N_("forbidden phrase"),
    "term": N_("term"),
    "principle": N_("principle"),
    "provision": N_("provision"),
    "department": N_("department"),
    "handbook": N_("handbook"),
    "scoring": N_("scoring"),
}


def word(t: Translator, table: Mapping[str, str], value: object) -> str:
    """``value``'s word from ``table`` in ``t``'s language; a value the table lacks as it is."""
    message = table.get(str(value))
    return t.gettext(message) if message is not None else str(value)
