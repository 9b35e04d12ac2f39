"""Audit results (FORMAT §6, §7.1): from a CSV to the table ``audits_in``, one row per audit.

``answers_in(audit_id, item, result, comment)`` holds the rows as they are (for the history store), and
``audits_in(audit_id, date, employee, role, location, auditor, visit, scenario, codes, source)``: ``codes``
lists the audit's answers as ``ix * 4 + result`` (``ix`` the item's index in ``hb_items``; result 0 yes,
1 no, 2 na). An empty optional value is NULL.

One pass of DuckDB's reader groups the rows by audit and counts what could be wrong (an unknown item, a
result other than yes/no/na, an audit whose rows disagree on its employee, date, role, location, auditor,
visit or scenario, an item answered twice, an item not in force on the audit's date, a scenario that
``scenarios/`` does not have, a value with white space around it, an id with a character outside printable
ASCII). When all is clean, that is the table. Otherwise the file is read again by Python, line by line, and
every problem is reported with its line (rules AUDIT001-AUDIT009, AUDIT018, AUDIT019, AUDIT020: ids are checked
and NFC-normalised there); a file that only needed its values stripped goes on from there.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import duckdb

from ..diagnostics import did_you_mean
from ..model import Standard
from .columns import RESULTS
from .csvsource import NOT_PLAIN, WHITESPACE_CLASS, duckdb_source, lined_source, quick_header, write_lined
from .engine import Engine, sql_date_check, sql_text
from .ids import RESULT_IDS
from .inputs import Problems, valid_date

RESULT_CODES = {"yes": 0, "no": 1, "na": 2}
#: values DuckDB's rows may hold as they are; anything else goes through the careful reader (which lowers)
_FAST_RESULT = "CASE result " + " ".join(
    f"WHEN {sql_text(spelling)} THEN {code}"
    for word, code in RESULT_CODES.items() for spelling in (word, word.upper(), word.capitalize())
) + " END"
_LINED_RESULT = "CASE lower(result) " + " ".join(f"WHEN '{w}' THEN {c}" for w, c in RESULT_CODES.items()) + " END"
ATTRIBUTES = ("employee", "date", "role", "location", "auditor", "visit", "scenario")  # one value per audit
OPTIONAL = ("auditor", "visit", "scenario")
_EDGE = f"'^{WHITESPACE_CLASS}|{WHITESPACE_CLASS}$'"
#: an answer to an item that is not in force on the audit's date (FORMAT §7.9): ``{d}`` the date, ``{ix}`` the item
_NOT_IN_FORCE = ("EXISTS (SELECT 1 FROM hb_dated AS d WHERE d.ix = {ix} "
                 "AND (TRY_CAST({d} AS DATE) < d.effective OR TRY_CAST({d} AS DATE) >= d.retired))")
INLINE_DATED = 64  # up to this many dated items, their dates are written into the SQL (no join per answer)


def _not_in_force_sql(engine: Engine, d: str, ix: str) -> str:
    """SQL that is true when item ``ix`` is not in force on the day ``d`` (text): ``_NOT_IN_FORCE``, with the
    dates of the handbook's few dated items written out when there are few (a comparison, not a look-up)."""
    dated = [(n, s) for n, s in enumerate(engine.items) if s.dated]
    if not dated:
        return "false"
    if len(dated) > INLINE_DATED:
        return _NOT_IN_FORCE.format(d=d, ix=ix)
    day = f"TRY_CAST({d} AS DATE)"
    cases = []
    for n, s in dated:
        bounds = ([f"{day} < DATE '{s.effective.isoformat()}'"] if s.effective else []) + (
            [f"{day} >= DATE '{s.retired.isoformat()}'"] if s.retired else [])
        cases.append(f"({ix} = {n} AND ({' OR '.join(bounds)}))")
    return f"coalesce({' OR '.join(cases)}, false)"


def _aggregate(engine: Engine, source: str, result_expr: str) -> str:
    """One row per audit_id with its answers and what could be wrong with them (``stale``: an answer to an
    item not in force on the audit's date, judged row by row in the same pass)."""
    items = len(engine.items)
    return f"""
        SELECT audit_id,
               any_value(date) AS date, any_value(employee) AS employee, any_value(role) AS role,
               any_value(location) AS location, any_value(auditor) AS auditor, any_value(visit) AS visit,
               any_value(scenario) AS scenario,
               min(h) <> max(h) AS mixed,
               count(*) * 4 - count(date) - count(employee) - count(role) - count(location) AS empties,
               count(*) - count(ix) AS bad_items,
               count(*) - count(res) AS bad_results,
               list(ix * 4 + res) AS codes,
               bit_count(bitstring_agg(ix, 0, {max(items - 1, 0)})) AS distinct_items,
               bool_or({_not_in_force_sql(engine, "date", "ix")}) AS stale
        FROM (
            SELECT audit_id, date, employee, role, location, auditor, visit, scenario,
                   hash(date, employee, role, location, auditor, visit, scenario) AS h,
                   CASE WHEN enum_code(TRY_CAST(item AS item_t)) < {items}
                        THEN enum_code(TRY_CAST(item AS item_t))::INTEGER END AS ix,
                   {result_expr} AS res
            FROM {source}
        )
        GROUP BY audit_id"""


