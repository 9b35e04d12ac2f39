"""The arithmetic of FORMAT §6 and §7.2 over the audits table.

- weight of an item = ``weights[severity]``;
- an audit's raw score = 100 × Σw(yes) / Σw(yes or no); all ``na`` -> no score;
- its final score = raw, or 0 / min(raw, cap) / raw when a critical item is ``no`` (``critical_fail``:
  ``zero`` / a number / ``none``);
- employee, role, location, department = mean of the final scores of their scored audits;
- step, situation, item = 100 × Σw(yes) / Σw(yes or no) over all their answers (no critical rule);
- tier = the tier with the highest ``min`` not above the score, for an employee with at least
  ``min_audits`` scored audits.

DuckDB counts, per audit, the answers of each severity; Python weighs them in a fixed order and takes the
means with ``math.fsum``, so every figure is the same whatever the order of the rows or of DuckDB's threads.
Nothing is rounded here: reporters round when they show a number.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import overload

from ..model import Handbook, Scoring, Tier
from . import periods as periods_mod
from .alerts import Alert, repeat_critical
from .engine import SEVERITIES, Engine, sql_text


@dataclass(slots=True)
class AuditScore:
    """One audit with its counts and scores; ``raw``/``final`` are None for an all-``na`` audit."""

    id: str
    date: date
    employee: str
    role: str
    location: str
    department: str
    auditor: str | None
    visit: str | None
    scenario: str | None
    source: str
    yes: int
    no: int
    na: int
    yes_weight: float
    answered_weight: float
    critical_failed: tuple[str, ...]  # critical items answered `no`, in handbook order
    raw: float | None
    final: float | None
    passed: bool | None
    period: str | None = None


@dataclass
class MeanGroup:
    """An employee, role, location or department: the mean of its audits' final scores."""

    id: str
    audits: list[str] = field(default_factory=list)  # scored audits, by date then id
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
    score: float | None = None

    @property
    def answers(self) -> int:
        """Answers that count (yes or no)."""
        return self.yes + self.no


@dataclass
class Scores:
    """Every score of one range of audits (the whole run, or one period)."""

    audits: Sequence[AuditScore]  # an :class:`Audits` (read from DuckDB when first used), or a list
    employees: dict[str, MeanGroup]
    roles: dict[str, MeanGroup]
    locations: dict[str, MeanGroup]
    departments: dict[str, MeanGroup]
    steps: dict[str, Pool]
    situations: dict[str, Pool]
    items: dict[str, Pool]
    overall: MeanGroup
    #: step id -> location -> pool of the step's answers in that location's audits
    step_locations: dict[str, dict[str, Pool]] = field(default_factory=dict)
    alerts: list[Alert] = field(default_factory=list)


@dataclass
class Scored:
    """The whole range and, with ``--period``, each period (labels in time order)."""

    whole: Scores
    period: str | None = None
    periods: dict[str, Scores] = field(default_factory=dict)


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


def _weighted(counts: Sequence[int], weights: dict[str, float]) -> float:
    """Σ count × weight over the severities, always in the order of :data:`SEVERITIES`."""
    total = 0.0
    for severity, n in zip(SEVERITIES, counts, strict=True):
        total += n * weights[severity]
    return total


def _weighted_sql(columns: Sequence[str], weights: dict[str, float]) -> str:
    """:func:`_weighted` as SQL: the same operations in the same order, so the same double."""
    expr = "0.0::DOUBLE"
    for severity, column in zip(SEVERITIES, columns, strict=True):
        expr = f"({expr} + {column} * {float(weights[severity])!r}::DOUBLE)"
    return expr


def _final_sql(policy: str | float) -> str:
    if policy == "none":
        return "raw"
    if policy == "zero":
        return "CASE WHEN len(crit) > 0 THEN 0.0::DOUBLE ELSE raw END"
    return f"CASE WHEN len(crit) > 0 THEN least(raw, {float(policy)!r}::DOUBLE) ELSE raw END"


