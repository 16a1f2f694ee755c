"""The production steps of products (table `production_steps`, migration 7)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from ..domain.entities import ProductionStep
from . import codec, tables

COLS = codec.columns(ProductionStep)


def insert(conn: sqlite3.Connection, step: ProductionStep) -> int:
    """Append `step` after the product's other steps."""
    sql = "SELECT COALESCE(MAX(position) + 1, 0) FROM production_steps WHERE product_id = ?"
    step.position = conn.execute(sql, (step.product_id,)).fetchone()[0]
    return tables.insert(conn, "production_steps", step, COLS)


def get(conn: sqlite3.Connection, step_id: int) -> ProductionStep | None:
    sql = "SELECT * FROM production_steps WHERE id = ?"
    return tables.fetch_one(conn, ProductionStep, sql, (step_id,))


def for_product(conn: sqlite3.Connection, product_id: int) -> list[ProductionStep]:
    sql = "SELECT * FROM production_steps WHERE product_id = ? ORDER BY position, id"
    return tables.fetch_all(conn, ProductionStep, sql, (product_id,))


def for_products(
    conn: sqlite3.Connection, product_ids: Sequence[int]
) -> dict[int, list[ProductionStep]]:
    """The steps of several products at once, by product id, each list in order."""
    out: dict[int, list[ProductionStep]] = {}
    ids = list(dict.fromkeys(product_ids))
    for start in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        sql = (
            f"SELECT * FROM production_steps WHERE product_id IN ({marks})"
            " ORDER BY product_id, position, id"
        )
        for step in tables.fetch_all(conn, ProductionStep, sql, tuple(chunk)):
            out.setdefault(step.product_id, []).append(step)
    return out


def count(conn: sqlite3.Connection, product_id: int) -> int:
    sql = "SELECT COUNT(*) FROM production_steps WHERE product_id = ?"
    return conn.execute(sql, (product_id,)).fetchone()[0]


def delete(conn: sqlite3.Connection, step_id: int) -> None:
    conn.execute("DELETE FROM production_steps WHERE id = ?", (step_id,))
