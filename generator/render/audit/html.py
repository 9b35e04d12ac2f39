"""``audit --format html``: one self-contained page a manager reads, on a desk or on a phone.

- The header names the period: with ``--period``, the latest period of the report (each table shows it, with
  a change column against the previous period), otherwise the dates the report covers.
- Trends: a small inline SVG chart per department and per location (one point per period, the pass-mark line,
  a legend), each with a text alternative, and the same figures as tables.
- Tables are sorted worst first and re-sorted by a button in each column header (a small inline script; the
  page works without it, from ``file://`` and offline). Wide tables scroll inside their own box, so the page
  itself never scrolls sideways on a 390 px phone.
- Conversation scores sit beside audit scores (their own columns, never mixed in); detractors are listed with
  their comments; calibration shows the items auditors disagree on most.

Every text from the standards or the inputs is escaped (Jinja2's autoescape; cells are built as
:class:`markupsafe.Markup` with :func:`markupsafe.escape`). The page speaks ``--lang``: ``lang`` and ``dir``
on ``<html>``, interface words from the catalogs, ids and numbers isolated in ``<bdi>``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from ...audit import periods
from ...audit.periods import bounds
from ...audit.result import AuditRun
from ...audit.transcripts import KINDS
from ...i18n import Translator, translator
from ...model import Handbook
from .. import htmlcheck, templating
from ..context import RenderContext
from ..words import PERIOD, PLANS, SEVERITY, word
from . import json as report_json
from . import labels
from .trend import chart

TEMPLATES = Path(__file__).resolve().parent / "templates"
MAX_FINDINGS = 1000  # listed on the page; the JSON report has all
MAX_ROWS = 1000  # audits and detractors listed on the page; --format csv has them all


def heat(score: float | None) -> str:
    """A background colour from red (0) through amber to green (100); grey without a score (text stays AA)."""
    if score is None:
        return "#e5e7eb"
    hue = max(0.0, min(score, 100.0)) * 1.2
    return f"hsl({hue:.0f}, 70%, 85%)"


# -- cells ------------------------------------------------------------------------------------------------


@dataclass
class Cell:
    html: Markup
    sort: float | str | None = None  # the value the sort script compares (data-v); None: no value, always last
    header: bool = False  # <th scope="row">
    cls: str = ""


@dataclass
class Column:
    label: str
    numeric: bool = False


@dataclass
class Table:
    id: str
    caption: str
    columns: list[Column]
    rows: list[list[Cell]] = field(default_factory=list)
    sorted_by: int | None = None  # the column the rows are sorted by (ascending), for aria-sort
    more: int = 0  # rows left out of the page


def _bdi(value: object) -> Markup:
    return Markup("<bdi>{}</bdi>").format(value)


class Cells:
    """Cells in one language."""

    def __init__(self, t: Translator, pass_mark: float) -> None:
        self.t = t
        self.pass_mark = pass_mark

    def name(self, gid: str, name: str | None = None, link: str | None = None) -> Cell:
        shown = Markup('<a href="{}">{}</a>').format(link, _bdi(gid)) if link else _bdi(gid)
        if name and name != gid:
            html = Markup('{} <span class="id">({})</span>').format(_bdi(name), shown)
        else:
            html = Markup('<span class="id">{}</span>').format(shown)
        return Cell(html, name or gid, header=True)

    def score(self, score: float | None, bar: bool = True) -> Cell:
        text = _bdi(self.t.format_number(score))
        if score is None or not bar:
            return Cell(text, score, cls="num")
        width = max(0.0, min(score, 100.0))
        meter = Markup('<span class="meter" aria-hidden="true"><span class="bar{}" style="width: {:.1f}%"></span>'
                       '<span class="mark" style="inset-inline-start: {:.1f}%"></span></span>').format(
            " fail" if score < self.pass_mark else "", width, max(0.0, min(self.pass_mark, 100.0)))
        return Cell(meter + text, score, cls="num score")

    def change(self, change: float | None) -> Cell:
        if change is None:
            return Cell(Markup('<span class="muted">—</span>'), None, cls="num")
        rounded = round(change, 1)
        kind = "up" if rounded > 0 else "down" if rounded < 0 else "same"
        arrow = {"up": "▲", "down": "▼", "same": ""}[kind]
        return Cell(Markup('<span class="{}"><span aria-hidden="true">{}</span> {}</span>').format(
            kind, arrow, _bdi(self.t.format_number(change, signed=True))), change, cls="num")

    def count(self, n: int | None) -> Cell:
        return Cell(_bdi("—" if n is None else self.t.format_integer(n)), n, cls="num")

    def share(self, share: float | None) -> Cell:
        return Cell(_bdi(self.t.format_percent(share)), share, cls="num")

    def signed(self, value: float | None) -> Cell:
        return Cell(_bdi(self.t.format_number(value, signed=True)), value, cls="num")

    def text(self, value: object, sort: str | None = None, cls: str = "") -> Cell:
        shown = "" if value is None else str(value)
        return Cell(Markup("{}").format(shown), sort if sort is not None else shown, cls=cls)

    def markup(self, html: Markup, sort: float | str | None) -> Cell:
        return Cell(html, sort)


def _worst_first(rows: list[list[Cell]], col: int) -> list[list[Cell]]:
    """Lowest value of column ``col`` first, rows without a value last (the order the page opens in)."""
    return sorted(rows, key=lambda r: (r[col].sort is None, r[col].sort if r[col].sort is not None else 0))


# -- the view --------------------------------------------------------------------------------------------


class View:
    """What the template shows, worked out from the JSON report's dictionary."""

    def __init__(self, ctx: RenderContext, run: AuditRun, data: dict[str, Any]) -> None:
        self.run = run
        self.hb: Handbook = ctx.handbook
        self.lang = ctx.lang
        self.t = ctx.translator
        self.data = data
        self.periods: dict[str, Any] = data.get("periods", {})
        self.labels = list(self.periods)
        self.current = self.labels[-1] if self.labels else None
        self.shown: dict[str, Any] = self.periods[self.current] if self.current else data
        self.previous: str | None = self.shown["summary"].get("previous") if self.current else None
        self.with_change = self.previous is not None
        summary = data["summary"]
        self.pass_mark = float(summary["pass_mark"])
        self.cells = Cells(self.t, self.pass_mark)
        self.links = _links(ctx)
        self.names = _names(self.hb, self.lang)
        self.conversations: dict[str, Any] = data["transcripts"]["employees"]

    # header
    def period_line(self) -> dict[str, str | None] | None:
        t = self.t
        if self.current is not None:
            first, last = bounds(self.current)
            return {"period": labels.period_name(t, self.current), "dates": labels.date_range(t, first, last),
                    "previous": labels.period_name(t, self.previous) if self.previous else None}
        days = [date.fromisoformat(a["date"]) for a in self.data.get("audits", [])]
        days += [date.fromisoformat(d["date"]) for d in self.data["nps"].get("detractors", [])]
        start, end = self.run.start or (min(days) if days else None), self.run.end or (max(days) if days else None)
        if start is None or end is None:
            return None
        return {"period": labels.date_range(t, start, end), "dates": None, "previous": None}

    def period_names(self) -> list[str]:
        return [labels.period_name(self.t, label) for label in self.labels]

    # tables of means (employees, roles, locations, departments)
    def means(self, key: str, caption: str, first: str, names: dict[str, str] | None = None) -> Table:
        t, c = self.t, self.cells
        cols = [Column(first), Column(t.gettext("Score"), True)]
        cols += [Column(t.gettext("Change"), True)] if self.with_change else []
        extra_tier = key == "employees" and bool(self.hb.scoring.tiers)
        cols += [Column(t.gettext("Tier"))] if extra_tier else []
        cols += [Column(t.gettext("Audits"), True), Column(t.gettext("Pass rate"), True)]
        nps = self.shown["nps"].get("details", {}).get(key, {}) if key in ("locations", "employees") else {}
        with_nps = bool(nps) and self.run.nps is not None
        if with_nps:
            cols += [Column(t.gettext("NPS"), True), Column(t.gettext("CSAT"), True)]
        with_conv = key == "employees" and self.run.transcripts is not None
        if with_conv:
            cols += [Column(t.gettext("Conversation score"), True), Column(t.gettext("Conversations"), True)]
        groups: dict[str, Any] = self.shown[key]
        ids = list(groups)
        if with_conv:
            ids += [e for e in self.conversations if e not in groups]
        if with_nps:
            ids += [e for e in nps if e not in ids]
        tiers = {tier.id: self.hb.text(tier.name, self.lang) for tier in self.hb.scoring.tiers}
        rows = []
        for gid in ids:
            g = groups.get(gid)
            row = [c.name(gid, (names or {}).get(gid)), c.score(g["score"] if g else None)]
            if self.with_change:
                row.append(c.change(g.get("change") if g else None))
            if extra_tier:
                tier = g.get("tier") if g else None
                row.append(c.text(tiers.get(tier, tier) if tier else "—", sort=tier or ""))
            row += [c.count(g["audits"] if g else 0), c.share(g["pass_rate"] if g else None)]
            if with_nps:
                n = nps.get(gid)
                row += [c.signed(n["nps"] if n else None), c.share(n["csat"] / 100 if n and n["csat"] is not None
                                                                   else None)]
            if with_conv:
                conv = self.conversations.get(gid, {})
                row += [c.score(conv.get("score"), bar=False), c.count(conv.get("conversations", 0))]
            rows.append(row)
        return Table(key, caption, cols, _worst_first(rows, 1), sorted_by=1)

    def pools(self, key: str, caption: str, first: str, names: dict[str, str], with_items: bool = False) -> Table:
        t, c = self.t, self.cells
        cols = [Column(first)]
        cols += [Column(t.gettext("Severity"))] if with_items else []
        cols += [Column(t.gettext("Score"), True)]
        cols += [Column(t.gettext("Change"), True)] if self.with_change else []
        cols += [Column(t.gettext("Answers"), True), Column(t.gettext("Yes"), True), Column(t.gettext("No"), True),
                 Column(t.gettext("N/A"), True)]
        rows = []
        score_col = 2 if with_items else 1
        for gid, p in self.shown[key].items():
            row = [c.name(gid, names.get(gid), self.links.get(gid))]
            if with_items:
                row.append(c.text(word(t, SEVERITY, p["severity"]), sort=str(["critical", "major", "minor"].index(
                    p["severity"]) if p["severity"] in ("critical", "major", "minor") else 9)))
            row.append(c.score(p["score"]))
            if self.with_change:
                row.append(c.change(p.get("change")))
            row += [c.count(p["answers"]), c.count(p["yes"]), c.count(p["no"]), c.count(p["na"])]
            rows.append(row)
        return Table(key, caption, cols, _worst_first(rows, score_col), sorted_by=score_col)

    def trend_tables(self) -> list[tuple[str, Table, list[Markup]]]:
        """Per department and per location: a table of scores per period, and one chart per row."""
        if not self.labels:
            return []
        t, c = self.t, self.cells
        out = []
        for key, caption, names in (("departments", t.gettext("Departments per period"), self.names["departments"]),
                                    ("locations", t.gettext("Locations per period"), {})):
            ids = sorted({gid for section in self.periods.values() for gid in section[key]})
            cols = [Column(t.gettext("Department") if key == "departments" else t.gettext("Location"))]
            cols += [Column(label, True) for label in self.labels]
            rows, charts = [], []
            for n, gid in enumerate(ids):
                scores = [self.periods[label][key].get(gid, {}).get("score") for label in self.labels]
                rows.append([c.name(gid, names.get(gid)), *(c.score(s, bar=False) for s in scores)])
                title = names.get(gid) or gid
                charts.append(chart(f"trend-{key}-{n}", title, self.labels, scores, self.pass_mark, self.t))
            out.append((key, Table(f"trend-{key}", caption, cols, rows), charts))
        return out

    def alerts(self) -> Table | None:
        alerts = self.data.get("alerts") or []
        if not alerts:
            return None
        t, c = self.t, self.cells
        cols = [Column(t.gettext("Employee")), Column(t.gettext("Item")), Column(t.gettext("Dates"))]
        items = self.names["items"]
        rows = [[c.name(a["employee"]), c.name(a["item"], items.get(a["item"]), self.links.get(a["item"])),
                 c.text(", ".join(a["dates"]), sort=a["dates"][-1])] for a in alerts]
        return Table("alerts", t.gettext("A critical item answered “no” again and again"), cols, rows)

    def calibration(self) -> dict[str, Any] | None:
        cal = self.run.calibration
        if cal is None:
            return None
        t, c = self.t, self.cells
        cols = [Column(t.gettext("Item")), Column(t.gettext("Agreement"), True), Column(t.gettext("Visits"), True),
                Column(t.gettext("Answers on the visits they disagree on"))]
        rows = []
        answer = {"yes": t.gettext("Yes"), "no": t.gettext("No"), "na": t.gettext("N/A")}
        for item, tally in cal.items.items():
            disagreements = []
            for (visit, gid), given in sorted(cal.answers.items()):
                if gid == item and len(given) >= 2 and len(set(given.values())) > 1:
                    parts = Markup(", ").join(Markup("{} {}").format(_bdi(a), answer.get(v, v))
                                              for a, v in sorted(given.items()))
                    disagreements.append(Markup("{}: {}").format(_bdi(visit), parts))
            rows.append([c.name(item, self.names["items"].get(item), self.links.get(item)), c.share(tally.agreement),
                         c.count(tally.visits), c.markup(Markup("; ").join(disagreements), len(disagreements))])
        items = Table("calibration-items", t.gettext("Items the auditors disagree on most"), cols,
                      _worst_first(rows, 1), sorted_by=1)
        acols = [Column(t.gettext("Auditor")), Column(t.gettext("Deviation"), True), Column(t.gettext("Visits"), True)]
        arows = [[c.name(a), c.signed(d.deviation), c.count(d.visits)] for a, d in cal.auditors.items()]
        auditors = Table("calibration-auditors", t.gettext("Auditors: their score minus the visit's mean"), acols,
                         sorted(arows, key=lambda r: -abs(float(r[1].sort or 0))))
        return {"alpha": cal.alpha, "visits": cal.visits, "items": items, "auditors": auditors}

    def coverage(self) -> dict[str, Any] | None:
        """``--coverage``: the plans, and per period the (scenario, location) under plan, most missing first."""
        c = self.data.get("coverage")
        if c is None:
            return None
        t, cells = self.t, self.cells
        titles = {s.id: self.hb.text(s.title, self.lang) for s in self.hb.scenarios}
        # the period a plan is measured in only when --period makes it another than the plan's own
        longer = any(p["measured"] != p["every"] for p in c["plans"].values())
        pcols = [Column(t.gettext("Scenario")), Column(t.gettext("Plan"))]
        pcols += [Column(t.gettext("Measured per"))] if longer else []
        pcols += [Column(t.gettext("Locations"))]
        prows = []
        for sid, p in c["plans"].items():
            where = Markup(", ").join(_bdi(loc) for loc in p["locations"]) or Markup("—")
            row = [cells.name(sid, titles.get(sid)),
                   cells.text(t.gettext(PLANS[p["every"]], count=t.format_integer(p["count"])))]
            if longer:
                row.append(cells.text(word(t, PERIOD, p["measured"]), sort=str(periods.KINDS.index(p["measured"]))))
            prows.append([*row, cells.markup(where, " ".join(p["locations"]))])
        plans = Table("coverage-plans", t.gettext("Plans"), pcols, prows)
        shown = []
        for label, p in c["periods"].items():
            ucols = [Column(t.gettext("Scenario")), Column(t.gettext("Location")), Column(t.gettext("Planned"), True),
                     Column(t.gettext("Done"), True), Column(t.gettext("Missing"), True)]
            urows = [[cells.name(x["scenario"], titles.get(x["scenario"])), cells.text(x["location"], cls="id"),
                      cells.count(x["planned"]), cells.count(x["done"]), cells.count(x["missing"])]
                     for x in sorted(p["under_plan"], key=lambda x: -x["missing"])]
            first, last = date.fromisoformat(p["from"]), date.fromisoformat(p["to"])
            name = labels.period_name(t, label)
            shown.append({
                "id": f"coverage-{label}", "name": name, "dates": labels.date_range(t, first, last),
                "cells": len(p["under_plan"]) + len(p["on_plan"]), "under": len(p["under_plan"]),
                "in_progress": p["in_progress"], "partial": p["partial"],
                "table": Table(f"coverage-{label}-under", t.gettext("Under plan in {period}", period=name), ucols,
                               urows),
            })
        unknown = None
        if c["unknown_scenarios"]:
            kcols = [Column(t.gettext("Scenario")), Column(t.gettext("Audits"), True),
                     Column(t.gettext("Did you mean"))]
            krows = [[cells.name(u["scenario"]), cells.count(u["audits"]),
                      cells.text(u["did_you_mean"] or "—", cls="id")] for u in c["unknown_scenarios"]]
            unknown = Table("coverage-unknown", t.gettext("Scenario values no scenario has (they count for no plan)"),
                            kcols, krows)
        without = any(not p["locations"] for p in c["plans"].values())
        on_plan = t.gettext("every location on plan")
        return {"plans": plans if prows else None, "periods": shown, "unknown": unknown,
                "on_plan": on_plan[:1].upper() + on_plan[1:],  # a sentence of its own here
                "unplanned": c["unplanned"], "without_locations": without, "under": c["under_plan"]}

    def surveys(self) -> dict[str, Any] | None:
        if self.run.nps is None:
            return None
        t, c = self.t, self.cells
        nps = self.shown["nps"]
        details = nps["details"]
        changes = nps.get("changes", {})
        tables = []
        for key, caption, first in (("touchpoints", t.gettext("NPS and CSAT per touchpoint"), t.gettext("Touchpoint")),
                                    ("locations", t.gettext("NPS and CSAT per location"), t.gettext("Location"))):
            cols = [Column(first), Column(t.gettext("NPS"), True)]
            cols += [Column(t.gettext("Change"), True)] if self.with_change else []
            cols += [Column(t.gettext("CSAT"), True), Column(t.gettext("Responses"), True),
                     Column(t.gettext("Detractors (0–6)"), True)]
            rows = []
            for gid, g in details.get(key, {}).items():
                row = [c.name(gid, self.touchpoint_name(gid) if key == "touchpoints" else None), c.signed(g["nps"])]
                if self.with_change:
                    row.append(c.change(changes.get(key, {}).get(gid)))
                row += [c.share(g["csat"] / 100 if g["csat"] is not None else None), c.count(g["responses"]),
                        c.count(g["detractors"])]
                rows.append(row)
            if rows:
                tables.append(Table(f"nps-{key}", caption, cols, _worst_first(rows, 1), sorted_by=1))
        dcols = [Column(t.gettext("Date")), Column(t.gettext("Score"), True), Column(t.gettext("Location")),
                 Column(t.gettext("Employee")), Column(t.gettext("Touchpoint")), Column(t.gettext("Comment"))]
        drows = []
        found = nps.get("detractors", [])
        for d in found[:MAX_ROWS]:
            comment = d["comment"] or ""
            drows.append([
                Cell(_bdi(d["date"]), d["date"], header=True), c.count(d["score"]), c.text(d["location"], cls="id"),
                c.text(d["employee"] or "—", cls="id"),
                c.text(self.touchpoint_name(d["touchpoint"]) if d["touchpoint"] else "—"),
                c.markup(Markup('<span dir="auto">{}</span>').format(comment), comment),
            ])
        detractors = Table("detractors", t.gettext("Detractors and what they wrote"), dcols,
                           _worst_first(drows, 1), sorted_by=1, more=max(0, len(found) - MAX_ROWS))
        overall = details["overall"]
        return {"tables": tables, "detractors": detractors, "overall": overall, "nps": nps}

    def touchpoint_name(self, gid: str) -> str:
        hb, lang = self.hb, self.lang
        stage = hb.stage(gid)
        if stage is not None:
            return hb.text(stage.title, lang)
        step = hb.step(gid)
        if step is not None:
            return hb.text(step.title, lang)
        for channel in hb.channels:
            if channel.id == gid:
                return hb.text(channel.name, lang)
        return gid

    def conversation_tables(self) -> list[Table]:
        if self.run.transcripts is None:
            return []
        t, c = self.t, self.cells
        tr = self.data["transcripts"]
        out = []
        for key, caption, first in (("employees", t.gettext("Conversation scores per employee"), t.gettext("Employee")),
                                    ("channels", t.gettext("Conversation scores per channel"), t.gettext("Channel"))):
            cols = [Column(first), Column(t.gettext("Conversation score"), True)]
            if key == "employees" and self.run.scores is not None:
                cols.append(Column(t.gettext("Audit score"), True))
            cols += [Column(t.gettext("Conversations"), True), Column(t.gettext("With findings"), True)]
            cols += [Column(labels.kind_label(t, k), True) for k in KINDS]
            rows = []
            for gid, g in tr[key].items():
                row = [c.name(gid), c.score(g.get("score"))]
                if key == "employees" and self.run.scores is not None:
                    audit = self.data["employees"].get(gid)  # the whole range, like the transcripts
                    row.append(c.score(audit["score"] if audit else None, bar=False))
                row += [c.count(g["conversations"]), c.count(g["conversations_with_findings"])]
                row += [c.count(g["findings"][k]) for k in KINDS]
                rows.append(row)
            if rows:
                out.append(Table(f"conversations-{key}", caption, cols, _worst_first(rows, 1), sorted_by=1))
        return out

    def audits(self) -> Table | None:
        if self.run.scores is None:
            return None
        t, c = self.t, self.cells
        audits = [a for a in self.data.get("audits", []) if self.current is None or a["period"] == self.current]
        cols = [Column(t.gettext("Audit")), Column(t.gettext("Date")), Column(t.gettext("Employee")),
                Column(t.gettext("Location")), Column(t.gettext("Auditor")), Column(t.gettext("Final score"), True),
                Column(t.gettext("Critical items answered “no”"))]
        rows = []
        for a in audits[:MAX_ROWS]:
            crit = Markup(", ").join(_bdi(x) for x in a["critical_failed"])
            rows.append([c.name(a["id"]), Cell(_bdi(a["date"]), a["date"]), c.text(a["employee"], cls="id"),
                         c.text(a["location"], cls="id"), c.text(a["auditor"] or "—", cls="id"),
                         c.score(a["final"]), c.markup(crit, len(a["critical_failed"]))])
        return Table("audits", t.gettext("Audits"), cols, _worst_first(rows, 5), sorted_by=5,
                     more=max(0, len(audits) - MAX_ROWS))


