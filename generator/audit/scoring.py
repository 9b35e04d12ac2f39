"""The arithmetic of FORMAT §6, as pure functions of the audits, the model and ``scoring.yaml``.

- weight of an item = ``weights[severity]``;
- an audit's raw score = 100 × Σw(yes) / Σw(yes or no); all ``na`` -> no score;
- its final score = raw, or 0 / min(raw, cap) / raw when a critical item is ``no`` (``critical_fail``:
  ``zero`` / a number / ``none``);
- employee, role, location, department = mean of the final scores of their scored audits;
- step, situation, item = 100 × Σw(yes) / Σw(yes or no) over all their answers (no critical rule);
- tier = the tier with the highest ``min`` not above the score.

Nothing is rounded here: reporters round when they show a number.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from ..model import Handbook, Scoring, Tier
from .inputs import Audit


@dataclass(frozen=True)
class AuditScore:
    """One audit with its sums and scores; ``raw``/``final`` are None for an all-``na`` audit."""

    audit: Audit
    department: str
    yes_weight: float
    answered_weight: float
    yes: int
    no: int
    na: int
    critical_failed: tuple[str, ...]  # critical items answered `no`
    raw: float | None
    final: float | None
    passed: bool | None

    @property
    def id(self) -> str:
        return self.audit.id


@dataclass
class MeanGroup:
    """An employee, role, location or department: the mean of its audits' final scores."""

    id: str
    audits: list[str] = field(default_factory=list)  # scored audits, in file order
    unscored: list[str] = field(default_factory=list)  # all-na audits (no score, not in the mean)
    finals: list[float] = field(default_factory=list)
    passed: int = 0
    score: float | None = None
    pass_rate: float | None = None
    tier: str | None = None


@dataclass
class Pool:
    """A step, situation or item: answers pooled across audits."""

    id: str
    yes_weight: float = 0.0
    answered_weight: float = 0.0
    yes: int = 0
    no: int = 0
    na: int = 0
    audits: list[str] = field(default_factory=list)
    score: float | None = None

    @property
    def answers(self) -> int:
        """Answers that count (yes or no)."""
        return self.yes + self.no


@dataclass
class Scores:
    audits: list[AuditScore]
    employees: dict[str, MeanGroup]
    roles: dict[str, MeanGroup]
    locations: dict[str, MeanGroup]
    departments: dict[str, MeanGroup]
    steps: dict[str, Pool]
    situations: dict[str, Pool]
    items: dict[str, Pool]
    overall: MeanGroup


def ratio(yes_weight: float, answered_weight: float) -> float | None:
    """100 × Σw(yes) / Σw(yes or no), or None when nothing was answered yes or no."""
    return None if answered_weight == 0 else 100.0 * yes_weight / answered_weight


def final_score(raw: float | None, critical_failed: bool, policy: str | float) -> float | None:
    """Apply the critical-item policy: ``zero`` -> 0, a number -> min(raw, cap), ``none`` -> raw."""
    if raw is None or not critical_failed or policy == "none":
        return raw
    if policy == "zero":
        return 0.0
    return min(raw, float(policy))


def tier_for(score: float | None, tiers: Sequence[Tier]) -> str | None:
    """The tier with the highest ``min`` not above ``score`` (None without a score or a matching tier)."""
    if score is None:
        return None
    best: Tier | None = None
    for tier in tiers:
        if tier.min <= score and (best is None or tier.min > best.min):
            best = tier
    return best.id if best else None


