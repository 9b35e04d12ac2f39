"""``audit --format text``: readable tables for the terminal, in the language of ``--lang``.

Scores are rounded to one decimal only here (with the language's decimal separator). Ids, numbers and
words each have their own column, so a right-to-left terminal that reorders Hebrew text cannot mix them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from ...audit.labels import count, critical_policy, finding_details, kind_label, label, number, percent, plain
from ...audit.result import AuditRun
from ...audit.transcripts import KINDS
from ...report import visible
from . import json as report_json

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
    def __init__(self, run: AuditRun) -> None:
        self.run = run
        self.lang = run.lang
        self.tiers = {t.id: run.handbook.text(t.name, run.lang) for t in run.handbook.scoring.tiers}

    def l(self, key: str) -> str:  # noqa: E743 - a short name for the many look-ups below
        return label(key, self.lang)

    def num(self, value: float | None, signed: bool = False) -> str:
        return number(value, self.lang, signed)

    def heading(self, key: str) -> list[str]:
        title = self.l(key)
        return [title, "=" * _width(title)]

    def means(self, first: str, data: dict[str, Any], with_tier: bool = False) -> list[str]:
        if not data:
            return []
        headers = [self.l(first), self.l("score"), self.l("audits"), self.l("pass_rate")]
        headers += [self.l("tier")] if with_tier else []
        rows = []
        for key, v in data.items():
            row = [key, self.num(v["score"]), str(v["audits"]), percent(v["pass_rate"], self.lang)]
            if with_tier:
                row.append(self.tiers.get(v["tier"], v["tier"]) if v.get("tier") else "—")
            rows.append(row)
        return [table(headers, rows, right=(1, 2, 3)), ""]

    def pools(self, first: str, data: dict[str, Any]) -> list[str]:
        if not data:
            return []
        headers = [self.l(first), self.l("score"), self.l("answers"), self.l("yes"), self.l("no"), self.l("na")]
        rows = [[k, self.num(v["score"]), str(v["answers"]), str(v["yes"]), str(v["no"]), str(v["na"])]
                for k, v in data.items()]
        return [table(headers, rows, right=(1, 2, 3, 4, 5)), ""]

    def scores(self, data: dict[str, Any]) -> list[str]:
        s = data["summary"]
        weights = ", ".join(f"{self.l(k)} {plain(v, self.lang)}" for k, v in s["weights"].items())
        out = self.heading("summary") + _fields([
            (self.l("audits"), str(s["audits"])),
            (self.l("scored_audits"), str(s["scored_audits"])),
            (self.l("mean_final"), self.num(s["score"])),
            (self.l("pass_mark"), plain(s["pass_mark"], self.lang)),
            (self.l("pass_rate"), percent(s["pass_rate"], self.lang)),
            (self.l("weights"), weights),
            (self.l("critical_rule"), critical_policy(s["critical_fail"], self.lang)),
        ]) + [""]
        out += self.means("employee", data["employees"], with_tier=True)
        nulls = [k for k, v in data["employees"].items() if v["score"] is None]
        if nulls:
            out += [f"{self.l('no_score')}: " + ", ".join(nulls), ""]
        out += self.means("department", data["departments"])
        out += self.means("role", data["roles"])
        out += self.means("location", data["locations"])
        out += self.pools("step", data["steps"])
        out += self.pools("situation", data["situations"])
        out += self.pools("item", data["items"])
        rows = [[a["id"], a["employee"], a["date"], self.num(a["raw"]), self.num(a["final"]),
                 "—" if a["passed"] is None else self.l("pass" if a["passed"] else "fail"),
                 ", ".join(a["critical_failed"])] for a in data["audits"]]
        if rows:
            headers = [self.l(k) for k in ("audit", "employee", "date", "raw", "final", "result", "critical_failed")]
            out += [table(headers, rows, right=(3, 4)), ""]
        return out

    def nps(self, data: dict[str, Any]) -> list[str]:
        nps = data["nps"]
        out = self.heading("nps_overall")
        out.append(f"{self.num(nps['overall'], True)} ({count(nps['responses'], 'responses', self.lang)})")
        det = nps["details"]
        for title, first in (("locations", "location"), ("employees", "employee")):
            rows = [[k, self.num(v["nps"], True), str(v["responses"]), str(v["promoters"]), str(v["passives"]),
                     str(v["detractors"])] for k, v in det[title].items()]
            if rows:
                headers = [self.l(k) for k in (first, "nps", "responses", "promoters", "passives", "detractors")]
                out += ["", table(headers, rows, right=(1, 2, 3, 4, 5))]
        return [*out, ""]

    def transcripts(self, data: dict[str, Any]) -> list[str]:
        t = data["transcripts"]
        sm = t["summary"]
        out = self.heading("transcripts")
        out.append(f"{count(sm['conversations'], 'conversations', self.lang)}, "
                   f"{count(sm['messages'], 'messages', self.lang)}")
        out += ["", *_fields([(kind_label(k, self.lang), str(sm["findings"][k])) for k in KINDS])]
        kinds = [kind_label(k, self.lang) for k in KINDS]
        for title, first in (("employees", "employee"), ("channels", "channel")):
            rows = [[k, str(v["conversations"]), str(v["conversations_with_findings"]),
                     *(str(v["findings"][kind]) for kind in KINDS)] for k, v in t[title].items()]
            if rows:
                headers = [self.l(first), self.l("conversations"), self.l("with_findings"), *kinds]
                out += ["", table(headers, rows, right=tuple(range(1, 3 + len(KINDS))))]
        total = sum(sm["findings"].values())
        shown = t["conversations"].first_findings(MAX_FINDINGS)
        if shown:
            rows = [[cid, conv["channel"], f["employee"] or "—", str(f["line"]), kind_label(f["kind"], self.lang),
                     finding_details(f, self.lang)] for cid, conv, f in shown]
            headers = [self.l(k) for k in ("conversation", "channel", "employee", "line", "finding", "details")]
            out += ["", *self.heading("findings"), table(headers, rows, right=(3,))]
        if total > len(shown):
            out.append(count(total - len(shown), "more_findings", self.lang))
        return [*out, ""]


def render(run: AuditRun) -> str:
    data = report_json.build(run)
    text = _Text(run)
    out: list[str] = []
    if run.scores is not None:
        out += text.scores(data)
    if run.nps is not None:
        out += text.nps(data)
    if run.transcripts is not None:
        out += text.transcripts(data)
    for note in run.localized_notes():
        out.append(f"{text.l('note')}: {note}")
    return "\n".join(out).rstrip("\n") + "\n"
