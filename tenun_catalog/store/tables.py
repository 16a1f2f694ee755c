"""Generic row writing for the entity tables: insert, update and fetch by dataclass columns."""

from __future__ import annotations

import sqlite3
from typing import Any, TypeVar

from ..domain.errors import UserError
from . import codec

T = TypeVar("T")


def insert(conn: sqlite3.Connection, table: str, obj: Any, cols: list[str], **extra: Any) -> int:
    """Insert `obj`'s columns (and `extra`); the new id is set on `obj` when it has one.

    An `obj.id` that is already set is kept: that is how undo puts a removed record back.
    """
    stored = [c for c in cols if c != "id" or getattr(obj, "id", None) is not None]
    names = stored + list(extra)
    values = codec.to_row(obj, stored) + list(extra.values())
    marks = ", ".join("?" for _ in names)
    cur = _execute(conn, f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", values)
    if "id" in cols:
        obj.id = int(cur.lastrowid)
    return int(cur.lastrowid)


def update(
    conn: sqlite3.Connection,
    table: str,
    obj: Any,
    cols: list[str],
    key: str,
    key_value: Any,
    touch: bool = True,
) -> None:
    names = [c for c in cols if c not in ("id", key)]
    sets = ", ".join(f"{c} = ?" for c in names)
    if touch:
        sets += ", updated_at = datetime('now')"
    _execute(
        conn,
        f"UPDATE {table} SET {sets} WHERE {key} = ?",
        codec.to_row(obj, names) + [key_value],
    )


def insert_detail(conn: sqlite3.Connection, table: str, product_id: int, detail: Any) -> None:
    insert(conn, table, detail, codec.columns(type(detail)), product_id=product_id)


def fetch_one(conn: sqlite3.Connection, cls: type[T], sql: str, params: tuple = ()) -> T | None:
    row = conn.execute(sql, params).fetchone()
    return codec.from_row(cls, row) if row else None


def fetch_all(conn: sqlite3.Connection, cls: type[T], sql: str, params: tuple = ()) -> list[T]:
    return [codec.from_row(cls, r) for r in conn.execute(sql, params)]


def _execute(conn: sqlite3.Connection, sql: str, values: list[Any]) -> sqlite3.Cursor:
    try:
        return conn.execute(sql, values)
    except OverflowError as exc:  # a number beyond SQLite's 64-bit integers
        raise UserError(
            "Ada angka yang terlalu besar untuk disimpan. Periksa harga, stok dan ukuran.",
            "A number is too large to store. Check prices, stock and sizes.",
        ) from exc
