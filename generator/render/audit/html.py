"""``audit --format html``: one self-contained page (inline CSS, no script, no external resource).

Per-department and per-employee bars, a heat table of steps × locations so the standards owner sees which
step's standard is followed least, and for every number the audits behind it (a tooltip and a ``<details>``
list). Every text from the standards or the inputs goes through Jinja2's autoescape.

The page speaks ``--lang`` (:mod:`.labels`): ``lang`` and ``dir`` on ``<html>``, every interface word
translated; ids and numbers are isolated in ``<bdi>`` (and with Unicode isolates in right-to-left tooltips)
so that they read left to right inside Hebrew text.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from ... import i18n, urls
from ...audit import labels
from ...audit.result import AuditRun
from ...audit.transcripts import KINDS
from ...i18n import Translator, translator
from ...model import Handbook
from ..words import SEVERITY, word
from . import json as report_json

MAX_FINDINGS = 1000  # listed on the page; the JSON report has all


def heat(score: float | None) -> str:
    """A background colour from red (0) through amber to green (100); grey without a score."""
    if score is None:
        return "#e5e7eb"
    hue = max(0.0, min(score, 100.0)) * 1.2
    return f"hsl({hue:.0f}, 70%, 80%)"


def _step_heat(run: AuditRun, data: dict[str, Any]) -> dict[str, Any]:
    """Steps × locations: Σw(yes)/Σw(yes or no) of each step's answers in each location's audits."""
    hb = run.handbook
    whole = run.scores.whole if run.scores else None
    locations = sorted(data["locations"]) if whole else []
    rows = []
    for step_id, pool in data["steps"].items():
        cells = whole.step_locations.get(step_id, {}) if whole else {}
        row_cells = []
        for loc in locations:
            cell = cells.get(loc)
            score = cell.score if cell else None
            row_cells.append({"score": score, "colour": heat(score), "answers": cell.answers if cell else 0,
                              "weights": (cell.yes_weight, cell.answered_weight) if cell else (0.0, 0.0)})
        step = hb.step(step_id)
        rows.append({"id": step_id, "name": hb.text(step.title, run.lang) if step else step_id, "pool": pool,
                     "colour": heat(pool["score"]), "cells": row_cells})
    rows.sort(key=lambda r: (r["pool"]["score"] is None, r["pool"]["score"] or 0.0))
    return {"locations": locations, "rows": rows}


def _names(hb: Handbook, lang: str) -> dict[str, dict[str, str]]:
    return {
        "roles": {r.id: hb.text(r.name, lang) for r in hb.roles},
        "departments": {d.id: hb.text(d.name, lang) for d in hb.departments},
        "situations": {s.id: hb.text(s.title, lang) for s in hb.situations},
        "items": {gid: hb.text(s.text, lang) for gid, s in hb.items.items()},
        "tiers": {t.id: hb.text(t.name, lang) for t in hb.scoring.tiers},
    }


def _links(run: AuditRun) -> dict[str, str]:
    if not run.site_url:
        return {}
    base = run.site_url.rstrip("/") + f"/{run.lang}/"
    return {gid: base + urls.html(urls.item(run.handbook, item)) for gid, item in run.handbook.items.items()}


class Words:
    """The template's value formats in one language (``n``, ``pct``, ``iso``...); its words are ``_()``."""

    def __init__(self, t: Translator) -> None:
        self.t = t

    def n(self, value: float | None, signed: bool = False) -> str:
        return self.t.format_number(value, signed=signed)

    def plain(self, value: float) -> str:
        return self.t.format_decimal(value)

    def pct(self, share: float | None) -> str:
        return self.t.format_percent(share)

    def iso(self, value: object) -> str:
        """An id or a number inside a tooltip, kept left to right in a right-to-left page."""
        return labels.isolate(self.t, str(value))

    def kind(self, kind: str) -> str:
        return labels.kind_label(self.t, kind)

    def severity(self, severity: str) -> str:
        return word(self.t, SEVERITY, severity)

    def input(self, kind: str) -> str:
        return word(self.t, labels.INPUTS, kind)

    def finding(self, finding: dict[str, Any]) -> str:
        return labels.finding_details(self.t, finding, markup=True)

    def critical(self, policy: object) -> str:
        return labels.critical_policy(self.t, policy)


@cache
def _environment(lang: str) -> jinja2.Environment:
    """The report template with the words of ``lang`` (Jinja's i18n extension: ``_``, ``ngettext``)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(Path(__file__).parent / "templates")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
    )
    i18n.install(env, translator(lang))
    return env


def render(run: AuditRun) -> str:
    data = report_json.build(run)
    hb = run.handbook
    finals = {a["id"]: a for a in data["audits"]}
    transcripts = data["transcripts"]
    findings = transcripts["conversations"].first_findings(MAX_FINDINGS)
    findings_total = sum(transcripts["summary"]["findings"].values())
    template = _environment(run.lang).get_template("audit.html.j2")
    return template.render(
        run=run,
        data=data,
        lang=run.lang,
        dir=i18n.direction(run.lang),
        title=hb.text(hb.title, run.lang),
        organization=hb.organization,
        names=_names(hb, run.lang),
        links=_links(run),
        finals=finals,
        heat=_step_heat(run, data),
        heat_colour=heat,
        findings=findings,
        findings_total=findings_total,
        w=Words(translator(run.lang)),
        notes=run.localized_notes(),
        kinds=KINDS,
    )
