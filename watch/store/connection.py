"""The connection to the state database: how it is opened read-only, and transactions."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path


def iso(moment: datetime | None) -> str | None:
    """How the database holds a moment: ISO 8601 in UTC, to the second."""
    return None if moment is None else moment.astimezone(UTC).isoformat(timespec="seconds")


def parse_time(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def open_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection, probed now so a failure is reported by `Store.open` and not
    at the first query. A WAL database needs a shared-memory file beside it, which cannot be
    made on a read-only file system or a full disk: when no write-ahead log is pending (every
    commit is then in the database file itself), the file is opened as immutable instead, so
    the read-only commands keep working there."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        wal = path.with_name(path.name + "-wal")
        pending = wal.exists() and wal.stat().st_size > 0
        if os.access(path.parent, os.W_OK) and pending:
            raise
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, timeout=10)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn


class Database:
    """The connection, in autocommit mode: a statement outside `atomic()` is its own transaction.

    Plain sqlite3 rather than sqlite_utils.Database, whose import (pluggy, dateutil, a dozen
    regular expressions compiled) cost ~50 ms of every run, a twentieth of an all-304 check,
    for the two methods used here."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        conn.isolation_level = None
        self.conn = conn
        self.execute = conn.execute
        self._savepoints = 0

    def close(self) -> None:
        self.conn.close()

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction; inside another, a savepoint. Rolled back on any exception."""
        conn = self.conn
        if conn.in_transaction:
            self._savepoints += 1
            name = f"watch_{self._savepoints}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                if conn.in_transaction:  # an error can end the whole transaction
                    conn.execute(f"ROLLBACK TO {name}")
                    conn.execute(f"RELEASE {name}")
                raise
            conn.execute(f"RELEASE {name}")
            return
        conn.execute("BEGIN")
        try:
            yield
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
