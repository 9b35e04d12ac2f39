"""The notes a run of ``handbook audit`` records about its inputs (:meth:`.result.AuditRun.note`).

English in the JSON report; the text and HTML reports say them in their language through the catalogs
(:func:`generator.render.audit.labels.notes`).
"""

from __future__ import annotations

from ..i18n import N_

#: the notes :meth:`AuditRun.note` records (English in the JSON report, translated in the others)
NOTES = {
    "note_no_audits": N_("{path} has no audit rows: there is nothing to score"),
    "note_no_responses": N_("{path} has no responses: NPS is not defined"),
    "note_no_messages": N_("{path} has no messages"),
    "note_export_left_out": N_(
        "{path}: left out, as the customer never saw them or nobody wrote them: internal notes — {notes}, bot or "
        "automatic messages — {bots}, parts without words (assignments, closings, voice records) — {other}"),
    "note_unknown_authors": N_(
        "{path}: messages by authors the export does not describe ({n}) were counted as agents' messages, named "
        "by their user id; export the users too (Zendesk: include=users) to name them by external id or e-mail"),
}
