"""Findings and finished conversations of a transcript check, kept on disk instead of in memory.

A private temporary SQLite database (``sqlite3.connect("")``: SQLite creates it in the temporary directory,
removes it from the directory at once, and frees it when the connection closes, even if the process dies).
Its page cache is capped at :data:`CACHE_KIB`, so the memory it takes does not grow with the number of
findings or conversations. Rows are written in batches; the report reads them back in the order of the
conversations' keys (their first lines in JSON Lines, their order in an export), each conversation with its
findings in the order they were found.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .conversation import ConversationScore

CACHE_KIB = 1024  # SQLite page cache (and sorter) budget
FLUSH = 1024  # rows buffered before one executemany
_SEEN_MASK = (1 << 20) - 1  # bytes of the Bloom filter of conversation ids, minus one
_DUMPS = json.JSONEncoder(ensure_ascii=False, check_circular=False, separators=(",", ":"), allow_nan=False).encode
_LOADS = json.loads
_CONV = "key, line, id, employee, channel, messages, score, raw_score, met, flags"  # a conversation, as _entry reads it


class Spool:
    """Append-only store of findings (by their conversation's key: its first line in JSON Lines, its record's
    number in an export) and of finished conversations."""

    def __init__(self, checks: Callable[[str, int, int], list[dict[str, Any]]] | None = None) -> None:
        """``checks(channel, met, flags)`` spells out a conversation's checks when it is read back."""
        self._checks = checks or (lambda channel, met, flags: [])
        self._db = sqlite3.connect("")
        self._db.executescript(f"""
            PRAGMA cache_size = -{CACHE_KIB};
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            PRAGMA temp_store = FILE;
            CREATE TABLE conv (key INTEGER PRIMARY KEY, line INTEGER NOT NULL, id TEXT NOT NULL UNIQUE,
                               employee TEXT, channel TEXT NOT NULL, messages INTEGER NOT NULL,
                               score REAL, raw_score REAL, met INTEGER NOT NULL, flags INTEGER NOT NULL,
                               ended REAL NOT NULL);
            CREATE TABLE finding (conv INTEGER NOT NULL, body TEXT NOT NULL);
        """)
        self._findings: list[tuple[int, str]] = []
        self._convs: list[tuple[int, int, str, str | None, str, int, float | None, float | None, int, int,
                                float]] = []
        self._pending_ids: dict[str, int] = {}  # ids of the buffered conversations -> their first line
        # a Bloom filter of the ids spooled so far (two bits an id, 2^23 bits in all): `line_of` asks the
        # database only about ids that may have been seen, in constant memory however many there are
        self._seen = bytearray(_SEEN_MASK + 1)
        self.conversations = 0
        self.findings = 0
        self._sealed = False

    # -- writing -----------------------------------------------------------------------------------
    def add_finding(self, conv_key: int, finding: dict[str, Any]) -> None:
        self._findings.append((conv_key, _DUMPS(finding)))
        self.findings += 1
        if len(self._findings) >= FLUSH:
            self._flush_findings()

    def add_conversation(self, key: int, line: int, cid: str, employee: str | None, channel: str, messages: int,
                         score: ConversationScore, ended: float) -> None:
        """A finished conversation; ``ended``: the time of its last message (seconds since the epoch)."""
        self._convs.append((key, line, cid, employee, channel, messages, score.final, score.raw, score.met,
                            score.flags, ended))
        self._pending_ids[cid] = line
        h = hash(cid)
        self._seen[(h >> 3) & _SEEN_MASK] |= 1 << (h & 7)
        h >>= 24
        self._seen[(h >> 3) & _SEEN_MASK] |= 1 << (h & 7)
        self.conversations += 1
        if len(self._convs) >= FLUSH:
            self._flush_convs()

    def line_of(self, cid: str) -> int | None:
        """The first line of a finished conversation ``cid``; None if no finished conversation has that id."""
        line = self._pending_ids.get(cid)
        if line is not None:
            return line
        h = hash(cid)
        if not self._seen[(h >> 3) & _SEEN_MASK] >> (h & 7) & 1:
            return None
        h >>= 24
        if not self._seen[(h >> 3) & _SEEN_MASK] >> (h & 7) & 1:
            return None  # surely never seen: no look-up on disk
        row = self._db.execute("SELECT line FROM conv WHERE id = ?", (cid,)).fetchone()
        return None if row is None else int(row[0])

    def _flush_findings(self) -> None:
        self._db.executemany("INSERT INTO finding VALUES (?, ?)", self._findings)
        self._findings = []

    def _flush_convs(self) -> None:
        self._db.executemany("INSERT INTO conv VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", self._convs)
        self._convs = []
        self._pending_ids = {}

    def seal(self) -> None:
        """No more rows: write the buffers and index the findings by conversation for reading."""
        if self._sealed:
            return
        self._flush_findings()
        self._flush_convs()
        self._db.execute("CREATE INDEX finding_conv ON finding (conv)")
        self._db.commit()
        self._sealed = True

    # -- reading -----------------------------------------------------------------------------------
    def _entry(self, row: tuple[Any, ...], findings: list[dict[str, Any]]) -> dict[str, Any]:
        _key, line, _cid, employee, channel, messages, score, raw, met, flags = row
        return {"employee": employee, "channel": channel, "messages": messages, "line": line, "findings": findings,
                "score": score, "raw_score": raw, "checks": self._checks(channel, met, flags)}

    def items(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """``(id, {"employee", "channel", "messages", "line", "findings", "score", "raw_score", "checks"})`` in the
        order of first lines.

        One pass over each table (a merge on the first line), so only one conversation's findings are
        in memory at a time.
        """
        self.seal()
        findings = self._db.execute("SELECT conv, body FROM finding ORDER BY conv, rowid")
        pending = findings.fetchone()
        for row in self._db.execute(f"SELECT {_CONV} FROM conv ORDER BY key"):
            own: list[dict[str, Any]] = []
            while pending is not None and pending[0] == row[0]:
                own.append(_LOADS(pending[1]))
                pending = findings.fetchone()
            yield row[2], self._entry(row, own)

    def scores(self) -> Iterator[dict[str, Any]]:
        """Every conversation in the order of first lines, for the history store: its id, ``line``,
        ``employee``, ``channel``, ``messages``, ``findings`` (their number), ``raw_score``, ``score``,
        ``checks`` and ``ended`` (the time of its last message, in seconds since the epoch)."""
        self.seal()
        rows = self._db.execute(
            "SELECT id, line, employee, channel, messages, (SELECT count(*) FROM finding WHERE conv = c.key), "
            "raw_score, score, met, flags, ended FROM conv AS c ORDER BY key")
        for cid, line, employee, channel, messages, findings, raw, score, met, flags, ended in rows:
            yield {"conversation": cid, "line": line, "employee": employee, "channel": channel, "messages": messages,
                   "findings": findings, "raw_score": raw, "score": score, "checks": self._checks(channel, met, flags),
                   "ended": ended}

    def ids(self) -> Iterator[str]:
        self.seal()
        for (cid,) in self._db.execute("SELECT id FROM conv ORDER BY key"):
            yield cid

    def get(self, cid: str) -> dict[str, Any] | None:
        self.seal()
        row = self._db.execute(f"SELECT {_CONV} FROM conv WHERE id = ?", (cid,)).fetchone()
        if row is None:
            return None
        bodies = self._db.execute("SELECT body FROM finding WHERE conv = ? ORDER BY rowid", (row[0],))
        return self._entry(row, [_LOADS(b) for (b,) in bodies])

    def first_findings(self, limit: int) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
        """The first ``limit`` findings in report order, each as ``(conversation id, conversation, finding)``.

        The conversation dict has every key of :meth:`items` but ``findings`` (left empty).
        """
        self.seal()
        rows = self._db.execute(
            "SELECT c.key, c.line, c.id, c.employee, c.channel, c.messages, c.score, c.raw_score, c.met, c.flags, "
            "f.body "
            "FROM finding AS f "
            "JOIN conv AS c ON c.key = f.conv ORDER BY f.conv, f.rowid LIMIT ?", (limit,))
        return [(row[2], self._entry(row[:10], []), _LOADS(row[10])) for row in rows]

    def close(self) -> None:
        self._db.close()
