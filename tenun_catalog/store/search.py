"""Full-text search index over products (FTS5): names, stories, motif names, producer, region.

The index row of a product is rebuilt from its current data whenever the product, one of its
motifs or its producer changes. Queries match every word as a prefix, ignoring case and accents.
"""

from __future__ import annotations

import json
import re
import sqlite3

from ..domain import vocab

_WORD = re.compile(r"\w+", re.UNICODE)


def reindex_product(conn: sqlite3.Connection, product_id: int) -> None:
    conn.execute("DELETE FROM product_search WHERE rowid = ?", (product_id,))
    row = conn.execute(
        """SELECT p.sku, p.kind, p.name_id, p.name_en, p.description_id, p.description_en,
                  p.story_id, p.story_en, p.brand, pr.name AS producer, pr.kabupaten AS pk,
                  pr.village, pr.kecamatan, t.origin_kabupaten AS tk, t.suku, t.techniques, t.dyes,
                  t.tenun_type, s.meat
           FROM products p LEFT JOIN producers pr ON pr.id = p.producer_id
           LEFT JOIN tenun_details t ON t.product_id = p.id
           LEFT JOIN sei_details s ON s.product_id = p.id
           WHERE p.id = ?""",
        (product_id,),
    ).fetchone()
    if row is None:
        return
    motif_rows = conn.execute(
        """SELECT m.name_local, m.name_id, m.name_en FROM motifs m
           JOIN product_motifs pm ON pm.motif_id = m.id WHERE pm.product_id = ?""",
        (product_id,),
    ).fetchall()
    kind_words = " ".join(
        [
            row["kind"],
            vocab.PRODUCT_KINDS.label(row["kind"]),
            vocab.PRODUCT_KINDS.label(row["kind"], "en"),
        ]
    )
    names = " ".join([row["name_id"], row["name_en"], row["brand"]])
    stories = " ".join(
        [row["description_id"], row["description_en"], row["story_id"], row["story_en"]]
    )
    detail_words = []
    for code in _json_codes(row["techniques"]):
        detail_words += [vocab.TECHNIQUES.label(code), vocab.TECHNIQUES.label(code, "en")]
    for code in _json_codes(row["dyes"]):
        detail_words += [vocab.DYES.label(code), vocab.DYES.label(code, "en")]
    if row["tenun_type"]:
        detail_words += [
            vocab.TENUN_TYPES.label(row["tenun_type"]),
            vocab.TENUN_TYPES.label(row["tenun_type"], "en"),
        ]
    if row["meat"]:
        detail_words += [vocab.MEATS.label(row["meat"]), vocab.MEATS.label(row["meat"], "en")]
    motifs = " ".join(" ".join(r) for r in motif_rows)
    regions = [vocab.KABUPATEN.label(k) for k in (row["pk"], row["tk"]) if k]
    region = " ".join(regions + [row["village"] or "", row["kecamatan"] or "", row["suku"] or ""])
    conn.execute(
        "INSERT INTO product_search (rowid, sku, kind, names, stories, motifs, producer, region)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            product_id,
            row["sku"],
            kind_words + " " + " ".join(detail_words),
            names,
            stories,
            motifs,
            row["producer"] or "",
            region,
        ),
    )


def _json_codes(text: str | None) -> list[str]:
    return json.loads(text) if text else []


def match_expression(query: str) -> str:
    """Every word of the query, as a quoted prefix term (so FTS syntax in input is harmless)."""
    return " ".join(f'"{w}"*' for w in _WORD.findall(query))


def delete(conn: sqlite3.Connection, product_id: int) -> None:
    conn.execute("DELETE FROM product_search WHERE rowid = ?", (product_id,))
