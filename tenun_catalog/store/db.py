"""Opening the SQLite file (WAL, foreign keys on) and running each edit as one transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..domain.errors import UserError


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode: transactions are explicit (see `transaction`)."""
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as exc:
        raise UserError(
            f"Berkas {path} bukan pustaka Tenun Catalog yang bisa dibaca ({exc}).",
            f"{path} is not a readable Tenun Catalog library ({exc}).",
        ) from exc
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """All or nothing: a crash or an exception inside leaves the previous state."""
    if conn.in_transaction:  # nested call inside an operation's transaction: join it
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        # SQLite may already have rolled back by itself (disk full, I/O error): a second
        # ROLLBACK would raise "no transaction is active" and hide the real cause.
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # the first error is the one to report; SQLite undoes it on next open
        raise


def integrity_ok(conn: sqlite3.Connection) -> bool:
    rows = conn.execute("PRAGMA integrity_check").fetchall()
    fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    return [tuple(r) for r in rows] == [("ok",)] and not fk
