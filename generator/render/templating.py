"""The Jinja environment every HTML presenter starts from (checklists and forms, the audit report, training)."""

from __future__ import annotations

import jinja2

from .. import i18n
from ..i18n import Translator


def environment(loader: jinja2.BaseLoader, t: Translator) -> jinja2.Environment:
    """Templates from ``loader``, autoescaped, strict about undefined names, with the words of ``t``
    (Jinja's i18n extension: ``_``, ``ngettext``)."""
    env = jinja2.Environment(
        loader=loader,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
    )
    i18n.install(env, t)
    return env
