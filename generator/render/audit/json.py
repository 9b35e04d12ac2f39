"""``audit --format json``: the FORMAT §6 keys with unrounded floats, plus the audits behind each number.

Every other reporter (text, html) renders this same dictionary, so all three always agree.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ...audit.nps import NpsGroup
from ...audit.result import AuditRun
from ...audit.scoring import MeanGroup, Pool
from ...audit.transcripts import KINDS, TranscriptResult


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
        "audit_ids": list(pool.audits),
        **extra,
    }


def _nps_counts(group: NpsGroup) -> dict[str, Any]:
    return {"nps": group.score, "responses": group.responses, "promoters": group.promoters,
            "passives": group.passives, "detractors": group.detractors}


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


def build(run: AuditRun) -> dict[str, Any]:
    """The report as plain JSON-ready data."""
    hb = run.handbook
    out: dict[str, Any] = {}
    s = run.scores
    if s is None:
        for key in ("employees", "roles", "locations", "departments", "steps", "situations", "items"):
            out[key] = {}
        audits: list[dict[str, Any]] = []
        summary: dict[str, Any] = {"audits": 0, "scored_audits": 0, "score": None, "pass_rate": None}
    else:
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
        audits = [
            {
                "id": a.id, "path": a.audit.path, "line": a.audit.line, "date": a.audit.date,
                "employee": a.audit.employee, "role": a.audit.role, "location": a.audit.location,
                "department": a.department, "yes": a.yes, "no": a.no, "na": a.na, "yes_weight": a.yes_weight,
                "answered_weight": a.answered_weight, "raw": a.raw, "final": a.final, "passed": a.passed,
                "critical_failed": list(a.critical_failed),
            }
            for a in s.audits
        ]
        summary = {"audits": len(s.audits), "scored_audits": len(s.overall.audits), "score": s.overall.score,
                   "pass_rate": s.overall.pass_rate}
    if run.nps is None:
        out["nps"] = {"overall": None, "locations": {}, "employees": {}, "responses": 0}
    else:
        n = run.nps
        out["nps"] = {
            "overall": n.overall.score,
            "locations": {k: g.score for k, g in n.locations.items()},
            "employees": {k: g.score for k, g in n.employees.items()},
            "responses": n.overall.responses,
            "details": {
                "overall": _nps_counts(n.overall),
                "locations": {k: _nps_counts(g) for k, g in n.locations.items()},
                "employees": {k: _nps_counts(g) for k, g in n.employees.items()},
            },
        }
    out["transcripts"] = _transcripts(run.transcripts)
    sc = hb.scoring
    summary.update({
        "pass_mark": sc.pass_mark,
        "critical_fail": sc.critical_fail,
        "weights": dict(sc.weights),
        "tiers": [{"id": t.id, "min": t.min} for t in sc.tiers],
        "inputs": dict(run.inputs),
        "notes": list(run.notes),
    })
    out["audits"] = audits
    out["summary"] = summary
    return out


def render(run: AuditRun) -> Iterator[str]:
    """The report in chunks: a large transcript report is never held twice in memory as one string."""
    yield from json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(build(run))
    yield "\n"
