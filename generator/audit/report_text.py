"""``audit --format text``: readable tables for the terminal (scores rounded to one decimal only here)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from . import report_json
from .result import AuditRun

MAX_FINDINGS = 200  # listed; the JSON report has all


def fmt(score: float | None, signed: bool = False) -> str:
    """One decimal place; ``—`` for no score."""
    if score is None:
        return "—"
    return f"{score:+.1f}" if signed else f"{score:.1f}"


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[int] = ()) -> str:
    """A plain table; columns in ``right`` are right-aligned (numbers)."""
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


def _means(title: str, data: dict[str, Any], extra: str | None = None) -> list[str]:
    if not data:
        return []
    headers = [title, "score", "audits", "pass rate"] + ([extra] if extra else [])
    rows = []
    for key, v in data.items():
        rate = "—" if v["pass_rate"] is None else f"{100 * v['pass_rate']:.0f}%"
        audits = str(v["audits"]) + (f" (+{v['unscored_audits']} all-N/A)" if v["unscored_audits"] else "")
        row = [key, fmt(v["score"]), audits, rate]
        if extra:
            row.append(str(v.get(extra) or "—"))
        rows.append(row)
    return [table(headers, rows, right=(1, 3)), ""]


def _pools(title: str, data: dict[str, Any]) -> list[str]:
    if not data:
        return []
    rows = [[k, fmt(v["score"]), str(v["answers"]), str(v["yes"]), str(v["no"]), str(v["na"])] for k, v in data.items()]
    return [table([title, "score", "answers", "yes", "no", "na"], rows, right=(1, 2, 3, 4, 5)), ""]


def render(run: AuditRun) -> str:
    data = report_json.build(run)
    s = data["summary"]
    out: list[str] = []
    if run.scores is not None:
        weights = ", ".join(f"{k} {v:g}" for k, v in s["weights"].items())
        out += [
            f"Audits: {s['audits']} ({s['scored_audits']} scored), overall {fmt(s['score'])}, pass mark "
            f"{s['pass_mark']:g}, pass rate " + ("—" if s["pass_rate"] is None else f"{100 * s['pass_rate']:.0f}%"),
            f"Weights: {weights}; critical fail: {s['critical_fail']}",
            "",
        ]
        out += _means("employee", data["employees"], "tier")
        nulls = [k for k, v in data["employees"].items() if v["score"] is None]
        if nulls:
            out += ["No score (every item of their audits was N/A): " + ", ".join(nulls), ""]
        out += _means("department", data["departments"])
        out += _means("role", data["roles"])
        out += _means("location", data["locations"])
        out += _pools("step", data["steps"])
        out += _pools("situation", data["situations"])
        out += _pools("item", data["items"])
        rows = [[a["id"], a["employee"], a["date"], fmt(a["raw"]), fmt(a["final"]),
                 "—" if a["passed"] is None else ("pass" if a["passed"] else "FAIL"),
                 ", ".join(a["critical_failed"])] for a in data["audits"]]
        if rows:
            out += [table(["audit", "employee", "date", "raw", "final", "result", "critical items failed"], rows,
                          right=(3, 4)), ""]
    if run.nps is not None:
        nps = data["nps"]
        out.append(f"NPS overall: {fmt(nps['overall'], True)} ({nps['responses']} responses)")
        det = nps["details"]
        for title in ("locations", "employees"):
            rows = [[k, fmt(v["nps"], True), str(v["responses"]), str(v["promoters"]), str(v["detractors"])]
                    for k, v in det[title].items()]
            if rows:
                headers = [title[:-1], "NPS", "responses", "promoters", "detractors"]
                out += ["", table(headers, rows, right=(1, 2, 3, 4))]
        out.append("")
    if run.transcripts is not None:
        t = data["transcripts"]
        sm = t["summary"]
        counts = ", ".join(f"{k} {v}" for k, v in sm["findings"].items())
        out.append(f"Transcripts: {sm['conversations']} conversations, {sm['messages']} messages; findings: {counts}")
        for title in ("employees", "channels"):
            rows = [[k, str(v["conversations"]), *(str(v["findings"][kind]) for kind in sm["findings"])]
                    for k, v in t[title].items()]
            if rows:
                out += ["", table([title[:-1], "conversations", "forbidden", "missing", "first resp.", "response"],
                                  rows, right=(1, 2, 3, 4, 5))]
        total = sum(sm["findings"].values())
        shown = t["conversations"].first_findings(MAX_FINDINGS)
        if shown:
            out += ["", "Findings:"]
        for cid, conv, f in shown:
            out.append(f"  {cid} ({conv['channel']}, {f['employee'] or '—'}) line {f['line']}: "
                       f"{f['kind']}: {f['message']}")
        if total > len(shown):
            out.append(f"  … and {total - len(shown)} more (use --format json for all)")
        out.append("")
    for note in s["notes"]:
        out.append(f"Note: {note}")
    return "\n".join(out).rstrip("\n") + "\n"
