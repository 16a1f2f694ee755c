"""SQL aggregates for the officer's overview: counts over producers, products and permits.

Every function runs a fixed number of GROUP BY queries, whatever the library's size (17,000
producers and 85,000 products answer in well under a second), and returns plain rows; the meaning
(which permit a Sei needs, what "ready" means) is spelled out here only where it is a pattern SQL
can test, and mirrors domain/: NIB = 13 digits once spaces, dots and dashes are removed
(domain/numbers.py), a permit is still valid on its expiry day (domain/rules_permit.py), the
required fields of readiness (domain/readiness.py). `kabupaten` restricts everything to the
producers of one kabupaten/kota (and their products and permits).
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

# NIB as stored, with the separators domain/numbers.py strips (spaces, tabs, dots, dashes).
_NIB = (
    "replace(replace(replace(replace(replace(replace(pr.nib, ' ', ''), '.', ''), '-', ''),"
    " char(9), ''), char(10), ''), char(13), '')"
)
NIB_STATE = (
    f"CASE WHEN {_NIB} = '' THEN 'without' "
    f"WHEN length({_NIB}) = 13 AND {_NIB} GLOB '{'[0-9]' * 13}' THEN 'valid' "
    "ELSE 'invalid' END"
)


def _producers_where(kabupaten: str | None, alias: str = "pr") -> tuple[str, tuple]:
    if kabupaten:
        return f" WHERE {alias}.kabupaten = ?", (kabupaten,)
    return "", ()


def producer_counts(
    conn: sqlite3.Connection, kabupaten: str | None
) -> list[tuple[str, str, str, int]]:
    """(producer_type, kabupaten, NIB state, count) for every combination present."""
    where, params = _producers_where(kabupaten)
    sql = (
        f"SELECT pr.producer_type, pr.kabupaten, {NIB_STATE} AS nib_state, count(*)"
        f" FROM producers pr{where} GROUP BY 1, 2, 3"
    )
    return [tuple(r) for r in conn.execute(sql, params)]


def producer_ids_by_nib(conn: sqlite3.Connection, state: str, kabupaten: str | None) -> list[int]:
    """Ids of the producers whose NIB is `state` (valid, without, invalid; "" for every one):
    a click-through."""
    where, params = _producers_where(kabupaten)
    if state:
        glue = " AND " if where else " WHERE "
        where, params = f"{where}{glue}{NIB_STATE} = ?", (*params, state)
    sql = f"SELECT pr.id FROM producers pr{where} ORDER BY pr.id"
    return [r[0] for r in conn.execute(sql, params)]


# Products with their producer, and the two detail tables (kind decides which is read).
_PRODUCER_JOIN = " LEFT JOIN producers pr ON pr.id = p.producer_id"
_PRODUCTS = (
    " FROM products p LEFT JOIN producers pr ON pr.id = p.producer_id"
    " LEFT JOIN tenun_details t ON t.product_id = p.id"
    " LEFT JOIN sei_details s ON s.product_id = p.id"
)


def _products_where(kabupaten: str | None) -> tuple[str, tuple]:
    if kabupaten:
        return " WHERE pr.kabupaten = ?", (kabupaten,)
    return "", ()


def product_kinds(conn: sqlite3.Connection, kabupaten: str | None) -> list[tuple[str, int]]:
    if not kabupaten:
        return [tuple(r) for r in conn.execute("SELECT kind, count(*) FROM products GROUP BY 1")]
    sql = (
        "SELECT p.kind, count(*) FROM products p JOIN producers pr ON pr.id = p.producer_id"
        " WHERE pr.kabupaten = ? GROUP BY 1"
    )
    return [tuple(r) for r in conn.execute(sql, (kabupaten,))]


# Sei: one row per product with the facts the food rules read (domain/rules_sei.py).
_FROZEN_LONG = "(s.storage = 'beku' AND s.shelf_life_days >= 7)"
_PIRT_NOT_ALLOWED = "(s.storage IN ('dingin', 'beku') OR s.shelf_life_days < 7)"
_HAS_NUMBER = "trim(coalesce(s.permit_number, '')) <> ''"
SEI_SQL = f"""
SELECT
  count(*) AS sei_products,
  count(DISTINCT p.producer_id) AS sei_makers,
  sum(s.permit_kind = 'pirt' AND {_HAS_NUMBER}) AS pirt,
  sum(s.permit_kind = 'pirt' AND {_PIRT_NOT_ALLOWED}) AS pirt_not_allowed,
  sum({_FROZEN_LONG}) AS bpom_required,
  sum({_FROZEN_LONG} AND s.permit_kind = 'bpom_md' AND {_HAS_NUMBER}) AS bpom_required_present,
  sum(s.permit_kind = 'bpom_md' AND {_HAS_NUMBER}) AS bpom,
  sum(coalesce(s.permit_kind, '') IN ('', 'none') AND NOT (s.shelf_life_days < 7))
    AS no_permit,
  sum(coalesce(s.meat, '') <> 'babi') AS non_pork,
  sum(coalesce(s.meat, '') <> 'babi' AND s.halal_status = 'bersertifikat'
      AND upper(trim(s.halal_number)) GLOB 'ID*') AS halal,
  sum(s.meat = 'babi') AS pork,
  sum(s.meat = 'babi' AND s.halal_status = 'tidak_halal' AND trim(s.halal_number) = '')
    AS pork_marked
