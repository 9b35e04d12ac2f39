"""Survey answers (FORMAT §6, §7.1): from a CSV to the table ``surveys_in``, one row per answer.

``surveys_in(line, date, location, employee, touchpoint, score, csat, comment, source)``: ``score`` is the
0-10 recommendation (NPS), ``csat`` the 1-5 satisfaction, either may be NULL but not both; ``touchpoint``
is a stage, step or channel id; an empty text is NULL. ``line`` is the answer's line in its file, or NULL
when DuckDB read a clean file directly.

A clean file is read by DuckDB at once; anything unusual is read again by Python, which reports each problem
with its line (AUDIT001, AUDIT002, AUDIT006, AUDIT009, AUDIT010, AUDIT012, AUDIT020); ids outside printable
ASCII are always read that way, to be checked and NFC-normalised.
"""

from __future__ import annotations

import csv

import duckdb

from ..diagnostics import did_you_mean
from ..model import Handbook
from .columns import SURVEYS
from .csvsource import NOT_PLAIN, WHITESPACE_CLASS, duckdb_source, python_rows, quick_header
from .engine import Engine, sql_date_check, sql_list, sql_text
from .inputs import Problems, valid_date

_EDGE = f"'^{WHITESPACE_CLASS}|{WHITESPACE_CLASS}$'"
_TABLE = ("CREATE OR REPLACE TEMP TABLE surveys_in (line BIGINT, date DATE, location VARCHAR, employee VARCHAR, "
          "touchpoint VARCHAR, score INTEGER, csat INTEGER, comment VARCHAR, source VARCHAR)")


def touchpoints(handbook: Handbook) -> list[str]:
    """Stage, step and channel ids: what a survey's ``touchpoint`` may name."""
    ids = [s.id for s in handbook.stages] + [s.id for s in handbook.steps()] + [c.id for c in handbook.channels]
    return list(dict.fromkeys(ids))


def load(engine: Engine, path: str, problems: Problems, fast: bool = True) -> int | None:
    """Read ``path`` into ``surveys_in``; the number of answers, or None when it has problems (reported)."""
    engine.execute(_TABLE)
    header = quick_header(path, SURVEYS) if fast else None
    points = sql_list(touchpoints(engine.handbook) or ["#"])
    if header is not None:
        try:
            source = duckdb_source(path, header, SURVEYS)
            engine.execute(f"CREATE OR REPLACE TEMP TABLE surveys_raw AS SELECT * FROM {source}")
            unclean = engine.one(f"""
                SELECT count(*) FROM surveys_raw
                WHERE date IS NULL OR location IS NULL OR (score IS NULL AND csat IS NULL)
                   OR NOT {sql_date_check("date")}
                   OR (score IS NOT NULL AND NOT regexp_full_match(score, '[0-9]|10'))
                   OR (csat IS NOT NULL AND NOT regexp_full_match(csat, '[1-5]'))
                   OR (touchpoint IS NOT NULL AND NOT list_contains({points}, touchpoint))
                   OR regexp_matches(location, {_EDGE}) OR regexp_matches(employee, {_EDGE})
                   OR regexp_matches(comment, {_EDGE})
                   OR regexp_matches(location, {NOT_PLAIN}) OR regexp_matches(employee, {NOT_PLAIN})""")[0]
            if unclean == 0:
                engine.execute(f"""
                    INSERT INTO surveys_in SELECT NULL, CAST(date AS DATE), location, employee, touchpoint,
                        CAST(score AS INTEGER), CAST(csat AS INTEGER), comment, {sql_text(path)} FROM surveys_raw""")
                engine.execute("DROP TABLE surveys_raw")
                return int(engine.one("SELECT count(*) FROM surveys_in")[0])
        except duckdb.InvalidInputException:
            pass
        engine.execute("DROP TABLE IF EXISTS surveys_raw")
    return _careful(engine, path, problems)


def _careful(engine: Engine, path: str, problems: Problems) -> int | None:
    before = problems.seen(path)
    points = touchpoints(engine.handbook)
    point_set = set(points)
    lined = engine.path("surveys.csv")
    count = 0
    with open(lined, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
        for line, row in python_rows(path, SURVEYS, problems):
            ok = True
            if not row["date"]:
                problems.add("AUDIT009", path, line, "empty `date`")
                ok = False
            elif not valid_date(row["date"]):
                problems.add("AUDIT006", path, line, f"`{row['date']}` is not a date", "write dates as YYYY-MM-DD")
                ok = False
            if not row["location"]:
                problems.add("AUDIT009", path, line, "empty `location`")
                ok = False
            score, csat = row["score"], row["csat"]
            if not score and not csat:
                names = " and ".join(f"`{n}`" for n in SURVEYS.one_of if n in row)
                problems.add("AUDIT009", path, line, f"empty {names}", "a survey answer needs a score (0-10) "
                             "for NPS or a csat (1-5)")
                ok = False
            if score and not (score.isascii() and score.isdigit() and 0 <= int(score) <= 10):
                problems.add("AUDIT010", path, line, f"score `{score}` is not a whole number from 0 to 10")
                ok = False
            if csat and not (csat.isascii() and csat.isdigit() and 1 <= int(csat) <= 5):
                problems.add("AUDIT010", path, line, f"csat `{csat}` is not a whole number from 1 to 5")
                ok = False
            if row["touchpoint"] and row["touchpoint"] not in point_set:
                guess = did_you_mean(row["touchpoint"], points)
                problems.add("AUDIT012", path, line, f"unknown touchpoint `{row['touchpoint']}`",
                             f"did you mean `{guess}`?" if guess else "use a stage, step or channel id")
                ok = False
            if ok:
                writer.writerow([line, row["date"], row["location"], row["employee"], row["touchpoint"], score,
                                 csat, row["comment"]])
                count += 1
    if problems.seen(path) > before:
        return None
    spec = ("{'line': 'BIGINT', 'date': 'DATE', 'location': 'VARCHAR', 'employee': 'VARCHAR', "
            "'touchpoint': 'VARCHAR', 'score': 'INTEGER', 'csat': 'INTEGER', 'comment': 'VARCHAR'}")
    engine.execute(f"""
        INSERT INTO surveys_in SELECT line, date, location, nullif(employee, ''), nullif(touchpoint, ''), score, csat,
            nullif(comment, ''), {sql_text(path)}
        FROM read_csv({sql_text(lined)}, header = false, columns = {spec}, auto_detect = false, delim = ',',
                      quote = '"', escape = '"', strict_mode = true)""")
    return count
