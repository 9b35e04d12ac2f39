"""The history store (FORMAT §7.3): every audit and survey answer ever imported, in one DuckDB file.

``handbook audit --store FILE`` attaches FILE to the run's in-memory database as ``store`` and, in one
transaction, replaces every audit id and survey answer the inputs hold, then scores over everything stored.
Importing the same file again changes nothing; a corrected file replaces the audits it holds. A Ctrl-C or a
crash before the commit leaves the file as it was (DuckDB's write-ahead log). The tables are meant to be
read by BI tools too; docs/audit.md documents them:

- ``meta(key, value)``: ``schema_version``, ``organization`` and ``handbook`` (whose audits these are);
- ``imports``: one row per input imported (kind, path, SHA-256, time, rows, added, replaced, unchanged);
- ``audits`` (one row per audit) and ``answers`` (one row per answered item);
- ``survey_answers`` (one row per survey answer; ``answer_key`` tells answers apart, see :func:`import_surveys`);
- ``conversations`` (one row per conversation scored from transcripts, FORMAT §7.7) and ``conversation_checks``
  (one row per check of a conversation), see :func:`import_conversations`;
- ``items``, ``roles``, ``scoring``: the handbook as of the last import, and the view ``audit_scores``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from ..errors import HandbookError
from .engine import SEVERITIES, Engine, sql_text

SCHEMA_VERSION = "1"
_TABLES = """
CREATE TABLE IF NOT EXISTS store.meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS store.imports (
    import_id INTEGER, kind VARCHAR, path VARCHAR, sha256 VARCHAR, imported_at TIMESTAMPTZ, rows_read BIGINT,
    added BIGINT, replaced BIGINT, unchanged BIGINT);
CREATE TABLE IF NOT EXISTS store.audits (
    audit_id VARCHAR PRIMARY KEY, date DATE, employee VARCHAR, role VARCHAR, location VARCHAR, auditor VARCHAR,
    visit VARCHAR, scenario VARCHAR, source VARCHAR, import_id INTEGER, fingerprint VARCHAR);
CREATE TABLE IF NOT EXISTS store.answers (audit_id VARCHAR, item VARCHAR, result VARCHAR, comment VARCHAR);
CREATE TABLE IF NOT EXISTS store.survey_answers (
    answer_key VARCHAR PRIMARY KEY, date DATE, location VARCHAR, employee VARCHAR, touchpoint VARCHAR,
    score INTEGER, csat INTEGER, comment VARCHAR, source VARCHAR, line BIGINT, import_id INTEGER);
CREATE TABLE IF NOT EXISTS store.conversations (
    conversation_id VARCHAR PRIMARY KEY, ended_at TIMESTAMPTZ, channel VARCHAR, employee VARCHAR, messages INTEGER,
    findings INTEGER, raw DOUBLE, final DOUBLE, source VARCHAR, line BIGINT, import_id INTEGER, fingerprint VARCHAR);
CREATE TABLE IF NOT EXISTS store.conversation_checks (
    conversation_id VARCHAR, kind VARCHAR, element VARCHAR, severity VARCHAR, weight DOUBLE, passed BOOLEAN);
CREATE TABLE IF NOT EXISTS store.items (
    item VARCHAR, parent VARCHAR, parent_kind VARCHAR, severity VARCHAR, weight DOUBLE, role VARCHAR);