FROM products p LEFT JOIN producers pr ON pr.id = p.producer_id
JOIN sei_details s ON s.product_id = p.id
WHERE p.kind = 'sei'
"""


def sei_counts(conn: sqlite3.Connection, kabupaten: str | None) -> dict[str, int]:
    sql = SEI_SQL + (" AND pr.kabupaten = ?" if kabupaten else "")
    row = conn.execute(sql, (kabupaten,) if kabupaten else ()).fetchone()
    return {k: int(row[k] or 0) for k in row.keys()}


def permit_counts(
    conn: sqlite3.Connection, today: date, kabupaten: str | None
) -> list[tuple[str, str, int, int]]:
    """(kind, status, permits, producers) with status expired, within30, within90 (31..90 days),
    valid (beyond 90 days) or unknown (no expiry date). Valid on its expiry day, as the rule."""
    d30 = (today + timedelta(days=30)).isoformat()
    d90 = (today + timedelta(days=90)).isoformat()
    status = (
        "CASE WHEN x.expires IS NULL OR x.expires = '' THEN 'unknown'"
        " WHEN x.expires < :today THEN 'expired'"
        " WHEN x.expires <= :d30 THEN 'within30'"
        " WHEN x.expires <= :d90 THEN 'within90'"
        " ELSE 'valid' END"
    )
    where = " WHERE pr.kabupaten = :kab" if kabupaten else ""
    sql = (
        f"SELECT x.kind, {status}, count(*), count(DISTINCT x.producer_id)"
        f" FROM permits x LEFT JOIN producers pr ON pr.id = x.producer_id{where} GROUP BY 1, 2"
    )
    params = {"today": today.isoformat(), "d30": d30, "d90": d90, "kab": kabupaten}
    return [tuple(r) for r in conn.execute(sql, params)]


def permit_producer_ids(
    conn: sqlite3.Connection, today: date, days: int | None, kabupaten: str | None
) -> list[int]:
    """Producers with a permit expired (`days` None) or ending within `days` days."""
    params: list = [today.isoformat()]
    if days is None:
        cond = "x.expires < ?"
    else:
        cond = "x.expires >= ? AND x.expires <= ?"
        params.append((today + timedelta(days=days)).isoformat())
    if kabupaten:
        cond += " AND pr.kabupaten = ?"
        params.append(kabupaten)
    sql = (
        "SELECT DISTINCT x.producer_id FROM permits x JOIN producers pr ON pr.id = x.producer_id"
        f" WHERE x.expires IS NOT NULL AND x.expires <> '' AND {cond} ORDER BY 1"
    )
    return [r[0] for r in conn.execute(sql, params)]


# Readiness, required fields only (domain/readiness.py PRODUCT_REQUIRED, TENUN_REQUIRED,
# MIN_PHOTOS; one language). Rule errors (a P-IRT on chilled Sei...) are not judged here: that
# takes the Python rules per product; `check` and the products page's filter do it.
def _set(col: str) -> str:
    return f"coalesce({col}, '') <> ''"


def _list(col: str) -> str:
    return f"coalesce({col}, '[]') NOT IN ('', '[]')"


_STORY = f"({_set('p.story_id')} OR {_set('p.description_id')})"
_COMMON = [_set("p.sku"), _set("p.name_id"), _STORY, "p.price IS NOT NULL"]
_TENUN = f"(p.kind <> 'tenun' OR ({_set('t.origin_kabupaten')} AND {_list('t.techniques')}))"
_SUBMISSION = [
    "p.wholesale_price IS NOT NULL",
    "p.min_order IS NOT NULL",
    "p.lead_time_days IS NOT NULL",
    "p.stock IS NOT NULL",
    _set("p.packaging"),
]
_LABEL = [
    _set("p.name_id"),
    _set("p.brand"),
    _set("p.packaging"),
    _list("s.ingredients"),
    "s.net_weight_g IS NOT NULL",
    _set("s.storage"),
    "s.shelf_life_days IS NOT NULL",
    _set("s.permit_kind"),
    _set("s.halal_status"),
]
_PHOTOS = "coalesce(ph.n, 0)"
# Photo counts per product, aggregated once (the photos_product index) and joined: a correlated
# count per product and output cost 1.7 s at 85,000 products, this 0.3 s for every output.
_PHOTO_COUNTS = (
    " LEFT JOIN (SELECT product_id, count(*) AS n FROM photos WHERE product_id IS NOT NULL"
    " GROUP BY product_id) ph ON ph.product_id = p.id"
)
READY = {
    "exhibition": " AND ".join([*_COMMON, _TENUN, f"{_PHOTOS} >= 1"]),
    "web": " AND ".join([*_COMMON, _TENUN, f"{_PHOTOS} >= 1"]),
    "submission": " AND ".join([*_COMMON, *_SUBMISSION, _TENUN, f"{_PHOTOS} >= 3"]),
    "label": " AND ".join(_LABEL),
}
APPLIES = {"label": "p.kind = 'sei'"}  # labels are for Sei only


def readiness_counts(conn: sqlite3.Connection, kabupaten: str | None) -> dict[str, tuple[int, int]]:
    """Output -> (products it applies to, products with every required field)."""
    where, params = _products_where(kabupaten)
    sums = []
    for output, ready in READY.items():
        applies = APPLIES.get(output, "1")
        sums += [f"sum({applies})", f"sum(({applies}) AND ({ready}))"]
    source = _PRODUCTS if kabupaten else _PRODUCTS.replace(_PRODUCER_JOIN, "")
    sql = f"SELECT {', '.join(sums)}{source}{_PHOTO_COUNTS}{where}"  # one pass, every output
    row = conn.execute(sql, params).fetchone()
    return {
        output: (int(row[2 * i] or 0), int(row[2 * i + 1] or 0)) for i, output in enumerate(READY)
    }


def unready_ids(conn: sqlite3.Connection, output: str, kabupaten: str | None) -> list[int]:
    """Products `output` applies to with a required field missing: a click-through."""
    where, params = _products_where(kabupaten)
    glue = " AND " if where else " WHERE "
    applies = APPLIES.get(output, "1")
    sql = (
        f"SELECT p.id{_PRODUCTS}{_PHOTO_COUNTS}{where}{glue}({applies})"
        f" AND NOT ({READY[output]}) ORDER BY p.id"
    )
    return [r[0] for r in conn.execute(sql, params)]


def gi_claims(conn: sqlite3.Connection, kabupaten: str | None) -> list[tuple[str, str, int]]:
    """(claim as written, origin kabupaten, products) for every tenun with a GI claim."""
    where, params = _products_where(kabupaten)
    sql = (
        "SELECT trim(t.gi_claim), coalesce(t.origin_kabupaten, ''), count(*)"
        " FROM tenun_details t JOIN products p ON p.id = t.product_id"
        " LEFT JOIN producers pr ON pr.id = p.producer_id"
        f"{where}{' AND ' if where else ' WHERE '}p.kind = 'tenun' AND t.gi_claim <> ''"
        " AND trim(t.gi_claim) <> '' GROUP BY 1, 2"
    )
    return [tuple(r) for r in conn.execute(sql, params)]


SEI_ISSUES = {  # code -> the Sei rows it counts (the same conditions as SEI_SQL)
    "no_permit": "coalesce(s.permit_kind, '') IN ('', 'none') AND NOT (s.shelf_life_days < 7)",
    "pirt_not_allowed": f"s.permit_kind = 'pirt' AND {_PIRT_NOT_ALLOWED}",
    "bpom_missing": f"{_FROZEN_LONG} AND NOT (s.permit_kind = 'bpom_md' AND {_HAS_NUMBER})",
    "halal_missing": "coalesce(s.meat, '') <> 'babi' AND NOT (s.halal_status = 'bersertifikat'"
    " AND upper(trim(s.halal_number)) GLOB 'ID*')",
    "pork_unmarked": "s.meat = 'babi' AND NOT (s.halal_status = 'tidak_halal'"
    " AND trim(s.halal_number) = '')",
}


def sei_issues_by_producer(
    conn: sqlite3.Connection, kabupaten: str | None
) -> dict[int, dict[str, int]]:
    """Producer id -> {issue code: Sei products with it}, only producers with an issue."""
    sums = ", ".join(f"sum(coalesce({cond}, 0)) AS {code}" for code, cond in SEI_ISSUES.items())
    sql = (
        f"SELECT p.producer_id, {sums} FROM products p"
        " JOIN producers pr ON pr.id = p.producer_id JOIN sei_details s ON s.product_id = p.id"
        " WHERE p.kind = 'sei'"
        + (" AND pr.kabupaten = ?" if kabupaten else "")
        + " GROUP BY p.producer_id"
    )
    out: dict[int, dict[str, int]] = {}
    for row in conn.execute(sql, (kabupaten,) if kabupaten else ()):
        issues = {code: int(row[code]) for code in SEI_ISSUES if row[code]}
        if issues:
            out[row[0]] = issues
    return out


def producer_ids_where(
    conn: sqlite3.Connection, column: str, value: str, kabupaten: str | None
) -> list[int]:
    """Ids of producers whose `column` (producer_type or kabupaten) is `value`."""
    if column not in ("producer_type", "kabupaten"):
        raise ValueError(column)
    sql = f"SELECT pr.id FROM producers pr WHERE pr.{column} = ?"
    params: tuple = (value,)
    if kabupaten:
        sql, params = sql + " AND pr.kabupaten = ?", (value, kabupaten)
    return [r[0] for r in conn.execute(sql + " ORDER BY pr.id", params)]


SEI_LISTS = {"pirt": f"s.permit_kind = 'pirt' AND {_HAS_NUMBER}"}  # lists that are no gap


def sei_issue_product_ids(conn: sqlite3.Connection, code: str, kabupaten: str | None) -> list[int]:
    """Sei products with the issue `code` (SEI_ISSUES), or in the list `code` (SEI_LISTS)."""
    condition = SEI_ISSUES.get(code) or SEI_LISTS[code]
    sql = (
        "SELECT p.id FROM products p LEFT JOIN producers pr ON pr.id = p.producer_id"
        f" JOIN sei_details s ON s.product_id = p.id WHERE p.kind = 'sei' AND ({condition})"
    )
    params: tuple = ()
    if kabupaten:
        sql, params = sql + " AND pr.kabupaten = ?", (kabupaten,)
    return [r[0] for r in conn.execute(sql + " ORDER BY p.id", params)]


def gi_claim_rows(conn: sqlite3.Connection, kabupaten: str | None) -> list[tuple[int, str]]:
    """(product id, claim as written) of every tenun with a GI claim."""
    where, params = _products_where(kabupaten)
    glue = " AND " if where else " WHERE "
    sql = (
        f"SELECT p.id, trim(t.gi_claim){_PRODUCTS}{where}{glue}p.kind = 'tenun'"
        " AND trim(coalesce(t.gi_claim, '')) <> '' ORDER BY p.id"
    )
    return [tuple(r) for r in conn.execute(sql, params)]
