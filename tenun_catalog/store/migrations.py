"""Numbered schema migrations on PRAGMA user_version, each applied in one transaction.

Migration N takes a library at version N-1 to version N. Never edit a migration that has shipped:
add a new one. A library newer than this program is refused rather than guessed at.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from ..domain.errors import UserError

_V1_CORE = """
CREATE TABLE producers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    producer_type TEXT NOT NULL DEFAULT 'umkm',
    legal_form TEXT NOT NULL DEFAULT '',
    nib TEXT NOT NULL DEFAULT '',
    npwp TEXT NOT NULL DEFAULT '',
    person_in_charge TEXT NOT NULL DEFAULT '',
    nik TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    village TEXT NOT NULL DEFAULT '',
    kecamatan TEXT NOT NULL DEFAULT '',
    kabupaten TEXT NOT NULL DEFAULT '',
    province TEXT NOT NULL DEFAULT 'Nusa Tenggara Timur',
    phone TEXT NOT NULL DEFAULT '',
    whatsapp TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    social_media TEXT NOT NULL DEFAULT '',
    capacity_per_month INTEGER,
    capacity_unit TEXT NOT NULL DEFAULT '',
    market_reach TEXT NOT NULL DEFAULT '',
    members_count INTEGER,
    mpig_member INTEGER NOT NULL DEFAULT 0,
    story_id TEXT NOT NULL DEFAULT '',
    story_en TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind TEXT NOT NULL CHECK (kind IN ('tenun', 'sei', 'other')),
    producer_id INTEGER REFERENCES producers(id) ON DELETE RESTRICT,
    name_id TEXT NOT NULL DEFAULT '',
    name_en TEXT NOT NULL DEFAULT '',
    description_id TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    story_id TEXT NOT NULL DEFAULT '',
    story_en TEXT NOT NULL DEFAULT '',
    brand TEXT NOT NULL DEFAULT '',
    trademark_status TEXT NOT NULL DEFAULT '',
    trademark_number TEXT NOT NULL DEFAULT '',
    price INTEGER CHECK (price IS NULL OR price > 0),
    wholesale_price INTEGER CHECK (wholesale_price IS NULL OR wholesale_price > 0),
    min_order INTEGER,
    lead_time_days INTEGER,
    stock INTEGER,
    packaging TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE INDEX products_producer ON products(producer_id);