def _scored_table(engine: Engine, table: str, where: str, kind: str | None) -> None:
    """``scored``: one row per audit in range with its counts, weights, scores, period and answers (``codes``)."""
    scoring = engine.handbook.scoring
    sev_counts = ", ".join(
        f"count(*) FILTER (WHERE u.c % 4 = {code} AND i.severity = {sql_text(s)}) AS {name}_{n}"
        for code, name in ((0, "yes"), (1, "no")) for n, s in enumerate(SEVERITIES)
    )
    yes_w = _weighted_sql(["yes_0", "yes_1", "yes_2"], engine.weights)
    no_w = _weighted_sql(["no_0", "no_1", "no_2"], engine.weights)
    period = "NULL::VARCHAR"
    if kind is not None:
        days = [d for (d,) in engine.rows(f"SELECT DISTINCT date FROM {table} WHERE {where}")]
        engine.execute("CREATE OR REPLACE TEMP TABLE period_of (date DATE, period VARCHAR)")
        if days:
            engine.con.executemany("INSERT INTO period_of VALUES (?, ?)",
                                   [(d, periods_mod.label(d, kind)) for d in days])
        period = "(SELECT p.period FROM period_of AS p WHERE p.date = a.date)"
    engine.execute(f"""
        CREATE OR REPLACE TEMP TABLE scored AS
        WITH a AS (SELECT * FROM {table} WHERE {where}),
             u AS (SELECT audit_id, unnest(codes) AS c FROM a),
             s AS (SELECT u.audit_id, {sev_counts}, count(*) FILTER (WHERE u.c % 4 = 2) AS na,
                          coalesce(list(i.gid ORDER BY i.ix) FILTER (WHERE u.c % 4 = 1 AND i.critical), []) AS crit
                   FROM u JOIN hb_items AS i ON i.ix = u.c // 4 GROUP BY u.audit_id),
             w AS (SELECT a.audit_id, a.date, a.employee, a.role, a.location,
                          coalesce(r.department, '') AS department, a.auditor, a.visit, a.scenario, a.source,
                          s.yes_0 + s.yes_1 + s.yes_2 AS yes, s.no_0 + s.no_1 + s.no_2 AS no, s.na,
                          {yes_w} AS yes_w, {yes_w} + {no_w} AS answered_w, s.crit, {period} AS period, a.codes
                   FROM a JOIN s USING (audit_id) LEFT JOIN hb_roles AS r ON r.role = a.role),
             x AS (SELECT *, CASE WHEN answered_w = 0 THEN NULL ELSE 100.0 * yes_w / answered_w END AS raw FROM w),
             f AS (SELECT *, {_final_sql(scoring.critical_fail)} AS final FROM x)
        SELECT *, final >= {float(scoring.pass_mark)!r}::DOUBLE AS passed,
               row_number() OVER (ORDER BY date, audit_id) AS ord
        FROM f""")


_AUDIT_COLUMNS = ("audit_id, date, employee, role, location, department, auditor, visit, scenario, source, yes, no, "
                  "na, yes_w, answered_w, crit, raw, final, passed, period")
#: one audit as the JSON report's ``audits`` list writes it (:func:`generator.render.audit.json.audit_dict`)
_AUDIT_JSON = ("to_json(struct_pack(id := audit_id, path := source, date := date::VARCHAR, period := period, "
               "employee := employee, role := role, location := location, department := department, "
               "auditor := auditor, visit := visit, scenario := scenario, yes := yes, no := no, na := na, "
               "yes_weight := yes_w, answered_weight := answered_w, raw := raw, final := final, passed := passed, "
               "critical_failed := crit))::VARCHAR")
_FLOATS = ("yes_w", "answered_w", "raw", "final")
#: what tells whether DuckDB writes every number and date of the audits as Python's encoder does: floats from
#: 1e-4 to under 1e16 (Python writes others with an exponent: ``1e-05``, DuckDB ``1e-5``) and four-digit years
_RANGES = ", ".join([*(f"min(abs(nullif({c}, 0))), max(abs({c}))" for c in _FLOATS),
                     "min(year(date)), max(year(date))"])
#: a control character in a text: DuckDB escapes it ``\u001B``, Python ``\u001b`` (an escaped backslash before
#: it is left alone)
_UPPER_ESCAPE = re.compile(r"(?<!\\)((?:\\\\)*)\\u00([01][0-9A-F])")


