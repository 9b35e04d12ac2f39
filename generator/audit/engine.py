"""The DuckDB database an audit run works in, and the handbook's tables inside it.

Without ``--store`` the database lives in memory (DuckDB may spill to a private temporary folder that is
removed at the end): nothing is left behind. The handbook is described to SQL by:

- ``item_t``: an ENUM of the item ids, in handbook order (``enum_code`` is the item's index ``ix``);
- ``hb_items(ix, gid, severity, weight, critical, parent, parent_kind, role)``;
- ``hb_roles(role, department)``;
- ``hb_scenarios(id)``: the mystery-shopping scenarios of ``scenarios/``;
- ``hb_dated(ix, gid, effective, retired)``: the items with an ``effective`` or ``retired`` date (FORMAT §7.9),
  in force on ``effective <= day < retired`` (NULL: open).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections.abc import Iterator, Sequence
from types import TracebackType
from typing import Any

import duckdb

from .. import leftovers
from ..model import Handbook
from ..schema import load_schema

#: the severities in a fixed order: per-audit sums are computed per severity, then weighted in this order
SEVERITIES = ("critical", "major", "minor")


def sql_text(value: str) -> str:
    """A SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def sql_date_check(column: str) -> str:
    """SQL that is true when ``column`` is a real ``YYYY-MM-DD`` date (the schema's ``date`` format)."""
    pattern = load_schema("defs")["$defs"]["date"]["pattern"].removeprefix("^").removesuffix("$")
    return (f"(regexp_full_match({column}, {sql_text(pattern)}) "
            f"AND coalesce(try_cast({column} AS DATE) >= DATE '0001-01-01', false))")


def sql_list(values: Sequence[str]) -> str:
    return "[" + ", ".join(sql_text(v) for v in values) + "]"


@contextlib.contextmanager
def _interruptible() -> Iterator[None]:
    """DuckDB answers Ctrl-C by stopping the query with an error: make it the KeyboardInterrupt it is."""
    try:
        yield
    except duckdb.InterruptException:
        raise KeyboardInterrupt from None
    except RuntimeError as exc:
        if "interrupted" in str(exc).lower():
            raise KeyboardInterrupt from None
        raise


#: DuckDB's memory limit by default (its buffer manager spills what does not fit to the run's private folder)
MEMORY_LIMIT = "160MB"


def memory_limit() -> str:
    """``HANDBOOK_AUDIT_MEMORY`` when it is a size DuckDB reads (``512MB``, ``2GB``), else :data:`MEMORY_LIMIT`."""
    wanted = os.environ.get("HANDBOOK_AUDIT_MEMORY", "").strip()
    return wanted if re.fullmatch(r"\d+(\.\d+)?\s*(K|M|G|T)i?B", wanted, re.I) else MEMORY_LIMIT


class Engine:
    """One DuckDB connection with the handbook's tables; use it as a context manager."""

    BATCH = 2000  # rows fetched at once by :meth:`cursor`

    def __init__(self, handbook: Handbook, database: str = ":memory:") -> None:
        self.handbook = handbook
        self.tmp = str(leftovers.temp_dir(None, "handbook-audit-"))
        # DuckDB's own memory is capped (beyond it, it spills to the private folder): the whole command stays
        # within a few hundred MB however large the inputs (HANDBOOK_AUDIT_MEMORY, e.g. 1GB, to raise it)
        config: dict[str, Any] = {"temp_directory": os.path.join(self.tmp, "spill"),
                                  "memory_limit": memory_limit()}
        threads = os.environ.get("HANDBOOK_AUDIT_THREADS")
        if threads and threads.isdigit():
            config["threads"] = int(threads)
        try:
            self.con = duckdb.connect(database, config=config)
        except BaseException:
            shutil.rmtree(self.tmp, ignore_errors=True)
            raise
        self.items = list(handbook.items.values())
        self.weights = {s: float(handbook.scoring.weights.get(s, 0.0)) for s in SEVERITIES}
        self._handbook_tables()

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.con.close()
        finally:
            shutil.rmtree(self.tmp, ignore_errors=True)

    def path(self, name: str) -> str:
        """A file in the run's private temporary folder."""
        return os.path.join(self.tmp, name)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        with _interruptible():
            self.con.execute(sql, list(params))

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with _interruptible():
            return self.con.execute(sql, list(params)).fetchall()

    def cursor(self, sql: str) -> Iterator[list[tuple[Any, ...]]]:
        """The rows of ``sql`` in batches of :attr:`BATCH` rows, fetched as they are used.

        The result lives on the connection: run no other statement until the last batch is read.
        """
        with _interruptible():
            self.con.execute(sql)
        while True:
            with _interruptible():
                rows = self.con.fetchmany(self.BATCH)
            if not rows:
                return
            yield rows

    def one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...]:
        with _interruptible():
            row = self.con.execute(sql, list(params)).fetchone()
        assert row is not None
        return row

    def _handbook_tables(self) -> None:
        hb = self.handbook
        ids = [s.global_id for s in self.items] or ["#"]  # an ENUM needs a value; "#" is never an item id
        self.execute("CREATE TEMP TABLE hb_items (ix INTEGER, gid VARCHAR, severity VARCHAR, weight DOUBLE, "
                     "critical BOOLEAN, parent VARCHAR, parent_kind VARCHAR, role VARCHAR)")
        self.execute("CREATE TEMP TABLE hb_roles (role VARCHAR, department VARCHAR)")
        self.execute("CREATE TEMP TABLE hb_dated (ix INTEGER, gid VARCHAR, effective DATE, retired DATE)")
        self.execute("CREATE TEMP TABLE hb_scenarios (id VARCHAR)")
        self.execute(f"CREATE TYPE item_t AS ENUM ({', '.join(sql_text(i) for i in ids)})")
        self._insert("hb_items", [(ix, s.global_id, s.severity, self.weights.get(s.severity, 0.0),
                                   s.severity == "critical", s.parent, s.parent_kind, s.role)
                                  for ix, s in enumerate(self.items)])
        self._insert("hb_roles", [(r.id, r.department) for r in hb.roles])
        self._insert("hb_scenarios", [(s.id,) for s in hb.scenarios])
        self._insert("hb_dated", [(ix, s.global_id, s.effective, s.retired)
                                  for ix, s in enumerate(self.items) if s.dated])

    def _insert(self, table: str, rows: Sequence[tuple[Any, ...]]) -> None:
        """Insert ``rows`` in one statement (a list a column, unnested side by side: no statement per row)."""
        if rows:
            columns = list(zip(*rows, strict=True))
            self.execute(f"INSERT INTO {table} SELECT {', '.join('unnest(?)' for _ in columns)}",
                         [list(c) for c in columns])
