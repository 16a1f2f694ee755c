"""Permits table (NIB, P-IRT, BPOM MD, halal, merek...) and the products each covers."""

from __future__ import annotations

import sqlite3

from ..domain.entities import Permit
from . import codec, tables

COLS = codec.columns(Permit, exclude=("product_skus",))


def _skus(conn: sqlite3.Connection, permit_id: int) -> list[str]:
    sql = (
        "SELECT p.sku FROM permit_products pp JOIN products p ON p.id = pp.product_id"
        " WHERE pp.permit_id = ? ORDER BY p.sku"
    )
    return [r[0] for r in conn.execute(sql, (permit_id,))]


def _set_products(conn: sqlite3.Connection, permit: Permit) -> None:
    conn.execute("DELETE FROM permit_products WHERE permit_id = ?", (permit.id,))
    for sku in permit.product_skus:
        conn.execute(
            "INSERT OR IGNORE INTO permit_products (permit_id, product_id)"
            " SELECT ?, id FROM products WHERE sku = ?",
            (permit.id, sku),
        )


def insert(conn: sqlite3.Connection, permit: Permit) -> int:
    permit.id = tables.insert(conn, "permits", permit, COLS)
    _set_products(conn, permit)
    return permit.id


def update(conn: sqlite3.Connection, permit: Permit) -> None:
    tables.update(conn, "permits", permit, COLS, "id", permit.id, touch=False)
    _set_products(conn, permit)


def _load(conn: sqlite3.Connection, rows: list[Permit]) -> list[Permit]:
    for p in rows:
        p.product_skus = _skus(conn, p.id)
    return rows


def get(conn: sqlite3.Connection, permit_id: int) -> Permit | None:
    found = tables.fetch_all(conn, Permit, "SELECT * FROM permits WHERE id = ?", (permit_id,))
    return _load(conn, found)[0] if found else None


def list_all(conn: sqlite3.Connection, producer_id: int | None = None) -> list[Permit]:
    if producer_id is None:
        rows = tables.fetch_all(conn, Permit, "SELECT * FROM permits ORDER BY kind, id")
    else:
        sql = "SELECT * FROM permits WHERE producer_id = ? ORDER BY kind, id"
        rows = tables.fetch_all(conn, Permit, sql, (producer_id,))
    return _load(conn, rows)


def delete(conn: sqlite3.Connection, permit_id: int) -> None:
    conn.execute("DELETE FROM permits WHERE id = ?", (permit_id,))