def _python_escapes(text: str) -> str:
    """DuckDB's JSON text with its ``\\u00XX`` escapes written as Python writes them."""
    if "\\u00" not in text:
        return text
    return _UPPER_ESCAPE.sub(lambda m: m.group(1) + "\\u00" + m.group(2).lower(), text)


class Audits(Sequence[AuditScore]):
    """The audits of one range or period, by date then id: rows of the run's ``scored`` table in DuckDB.

    They become :class:`AuditScore` objects only when a reporter first reads them (the text, HTML, CSV and
    XLSX reports), and the JSON report has DuckDB write them (:meth:`json`): a million result rows never turn
    into Python objects on the way to ``audit.json``. Read them while the :class:`~.engine.Engine` is open.
    """

    def __init__(self, engine: Engine, table: str, where: str, count: int) -> None:
        self._engine = engine
        self._table = table
        self._where = where
        self._count = count
        self._loaded: list[AuditScore] | None = None

    def _rows(self) -> list[AuditScore]:
        if self._loaded is None:
            self._loaded = [
                AuditScore(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12], r[13],
                           r[14], tuple(r[15]), r[16], r[17], r[18], r[19])
                for r in self._engine.rows(f"SELECT {_AUDIT_COLUMNS} FROM {self._table} WHERE {self._where} "
                                           "ORDER BY ord")
            ] if self._count else []
        return self._loaded

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> AuditScore: ...
    @overload
    def __getitem__(self, index: slice) -> list[AuditScore]: ...
    def __getitem__(self, index: int | slice) -> AuditScore | list[AuditScore]:
        return self._rows()[index]

    def __iter__(self) -> Iterator[AuditScore]:
        return iter(self._rows())

    def json(self) -> Iterator[str] | None:
        """The ``audits`` list's entries as JSON text, comma-separated, a batch of audits a piece, written by DuckDB
        exactly as Python's encoder writes :func:`~generator.render.audit.json.audit_dict` of each; None when
        a number or a date of an audit needs Python to write it that way (see :data:`_RANGES`)."""
        if self._count:
            *floats, first_year, last_year = self._engine.one(
                f"SELECT {_RANGES} FROM {self._table} WHERE {self._where}")
            lows, highs = floats[0::2], floats[1::2]
            if (any(low is not None and low < 1e-4 for low in lows)
                    or any(high is not None and not high < 1e16 for high in highs)
                    or not 1000 <= first_year <= last_year <= 9999):
                return None
        return self._json()

    def _json(self) -> Iterator[str]:
        if not self._count:
            return
        first = True
        for rows in self._engine.cursor(f"SELECT {_AUDIT_JSON} FROM {self._table} WHERE {self._where} "
                                        "ORDER BY ord"):
            yield ("" if first else ",") + _python_escapes(",".join(r[0] for r in rows))
            first = False


def _close(group: MeanGroup) -> None:
    if group.finals:
        group.score = math.fsum(group.finals) / len(group.finals)
        group.pass_rate = group.passed / len(group.finals)


GROUP_KEYS = ("employee", "role", "location", "department")
#: the groups :func:`_mean_groups` gathers: the keys above, and every audit of the range or period as one
_GROUPS = (*((key, key) for key in GROUP_KEYS), ("overall", "'overall'"))