def _unclean(table: str) -> str:
    """Audits of a fast read that the careful reader must look at."""
    edges = " OR ".join(f"regexp_matches({c}, {_EDGE})" for c in ("audit_id", "employee", "location", *OPTIONAL))
    odd_ids = " OR ".join(f"regexp_matches({c}, {NOT_PLAIN})" for c in RESULT_IDS)
    return f"""
        SELECT count(*) FROM {table}
        WHERE audit_id IS NULL OR mixed OR empties > 0 OR bad_items > 0 OR bad_results > 0
           OR distinct_items <> len(codes)
           OR NOT {sql_date_check("date")}
           OR role NOT IN (SELECT role FROM hb_roles)
           OR (scenario IS NOT NULL AND scenario NOT IN (SELECT id FROM hb_scenarios))
           OR {edges}
           OR {odd_ids}
           OR stale"""


def _finish(engine: Engine, raw: str, path: str) -> int:
    engine.execute(f"""
        CREATE OR REPLACE TEMP VIEW audits_in AS
        SELECT audit_id, CAST(date AS DATE) AS date, employee, role, location, auditor, visit, scenario, codes,
               {sql_text(path)} AS source
        FROM {raw}""")
    return int(engine.one(f"SELECT count(*) FROM {raw}")[0])


def load(engine: Engine, path: str, problems: Problems, fast: bool = True) -> int | None:
    """Read ``path`` into ``audits_in``; the number of audits, or None when it has problems (reported)."""
    header = quick_header(path, RESULTS) if fast else None
    if header is not None:
        try:
            engine.execute("CREATE OR REPLACE TEMP TABLE results_raw AS "
                           + _aggregate(engine, duckdb_source(path, header, RESULTS), _FAST_RESULT))
            if engine.one(_unclean("results_raw"))[0] == 0:
                edges = f"'^{WHITESPACE_CLASS}+|{WHITESPACE_CLASS}+$'"
                engine.execute(f"""
                    CREATE OR REPLACE TEMP VIEW answers_in AS
                    SELECT audit_id, item, lower(result) AS result,
                           nullif(regexp_replace(comment, {edges}, '', 'g'), '') AS comment
                    FROM {duckdb_source(path, header, RESULTS)}""")
                return _finish(engine, "results_raw", path)
        except duckdb.InvalidInputException:
            pass  # DuckDB could not read it as it is: the careful reader says why
    before = problems.seen(path)
    lined = engine.path("results.csv")
    write_lined(path, RESULTS, problems, lined)
    blank = ", ".join(f"nullif({c}, '') AS {c}" for c in RESULTS.known)
    engine.execute(f"CREATE OR REPLACE TEMP TABLE results_rows AS "
                   f"SELECT line, {blank} FROM {lined_source(lined, RESULTS)}")
    _diagnose(engine, path, problems)
    if problems.seen(path) > before:
        return None
    engine.execute("CREATE OR REPLACE TEMP TABLE results_raw AS "
                   + _aggregate(engine, "results_rows", _LINED_RESULT))
    engine.execute("CREATE OR REPLACE TEMP VIEW answers_in AS "
                   "SELECT audit_id, item, lower(result) AS result, comment FROM results_rows")
    return _finish(engine, "results_raw", path)


# -- the careful reader's diagnostics -------------------------------------------------------------------


def _row_ok_sql(engine: Engine) -> str:
    items = len(engine.items)
    in_force = _not_in_force_sql(engine, "results_rows.date", "enum_code(TRY_CAST(results_rows.item AS item_t))")
    return (f"(audit_id IS NOT NULL AND date IS NOT NULL AND employee IS NOT NULL AND role IS NOT NULL "
            f"AND location IS NOT NULL AND item IS NOT NULL AND result IS NOT NULL AND {sql_date_check('date')} "
            f"AND role IN (SELECT role FROM hb_roles) "
            f"AND (scenario IS NULL OR scenario IN (SELECT id FROM hb_scenarios)) "
            f"AND coalesce(enum_code(TRY_CAST(item AS item_t)) < {items}, false) "
            f"AND lower(result) IN ('yes', 'no', 'na') "
            f"AND NOT {in_force})")


