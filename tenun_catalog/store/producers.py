"""Producers table: weavers, weaver groups, cooperatives and UMKM."""

from __future__ import annotations

import sqlite3

from ..domain.entities import Producer
from . import codec, tables

COLS = codec.columns(Producer)


def insert(conn: sqlite3.Connection, producer: Producer) -> int:
    return tables.insert(conn, "producers", producer, COLS)


def update(conn: sqlite3.Connection, producer: Producer) -> None:
    tables.update(conn, "producers", producer, COLS, "id", producer.id)


def get(conn: sqlite3.Connection, producer_id: int) -> Producer | None:
    return tables.fetch_one(conn, Producer, "SELECT * FROM producers WHERE id = ?", (producer_id,))


def find_by_name(conn: sqlite3.Connection, name: str) -> Producer | None:
    return tables.fetch_one(
        conn, Producer, "SELECT * FROM producers WHERE name = ? COLLATE NOCASE", (name.strip(),)
    )


def list_all(conn: sqlite3.Connection) -> list[Producer]:
    return tables.fetch_all(conn, Producer, "SELECT * FROM producers ORDER BY name COLLATE NOCASE")


def delete(conn: sqlite3.Connection, producer_id: int) -> None:
    conn.execute("DELETE FROM producers WHERE id = ?", (producer_id,))


def product_count(conn: sqlite3.Connection, producer_id: int) -> int:
    sql = "SELECT count(*) FROM products WHERE producer_id = ?"
    return conn.execute(sql, (producer_id,)).fetchone()[0]