def _mean_groups(engine: Engine, by_period: bool) -> dict[str | None, dict[str, dict[str, MeanGroup]]]:
    """Per period (None: the whole range), per key of :data:`GROUP_KEYS` and ``overall``, the groups of the
    ``scored`` audits, each closed (its mean by ``math.fsum`` over its final scores in the order of date, then id).

    One query (grouping sets) has DuckDB gather each group's audit ids and final scores (by date, then id) and
    count its passes, for the whole range and, with ``by_period``, for each period: no Python code runs per audit.
    """
    keys = [key for key, _ in _GROUPS]
    sets = [f"({key})" for key in GROUP_KEYS] + ["()"]
    if by_period:
        sets += [f"(period, {key})" for key in GROUP_KEYS] + ["(period)"]
    ordered = "ORDER BY ord) FILTER"
    rows = engine.rows(f"""
        SELECT {"grouping(period) = 0, period" if by_period else "false, NULL::VARCHAR"},
               grouping({", ".join(GROUP_KEYS)}) AS gset,
               {", ".join(GROUP_KEYS)},
               coalesce(list(audit_id {ordered} (WHERE final IS NOT NULL), []),
               coalesce(list(audit_id {ordered} (WHERE final IS NULL), []),
               coalesce(list(final {ordered} (WHERE final IS NOT NULL), []),
               count(*) FILTER (WHERE passed)
        FROM scored GROUP BY GROUPING SETS ({", ".join(sets)})
        ORDER BY {", ".join(GROUP_KEYS)}""")
    out: dict[str | None, dict[str, dict[str, MeanGroup]]] = {}
    # grouping(employee, role, location, department): a bit per key that is *not* grouped, the first the highest
    width = len(GROUP_KEYS)
    by_set = {(1 << width) - 1 - (1 << (width - 1 - n)): n for n in range(width)}
    for is_period, label, gset, *values in rows:
        n = by_set.get(gset)
        key = keys[n] if n is not None else "overall"
        gid = values[n] if n is not None else "overall"
        ids, unscored, finals, passed = values[width:]
        group = MeanGroup(gid, ids, unscored, finals, int(passed))
        _close(group)
        period = label if is_period else None
        keyed = out.get(period)
        if keyed is None:
            keyed = out[period] = {k: {} for k in keys}
        keyed[key][gid] = group
    return out


@dataclass(frozen=True, slots=True)
class _Miss:
    """An audit with a critical item answered `no`: what :func:`.alerts.repeat_critical` reads."""

    id: str
    date: date
    employee: str
    critical_failed: tuple[str, ...]
    period: str | None


def _misses(engine: Engine) -> list[_Miss]:
    """The ``scored`` audits with a critical item answered `no`, by date then id."""
    return [_Miss(i, d, e, tuple(c), p) for i, d, e, c, p in engine.rows(
        "SELECT audit_id, date, employee, crit, period FROM scored WHERE len(crit) > 0 ORDER BY ord")]


PoolCount = tuple[str | None, str, int, int, int, int]  # period, location, ix, yes, no, na


def _pool_counts(engine: Engine, by_period: bool) -> list[PoolCount]:
    """``(period, location, ix, yes, no, na)`` for every item answered in a location (and period) by the
    ``scored`` audits (their answers are kept there: no join back to the input)."""
    rows = engine.rows(f"""
        SELECT {"period" if by_period else "NULL"} AS p, location, c // 4, count(*) FILTER (WHERE c % 4 = 0),
               count(*) FILTER (WHERE c % 4 = 1), count(*) FILTER (WHERE c % 4 = 2)
        FROM (SELECT period, location, unnest(codes) AS c FROM scored)
        GROUP BY ALL""")
    return [tuple(r) for r in rows]