def _step_heat(view: View) -> dict[str, Any]:
    """Steps × locations: Σw(yes)/Σw(yes or no) of each step's answers in each location's audits (whole range)."""
    run, data = view.run, view.data
    hb = view.hb
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
        rows.append({"id": step_id, "name": hb.text(step.title, view.lang) if step else step_id, "pool": pool,
                     "colour": heat(pool["score"]), "cells": row_cells})
    rows.sort(key=lambda r: (r["pool"]["score"] is None, r["pool"]["score"] or 0.0))
    return {"locations": locations, "rows": rows}


def _names(hb: Handbook, lang: str) -> dict[str, dict[str, str]]:
    return {
        "roles": {r.id: hb.text(r.name, lang) for r in hb.roles},
        "departments": {d.id: hb.text(d.name, lang) for d in hb.departments},
        "steps": {s.id: hb.text(s.title, lang) for s in hb.steps()},
        "situations": {s.id: hb.text(s.title, lang) for s in hb.situations},
        "items": {gid: hb.text(s.text, lang) for gid, s in hb.items.items()},
        "tiers": {t.id: hb.text(t.name, lang) for t in hb.scoring.tiers},
    }


def _links(ctx: RenderContext) -> dict[str, str]:
    """Item id -> its anchor on the published site (``--site-url``), none without one."""
    links = {gid: ctx.links.item(ctx.handbook, item, ctx.lang) for gid, item in ctx.handbook.items.items()}
    return {gid: link for gid, link in links.items() if link}


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

    def int(self, value: int) -> str:
        return self.t.format_integer(value)

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


