"""``audit --format text``: readable tables for the terminal, in the language of ``--lang``.

Scores are rounded to one decimal only here (with the language's decimal separator). Ids, numbers and
words each have their own column, so a right-to-left terminal that reorders Hebrew text cannot mix them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import date
from typing import Any

from ...audit.result import AuditRun
from ...audit.transcripts import KINDS
from ...report import visible
from ..context import RenderContext
from ..words import PERIOD, PLANS, SEVERITY, word
from . import json as report_json
from .labels import critical_policy, date_range, finding_details, kind_label, notes, period_name

MAX_FINDINGS = 200  # listed; the JSON report has all


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[int] = ()) -> str:
    """A plain table; columns in ``right`` are right-aligned (numbers). Cells come from the inputs, so their
    control characters are shown as escapes: a CSV value cannot drive the terminal or start a line."""
    rows = [[visible(cell) for cell in row] for row in rows]
    widths = [_width(h) for h in headers]
    for row in rows:
        widths = [max(w, _width(c)) for w, c in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        out = []
        for i, (cell, w) in enumerate(zip(cells, widths, strict=True)):
            pad = " " * (w - _width(cell))
            out.append(pad + cell if i in right else cell + pad)
        return "  ".join(out).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)])


def _fields(pairs: Sequence[tuple[str, str]]) -> list[str]:
    """``label: value`` lines with the values lined up."""
    width = max(_width(k) for k, _ in pairs) + 1
    return [f"{k}:{' ' * (width - _width(k))}{visible(v)}" for k, v in pairs]


class _Text:
    def __init__(self, ctx: RenderContext, run: AuditRun) -> None:
        self.run = run
        self.lang = ctx.lang
        self.t = ctx.translator
        self.tiers = {t.id: ctx.text(t.name) for t in ctx.handbook.scoring.tiers}

    def _(self, message: str, **values: object) -> str:
        return self.t.gettext(message, **values)

    def num(self, value: float | None, signed: bool = False) -> str:
        return self.t.format_number(value, signed=signed)

    def period(self, label: str, previous: str | None) -> list[str]:
        return _period_line(self, label, previous)

    def heading(self, title: str) -> list[str]:
        return [title, "=" * _width(title)]

    def means(self, first: str, data: dict[str, Any], with_tier: bool = False, change: bool = False,
              conversations: dict[str, Any] | None = None) -> list[str]:
        if not data:
            return []
        headers = [first, self._("Score")] + ([self._("Change")] if change else [])
        headers += [self._("Audits"), self._("Pass rate")]
        headers += [self._("Tier")] if with_tier else []
        # with transcripts, the conversation score in a column of its own: beside the audit score, never in it
        headers += [self._("Conversation score"), self._("Conversations")] if conversations is not None else []
        rows = []
        for key, v in data.items():
            row = [key, self.num(v["score"])] + ([self.num(v.get("change"), True)] if change else [])
            row += [str(v["audits"]), self.t.format_percent(v["pass_rate"])]
            if with_tier:
                row.append(self.tiers.get(v["tier"], v["tier"]) if v.get("tier") else "—")
            if conversations is not None:
                conv = conversations.get(key, {})
                row += [self.num(conv.get("score")), str(conv.get("conversations", 0))]
            rows.append(row)
        numbers = tuple(i for i, h in enumerate(headers) if i and h not in (self._("Tier"),))
        return [table(headers, rows, right=numbers), ""]

    def pools(self, first: str, data: dict[str, Any], change: bool = False) -> list[str]:
        if not data:
            return []
        headers = [first, self._("Score")] + ([self._("Change")] if change else [])
        headers += [self._("Answers"), self._("Yes"), self._("No"), self._("N/A")]
        rows = [[k, self.num(v["score"]), *([self.num(v.get("change"), True)] if change else []), str(v["answers"]),
                 str(v["yes"]), str(v["no"]), str(v["na"])] for k, v in data.items()]
        return [table(headers, rows, right=tuple(range(1, len(headers)))), ""]

    def trends(self, periods: dict[str, Any]) -> list[str]:
        """Departments and locations: their score in each period, side by side."""
        labels = list(periods)
        out = self.heading(self._("Trends"))
        for key, first in (("departments", self._("Department")), ("locations", self._("Location"))):
            ids = sorted({gid for section in periods.values() for gid in section[key]})
            if ids:
                rows = [[gid, *(self.num(periods[lab][key].get(gid, {}).get("score")) for lab in labels)]
                        for gid in ids]
                out += [table([first, *labels], rows, right=tuple(range(1, len(labels) + 1))), ""]
        return out

    def scores(self, data: dict[str, Any], section: dict[str, Any] | None = None) -> list[str]:
        """The scores of ``section`` (a period, compared with the one before) or of the whole report."""
        shown = section if section is not None else data
        change = section is not None and section["summary"].get("previous") is not None
        conversations = data["transcripts"]["employees"] if self.run.transcripts is not None else None
        s = dict(data["summary"], **shown["summary"])
        weights = ", ".join(f"{word(self.t, SEVERITY, k)} {self.t.format_decimal(v)}" for k, v in s["weights"].items())
        out = self.heading(self._("Summary")) + _fields([
            (self._("Audits"), str(s["audits"])),
            (self._("Scored audits"), str(s["scored_audits"])),
            (self._("Mean final score"), self.num(s["score"])
             + (" (" + self._("Change") + ": " + self.num(s.get("change"), True) + ")" if change else "")),
            (self._("Pass mark"), self.t.format_decimal(s["pass_mark"])),
            (self._("Pass rate"), self.t.format_percent(s["pass_rate"])),
            (self._("Weights"), weights),
            (self._("A critical item answered “no”"), critical_policy(self.t, s["critical_fail"])),
        ]) + [""]
        out += self.means(self._("Employee"), shown["employees"], with_tier=True, change=change,
                          conversations=conversations)
        nulls = [k for k, v in shown["employees"].items() if v["score"] is None]
        if nulls:
            out += [self._("No score: every item of their audits was N/A") + ": " + ", ".join(nulls), ""]
        out += self.means(self._("Department"), shown["departments"], change=change)
        out += self.means(self._("Role"), shown["roles"], change=change)
        out += self.means(self._("Location"), shown["locations"], change=change)
        out += self.pools(self._("Step"), shown["steps"], change=change)
        out += self.pools(self._("Situation"), shown["situations"], change=change)
        out += self.pools(self._("Item"), shown["items"], change=change)
        period = section["summary"].get("label") if section is not None else None
        rows = [[a["id"], a["employee"], a["date"], self.num(a["raw"]), self.num(a["final"]),
                 "—" if a["passed"] is None else (self._("pass") if a["passed"] else self._("FAIL")),
                 ", ".join(a["critical_failed"])] for a in data["audits"] if period is None or a["period"] == period]
        if rows:
            headers = [self._("Audit"), self._("Employee"), self._("Date"), self._("Raw score"), self._("Final score"),
                       self._("Result"), self._("Critical items answered “no”")]
            out += [table(headers, rows, right=(3, 4)), ""]
        return out

    def calibration(self, cal: dict[str, Any]) -> list[str]:
        """Krippendorff's alpha with its reading, the items by agreement (lowest first), the auditors by how far
        they deviate (farthest first): the HTML report's calibration section, as text."""
        alpha = cal["alpha"]
        line = (self.t.ngettext("{n} visit audited by more than one auditor",
                                "{n} visits audited by more than one auditor", cal["visits"]) + ". "
                + self._("Krippendorff's alpha") + ": " + self.t.format_number(alpha, 2))
        if alpha is not None:
            line += " — " + (
                self._("the auditors agree well enough to rely on their scores (0.8 or more)") if alpha >= 0.8
                else self._("tentative agreement (0.667 to 0.8): calibrate the auditors before relying on their scores")
                if alpha >= 0.667
                else self._("the auditors do not agree enough (under 0.667): calibrate them before their scores count"))
        out = [*self.heading(self._("Calibration")), line]
        items = sorted(cal["items"].items(), key=lambda kv: (kv[1]["agreement"] is None, kv[1]["agreement"] or 0))
        if items:
            rows = [[k, self.t.format_percent(v["agreement"]), str(v["visits"])] for k, v in items]
            out += ["", self._("Items the auditors disagree on most"),
                    table([self._("Item"), self._("Agreement"), self._("Visits")], rows, right=(1, 2))]
        auditors = sorted(cal["auditors"].items(), key=lambda kv: -abs(kv[1]["deviation"] or 0))
        if auditors:
            rows = [[k, self.num(v["deviation"], True), str(v["visits"])] for k, v in auditors]
            out += ["", self._("Auditors: their score minus the visit's mean"),
                    table([self._("Auditor"), self._("Deviation"), self._("Visits")], rows, right=(1, 2))]
        return [*out, ""]

    def nps(self, data: dict[str, Any]) -> list[str]:
        nps = data["nps"]
        out = self.heading(self._("Overall NPS"))
        responses = self.t.ngettext("{n} response", "{n} responses", nps["responses"])
        out.append(f"{self.num(nps['overall'], True)} ({responses})")
        det = nps["details"]
        for title, first in (("locations", self._("Location")), ("employees", self._("Employee"))):
            rows = [[k, self.num(v["nps"], True), str(v["responses"]), str(v["promoters"]), str(v["passives"]),
                     str(v["detractors"])] for k, v in det[title].items()]
            if rows:
                headers = [first, self._("NPS"), self._("Responses"), self._("Promoters (9–10)"),
                           self._("Passives (7–8)"), self._("Detractors (0–6)")]
                out += ["", table(headers, rows, right=(1, 2, 3, 4, 5))]
        return [*out, ""]

    def transcripts(self, data: dict[str, Any]) -> list[str]:
        t = data["transcripts"]
        sm = t["summary"]
        out = self.heading(self._("Transcripts"))
        out.append(self.t.ngettext("{n} conversation", "{n} conversations", sm["conversations"]) + ", "
                   + self.t.ngettext("{n} message", "{n} messages", sm["messages"]))
        out += ["", *_fields([(self._("Mean conversation score"), self.num(sm["score"])),
                              *((kind_label(self.t, k), str(sm["findings"][k])) for k in KINDS)])]
        out += ["", self._("Each conversation is scored like an audit of its employee; conversation scores stand "
                           "beside audit scores and never enter them.")]
        kinds = [kind_label(self.t, k) for k in KINDS]
        for title, first in (("employees", self._("Employee")), ("channels", self._("Channel"))):
            rows = [[k, str(v["conversations"]), self.num(v.get("score")), str(v["conversations_with_findings"]),
                     *(str(v["findings"][kind]) for kind in KINDS)] for k, v in t[title].items()]
            if rows:
                headers = [first, self._("Conversations"), self._("Conversation score"), self._("With findings"),
                           *kinds]
                out += ["", table(headers, rows, right=tuple(range(1, 4 + len(KINDS))))]
        total = sum(sm["findings"].values())
        shown = t["conversations"].first_findings(MAX_FINDINGS)
        if shown:
            rows = [[cid, conv["channel"], f["employee"] or "—", str(f["line"]), kind_label(self.t, f["kind"]),
                     finding_details(self.t, f)] for cid, conv, f in shown]
            headers = [self._("Conversation"), self._("Channel"), self._("Employee"), self._("Line"), self._("Finding"),
                       self._("Details")]
            out += ["", *self.heading(self._("Findings")), table(headers, rows, right=(3,))]
        if total > len(shown):
            out.append(self.t.ngettext("… and {n} more finding: the JSON report (--format json) has them all",
                                       "… and {n} more findings: the JSON report (--format json) has them all",
                                       total - len(shown)))
        return [*out, ""]


