"""``audit --format json``: the FORMAT §6 keys with unrounded floats, plus the audits behind each number.

Every other reporter (text, html) renders this same dictionary, so all three always agree.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ...audit.alerts import Alert
from ...audit.coverage import Cell, Coverage
from ...audit.nps import Nps, NpsGroup
from ...audit.result import AuditRun
from ...audit.scoring import Audits, AuditScore, MeanGroup, Pool, Scores
from ...audit.transcripts import KINDS, TranscriptResult
from ...model import Handbook


def _mean(group: MeanGroup, **extra: Any) -> dict[str, Any]:
    return {
        "score": group.score,
        "audits": len(group.audits),
        "unscored_audits": len(group.unscored),
        "pass_rate": group.pass_rate,
        "audit_ids": list(group.audits),
        "unscored_audit_ids": list(group.unscored),
        **extra,
    }


def _pool(pool: Pool, **extra: Any) -> dict[str, Any]:
    return {
        "score": pool.score,
        "answers": pool.answers,
        "yes": pool.yes,
        "no": pool.no,
        "na": pool.na,
        "yes_weight": pool.yes_weight,
        "answered_weight": pool.answered_weight,
        **extra,
    }


def _nps_counts(group: NpsGroup) -> dict[str, Any]:
    return {"nps": group.score, "responses": group.responses, "promoters": group.promoters,
            "passives": group.passives, "detractors": group.detractors, "csat": group.csat,
            "csat_mean": group.csat_mean, "csat_answers": group.csat_answers, "csat_satisfied": group.csat_satisfied}


class Conversations(dict[str, Any]):
    """``{id: {"employee", "channel", "messages", "line", "findings"}}``, read from the spool one at a time.

    The JSON encoder and the reporters only iterate ``items()``, so the conversations and findings of a
    transcript report are never all in memory: they stream from the spool on disk to the output.
    """

    def __init__(self, result: TranscriptResult | None) -> None:
        super().__init__()
        self._result = result

    def items(self) -> Iterator[tuple[str, dict[str, Any]]]:  # type: ignore[override]
        if self._result is not None:
            yield from self._result.spool.items()

    def first_findings(self, limit: int) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
        """The first ``limit`` findings in report order: ``(conversation id, conversation, finding)``."""
        return [] if self._result is None else self._result.spool.first_findings(limit)

    def __getitem__(self, key: str) -> dict[str, Any]:
        entry = None if self._result is None else self._result.spool.get(key)
        if entry is None:
            raise KeyError(key)
        return entry

    def __len__(self) -> int:
        return 0 if self._result is None else self._result.conversations

    def __bool__(self) -> bool:
        return len(self) > 0

    def __iter__(self) -> Iterator[str]:
        return self._result.spool.ids() if self._result is not None else iter(())


def _transcripts(result: TranscriptResult | None) -> dict[str, Any]:
    summary = {
        "conversations": result.conversations if result else 0,
        "messages": result.messages if result else 0,
        "agent_messages": result.agent_messages if result else 0,
        "findings": dict(result.findings) if result else dict.fromkeys(KINDS, 0),
        "score": result.score if result else None,  # conversation scores (FORMAT §7.7): never in audit scores
    }
    if result is not None and result.export is not None:
        summary["export"] = result.export.as_dict()
    return {
        "conversations": Conversations(result),
        "employees": dict(sorted(result.employees.items())) if result else {},
        "channels": dict(sorted(result.channels.items())) if result else {},
        "summary": summary,
    }


def _scores(hb: Handbook, s: Scores | None) -> dict[str, Any]:
    """``employees`` ... ``items`` of one range of audits."""
    out: dict[str, Any] = {}
    if s is None:
        for key in ("employees", "roles", "locations", "departments", "steps", "situations", "items"):
            out[key] = {}
        return out
    out["employees"] = {k: _mean(g, tier=g.tier) for k, g in s.employees.items()}
    out["roles"] = {k: _mean(g, department=(r.department if (r := hb.role(k)) else None))
                    for k, g in s.roles.items()}
    out["locations"] = {k: _mean(g) for k, g in s.locations.items()}
    out["departments"] = {k: _mean(g) for k, g in s.departments.items()}
    out["steps"] = {k: _pool(p, stage=(st.stage if (st := hb.step(k)) else None)) for k, p in s.steps.items()}
    out["situations"] = {k: _pool(p) for k, p in s.situations.items()}
    out["items"] = {}
    for k, p in s.items.items():
        item = hb.item(k)
        assert item is not None
        out["items"][k] = _pool(p, severity=item.severity, parent=item.parent, parent_kind=item.parent_kind,
                                role=item.role)
    return out


def _summary(s: Scores | None) -> dict[str, Any]:
    if s is None:
        return {"audits": 0, "scored_audits": 0, "score": None, "pass_rate": None}
    return {"audits": len(s.audits), "scored_audits": len(s.overall.audits), "score": s.overall.score,
            "pass_rate": s.overall.pass_rate}


def _nps(n: Nps | None, full: bool = False) -> dict[str, Any]:
    if n is None and not full:
        return {"overall": None, "locations": {}, "employees": {}, "responses": 0}
    if n is None:  # a period without survey answers in a run with surveys: the same keys as the others
        n = Nps(NpsGroup("overall"), {}, {})
    return {
        "overall": n.overall.score,
        "locations": {k: g.score for k, g in n.locations.items()},
        "employees": {k: g.score for k, g in n.employees.items()},
        "touchpoints": {k: g.score for k, g in n.touchpoints.items()},
        "responses": n.overall.responses,
        "csat": {
            "overall": n.overall.csat,
            "locations": {k: g.csat for k, g in n.locations.items() if g.csat_answers},
            "employees": {k: g.csat for k, g in n.employees.items() if g.csat_answers},
            "touchpoints": {k: g.csat for k, g in n.touchpoints.items() if g.csat_answers},
            "answers": n.overall.csat_answers,
        },
        "details": {
            "overall": _nps_counts(n.overall),
            "locations": {k: _nps_counts(g) for k, g in n.locations.items()},
            "employees": {k: _nps_counts(g) for k, g in n.employees.items()},
            "touchpoints": {k: _nps_counts(g) for k, g in n.touchpoints.items()},
        },
        "detractors": [
            {"date": d.date, "location": d.location, "employee": d.employee, "touchpoint": d.touchpoint,
             "score": d.score, "comment": d.comment, "path": d.source, "line": d.line}
            for d in n.detractors
        ],
    }


def _alerts(alerts: list[Alert]) -> list[dict[str, Any]]:
    return [{"kind": a.kind, "employee": a.employee, "item": a.item, "dates": list(a.dates),
             "audit_ids": list(a.audits)} for a in alerts]


def _cell(cell: Cell) -> dict[str, Any]:
    return {"scenario": cell.scenario, "location": cell.location, "planned": cell.planned, "done": cell.done,
            "missing": cell.missing}


def coverage_dict(c: Coverage) -> dict[str, Any]:
    """``coverage`` (``--coverage``): per period, the (scenario, location) under plan and on plan."""
    return {
        "from": c.start.isoformat() if c.start else None,
        "to": c.end.isoformat() if c.end else None,
        "period": c.period,
        "plans": {p.scenario: {"count": p.count, "every": p.every, "measured": p.measured,
                               "locations": list(p.locations), "locations_from": "scenario" if p.listed else "audits"}
                  for p in c.plans},
        "unplanned": list(c.unplanned),
        "periods": {
            label: {"from": p.first.isoformat(), "to": p.last.isoformat(), "partial": p.partial,
                    "in_progress": p.in_progress, "under_plan": [_cell(x) for x in p.under_plan],
                    "on_plan": [_cell(x) for x in p.on_plan]}
            for label, p in c.periods.items()
        },
        "under_plan": c.shortfalls,
        "unknown_scenarios": [{"scenario": u.value, "audits": u.audits, "did_you_mean": u.guess} for u in c.unknown],
    }


#: the sections of a period whose entries gain ``change`` (their score minus the previous period's)
CHANGED = ("employees", "roles", "locations", "departments", "steps", "situations", "items")


def _difference(now: float | None, before: float | None) -> float | None:
    return None if now is None or before is None else now - before


def add_changes(periods: dict[str, Any]) -> None:
    """Give every period's summary ``previous`` (the period before it in the report, or None) and
    ``change``, and every entry of :data:`CHANGED` (and NPS per location and touchpoint) its ``change``:
    its score minus its score in the previous period, None when either is missing."""
    before: dict[str, Any] | None = None
    previous: str | None = None
    for label, section in periods.items():
        summary = section["summary"]
        summary["previous"] = previous
        summary["change"] = _difference(summary["score"], before["summary"]["score"] if before else None)
        for key in CHANGED:
            old = before[key] if before else {}
            for gid, entry in section[key].items():
                entry["change"] = _difference(entry["score"], old[gid]["score"] if gid in old else None)
        nps, old_nps = section["nps"], (before["nps"] if before else None)
        nps["change"] = _difference(nps["overall"], old_nps["overall"] if old_nps else None)
        for key in ("locations", "touchpoints"):
            old_scores = old_nps.get(key, {}) if old_nps else {}
            nps.setdefault("changes", {})[key] = {
                gid: _difference(score, old_scores.get(gid)) for gid, score in nps.get(key, {}).items()}
        before, previous = section, label


def audit_dict(a: AuditScore) -> dict[str, Any]:
    """One entry of the ``audits`` list."""
    return {
        "id": a.id, "path": a.source, "date": a.date.isoformat(), "period": a.period, "employee": a.employee,
        "role": a.role, "location": a.location, "department": a.department, "auditor": a.auditor,
        "visit": a.visit, "scenario": a.scenario, "yes": a.yes, "no": a.no, "na": a.na,
        "yes_weight": a.yes_weight, "answered_weight": a.answered_weight, "raw": a.raw, "final": a.final,
        "passed": a.passed, "critical_failed": list(a.critical_failed),
    }


def build(run: AuditRun, with_audits: bool = True) -> dict[str, Any]:
    """The report as plain JSON-ready data (``audits`` left out with ``with_audits=False``)."""
    hb = run.handbook
    whole = run.scores.whole if run.scores else None
    out = _scores(hb, whole)
    out["nps"] = _nps(run.nps.whole if run.nps else None)
    out["transcripts"] = _transcripts(run.transcripts)
    if whole is not None:
        out["alerts"] = _alerts(whole.alerts)
    if run.calibration is not None:
        c = run.calibration
        out["calibration"] = {
            "items": {k: {"agreement": v.agreement, "visits": v.visits} for k, v in c.items.items()},
            "auditors": {k: {"deviation": v.deviation, "visits": v.visits} for k, v in c.auditors.items()},
            "alpha": c.alpha,
            "visits": c.visits,
        }
    if run.coverage is not None:
        out["coverage"] = coverage_dict(run.coverage)
    if run.period is not None:
        labels = sorted(set(run.scores.periods if run.scores else ()) | set(run.nps.periods if run.nps else ()))
        periods: dict[str, Any] = {}
        for label in labels:
            scores = run.scores.periods.get(label) if run.scores else None
            section = _scores(hb, scores)
            section["nps"] = _nps(run.nps.periods.get(label) if run.nps else None, full=run.nps is not None)
            if run.scores is not None:
                section["alerts"] = _alerts(scores.alerts if scores else [])
            section["summary"] = _summary(scores)
            periods[label] = section
        add_changes(periods)
        out["periods"] = periods
    summary = _summary(whole)
    sc = hb.scoring
    summary.update({
        "pass_mark": sc.pass_mark,
        "critical_fail": sc.critical_fail,
        "weights": dict(sc.weights),
        "tiers": [{"id": t.id, "min": t.min} for t in sc.tiers],
        "min_audits": sc.min_audits,
        "repeat_critical": None if sc.repeat_critical is None else
        {"count": sc.repeat_critical.count, "within": sc.repeat_critical.within},
        "period": run.period,
        "from": run.start.isoformat() if run.start else None,
        "to": run.end.isoformat() if run.end else None,
        "inputs": dict(run.inputs),
        "notes": list(run.notes),
    })
    if run.store is not None:
        summary["store"] = {
            "path": run.store.path,
            "imports": [{"kind": i.kind, "path": i.path, "added": i.added, "replaced": i.replaced,
                         "unchanged": i.unchanged} for i in run.store.imports],
            "audits": run.store.audits,
            "survey_answers": run.store.survey_answers,
            "conversations": run.store.conversations,
            "answers_left_out": run.store.left_out,
        }
    if with_audits:
        out["audits"] = [audit_dict(a) for a in whole.audits] if whole else []
    out["summary"] = summary
    return out


_DUMPS = json.JSONEncoder(  # the C encoder (no indent), strict: no NaN or infinity
    ensure_ascii=False, check_circular=False, separators=(",", ":"), allow_nan=False
).encode
_STREAM = json.JSONEncoder(ensure_ascii=False, check_circular=False, separators=(",", ":"), allow_nan=False)
AUDITS_CHUNK = 2000


def render(run: AuditRun) -> Iterator[str]:
    """The report in chunks, each value written by the C encoder; the conversations and the audits stream
    (a large report is never held whole in memory)."""
    data = build(run, with_audits=False)
    summary = data.pop("summary")
    yield "{"
    first = True
    for key, value in data.items():
        yield ("" if first else ",") + _DUMPS(key) + ":"
        first = False
        if key == "transcripts":
            yield from _STREAM.iterencode(value)  # Conversations streams from the spool: not the C encoder
        else:
            yield _DUMPS(value)
    yield ',"audits":['
    audits = run.scores.whole.audits if run.scores else []
    written = audits.json() if isinstance(audits, Audits) else None  # DuckDB writes them, byte for byte as below
    if written is not None:
        yield from written
    else:
        for start in range(0, len(audits), AUDITS_CHUNK):
            chunk = _DUMPS([audit_dict(a) for a in audits[start : start + AUDITS_CHUNK]])[1:-1]  # an encoder a chunk
            yield ("," if start else "") + chunk
    yield '],"summary":' + _DUMPS(summary) + "}\n"