def _diagnose(engine: Engine, path: str, problems: Problems) -> None:
    """Every problem of ``results_rows`` with its line, as the rows come in the file."""
    hb = engine.handbook
    ok = _row_ok_sql(engine)
    roles = [r.id for r in hb.roles]
    found: list[tuple[int, str, str, str, str]] = []  # line, rule, message, hint, ordering
    scenarios = [s.id for s in hb.scenarios]
    bad_rows = engine.rows(f"SELECT line, audit_id, date, employee, role, location, item, result, scenario "
                           f"FROM results_rows WHERE NOT {ok} ORDER BY line LIMIT 2000")
    for line, *values in bad_rows:
        row = dict(zip(("audit_id", "date", "employee", "role", "location", "item", "result", "scenario"), values,
                       strict=True))
        for rule, message, hint in _row_problems(row, hb.item, set(roles), roles, list(hb.items), scenarios):
            found.append((line, rule, message, hint, "0"))
    mixed = engine.rows(f"""
        WITH ok AS (SELECT * FROM results_rows WHERE {ok}),
             first AS (SELECT DISTINCT ON (audit_id) * FROM ok ORDER BY audit_id, line)
        SELECT r.line, r.audit_id, f.line, {", ".join(f"r.{a}, f.{a}" for a in ATTRIBUTES)}
        FROM ok AS r JOIN first AS f USING (audit_id)
        WHERE r.line > f.line AND ({" OR ".join(f"r.{a} IS DISTINCT FROM f.{a}" for a in ATTRIBUTES)})
        ORDER BY r.line LIMIT 2000""")
    for line, audit_id, first_line, *pairs in mixed:
        for n, name in enumerate(ATTRIBUTES):
            here, there = pairs[2 * n], pairs[2 * n + 1]
            if here != there:
                found.append((
                    line, "AUDIT007",
                    f"audit `{audit_id}` mixes {name}s: `{here or ''}` here, `{there or ''}` on line {first_line}",
                    "one audit covers one employee, on one date, in one role and location, by one auditor; "
                    "use another audit_id", "1",
                ))
    twice = engine.rows(f"""
        SELECT line, audit_id, item, first_line FROM (
            SELECT line, audit_id, item, min(line) OVER (PARTITION BY audit_id, item) AS first_line
            FROM results_rows WHERE {ok})
        WHERE line > first_line ORDER BY line LIMIT 2000""")
    for line, audit_id, item, first_line in twice:
        found.append((line, "AUDIT008",
                      f"item `{item}` answered twice in audit `{audit_id}` (first on line {first_line})", "", "2"))
    for line, rule, message, hint, _ in sorted(found, key=lambda f: (f[0], f[4])):
        problems.add(rule, path, line, message, hint)


def _row_problems(row: dict[str, Any], item_of: Any, role_set: set[str], roles: list[str],
                  item_ids: list[str], scenarios: list[str]) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    empty = [name for name in ("audit_id", "employee", "location", "item", "role", "date", "result") if not row[name]]
    if empty:
        return [("AUDIT009", f"empty `{name}`", "") for name in empty]
    if not valid_date(row["date"]):
        out.append(("AUDIT006", f"`{row['date']}` is not a date", "write dates as YYYY-MM-DD"))
    if row["role"] not in role_set:
        guess = did_you_mean(row["role"], roles)
        out.append(("AUDIT004", f"unknown role `{row['role']}`",
                    f"did you mean `{guess}`?" if guess else "use a role id of roles.yaml"))
    if item_of(row["item"]) is None:
        guess = did_you_mean(row["item"], item_ids)
        out.append(("AUDIT003", f"unknown item id `{row['item']}`",
                    f"did you mean `{guess}`?" if guess else
                    "use a global item id `step#item`, `situation#item` or `role#item`"))
    item = item_of(row["item"])
    if item is not None and valid_date(row["date"]) and not item.in_force(date.fromisoformat(row["date"])):
        out.append(("AUDIT018", *_not_in_force(item, row["date"])))
    if row["result"].lower() not in RESULT_CODES:
        out.append(("AUDIT005", f"result `{row['result']}` is not yes, no or na",
                    "write `na` for an item that did not apply"))
    if row["scenario"] is not None and row["scenario"] not in scenarios:
        out.append(("AUDIT019", *_unknown_scenario(row["scenario"], scenarios)))
    return out


def _unknown_scenario(value: str, scenarios: list[str]) -> tuple[str, str]:
    """The message and hint of a ``scenario`` value that ``scenarios/`` does not have."""
    guess = did_you_mean(value, scenarios)
    if guess:
        hint = f"did you mean `{guess}`?"
    elif scenarios:
        shown = ", ".join(scenarios[:8]) + (", …" if len(scenarios) > 8 else "")
        hint = f"use a scenario id of scenarios/ ({shown}), or leave `scenario` empty"
    else:
        hint = "the standards have no scenarios/: leave `scenario` empty, or add the scenario's file"
    return f"unknown scenario `{value}`", hint


def _not_in_force(item: Standard, day: str) -> tuple[str, str]:
    """The message and hint of an answer to ``item`` on ``day``, a day it is not in force."""
    if item.effective is not None and day < item.effective.isoformat():
        why = f"it comes into force on {item.effective.isoformat()}"
    else:
        assert item.retired is not None
        why = f"it is no longer in force from {item.retired.isoformat()}"
    return (
        f"item `{item.global_id}` is not in force on {day}: {why}",
        "check the audit's date; audit against the standards in force that day "
        "(`handbook checklists --date DAY` prints that day's form and CSV template)",
    )
