"""Motifs table, the product-motif links, and the motifs' attributed narratives."""

from __future__ import annotations

import sqlite3

from ..domain.entities import Motif, Narrative
from . import codec, tables

COLS = codec.columns(Motif)
NARRATIVE_COLS = codec.columns(Narrative)


def insert(conn: sqlite3.Connection, motif: Motif) -> int:
    return tables.insert(conn, "motifs", motif, COLS)


def update(conn: sqlite3.Connection, motif: Motif) -> None:
    tables.update(conn, "motifs", motif, COLS, "id", motif.id)


def get(conn: sqlite3.Connection, motif_id: int) -> Motif | None:
    return tables.fetch_one(conn, Motif, "SELECT * FROM motifs WHERE id = ?", (motif_id,))


def find_by_name(conn: sqlite3.Connection, name: str) -> Motif | None:
    if not name.strip():
        return None
    # The collation of `x IN (...)` is x's own: COLLATE inside the list would be ignored.
    sql = (
        "SELECT * FROM motifs WHERE ? COLLATE NOCASE IN (name_id, name_local, name_en)"
        " ORDER BY id LIMIT 1"
    )
    return tables.fetch_one(conn, Motif, sql, (name.strip(),))


def list_all(conn: sqlite3.Connection) -> list[Motif]:
    return tables.fetch_all(conn, Motif, "SELECT * FROM motifs ORDER BY name_id COLLATE NOCASE")


def for_product(conn: sqlite3.Connection, product_id: int) -> list[Motif]:
    sql = (
        "SELECT m.* FROM motifs m JOIN product_motifs pm ON pm.motif_id = m.id"
        " WHERE pm.product_id = ? ORDER BY pm.position"
    )
    return tables.fetch_all(conn, Motif, sql, (product_id,))


def product_ids(conn: sqlite3.Connection, motif_id: int) -> list[int]:
    sql = "SELECT product_id FROM product_motifs WHERE motif_id = ?"
    return [r[0] for r in conn.execute(sql, (motif_id,))]


def product_names(conn: sqlite3.Connection, motif_id: int) -> list[tuple[str, str, str]]:
    """(sku, name_id, name_en) of every product carrying the motif, by SKU, in one query."""
    sql = (
        "SELECT p.sku, p.name_id, p.name_en FROM products p"
        " JOIN product_motifs pm ON pm.product_id = p.id WHERE pm.motif_id = ? ORDER BY p.sku"
    )
    return [tuple(row) for row in conn.execute(sql, (motif_id,))]


def set_links(conn: sqlite3.Connection, product_id: int, motif_ids: list[int]) -> None:
    conn.execute("DELETE FROM product_motifs WHERE product_id = ?", (product_id,))
    conn.executemany(
        "INSERT INTO product_motifs (product_id, motif_id, position) VALUES (?, ?, ?)",
        [(product_id, m, i) for i, m in enumerate(dict.fromkeys(motif_ids))],
    )


def delete(conn: sqlite3.Connection, motif_id: int) -> None:
    conn.execute("DELETE FROM motifs WHERE id = ?", (motif_id,))


# ---- narratives -------------------------------------------------------------------------------


def insert_narrative(conn: sqlite3.Connection, narrative: Narrative) -> int:
    if narrative.id is None:  # appended after the motif's other narratives
        sql = "SELECT COALESCE(MAX(position) + 1, 0) FROM motif_narratives WHERE motif_id = ?"
        narrative.position = conn.execute(sql, (narrative.motif_id,)).fetchone()[0]
    return tables.insert(conn, "motif_narratives", narrative, NARRATIVE_COLS)


def update_narrative(conn: sqlite3.Connection, narrative: Narrative) -> None:
    tables.update(
        conn, "motif_narratives", narrative, NARRATIVE_COLS, "id", narrative.id, touch=False
    )


def get_narrative(conn: sqlite3.Connection, narrative_id: int) -> Narrative | None:
    sql = "SELECT * FROM motif_narratives WHERE id = ?"
    return tables.fetch_one(conn, Narrative, sql, (narrative_id,))


def narratives(conn: sqlite3.Connection, motif_id: int) -> list[Narrative]:
    sql = "SELECT * FROM motif_narratives WHERE motif_id = ? ORDER BY position, id"
    return tables.fetch_all(conn, Narrative, sql, (motif_id,))


def count_narratives(conn: sqlite3.Connection, motif_id: int) -> int:
    sql = "SELECT COUNT(*) FROM motif_narratives WHERE motif_id = ?"
    return conn.execute(sql, (motif_id,)).fetchone()[0]


def delete_narrative(conn: sqlite3.Connection, narrative_id: int) -> None:
    conn.execute("DELETE FROM motif_narratives WHERE id = ?", (narrative_id,))