def _coverage(text: _Text, c: dict[str, Any]) -> list[str]:
    """``--coverage``: the plans, then each period's (scenario, location) under plan."""
    t, _ = text.t, text._
    out = text.heading(_("Mystery-shopping coverage"))
    if not c["plans"]:
        out += [_("No scenario has a plan (`per_location` in scenarios/): there is nothing to measure."), ""]
    else:
        rows = [[sid, t.gettext(PLANS[p["every"]], count=t.format_integer(p["count"])), word(t, PERIOD, p["measured"]),
                 " ".join(p["locations"]) or "—"] for sid, p in c["plans"].items()]
        out += [table([_("Scenario"), _("Plan"), _("Measured per"), _("Locations")], rows), ""]
        if any(not p["locations"] for p in c["plans"].values()):
            out += [_("A scenario without locations lists none in `locations`, and no role of its items was audited "
                      "in the range."), ""]
    if c["unplanned"]:
        out += [_("Scenarios without a plan") + ": " + ", ".join(c["unplanned"]), ""]
    for label, p in c["periods"].items():
        first, last = date.fromisoformat(p["from"]), date.fromisoformat(p["to"])
        cells = len(p["under_plan"]) + len(p["on_plan"])
        period = _("Period")
        line = f"{period}: {period_name(t, label)} ({date_range(t, first, last)}) — "
        line += (t.ngettext("{n} of {total} under plan", "{n} of {total} under plan", len(p["under_plan"]),
                            total=t.format_integer(cells)) if p["under_plan"] else _("every location on plan"))
        out.append(line)
        if p["in_progress"]:
            out.append(_("In progress: the missing visits may still be made."))
        if p["partial"]:
            out.append(_("Partial: --from/--to cut this period, and visits outside them are not counted."))
        if p["under_plan"]:
            rows = [[x["scenario"], x["location"], str(x["planned"]), str(x["done"]), str(x["missing"])]
                    for x in p["under_plan"]]
            out.append(table([_("Scenario"), _("Location"), _("Planned"), _("Done"), _("Missing")], rows,
                             right=(2, 3, 4)))
        out.append("")
    if c["unknown_scenarios"]:
        out.append(_("Scenario values no scenario has (they count for no plan)") + ":")
        rows = [[u["scenario"], str(u["audits"]), u["did_you_mean"] or "—"] for u in c["unknown_scenarios"]]
        out += [table([_("Scenario"), _("Audits"), _("Did you mean")], rows, right=(1,)), ""]
    return out


