"""Photos table: which stored original belongs to which product, producer or motif, in order."""

from __future__ import annotations

import sqlite3

from ..domain.entities import Photo
from . import codec, stored_refs, tables

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
    """Whether any row names the stored file (a photo, a permit scan, a permission letter)."""
    return stored_refs.is_stored_name_used(conn, filename)


def all_filenames(conn: sqlite3.Connection) -> set[str]:
    return stored_refs.stored_names(conn)
