"""Photos table: which stored original belongs to which product, producer or motif, in order."""

from __future__ import annotations

import sqlite3

from ..domain.entities import Photo
from . import codec, tables

COLS = codec.columns(Photo)
OWNERS = ("product_id", "producer_id", "motif_id")


def owner_of(photo: Photo) -> tuple[str, int]:
    for column in OWNERS:
        if getattr(photo, column) is not None:
            return column, getattr(photo, column)
    raise ValueError("a photo belongs to a product, a producer or a motif")


def insert(conn: sqlite3.Connection, photo: Photo) -> int:
    column, owner_id = owner_of(photo)
    sql = f"SELECT COALESCE(MAX(position), -1) + 1 FROM photos WHERE {column} = ?"
    photo.position = conn.execute(sql, (owner_id,)).fetchone()[0]
    photo.id = tables.insert(conn, "photos", photo, COLS)
    return photo.id


def update(conn: sqlite3.Connection, photo: Photo) -> None:
    tables.update(conn, "photos", photo, COLS, "id", photo.id, touch=False)


def get(conn: sqlite3.Connection, photo_id: int) -> Photo | None:
    return tables.fetch_one(conn, Photo, "SELECT * FROM photos WHERE id = ?", (photo_id,))


def for_owner(conn: sqlite3.Connection, column: str, owner_id: int) -> list[Photo]:
    if column not in OWNERS:
        raise ValueError(column)
    sql = f"SELECT * FROM photos WHERE {column} = ? ORDER BY position, id"
    return tables.fetch_all(conn, Photo, sql, (owner_id,))


def set_order(conn: sqlite3.Connection, photo_ids: list[int]) -> None:
    conn.executemany(
        "UPDATE photos SET position = ? WHERE id = ?", [(i, p) for i, p in enumerate(photo_ids)]
    )


def delete(conn: sqlite3.Connection, photo_id: int) -> None:
    conn.execute("DELETE FROM photos WHERE id = ?", (photo_id,))


def is_referenced(conn: sqlite3.Connection, filename: str) -> bool:
    sql = (
        "SELECT 1 FROM photos WHERE filename = ?"
        " UNION ALL SELECT 1 FROM permits WHERE scan_filename = ? LIMIT 1"
    )
    return conn.execute(sql, (filename, filename)).fetchone() is not None


def all_filenames(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT filename FROM photos UNION SELECT scan_filename FROM permits")
    return {r[0] for r in rows if r[0]}