def score_audit(audit: Audit, handbook: Handbook, scoring: Scoring) -> AuditScore:
    yes_w = answered_w = 0.0
    yes = no = na = 0
    failed = []
    for answer in audit.answers:
        item = handbook.item(answer.item)
        assert item is not None, "inputs are validated before scoring"
        weight = float(scoring.weights.get(item.severity, 0.0))
        if answer.result == "yes":
            yes += 1
            yes_w += weight
            answered_w += weight
        elif answer.result == "no":
            no += 1
            answered_w += weight
            if item.severity == "critical":
                failed.append(answer.item)
        else:
            na += 1
    raw = ratio(yes_w, answered_w)
    final = final_score(raw, bool(failed), scoring.critical_fail)
    role = handbook.role(audit.role)
    department = role.department if role else ""
    passed = None if final is None else final >= scoring.pass_mark
    return AuditScore(audit, department, yes_w, answered_w, yes, no, na, tuple(failed), raw, final, passed)


def _mean_groups(scored: Iterable[AuditScore], key: Callable[[AuditScore], str]) -> dict[str, MeanGroup]:
    groups: dict[str, MeanGroup] = {}
    for a in scored:
        group = groups.setdefault(key(a), MeanGroup(key(a)))
        _add(group, a)
    for group in groups.values():
        _close(group)
    return dict(sorted(groups.items()))


def _add(group: MeanGroup, a: AuditScore) -> None:
    if a.final is None:
        group.unscored.append(a.id)
        return
    group.audits.append(a.id)
    group.finals.append(a.final)
    group.passed += bool(a.passed)


def _close(group: MeanGroup) -> None:
    if group.finals:
        group.score = math.fsum(group.finals) / len(group.finals)
        group.pass_rate = group.passed / len(group.finals)


def _pools(scored: Iterable[AuditScore], handbook: Handbook, scoring: Scoring) -> tuple[dict[str, Pool], ...]:
    steps: dict[str, Pool] = {}
    situations: dict[str, Pool] = {}
    items: dict[str, Pool] = {}
    for a in scored:
        for answer in a.audit.answers:
            item = handbook.item(answer.item)
            assert item is not None
            weight = float(scoring.weights.get(item.severity, 0.0))
            targets = [items.setdefault(answer.item, Pool(answer.item))]
            if item.parent_kind == "step":
                targets.append(steps.setdefault(item.parent, Pool(item.parent)))
            elif item.parent_kind == "situation":
                targets.append(situations.setdefault(item.parent, Pool(item.parent)))
            for pool in targets:
                if a.id not in pool.audits[-1:]:
                    pool.audits.append(a.id)
                if answer.result == "na":
                    pool.na += 1
                    continue
                pool.answered_weight += weight
                if answer.result == "yes":
                    pool.yes += 1
                    pool.yes_weight += weight
                else:
                    pool.no += 1
    order = {gid: n for n, gid in enumerate(handbook.items)}
    step_order = {s.id: n for n, s in enumerate(handbook.steps())}
    sit_order = {s.id: n for n, s in enumerate(handbook.situations)}
    out = []
    for pools, rank in ((steps, step_order), (situations, sit_order), (items, order)):
        for pool in pools.values():
            pool.score = ratio(pool.yes_weight, pool.answered_weight)
        out.append(dict(sorted(pools.items(), key=lambda kv, r=rank: r.get(kv[0], 0))))  # type: ignore[misc]
    return tuple(out)


def score_all(audits: Sequence[Audit], handbook: Handbook) -> Scores:
    """Every score of FORMAT §6 for validated audits."""
    scoring = handbook.scoring
    scored = [score_audit(a, handbook, scoring) for a in audits]
    employees = _mean_groups(scored, lambda a: a.audit.employee)
    for group in employees.values():
        group.tier = tier_for(group.score, scoring.tiers)
    overall = MeanGroup("overall")
    for a in scored:
        _add(overall, a)
    _close(overall)
    steps, situations, items = _pools(scored, handbook, scoring)
    return Scores(
        audits=scored,
        employees=employees,
        roles=_mean_groups(scored, lambda a: a.audit.role),
        locations=_mean_groups(scored, lambda a: a.audit.location),
        departments=_mean_groups(scored, lambda a: a.department),
        steps=steps,
        situations=situations,
        items=items,
        overall=overall,
    )