SORT_SCRIPT = (Path(__file__).parent / "templates" / "sort.js").read_text(encoding="utf-8")


def allowed_markup() -> htmlcheck.Allowed:
    """What the report's template writes itself (the inlined sort script too), for :mod:`..htmlcheck`."""
    return htmlcheck.from_templates([TEMPLATES], scripts=[SORT_SCRIPT])


@cache
def _environment(lang: str) -> jinja2.Environment:
    """The report template with the words of ``lang`` (Jinja's i18n extension: ``_``, ``ngettext``)."""
    return templating.environment(jinja2.FileSystemLoader(str(TEMPLATES)), translator(lang))


def render(ctx: RenderContext, run: AuditRun) -> str:
    data = report_json.build(run)
    hb = ctx.handbook
    view = View(ctx, run, data)
    transcripts = data["transcripts"]
    findings = transcripts["conversations"].first_findings(MAX_FINDINGS)
    findings_total = sum(transcripts["summary"]["findings"].values())
    template = _environment(ctx.lang).get_template("audit.html.j2")
    t = view.t
    names = view.names
    tables = {}
    if run.scores is not None:
        tables = {
            "departments": view.means("departments", t.gettext("Departments"), t.gettext("Department"),
                                      names["departments"]),
            "locations": view.means("locations", t.gettext("Locations"), t.gettext("Location")),
            "employees": view.means("employees", t.gettext("Employees"), t.gettext("Employee")),
            "roles": view.means("roles", t.gettext("Roles"), t.gettext("Role"), names["roles"]),
            "steps": view.pools("steps", t.gettext("Steps"), t.gettext("Step"), names["steps"]),
            "situations": view.pools("situations", t.gettext("Situations"), t.gettext("Situation"),
                                     names["situations"]),
            "items": view.pools("items", t.gettext("Items"), t.gettext("Item"), names["items"], with_items=True),
        }
    elif run.transcripts is not None and transcripts["employees"]:
        tables = {}
    return template.render(
        run=run,
        data=data,
        view=view,
        shown=view.shown,
        lang=ctx.lang,
        dir=view.t.direction,
        title=ctx.text(hb.title),
        organization=hb.organization,
        names=names,
        tables=tables,
        trends=view.trend_tables(),
        alerts=view.alerts(),
        calibration=view.calibration(),
        coverage=view.coverage(),
        surveys=view.surveys(),
        conversations=view.conversation_tables(),
        audits=view.audits(),
        period=view.period_line(),
        heat=_step_heat(view) if run.scores is not None else None,
        findings=findings,
        findings_total=findings_total,
        w=Words(t),
        notes=labels.notes(t, run),
        kinds=KINDS,
        sort_script=Markup(SORT_SCRIPT),
        escape=escape,
    )
