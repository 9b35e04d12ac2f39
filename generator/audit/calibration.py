"""Calibration (FORMAT §7.4): do two auditors score the same visit the same way?

Audits that share a ``visit`` and have different ``auditor`` values are calibration audits; a visit with at
least two auditors is a calibration visit. For each:

- item: ``agreement`` = the share of the item's calibration visits (those where at least two auditors
  answered it) on which every auditor gave the same answer (yes, no or na);
- auditor: ``deviation`` = the mean, over the auditor's calibration visits, of the auditor's final score minus
  the mean final score of all auditors on that visit (audits without a score are left out of both);
- ``alpha``: Krippendorff's alpha for nominal data, the units being (visit, item), the coders the auditors
  and the values yes/no/na, computed by the ``krippendorff`` package (checked in the tests against
  Krippendorff's own worked example). ``None`` when it is undefined (fewer than two values to compare, or
  every answer the same).

An auditor with two audits of one visit counts once: the audit with the smaller id.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from .engine import Engine

RESULTS = ("yes", "no", "na")


@dataclass
class ItemAgreement:
    visits: int = 0  # calibration visits on which at least two auditors answered the item
    agreed: int = 0

    @property
    def agreement(self) -> float | None:
        return None if self.visits == 0 else self.agreed / self.visits


@dataclass
class AuditorDeviation:
    differences: list[float] = field(default_factory=list)

    @property
    def visits(self) -> int:
        return len(self.differences)

    @property
    def deviation(self) -> float | None:
        return None if not self.differences else math.fsum(self.differences) / len(self.differences)


@dataclass
class Calibration:
    visits: int  # calibration visits
    items: dict[str, ItemAgreement]  # in handbook order
    auditors: dict[str, AuditorDeviation]  # by id
    alpha: float | None
    #: (visit, item) -> auditor -> answer, for the report's "where auditors disagree"
    answers: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)


def compute(engine: Engine, table: str) -> Calibration:
    """Calibration of the audits of ``table`` that were scored last (the ``scored`` table: within the range)."""
    rows = engine.rows(f"""
        WITH c AS (SELECT a.visit, a.auditor, a.audit_id, s.final, a.codes
                   FROM {table} AS a JOIN scored AS s USING (audit_id)
                   WHERE a.visit IS NOT NULL AND a.auditor IS NOT NULL)
        SELECT * FROM c WHERE visit IN (SELECT visit FROM c GROUP BY visit HAVING count(DISTINCT auditor) >= 2)
        ORDER BY visit, auditor, audit_id""")
    visits: dict[str, dict[str, tuple[float | None, list[int]]]] = defaultdict(dict)
    for visit, auditor, _audit_id, final, codes in rows:
        visits[visit].setdefault(auditor, (final, list(codes)))
    items: dict[str, ItemAgreement] = {}
    auditors: dict[str, AuditorDeviation] = {}
    answers: dict[tuple[str, str], dict[str, str]] = {}
    for visit, by_auditor in sorted(visits.items()):
        scored = {a: f for a, (f, _) in by_auditor.items() if f is not None}
        if len(scored) >= 2:
            mean = math.fsum(scored.values()) / len(scored)
            for auditor, final in scored.items():
                auditors.setdefault(auditor, AuditorDeviation()).differences.append(final - mean)
        for auditor, (_, codes) in by_auditor.items():
            for code in codes:
                item = engine.items[code // 4].global_id
                answers.setdefault((visit, item), {})[auditor] = RESULTS[code % 4]
    order = {gid: n for n, gid in enumerate(engine.handbook.items)}
    for (_visit, item), given in answers.items():
        if len(given) >= 2:
            tally = items.setdefault(item, ItemAgreement())
            tally.visits += 1
            tally.agreed += len(set(given.values())) == 1
    return Calibration(
        visits=len(visits),
        items=dict(sorted(items.items(), key=lambda kv: order.get(kv[0], 0))),
        auditors=dict(sorted(auditors.items())),
        alpha=_alpha(answers),
        answers=answers,
    )


def _alpha(answers: dict[tuple[str, str], dict[str, str]]) -> float | None:
    """Krippendorff's alpha, nominal, over the units answered by at least two auditors."""
    units = [given for given in answers.values() if len(given) >= 2]
    coders = sorted({a for given in units for a in given})
    values = {v for given in units for v in given.values()}
    if len(values) < 2:
        return None  # no variation at all: alpha is undefined (0/0)
    import krippendorff
    import numpy as np

    data = np.full((len(coders), len(units)), np.nan)
    for col, given in enumerate(units):
        for auditor, value in given.items():
            data[coders.index(auditor), col] = RESULTS.index(value)
    alpha = float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal",
                                     value_domain=list(range(len(RESULTS)))))
    return None if math.isnan(alpha) else alpha
