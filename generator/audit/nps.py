"""Survey figures (FORMAT §6, §7.1): NPS and CSAT overall, per location, employee and touchpoint.

- NPS = % of recommendation scores 9-10 (promoters) minus % of 0-6 (detractors), from -100 to 100;
- CSAT = % of satisfaction answers 4 or 5 out of 1-5 (the share of satisfied customers), with the mean answer.

An answer counts for NPS when it has a ``score`` and for CSAT when it has a ``csat``. Answers without an
employee (or touchpoint) count overall and per location only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import periods as periods_mod
from .engine import Engine


@dataclass
class NpsGroup:
    id: str
    promoters: int = 0
    passives: int = 0
    detractors: int = 0
    csat_answers: int = 0
    csat_satisfied: int = 0  # 4 or 5
    csat_sum: int = 0

    @property
    def responses(self) -> int:
        """Answers with a recommendation score."""
        return self.promoters + self.passives + self.detractors

    @property
    def score(self) -> float | None:
        """NPS in points from -100 to 100; None without responses."""
        n = self.responses
        return None if n == 0 else 100.0 * (self.promoters - self.detractors) / n

    @property
    def csat(self) -> float | None:
        """% of CSAT answers that are 4 or 5; None without CSAT answers."""
        return None if self.csat_answers == 0 else 100.0 * self.csat_satisfied / self.csat_answers

    @property
    def csat_mean(self) -> float | None:
        return None if self.csat_answers == 0 else self.csat_sum / self.csat_answers


@dataclass
class Detractor:
    """A detractor's answer, listed with its comment."""

    date: str
    location: str
    employee: str | None
    touchpoint: str | None
    score: int
    comment: str | None
    source: str
    line: int | None


@dataclass
class Nps:
    overall: NpsGroup
    locations: dict[str, NpsGroup]
    employees: dict[str, NpsGroup]
    touchpoints: dict[str, NpsGroup] = field(default_factory=dict)
    detractors: list[Detractor] = field(default_factory=list)
    answers: int = 0  # rows, with a score, a csat or both


@dataclass
class SurveyFigures:
    whole: Nps
    periods: dict[str, Nps] = field(default_factory=dict)


_COUNTS = """count(*) FILTER (WHERE score >= 9), count(*) FILTER (WHERE score BETWEEN 7 AND 8),
             count(*) FILTER (WHERE score <= 6), count(csat), count(*) FILTER (WHERE csat >= 4),
             coalesce(sum(csat), 0)::BIGINT, count(*)"""


def _group(gid: str, row: tuple[Any, ...]) -> NpsGroup:
    return NpsGroup(gid, *(int(v) for v in row[:6]))


def _figures(engine: Engine, table: str, where: str) -> Nps:
    overall_row = engine.one(f"SELECT {_COUNTS} FROM {table} WHERE {where}")
    nps = Nps(_group("overall", overall_row), {}, {}, answers=int(overall_row[6]))
    for attr, column in (("locations", "location"), ("employees", "employee"), ("touchpoints", "touchpoint")):
        groups = getattr(nps, attr)
        for gid, *counts in engine.rows(f"SELECT {column}, {_COUNTS} FROM {table} WHERE {where} AND {column} "
                                        f"IS NOT NULL GROUP BY {column} ORDER BY {column}"):
            groups[gid] = _group(gid, tuple(counts))
    nps.detractors = [
        Detractor(d.isoformat(), *rest) for d, *rest in engine.rows(
            f"SELECT date, location, employee, touchpoint, score, comment, source, line FROM {table} "
            f"WHERE {where} AND score <= 6 ORDER BY date, location, score, line, comment")
    ]
    return nps


def compute(engine: Engine, table: str = "surveys_in", where: str = "true", period: str | None = None) -> SurveyFigures:
    """NPS and CSAT of the answers in ``table`` matching ``where``; per period too with ``period``."""
    figures = SurveyFigures(_figures(engine, table, where))
    if period is None:
        return figures
    days = [d for (d,) in engine.rows(f"SELECT DISTINCT date FROM {table} WHERE {where} ORDER BY date")]
    by_label: dict[str, list[Any]] = {}
    for d in days:
        by_label.setdefault(periods_mod.label(d, period), []).append(d)
    for label, members in sorted(by_label.items()):
        engine.execute("CREATE OR REPLACE TEMP TABLE survey_days (date DATE)")
        engine.con.executemany("INSERT INTO survey_days VALUES (?)", [(d,) for d in members])
        figures.periods[label] = _figures(engine, table, f"{where} AND date IN (SELECT date FROM survey_days)")
    return figures
