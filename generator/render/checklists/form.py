"""What the fillable audit form needs beyond the printed one (FORMAT §7.8): its header fields, the
configuration its script reads, the script and its stylesheet.

The script (``form.js``) and the stylesheet (``form.css``) are package data, inlined into each form so
the page works offline from ``file://``. The configuration is JSON inside a
``<script type="application/json">`` element; :func:`script_json` escapes ``<``, ``>`` and ``&`` so no
text from the standards can close that element.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from markupsafe import Markup

from ...model import Scoring
from ...i18n import N_
from ..context import RenderContext
from .content import RoleContent

#: the header inputs of FORMAT §7.8: (name, input type, required by ``handbook audit``)
FIELDS: tuple[tuple[str, str, bool], ...] = (
    ("audit_id", "text", True),
    ("date", "date", True),
    ("employee", "text", True),
    ("location", "text", True),
    ("auditor", "text", False),
    ("visit", "text", False),
    ("scenario", "text", False),
)
#: the header inputs' labels
FIELD_LABELS = {
    "audit_id": N_("Audit id"),
    "date": N_("Date"),
    "employee": N_("Employee"),
    "location": N_("Location"),
    "auditor": N_("Auditor"),
    "visit": N_("Visit"),
    "scenario": N_("Scenario"),
}
#: the words the script shows (by the keys form.js reads), in the page's language
SCRIPT_WORDS = {
    "audit_id": N_("Audit id"),
    "date": N_("Date"),
    "employee": N_("Employee"),
    "location": N_("Location"),
    "draft_saved": N_("Draft saved in this browser."),
    "draft_unavailable": N_("This browser cannot keep a draft: download the CSV before you close the page."),
    "downloaded": N_("CSV downloaded. The draft stays here until you start a new audit."),
    "fill_in": N_("Fill in:"),
    "bad_date": N_("Write the date as YYYY-MM-DD."),
    "comment_unanswered": N_("A comment needs an answer: answer the item or clear its comment:"),
    "nothing_answered": N_("Answer at least one item before downloading."),
    "confirm_clear": N_("Start a new audit? Every answer on this page will be cleared."),
}
STORAGE_PREFIX = "handbook-audit-form"


@dataclass(frozen=True)
class FormContext:
    """Everything the audit-form template adds to the printed page."""

    fields: tuple[tuple[str, str, bool], ...]
    labels: dict[str, str]  # field name -> its label in the page language
    scenarios: tuple[tuple[str, str], ...]  # (id, title in the page language) offered for the scenario field
    config: Markup  # JSON, safe inside <script type="application/json">
    script: Markup
    stylesheet: Markup


@cache
def _asset(name: str) -> Markup:
    return Markup(resources.files("generator.render.checklists").joinpath(name).read_text("utf-8"))


def script_json(value: object) -> Markup:
    """JSON that can sit inside a ``<script>`` element: ``<``, ``>`` and ``&`` written as ``\\u`` escapes."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def storage_key(organization: str, role_id: str, lang: str) -> str:
    """The localStorage key of one form's draft: one per company, role and language."""
    return f"{STORAGE_PREFIX}:{organization}:{role_id}:{lang}"


def form_context(ctx: RenderContext, content: RoleContent, scenarios: Sequence[tuple[str, str]] = ()) -> FormContext:
    """The fillable part of one role's audit form in the context's language."""
    lang, t = ctx.lang, ctx.translator
    organization, scoring = ctx.handbook.organization, ctx.handbook.scoring
    critical: str | float = scoring.critical_fail
    config = {
        "role": content.role_id,
        "lang": lang,
        "storageKey": storage_key(organization, content.role_id, lang),
        "items": [{"id": item.global_id, "severity": item.severity} for item in content.items],
        "weights": dict(scoring.weights),
        "criticalFail": critical,
        "passMark": scoring.pass_mark,
        "labels": {key: t.gettext(message) for key, message in SCRIPT_WORDS.items()},
    }
    return FormContext(
        fields=FIELDS,
        labels={name: t.gettext(message) for name, message in FIELD_LABELS.items()},
        scenarios=tuple(scenarios),
        config=script_json(config),
        script=_asset("form.js"),
        stylesheet=_asset("form.css"),
    )
