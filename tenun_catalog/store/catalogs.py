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
