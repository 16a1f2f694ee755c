"""Every place the database names a file kept in the library's photos/ folder.

Owns `STORED_REFS` and `stored_refs`: photos, the scans of permits and the permission letters of
motifs are all stored as `<sha256>.<ext>` in photos/. Backups (what to pack, what a received
backup may name), the check of a restored library (what is missing) and the removal of unused
files (what is still used) read this one list, so a new kind of stored file is added once.
"""

from __future__ import annotations

import sqlite3

# (table, column) naming a stored file; "" means none
STORED_REFS = (
    ("photos", "filename"),
    ("permits", "scan_filename"),
    ("motifs", "permission_scan"),  # schema 9
)


def _present(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """The (table, column) pairs this database has (an older backup lacks newer columns)."""
    found = []
    for table, column in STORED_REFS:
        columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if column in columns:
            found.append((table, column))
    return found


def stored_refs(conn: sqlite3.Connection) -> list[tuple[str, str, int, str]]:
    """(table, column, row id, stored name) of every non-empty reference."""
    rows: list[tuple[str, str, int, str]] = []
    for table, column in _present(conn):
        sql = f"SELECT id, {column} FROM {table} WHERE {column} != ''"
        rows += [(table, column, row_id, name) for row_id, name in conn.execute(sql)]
    return rows


def stored_names(conn: sqlite3.Connection) -> set[str]:
    return {name for _table, _column, _id, name in stored_refs(conn) if name}


def is_stored_name_used(conn: sqlite3.Connection, name: str) -> bool:
    for table, column in _present(conn):
        sql = f"SELECT 1 FROM {table} WHERE {column} = ? LIMIT 1"
        if conn.execute(sql, (name,)).fetchone() is not None:
            return True
    return False