CREATE TABLE tenun_details (
    product_id INTEGER PRIMARY KEY REFERENCES products(id) ON DELETE CASCADE,
    tenun_type TEXT NOT NULL DEFAULT '',
    origin_kabupaten TEXT NOT NULL DEFAULT '',
    suku TEXT NOT NULL DEFAULT '',
    techniques TEXT NOT NULL DEFAULT '[]',
    dyes TEXT NOT NULL DEFAULT '[]',
    dye_class TEXT NOT NULL DEFAULT '',
    yarn TEXT NOT NULL DEFAULT '',
    length_cm REAL,
    width_cm REAL,
    weight_g REAL,
    panel_count INTEGER,
    days_to_make INTEGER,
    weavers TEXT NOT NULL DEFAULT '[]',
    gi_claim TEXT NOT NULL DEFAULT ''
);
CREATE TABLE sei_details (
    product_id INTEGER PRIMARY KEY REFERENCES products(id) ON DELETE CASCADE,
    meat TEXT NOT NULL DEFAULT '',
    ingredients TEXT NOT NULL DEFAULT '[]',
    main_ingredient_pct REAL,
    smoking_wood TEXT NOT NULL DEFAULT '',
    net_weight_g REAL,
    packaging_type TEXT NOT NULL DEFAULT '',
    storage TEXT NOT NULL DEFAULT '',
    shelf_life_days INTEGER,
    permit_kind TEXT NOT NULL DEFAULT '',
    permit_number TEXT NOT NULL DEFAULT '',
    halal_status TEXT NOT NULL DEFAULT '',
    halal_number TEXT NOT NULL DEFAULT '',
    shared_facility_pork INTEGER NOT NULL DEFAULT 0,
    shared_facility_statement TEXT NOT NULL DEFAULT '',
    allergens TEXT NOT NULL DEFAULT '',
    nutrition_facts TEXT NOT NULL DEFAULT ''
);
CREATE TABLE photos (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL,
    filename TEXT NOT NULL,
    product_id INTEGER REFERENCES products(id) ON DELETE CASCADE,
    producer_id INTEGER REFERENCES producers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    role TEXT NOT NULL DEFAULT 'utama',
    width INTEGER NOT NULL DEFAULT 0,
    height INTEGER NOT NULL DEFAULT 0,
    format TEXT NOT NULL DEFAULT '',
    byte_size INTEGER NOT NULL DEFAULT 0,
    original_name TEXT NOT NULL DEFAULT '',
    caption_id TEXT NOT NULL DEFAULT '',
    caption_en TEXT NOT NULL DEFAULT '',
    alt_id TEXT NOT NULL DEFAULT '',
    alt_en TEXT NOT NULL DEFAULT '',
    photographer TEXT NOT NULL DEFAULT '',
    licence TEXT NOT NULL DEFAULT '',
    consent INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX photos_product ON photos(product_id, position);
CREATE INDEX photos_producer ON photos(producer_id, position);
CREATE INDEX photos_sha ON photos(sha256);
"""

_V2_MOTIFS_PERMITS = """
CREATE TABLE motifs (
    id INTEGER PRIMARY KEY,
    name_id TEXT NOT NULL,
    name_local TEXT NOT NULL DEFAULT '',
    name_en TEXT NOT NULL DEFAULT '',
    kabupaten TEXT NOT NULL DEFAULT '',
    suku TEXT NOT NULL DEFAULT '',
    clan_line TEXT NOT NULL DEFAULT '',
    technique TEXT NOT NULL DEFAULT '',
    meaning_id TEXT NOT NULL DEFAULT '',
    meaning_en TEXT NOT NULL DEFAULT '',
    meaning_source TEXT NOT NULL DEFAULT '',
    use_context TEXT NOT NULL DEFAULT '',
    restriction TEXT NOT NULL DEFAULT 'bebas',
    permission_by TEXT NOT NULL DEFAULT '',
    permission_date TEXT,
    protection TEXT NOT NULL DEFAULT '',
    protection_number TEXT NOT NULL DEFAULT '',
    contemporary INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE product_motifs (
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    motif_id INTEGER NOT NULL REFERENCES motifs(id) ON DELETE RESTRICT,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (product_id, motif_id)
);
CREATE INDEX product_motifs_motif ON product_motifs(motif_id);
ALTER TABLE photos ADD COLUMN motif_id INTEGER REFERENCES motifs(id) ON DELETE CASCADE;
CREATE INDEX photos_motif ON photos(motif_id, position);
CREATE TABLE permits (
    id INTEGER PRIMARY KEY,
    producer_id INTEGER REFERENCES producers(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    number TEXT NOT NULL DEFAULT '',
    issuer TEXT NOT NULL DEFAULT '',
    issued TEXT,
    expires TEXT,
    scan_filename TEXT NOT NULL DEFAULT ''
);
CREATE TABLE permit_products (
    permit_id INTEGER NOT NULL REFERENCES permits(id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    PRIMARY KEY (permit_id, product_id)
);
"""

_V3_CATALOGS = """
CREATE TABLE catalogs (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    title_id TEXT NOT NULL DEFAULT '',
    title_en TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT 'pameran',
    language TEXT NOT NULL DEFAULT 'id',
    theme TEXT NOT NULL DEFAULT 'pameran',
    paper TEXT NOT NULL DEFAULT 'A4',
    event_name TEXT NOT NULL DEFAULT '',
    event_date TEXT,
    venue TEXT NOT NULL DEFAULT '',
    booth TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT 'IDR',
    usd_rate REAL,
    usd_rate_date TEXT,
    options TEXT NOT NULL DEFAULT '{}',
    updated_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE catalog_sections (
    id INTEGER PRIMARY KEY,
    catalog_id INTEGER NOT NULL REFERENCES catalogs(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title_id TEXT NOT NULL DEFAULT '',
    title_en TEXT NOT NULL DEFAULT ''
);
CREATE TABLE catalog_items (
    section_id INTEGER NOT NULL REFERENCES catalog_sections(id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (section_id, product_id)
);
"""

# Full-text search over names, stories, motif names, producer names and regions. Folding case and
# diacritics (remove_diacritics 2 handles letters with several marks) so "songket" finds "Songkét".
_V4_SEARCH = """
CREATE VIRTUAL TABLE product_search USING fts5(
    sku, kind, names, stories, motifs, producer, region,
    tokenize = "unicode61 remove_diacritics 2"
);
"""


def _script(sql: str) -> Callable[[sqlite3.Connection], None]:
    def run(conn: sqlite3.Connection) -> None:
        for statement in _statements(sql):
            conn.execute(statement)

    return run


def _statements(sql: str) -> list[str]:
    # executescript() would COMMIT our transaction; split the script and run statement by statement.
    out, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    return [s for s in out if s]


def _v4_search(conn: sqlite3.Connection) -> None:
    """Create the search index and fill it for the products already there."""
    from . import search  # the index text is built in one place, for upgrades and for edits

    _script(_V4_SEARCH)(conn)
    for (product_id,) in conn.execute("SELECT id FROM products").fetchall():
        search.reindex_product(conn, product_id)


# Words that reveal a restricted motif without naming it, kept out of public outputs (JSON list).
_V5_REVEALING_WORDS = """
ALTER TABLE motifs ADD COLUMN revealing_words TEXT NOT NULL DEFAULT '[]';
"""

# The motif registry (issue 13): provenance, protocols, permitted use, audiences, the permission's
# uses, Local Contexts references, KIK record, and attributed narratives in their own table. The
# old `restriction` column stays as it was (nothing is lost) and is copied into the new fields:
# bangsawan and klan become the holder (named by the clan line), upacara a ceremony protocol,
# bebas an open holder. `audiences` stays empty ("not decided"), so Motif.shown_to gives every
# old motif the same visibility as before.
_V6_MOTIF_REGISTRY = """
ALTER TABLE motifs ADD COLUMN holder TEXT NOT NULL DEFAULT '';
ALTER TABLE motifs ADD COLUMN holder_name TEXT NOT NULL DEFAULT '';
ALTER TABLE motifs ADD COLUMN protocols TEXT NOT NULL DEFAULT '[]';
ALTER TABLE motifs ADD COLUMN permitted_use TEXT NOT NULL DEFAULT '';
ALTER TABLE motifs ADD COLUMN audiences TEXT NOT NULL DEFAULT '[]';
ALTER TABLE motifs ADD COLUMN permission_uses TEXT NOT NULL DEFAULT '[]';
ALTER TABLE motifs ADD COLUMN lc_project_id TEXT NOT NULL DEFAULT '';
ALTER TABLE motifs ADD COLUMN tk_labels TEXT NOT NULL DEFAULT '[]';
ALTER TABLE motifs ADD COLUMN notice TEXT NOT NULL DEFAULT '';
ALTER TABLE motifs ADD COLUMN kik_type TEXT NOT NULL DEFAULT '';
ALTER TABLE motifs ADD COLUMN kik_number TEXT NOT NULL DEFAULT '';
UPDATE motifs SET holder = 'terbuka' WHERE restriction IN ('', 'bebas');
UPDATE motifs SET holder = restriction, holder_name = clan_line
    WHERE restriction IN ('bangsawan', 'klan');
UPDATE motifs SET protocols = '["upacara"]' WHERE restriction = 'upacara';
CREATE TABLE motif_narratives (
    id INTEGER PRIMARY KEY,
    motif_id INTEGER NOT NULL REFERENCES motifs(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    teller TEXT NOT NULL DEFAULT '',
    community TEXT NOT NULL DEFAULT '',
    audience TEXT NOT NULL DEFAULT 'internal',
    text_id TEXT NOT NULL DEFAULT '',
    text_en TEXT NOT NULL DEFAULT ''
);
CREATE INDEX motif_narratives_motif ON motif_narratives(motif_id, position);
"""

# The production steps of a product (issue 13): yarn, dyeing with its plants, tying, weaving,
# finishing, quality check, in the product's own order. Nothing existing changes.
_V7_PRODUCTION_STEPS = """
CREATE TABLE production_steps (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL,
    description_id TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    plants TEXT NOT NULL DEFAULT '[]',
    days INTEGER CHECK (days IS NULL OR days >= 0)
);
CREATE INDEX production_steps_product ON production_steps(product_id, position);
"""

# What the sales channels need (issue 14): the parcel as shipped and the condition on each
# product (an existing product is new, its parcel unknown), and the seller's category per
# channel and product kind (only what the seller set: the defaults live in domain/channels.py).
_V8_CHANNELS = """
ALTER TABLE products ADD COLUMN packed_weight_g REAL;
ALTER TABLE products ADD COLUMN package_length_cm REAL;
ALTER TABLE products ADD COLUMN package_width_cm REAL;
ALTER TABLE products ADD COLUMN package_height_cm REAL;
ALTER TABLE products ADD COLUMN condition TEXT NOT NULL DEFAULT 'new';
CREATE TABLE channel_categories (
    channel TEXT NOT NULL,
    kind TEXT NOT NULL,
    value TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (channel, kind)
);
"""

# The scan of a motif's permission letter (issue 13): stored in photos/ like a permit's scan.
_V9_MOTIF_PERMISSION_SCAN = """
ALTER TABLE motifs ADD COLUMN permission_scan TEXT NOT NULL DEFAULT '';
"""

MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _script(_V1_CORE),
    _script(_V2_MOTIFS_PERMITS),
    _script(_V3_CATALOGS),
    _v4_search,
    _script(_V5_REVEALING_WORDS),
    _script(_V6_MOTIF_REGISTRY),
    _script(_V7_PRODUCTION_STEPS),
    _script(_V8_CHANNELS),
    _script(_V9_MOTIF_PERMISSION_SCAN),
]
LATEST = len(MIGRATIONS)


def version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def upgrade(conn: sqlite3.Connection, target: int = LATEST) -> list[int]:
    """Apply the missing migrations up to `target`; return the versions applied."""
    current = version(conn)
    if current > LATEST:
        raise UserError(
            f"Pustaka ini dibuat oleh versi Tenun Catalog yang lebih baru (skema {current}). "
            "Perbarui aplikasi untuk membukanya.",
            f"This library was made by a newer Tenun Catalog (schema {current}). "
            "Update the application to open it.",
        )
    applied = []
    for number in range(current + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[number - 1](conn)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(number)
    return applied


SchemaItem = tuple[str, str, str, str]  # type, name, table, normalized SQL


def schema(conn: sqlite3.Connection) -> set[SchemaItem]:
    """Every table, index, trigger and view of a database, SQL text with whitespace collapsed."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {(t, n, tbl, " ".join((sql or "").split())) for t, n, tbl, sql in rows}


def expected_schema(number: int) -> set[SchemaItem]:
    """What our migrations build for schema version `number` (built now, in memory)."""
    if not 1 <= number <= LATEST:
        raise ValueError(f"no schema version {number}")
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        upgrade(conn, number)
        return schema(conn)
    finally:
        conn.close()
