"""Catalogs table with ordered sections of products."""

from __future__ import annotations

import sqlite3

from ..domain.entities import Catalog, CatalogSection
from . import codec, tables

COLS = codec.columns(Catalog, exclude=("sections",))


def _write_sections(conn: sqlite3.Connection, catalog: Catalog) -> None:
    conn.execute("DELETE FROM catalog_sections WHERE catalog_id = ?", (catalog.id,))
    for position, section in enumerate(catalog.sections):
        cur = conn.execute(
            "INSERT INTO catalog_sections (catalog_id, position, title_id, title_en)"
            " VALUES (?, ?, ?, ?)",
            (catalog.id, position, section.title_id, section.title_en),
        )
        conn.executemany(
            "INSERT INTO catalog_items (section_id, product_id, position) VALUES (?, ?, ?)",
            [(cur.lastrowid, pid, i) for i, pid in enumerate(dict.fromkeys(section.product_ids))],
        )


def insert(conn: sqlite3.Connection, catalog: Catalog) -> int:
    catalog.id = tables.insert(conn, "catalogs", catalog, COLS)
    _write_sections(conn, catalog)
    return catalog.id


def update(conn: sqlite3.Connection, catalog: Catalog) -> None:
    tables.update(conn, "catalogs", catalog, COLS, "id", catalog.id)
    _write_sections(conn, catalog)


def _load(conn: sqlite3.Connection, catalog: Catalog | None) -> Catalog | None:
    if catalog is None:
        return None
    sections = conn.execute(
        "SELECT id, title_id, title_en FROM catalog_sections"
        " WHERE catalog_id = ? ORDER BY position",
        (catalog.id,),
    ).fetchall()
    for s in sections:
        items = conn.execute(
            "SELECT product_id FROM catalog_items WHERE section_id = ? ORDER BY position", (s[0],)
        )
        catalog.sections.append(CatalogSection(s[1], s[2], [r[0] for r in items]))
    return catalog


def get(conn: sqlite3.Connection, name: str) -> Catalog | None:
    found = tables.fetch_one(conn, Catalog, "SELECT * FROM catalogs WHERE name = ?", (name,))
    return _load(conn, found)


def list_all(conn: sqlite3.Connection) -> list[Catalog]:
    rows = tables.fetch_all(conn, Catalog, "SELECT * FROM catalogs ORDER BY name COLLATE NOCASE")
    return [_load(conn, c) for c in rows]


def delete(conn: sqlite3.Connection, catalog_id: int) -> None:
    conn.execute("DELETE FROM catalogs WHERE id = ?", (catalog_id,))


def placements_of(conn: sqlite3.Connection, product_id: int) -> list[tuple[int, int, int]]:
    """Where a product stands in catalogs: (catalog id, section position, item position)."""
    rows = conn.execute(
        "SELECT s.catalog_id, s.position, i.position FROM catalog_items i"
        " JOIN catalog_sections s ON s.id = i.section_id WHERE i.product_id = ?"
        " ORDER BY s.catalog_id, s.position",
        (product_id,),
    )
    return [(r[0], r[1], r[2]) for r in rows]


def restore_placements(
    conn: sqlite3.Connection, product_id: int, placements: list[tuple[int, int, int]]
) -> int:
    """Put a product back where `placements_of` found it, moving later items one down; a
    catalog or section removed since is skipped. Returns how many places were restored."""
    restored = 0
    for catalog_id, section_position, item_position in placements:
        section = conn.execute(
            "SELECT id FROM catalog_sections WHERE catalog_id = ? AND position = ?",
            (catalog_id, section_position),
        ).fetchone()
        if section is None:
            continue
        conn.execute(
            "UPDATE catalog_items SET position = position + 1"
            " WHERE section_id = ? AND position >= ?",
            (section[0], item_position),
        )
        cur = conn.execute(
            "INSERT OR IGNORE INTO catalog_items (section_id, product_id, position)"
            " VALUES (?, ?, ?)",
            (section[0], product_id, item_position),
        )
        restored += cur.rowcount
    return restored