CREATE TABLE IF NOT EXISTS store.roles (role VARCHAR, department VARCHAR);
CREATE TABLE IF NOT EXISTS store.scoring (key VARCHAR, value VARCHAR);
"""


class StoreError(HandbookError):
    """The store cannot be used (locked, another handbook's, not a store): exit 1, nothing written."""


@dataclass
class Imported:
    """What one input added to the store."""

    kind: str  # results | surveys | transcripts
    path: str
    added: int = 0
    replaced: int = 0
    unchanged: int = 0  # of the replaced, those that were stored exactly so already


def _holder(message: str) -> str:
    found = re.search(r"\(PID (\d+)\)", message)
    return f" (process {found.group(1)})" if found else ""


def attach(engine: Engine, path: str) -> None:
    """Attach ``path`` as ``store`` (created when missing), after checking that it is this handbook's store."""
    target = Path(path)
    if target.exists() and target.is_dir():
        raise StoreError(f"--store {path}: this is a folder; give a file, e.g. --store audits.duckdb")
    if target.exists() and target.stat().st_size > 0:
        with target.open("rb") as stream:
            head = stream.read(12)
        if head[8:12] != b"DUCK":  # DuckDB's magic bytes
            raise StoreError(f"--store {path} is not a DuckDB store of handbook audits (nor an empty file): "
                             "give a new file name, e.g. --store audits.duckdb")
    try:
        engine.execute(f"ATTACH {sql_text(str(target))} AS store")
    except duckdb.IOException as exc:
        text = str(exc)
        if "lock" in text.lower():
            raise StoreError(
                f"--store {path} is open in another program{_holder(text)}: wait for it to finish, or close it "
                "(a BI tool should open the store read-only), then run again") from None
        raise StoreError(f"--store {path}: {_short(text)}") from None
    except duckdb.Error as exc:
        raise StoreError(f"--store {path} is not a DuckDB store of handbook audits: {_short(str(exc))}") from None
    hb = engine.handbook
    tables = {name for (name,) in engine.rows(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = 'store'")}
    if tables and "meta" not in tables:
        raise StoreError(f"--store {path} is a DuckDB file, but not a store of handbook audits (it has no `meta` "
                         "table); give another file")
    if "meta" in tables:
        meta = dict(engine.rows("SELECT key, value FROM store.meta"))
        if meta.get("schema_version", SCHEMA_VERSION) != SCHEMA_VERSION:
            raise StoreError(f"--store {path} was written by another version of handbook (store schema "
                             f"{meta.get('schema_version')}, this one reads {SCHEMA_VERSION}); upgrade handbook")
        if meta.get("organization") != hb.organization:
            raise StoreError(
                f"--store {path} holds the audits of {meta.get('organization')!r} (handbook "
                f"{meta.get('handbook')!r}), not of {hb.organization!r}: give this handbook its own store file")


def _short(text: str) -> str:
    return text.split("\n", 1)[0].removeprefix("IO Error: ").removeprefix("Invalid Input Error: ")


def _prepare(engine: Engine) -> None:
    """Create the tables, record whose store this is, and refresh the handbook tables (inside the transaction)."""
    hb = engine.handbook
    for statement in _TABLES.strip().split(";"):
        if statement.strip():
            engine.execute(statement)
    engine.execute("INSERT OR REPLACE INTO store.meta VALUES ('schema_version', ?), ('organization', ?), "
                   "('handbook', ?)", [SCHEMA_VERSION, hb.organization, hb.text(hb.title, hb.default_language)])
    engine.execute("DELETE FROM store.items")
    engine.execute("INSERT INTO store.items SELECT gid, parent, parent_kind, severity, weight, role FROM hb_items")
    engine.execute("DELETE FROM store.roles")
    engine.execute("INSERT INTO store.roles SELECT role, department FROM hb_roles")
    engine.execute("DELETE FROM store.scoring")
    scoring = hb.scoring
    values = [("critical_fail", str(scoring.critical_fail)), ("pass_mark", repr(scoring.pass_mark)),
              ("min_audits", str(scoring.min_audits))]
    values += [(f"weight_{s}", repr(engine.weights[s])) for s in SEVERITIES]
    engine.con.executemany("INSERT INTO store.scoring VALUES (?, ?)", values)
    policy = scoring.critical_fail
    final = ("raw" if policy == "none" else "CASE WHEN critical_no THEN 0.0 ELSE raw END" if policy == "zero"
             else f"CASE WHEN critical_no THEN least(raw, {float(policy)!r}) ELSE raw END")
    engine.execute(f"""
        CREATE OR REPLACE VIEW store.audit_scores AS
        WITH s AS (
            SELECT a.audit_id, sum(i.weight) FILTER (WHERE n.result = 'yes') AS yes_weight,
                   sum(i.weight) FILTER (WHERE n.result IN ('yes', 'no')) AS answered_weight,
                   bool_or(i.severity = 'critical' AND n.result = 'no') AS critical_no
            FROM store.audits AS a JOIN store.answers AS n USING (audit_id) JOIN store.items AS i USING (item)
            GROUP BY a.audit_id),
        r AS (SELECT *, CASE WHEN answered_weight > 0 THEN 100 * coalesce(yes_weight, 0) / answered_weight END AS raw
              FROM s)
        SELECT a.*, d.department, r.yes_weight, r.answered_weight, r.critical_no, r.raw, {final} AS final,
               {final} >= {float(scoring.pass_mark)!r} AS passed
        FROM store.audits AS a JOIN r USING (audit_id) LEFT JOIN store.roles AS d USING (role)""")


def _sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _next_import(engine: Engine) -> int:
    return int(engine.one("SELECT coalesce(max(import_id), 0) + 1 FROM store.imports")[0])


def _log(engine: Engine, import_id: int, done: Imported, rows: int) -> None:
    engine.execute("INSERT INTO store.imports VALUES (?, ?, ?, ?, now(), ?, ?, ?, ?)",
                   [import_id, done.kind, done.path, _sha256(done.path), rows, done.added, done.replaced,
                    done.unchanged])


def import_results(engine: Engine, path: str) -> Imported:
    """Replace every audit of ``audits_in``/``answers_in`` in the store (call inside :func:`transaction`)."""
    import_id = _next_import(engine)
    engine.execute("""
        CREATE OR REPLACE TEMP TABLE incoming AS
        SELECT a.*, f.fingerprint FROM audits_in AS a JOIN (
            SELECT audit_id, md5(string_agg(concat_ws(chr(31), item, result, coalesce(comment, '')), chr(30)
                                            ORDER BY item)) AS fingerprint
            FROM answers_in GROUP BY audit_id) AS f USING (audit_id)""")
    engine.execute("""UPDATE incoming SET fingerprint = md5(concat_ws(chr(31), fingerprint, date, employee, role,
                      location, coalesce(auditor, ''), coalesce(visit, ''), coalesce(scenario, '')))""")
    added, replaced, unchanged, rows = engine.one("""
        SELECT count(*) FILTER (WHERE s.audit_id IS NULL), count(s.audit_id),
               count(*) FILTER (WHERE s.fingerprint = i.fingerprint), (SELECT count(*) FROM answers_in)
        FROM incoming AS i LEFT JOIN store.audits AS s USING (audit_id)""")
    # an audit stored exactly so already is left as it is (its import_id too): re-importing changes nothing
    engine.execute("""DELETE FROM incoming WHERE (audit_id, fingerprint) IN
                      (SELECT (audit_id, fingerprint) FROM store.audits)""")
    engine.execute("DELETE FROM store.answers WHERE audit_id IN (SELECT audit_id FROM incoming)")
    engine.execute("DELETE FROM store.audits WHERE audit_id IN (SELECT audit_id FROM incoming)")
    engine.execute(f"""
        INSERT INTO store.audits SELECT audit_id, date, employee, role, location, auditor, visit, scenario, source,
            {import_id}, fingerprint FROM incoming""")
    engine.execute("INSERT INTO store.answers SELECT audit_id, item, result, comment FROM answers_in "
                   "WHERE audit_id IN (SELECT audit_id FROM incoming)")
    done = Imported("results", path, int(added), int(replaced), int(unchanged))
    _log(engine, import_id, done, int(rows))
    engine.execute("DROP TABLE incoming")
    return done


def import_surveys(engine: Engine, path: str) -> Imported:
    """Replace every survey answer of ``surveys_in`` in the store (call inside :func:`transaction`).

    A survey answer has no id of its own: it is known by its content (date, location, employee, touchpoint,
    score, csat, comment) and, for identical answers in one file, by its rank among them. Importing the same
    file, or an export that overlaps an earlier one, replaces the answers both hold instead of counting them
    twice.
    """
    import_id = _next_import(engine)
    engine.execute("""
        CREATE OR REPLACE TEMP TABLE incoming AS
        SELECT *, content || '#' || row_number() OVER (PARTITION BY content ORDER BY line) AS answer_key FROM (
            SELECT *, md5(concat_ws(chr(31), date, location, coalesce(employee, ''), coalesce(touchpoint, ''),
                                    coalesce(score::VARCHAR, ''), coalesce(csat::VARCHAR, ''),
                                    coalesce(comment, ''))) AS content
            FROM surveys_in)""")
    added, replaced = engine.one("""
        SELECT count(*) FILTER (WHERE s.answer_key IS NULL), count(s.answer_key)
        FROM incoming AS i LEFT JOIN store.survey_answers AS s USING (answer_key)""")
    # the key is the content: a stored answer with the same key is this answer, left as it is
    engine.execute("DELETE FROM incoming WHERE answer_key IN (SELECT answer_key FROM store.survey_answers)")
    engine.execute(f"""
        INSERT INTO store.survey_answers SELECT answer_key, date, location, employee, touchpoint, score, csat, comment,
            source, line, {import_id} FROM incoming""")
    done = Imported("surveys", path, int(added), int(replaced), int(replaced))
    _log(engine, import_id, done, int(added) + int(replaced))
    engine.execute("DROP TABLE incoming")
    return done


_DUMPS = json.JSONEncoder(ensure_ascii=False, check_circular=False, separators=(",", ":"), allow_nan=False).encode
_CONVERSATION = {  # the JSON Lines layout of :meth:`~generator.audit.spool.Spool.scores`, as DuckDB reads it
    "conversation": "VARCHAR", "line": "BIGINT", "employee": "VARCHAR", "channel": "VARCHAR", "messages": "INTEGER",
    "findings": "INTEGER", "raw_score": "DOUBLE", "score": "DOUBLE", "ended": "DOUBLE",
    "checks": "STRUCT(kind VARCHAR, element VARCHAR, severity VARCHAR, weight DOUBLE, passed BOOLEAN)[]",
}


def import_conversations(engine: Engine, path: str, conversations: Iterable[dict[str, Any]]) -> Imported:
    """Replace every conversation of ``conversations`` (:meth:`~generator.audit.spool.Spool.scores` of the
    transcripts at ``path``) in the store (call inside :func:`transaction`).

    A conversation is known by its id, as an audit is: a stored one with the same id is replaced, unless it was
    stored exactly so already (same time, channel, employee, counts, scores and checks), which is left as it is.
    The rows travel through a JSON Lines file in the run's private folder, read by DuckDB at once.
    """
    import_id = _next_import(engine)
    spooled = engine.path("conversations.jsonl")
    with open(spooled, "w", encoding="utf-8") as out:
        for conversation in conversations:
            out.write(_DUMPS(conversation) + "\n")
    columns = "{" + ", ".join(f"{sql_text(k)}: {sql_text(v)}" for k, v in _CONVERSATION.items()) + "}"
    engine.execute(f"""
        CREATE OR REPLACE TEMP TABLE incoming AS
        SELECT conversation AS conversation_id, to_timestamp(ended) AS ended_at, channel, employee, messages,
               findings, raw_score AS raw, score AS final, line, checks,
               md5(concat_ws(chr(31), ended::VARCHAR, channel, coalesce(employee, ''), messages::VARCHAR,
                             findings::VARCHAR, coalesce(raw_score::VARCHAR, ''), coalesce(score::VARCHAR, ''),
                             checks::VARCHAR)) AS fingerprint
        FROM read_json({sql_text(spooled)}, format = 'newline_delimited', columns = {columns})""")
    added, replaced, unchanged = engine.one("""
        SELECT count(*) FILTER (WHERE s.conversation_id IS NULL), count(s.conversation_id),
               count(*) FILTER (WHERE s.fingerprint = i.fingerprint)
        FROM incoming AS i LEFT JOIN store.conversations AS s USING (conversation_id)""")
    engine.execute("""DELETE FROM incoming WHERE (conversation_id, fingerprint) IN
                      (SELECT (conversation_id, fingerprint) FROM store.conversations)""")
    engine.execute("DELETE FROM store.conversation_checks WHERE conversation_id IN "
                   "(SELECT conversation_id FROM incoming)")
    engine.execute("DELETE FROM store.conversations WHERE conversation_id IN (SELECT conversation_id FROM incoming)")
    engine.execute(f"""
        INSERT INTO store.conversations SELECT conversation_id, ended_at, channel, employee, messages, findings, raw,
            final, {sql_text(path)}, line, {import_id}, fingerprint FROM incoming""")
    engine.execute("""
        INSERT INTO store.conversation_checks
        SELECT conversation_id, c.kind, c.element, c.severity, c.weight, c.passed
        FROM (SELECT conversation_id, unnest(checks) AS c FROM incoming)""")
    done = Imported("transcripts", path, int(added), int(replaced), int(unchanged))
    _log(engine, import_id, done, int(added) + int(replaced))
    engine.execute("DROP TABLE incoming")
    Path(spooled).unlink()
    return done


@contextlib.contextmanager
def transaction(engine: Engine) -> Iterator[None]:
    """BEGIN ... COMMIT around an import; any exception (Ctrl-C included) rolls it back."""
    engine.execute("BEGIN TRANSACTION")
    try:
        _prepare(engine)
        yield
    except BaseException:
        with contextlib.suppress(duckdb.Error):  # an interrupted statement may already have ended it
            engine.execute("ROLLBACK")
        raise
    engine.execute("COMMIT")


def stored_audits(engine: Engine) -> int:
    """Make ``audits_all`` (the scoring layout of ``audits_in``) over the store; the answers left out because
    their item is no longer in the handbook."""
    engine.execute(f"""
        CREATE OR REPLACE TEMP TABLE audits_all AS
        SELECT a.audit_id, a.date, a.employee, a.role, a.location, a.auditor, a.visit, a.scenario,
               list(enum_code(TRY_CAST(n.item AS item_t))::INTEGER * 4
                    + CASE n.result WHEN 'yes' THEN 0 WHEN 'no' THEN 1 ELSE 2 END)
                   FILTER (WHERE enum_code(TRY_CAST(n.item AS item_t)) < {len(engine.items)}) AS codes,
               a.source
        FROM store.audits AS a JOIN store.answers AS n USING (audit_id)
        GROUP BY ALL""")
    engine.execute("UPDATE audits_all SET codes = [] WHERE codes IS NULL")
    return int(engine.one(f"""
        SELECT count(*) FROM store.answers
        WHERE coalesce(enum_code(TRY_CAST(item AS item_t)) >= {len(engine.items)}, true)""")[0])


def stored_surveys(engine: Engine) -> None:
    """Make ``surveys_all`` (the layout of ``surveys_in``) over the store."""
    engine.execute("""
        CREATE OR REPLACE TEMP VIEW surveys_all AS
        SELECT line, date, location, employee, touchpoint, score, csat, comment, source FROM store.survey_answers""")


def has_tables(engine: Engine, table: str = "audits") -> bool:
    """Whether the store has ``table`` (a store written before conversations were stored has no
    ``conversations``; the next import adds it)."""
    return bool(engine.rows("SELECT 1 FROM duckdb_tables() WHERE database_name = 'store' AND table_name = ?",
                            [table]))


