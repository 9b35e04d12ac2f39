"""Presenters of ``handbook audit``: the same report as text, JSON and HTML.

Each presenter takes the :class:`~generator.audit.result.AuditRun` it is given (the handbook, the scores, the
language) and returns text; none reads inputs or imports the pipeline. Every presenter renders the dictionary
of :mod:`.json`, so all formats always agree.
"""
