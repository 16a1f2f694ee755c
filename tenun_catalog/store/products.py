"""Products table with its Tenun/Sei detail records, motif links and list queries."""

from __future__ import annotations

import json
import sqlite3

from ..domain.entities import Product, ProductQuery, ProductSummary, SeiDetail, TenunDetail
from . import codec, motifs, search, tables

COLS = codec.columns(Product, exclude=("motif_ids",))

_SORTS = {
    "name": "p.name_id COLLATE NOCASE",
    "sku": "p.sku COLLATE NOCASE",
    "price": "p.price",
    "updated": "p.updated_at",
}


def insert(conn: sqlite3.Connection, product: Product) -> int:
    product.id = tables.insert(conn, "products", product, COLS)
    _write_parts(conn, product)
    return product.id


def update(conn: sqlite3.Connection, product: Product) -> None:
    tables.update(conn, "products", product, COLS, "id", product.id)
    _write_parts(conn, product)


def _write_parts(conn: sqlite3.Connection, product: Product) -> None:
    conn.execute("DELETE FROM tenun_details WHERE product_id = ?", (product.id,))
    conn.execute("DELETE FROM sei_details WHERE product_id = ?", (product.id,))
    if product.kind == "tenun" and product.tenun is not None:
        tables.insert_detail(conn, "tenun_details", product.id, product.tenun)
    if product.kind == "sei" and product.sei is not None:
        tables.insert_detail(conn, "sei_details", product.id, product.sei)
    motifs.set_links(conn, product.id, product.motif_ids)
    search.reindex_product(conn, product.id)


def _load(conn: sqlite3.Connection, row: sqlite3.Row | None) -> Product | None:
    if row is None:
        return None
    product = codec.from_row(Product, row)
    detail = conn.execute("SELECT * FROM tenun_details WHERE product_id = ?", (product.id,))
    if (d := detail.fetchone()) is not None:
        product.tenun = codec.from_row(TenunDetail, d)
    detail = conn.execute("SELECT * FROM sei_details WHERE product_id = ?", (product.id,))
    if (d := detail.fetchone()) is not None:
        product.sei = codec.from_row(SeiDetail, d)
    sql = "SELECT motif_id FROM product_motifs WHERE product_id = ? ORDER BY position"
    product.motif_ids = [r[0] for r in conn.execute(sql, (product.id,))]
    return product


def get(conn: sqlite3.Connection, sku: str) -> Product | None:
    row = conn.execute("SELECT * FROM products WHERE sku = ?", (sku.strip(),)).fetchone()
    return _load(conn, row)


def get_by_id(conn: sqlite3.Connection, product_id: int) -> Product | None:
    row = conn.execute("SELECT * FROM products WHERE id = ?", (product_id,)).fetchone()
    return _load(conn, row)


def delete(conn: sqlite3.Connection, product_id: int) -> None:
    search.delete(conn, product_id)
    conn.execute("DELETE FROM products WHERE id = ?", (product_id,))


def count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM products").fetchone()[0]


_SUMMARY_COLUMNS = """
    SELECT p.id, p.sku, p.kind, p.name_id, p.name_en, p.price, p.producer_id,
           COALESCE(pr.name, '') AS producer_name,
           COALESCE(NULLIF(t.origin_kabupaten, ''), pr.kabupaten, '') AS kabupaten,
           COALESCE((SELECT filename FROM photos ph WHERE ph.product_id = p.id
                     ORDER BY ph.position, ph.id LIMIT 1), '') AS cover_filename,
           (SELECT count(*) FROM photos ph WHERE ph.product_id = p.id) AS photo_count
"""
_SUMMARY_JOINS = """
    LEFT JOIN producers pr ON pr.id = p.producer_id
    LEFT JOIN tenun_details t ON t.product_id = p.id
"""


def _filters(query: ProductQuery) -> tuple[str, str, list[object]] | None:
    """(join, where, params) for the filters of `query`; None when the search text has no
    words (nothing can match)."""
    where: list[str] = []
    params: list[object] = []
    join = ""
    if query.text.strip():
        expression = search.match_expression(query.text)
        if not expression:
            return None
        join = "JOIN product_search ON product_search.rowid = p.id"
        where.append("product_search MATCH ?")
        params.append(expression)
    if query.kind:
        where.append("p.kind = ?")
        params.append(query.kind)
    if query.producer_id is not None:
        where.append("p.producer_id = ?")
        params.append(query.producer_id)
    if query.kabupaten:
        where.append("COALESCE(NULLIF(t.origin_kabupaten, ''), pr.kabupaten) = ?")
        params.append(query.kabupaten)
    if query.ids is not None:
        # One JSON parameter, however many ids (SQLite limits the number of parameters).
        where.append("p.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(query.ids)))
    return join, ("WHERE " + " AND ".join(where)) if where else "", params


def summaries(conn: sqlite3.Connection, query: ProductQuery | None = None) -> list[ProductSummary]:
    """List lines for `query`: filtered, sorted and paged in SQL."""
    query = query or ProductQuery()
    parts = _filters(query)
    if parts is None:
        return []
    join, where, params = parts
    order = _SORTS.get(query.sort, _SORTS["name"])
    if query.sort == "relevance" and join:
        order = "product_search.rank"
    sql = (
        f"{_SUMMARY_COLUMNS} FROM products p {join} {_SUMMARY_JOINS} {where}"
        f" ORDER BY {order} {'DESC' if query.descending else 'ASC'}, p.id"
    )
    if query.limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = [*params, query.limit, query.offset]
    return [ProductSummary(**dict(r)) for r in conn.execute(sql, params)]


def count_matching(conn: sqlite3.Connection, query: ProductQuery) -> int:
    """How many products `query` matches, ignoring its limit and offset."""
    parts = _filters(query)
    if parts is None:
        return 0
    join, where, params = parts
    sql = f"SELECT count(*) FROM products p {join} {_SUMMARY_JOINS} {where}"
    return conn.execute(sql, params).fetchone()[0]


def summary(conn: sqlite3.Connection, product_id: int) -> ProductSummary | None:
    """The list line of one product (None when it no longer exists)."""
    sql = f"{_SUMMARY_COLUMNS} FROM products p {_SUMMARY_JOINS} WHERE p.id = ?"
    row = conn.execute(sql, (product_id,)).fetchone()
    return ProductSummary(**dict(row)) if row is not None else None


def ids_for_producer(conn: sqlite3.Connection, producer_id: int) -> list[int]:
    sql = "SELECT id FROM products WHERE producer_id = ?"
    return [r[0] for r in conn.execute(sql, (producer_id,))]