def _pools(handbook: Handbook, engine: Engine,
           counts: Iterable[tuple[str, int, int, int, int]]) -> tuple[dict[str, Pool], dict[str, Pool],
                                                                     dict[str, Pool], dict[str, dict[str, Pool]]]:
    """Items, steps, situations and steps × locations from ``(location, ix, yes, no, na)`` counts.

    A pool's weights are its answers counted per severity, then weighed in the order of :data:`SEVERITIES`.
    """
    items: dict[str, Pool] = {}
    steps: dict[str, Pool] = {}
    situations: dict[str, Pool] = {}
    cells: dict[str, dict[str, Pool]] = {}
    tallies: dict[int, list[int]] = {}  # id(pool) -> yes per severity, then no per severity
    for location, ix, yes, no, na in counts:
        item = engine.items[ix]
        targets = [items.setdefault(item.global_id, Pool(item.global_id))]
        if item.parent_kind == "step":
            targets.append(steps.setdefault(item.parent, Pool(item.parent)))
            targets.append(cells.setdefault(item.parent, {}).setdefault(location, Pool(location)))
        elif item.parent_kind == "situation":
            targets.append(situations.setdefault(item.parent, Pool(item.parent)))
        severity = SEVERITIES.index(item.severity) if item.severity in SEVERITIES else None
        for pool in targets:
            pool.yes += yes
            pool.no += no
            pool.na += na
            if severity is not None:
                tally = tallies.setdefault(id(pool), [0] * 6)
                tally[severity] += yes
                tally[3 + severity] += no
    for pools in (items, steps, situations, *cells.values()):
        for pool in pools.values():
            tally = tallies.get(id(pool), [0] * 6)
            pool.yes_weight = _weighted(tally[:3], engine.weights)
            pool.answered_weight = pool.yes_weight + _weighted(tally[3:], engine.weights)
            pool.score = ratio(pool.yes_weight, pool.answered_weight)
    order = {gid: n for n, gid in enumerate(handbook.items)}
    step_order = {s.id: n for n, s in enumerate(handbook.steps())}
    sit_order = {s.id: n for n, s in enumerate(handbook.situations)}
    return (
        dict(sorted(items.items(), key=lambda kv: order.get(kv[0], 0))),
        dict(sorted(steps.items(), key=lambda kv: step_order.get(kv[0], 0))),
        dict(sorted(situations.items(), key=lambda kv: sit_order.get(kv[0], 0))),
        {k: dict(sorted(v.items())) for k, v in sorted(cells.items(), key=lambda kv: step_order.get(kv[0], 0))},
    )


def _scores(handbook: Handbook, engine: Engine, audits: Audits, groups: dict[str, dict[str, MeanGroup]],
            counts: list[tuple[str, int, int, int, int]], misses: list[_Miss]) -> Scores:
    scoring: Scoring = handbook.scoring
    employees = groups["employee"]
    for group in employees.values():
        if len(group.finals) >= scoring.min_audits:
            group.tier = tier_for(group.score, scoring.tiers)
    items, steps, situations, cells = _pools(handbook, engine, counts)
    return Scores(
        audits=audits,
        employees=employees,
        roles=groups["role"],
        locations=groups["location"],
        departments=groups["department"],
        steps=steps,
        situations=situations,
        items=items,
        overall=groups["overall"].get("overall") or MeanGroup("overall"),
        step_locations=cells,
        alerts=repeat_critical(misses, scoring.repeat_critical),
    )


def score(engine: Engine, table: str = "audits_in", where: str = "true", period: str | None = None) -> Scored:
    """Every score of the audits in ``table`` that match ``where``; per period too with ``period``.

    The audits themselves stay in DuckDB (:class:`Audits`): use the result while ``engine`` is open.
    """
    hb = engine.handbook
    _scored_table(engine, table, where, period)
    counts = _pool_counts(engine, period is not None)
    whole_counts: dict[tuple[str, int], list[int]] = {}
    for _p, location, ix, yes, no, na in counts:
        tally = whole_counts.setdefault((location, ix), [0, 0, 0])
        tally[0] += yes
        tally[1] += no
        tally[2] += na
    flat = [(loc, ix, t[0], t[1], t[2]) for (loc, ix), t in sorted(whole_counts.items())]
    misses = _misses(engine) if hb.scoring.repeat_critical is not None else []
    empty: dict[str, dict[str, MeanGroup]] = {key: {} for key, _ in _GROUPS}
    groups = _mean_groups(engine, period is not None)
    whole_groups = groups.get(None) or empty
    total = int(engine.one("SELECT count(*) FROM scored")[0])
    result = Scored(_scores(hb, engine, Audits(engine, "scored", "true", total), whole_groups, flat, misses),
                    period)
    if period is None:
        return result
    period_counts: dict[str, list[tuple[str, int, int, int, int]]] = {}
    for p, location, ix, yes, no, na in counts:
        period_counts.setdefault(str(p), []).append((location, ix, yes, no, na))
    for label, n in engine.rows("SELECT period, count(*) FROM scored GROUP BY period ORDER BY period"):
        audits = Audits(engine, "scored", f"period = {sql_text(label)}", int(n))
        result.periods[label] = _scores(hb, engine, audits, groups[label],
                                        sorted(period_counts.get(label, [])), [m for m in misses if m.period == label])
    return result