def _period_line(text: _Text, label: str, previous: str | None) -> list[str]:
    from ...audit.periods import bounds

    period = text._("Period")
    line = f"{period}: {period_name(text.t, label)} ({date_range(text.t, *bounds(label))})"
    if previous:
        line += "; " + text._("compared with {period}", period=period_name(text.t, previous))
    return [line, ""]


def _store(text: _Text, store: dict[str, Any]) -> list[str]:
    """What ``--store`` imported and holds."""
    out = text.heading(text._("History store"))
    line = f"{store['path']}: " + text._("audits: {audits}; survey answers: {answers}", audits=store["audits"],
                                         answers=store["survey_answers"])
    if store["conversations"]:
        line += "; " + text._("conversations: {conversations}", conversations=store["conversations"])
    out.append(line)
    for done in store["imports"]:
        line = f"{done['path']}: " + text._("added {added}, replaced {replaced}", added=done["added"],
                                            replaced=done["replaced"])
        if done["replaced"]:
            line += " " + text._("({n} unchanged)", n=done["unchanged"])
        out.append(line)
    return [*out, ""]


def render(ctx: RenderContext, run: AuditRun) -> str:
    data = report_json.build(run)
    text = _Text(ctx, run)
    out: list[str] = []
    if "store" in data["summary"]:
        out += _store(text, data["summary"]["store"])
    periods: dict[str, Any] = data.get("periods", {})
    section = None
    if periods:
        label = list(periods)[-1]
        section = dict(periods[label])
        section["summary"] = dict(section["summary"], label=label)
        out += text.period(label, section["summary"].get("previous"))
        if len(periods) > 1 and run.scores is not None:
            out += text.trends(periods)
    if run.scores is not None:
        out += text.scores(data, section)
        if section is not None:
            whole = data["summary"]
            out += [text._("Whole range of the report") + ": "
                    + text.t.ngettext("{n} audit", "{n} audits", whole["audits"]) + ", "
                    + text._("Mean final score") + " " + text.num(whole["score"]), ""]
    if "calibration" in data:
        out += text.calibration(data["calibration"])
    if run.nps is not None:
        out += text.nps(data if section is None else dict(data, nps=section["nps"]))
    if "coverage" in data:
        out += _coverage(text, data["coverage"])
    if run.transcripts is not None:
        out += text.transcripts(data)
    for note in notes(text.t, run):
        out.append(text._("Note") + f": {note}")
    return "\n".join(out).rstrip("\n") + "\n"
