"""The SQLite store: migrations, settings, full-text search, transactions, backup and restore."""

from __future__ import annotations

import sqlite3
import threading
import zipfile

import pytest

from tenun_catalog import operations as ops
from tenun_catalog.domain import ProductQuery
from tenun_catalog.domain.errors import UserError
from tenun_catalog.store import codec, db, migrations, open_library, products
from tenun_catalog.store.library import DB_NAME


def _old_library(path, version: int) -> None:
    """A library file as an older release left it, with a producer and a product in it."""
    conn = db.connect(path)
    migrations.upgrade(conn, target=version)
    conn.execute("INSERT INTO producers (name, kabupaten) VALUES ('Koperasi Lama', 'sikka')")
    conn.execute(
        "INSERT INTO products (sku, kind, producer_id, name_id, story_id, price)"
        " VALUES ('OLD-1', 'tenun', 1, 'Sarung Lama', 'Cerita Songkét lama', 900000)"
    )
    conn.execute("INSERT INTO tenun_details (product_id, origin_kabupaten) VALUES (1, 'sikka')")
    conn.close()


@pytest.mark.parametrize("version", range(1, migrations.LATEST))
def test_migrations_upgrade_an_older_file(tmp_path, version):
    root = tmp_path / "lib"
    root.mkdir()
    _old_library(root / DB_NAME, version)
    with open_library(root) as lib:
        assert migrations.version(lib.conn) == migrations.LATEST
        product = ops.get_product(lib, "OLD-1")
        assert product.name_id == "Sarung Lama" and product.tenun.origin_kabupaten == "sikka"
        # the search index added by migration 4 covers the rows that were already there (a file
        # made here at version 4 or later has rows inserted behind the index's back)
        if version < 4:
            assert [r.sku for r in ops.search_products(lib, "songket")] == ["OLD-1"]
        assert db.integrity_ok(lib.conn)


def test_each_migration_is_one_transaction(tmp_path, monkeypatch):
    root = tmp_path / "lib"
    root.mkdir()
    _old_library(root / DB_NAME, 2)

    def broken(conn):
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS[:2], broken])
    with pytest.raises(RuntimeError):
        open_library(root)
    conn = sqlite3.connect(root / DB_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "half_done" not in tables
    conn.close()


def test_a_newer_library_is_refused(tmp_path):
    root = tmp_path / "lib"
    with open_library(root) as lib:
        lib.conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    with pytest.raises(UserError, match="lebih baru"):
        open_library(root)


def test_settings_wal_and_foreign_keys(lib):
    assert lib.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert lib.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_schema_has_a_column_for_every_entity_field(lib):
    from tenun_catalog.domain import entities as e

    tables = {
        "producers": codec.columns(e.Producer),
        "products": products.COLS,
        "tenun_details": codec.columns(e.TenunDetail),
        "sei_details": codec.columns(e.SeiDetail),
        "motifs": codec.columns(e.Motif),
        "photos": codec.columns(e.Photo),
        "permits": codec.columns(e.Permit, exclude=("product_skus",)),
        "catalogs": codec.columns(e.Catalog, exclude=("sections",)),
    }
    for table, wanted in tables.items():
        have = {r[1] for r in lib.conn.execute(f"PRAGMA table_info({table})")}
        assert set(wanted) <= have, (table, set(wanted) - have)


def test_not_a_database_is_a_clear_error(tmp_path):
    root = tmp_path / "lib"
    root.mkdir()
    (root / DB_NAME).write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(UserError, match="bukan pustaka"):
        open_library(root)


def test_search_ignores_case_and_diacritics(filled):
    assert [r.sku for r in ops.search_products(filled, "tenun songket")] == ["TNN-001"]
    assert [r.sku for r in ops.search_products(filled, "SONGKÉT")] == ["TNN-001"]
    assert [r.sku for r in ops.search_products(filled, "insana")] == ["TNN-001"]  # name
    assert [r.sku for r in ops.search_products(filled, "hena")] == ["TNN-001"]  # motif local name
    assert [r.sku for r in ops.search_products(filled, "timor tengah")] == ["TNN-001"]  # region
    assert [r.sku for r in ops.search_products(filled, "ina ndao sei")] == ["SEI-001"]  # producer
    assert ops.search_products(filled, "selendang sapi") == []
    assert ops.search_products(filled, '"; DROP TABLE products; --') == []  # syntax is harmless


def test_search_follows_motif_and_producer_edits(filled):
    motif = ops.get_motif(filled, "Bunga Sepe")
    ops.edit_motif(filled, motif.id, {"name_local": "Kaif Lilin"})
    assert [r.sku for r in ops.search_products(filled, "kaif lilin")] == ["TNN-001"]
    assert ops.search_products(filled, "hena kapa") == []
    ops.edit_producer(filled, "Kelompok Tenun Ina Ndao", {"name": "Koperasi Lopo Tenun"})
    assert {r.sku for r in ops.search_products(filled, "lopo")} == {"TNN-001", "SEI-001"}
    ops.remove_product(filled, "SEI-001")
    assert [r.sku for r in ops.search_products(filled, "lopo")] == ["TNN-001"]


def test_product_lists_filter_and_sort_in_sql(filled):
    rows = ops.list_products(filled, ProductQuery(kind="sei"))
    assert [r.sku for r in rows] == ["SEI-001"]
    rows = ops.list_products(filled, ProductQuery(kabupaten="ttu"))
    assert [r.sku for r in rows] == ["TNN-001"]
    rows = ops.list_products(filled, ProductQuery(sort="price", descending=True))
    assert [r.sku for r in rows] == ["TNN-001", "SEI-001"]
    rows = ops.list_products(filled, ProductQuery(sort="sku", limit=1, offset=1))
    assert [r.sku for r in rows] == ["TNN-001"]


def test_product_lists_restrict_to_ids_with_one_parameter(filled):
    by_sku = {r.sku: r.id for r in ops.list_products(filled, ProductQuery())}
    only_sei = ProductQuery(ids=(by_sku["SEI-001"],))
    assert [r.sku for r in ops.list_products(filled, only_sei)] == ["SEI-001"]
    assert products.count_matching(filled.conn, only_sei) == 1
    assert ops.list_products(filled, ProductQuery(ids=())) == []
    assert products.count_matching(filled.conn, ProductQuery(ids=())) == 0
    # ids combine with the other filters, and thousands of ids stay one parameter
    many = ProductQuery(kind="tenun", ids=tuple(range(1, 20_000)))
    assert [r.sku for r in ops.list_products(filled, many)] == ["TNN-001"]
    assert products.count_matching(filled.conn, many) == 1


def test_a_failed_edit_leaves_no_half_row(filled):
    before = ops.get_product(filled, "TNN-001")
    with pytest.raises(sqlite3.IntegrityError), db.transaction(filled.conn):
        filled.conn.execute("UPDATE products SET name_id = 'setengah' WHERE sku = 'TNN-001'")
        filled.conn.execute("INSERT INTO products (sku, kind) VALUES ('X', 'kapal')")  # CHECK fails
    assert ops.get_product(filled, "TNN-001") == before


def test_backup_is_a_consistent_snapshot_while_the_library_is_in_use(filled, photo_files, tmp_path):
    ops.attach_photos(filled, "TNN-001", photo_files)
    stop = threading.Event()
    writer = open_library(filled.root)

    def keep_writing():
        i = 0
        while not stop.is_set():
            ops.edit_product(writer, "SEI-001", {"stock": i})
            i += 1

    thread = threading.Thread(target=keep_writing)
    thread.start()
    try:
        result = ops.make_backup(filled, tmp_path / "cadangan.zip")
    finally:
        stop.set()
        thread.join()
        writer.close()
    assert result.photos == 3
    with zipfile.ZipFile(result.path) as zf:
        assert {n for n in zf.namelist() if n.startswith("photos/")} == {
            f"photos/{p.name}" for p in filled.photos_dir.iterdir()
        }
    restored = tmp_path / "restored"
    ops.restore_backup(result.path, restored)
    with open_library(restored) as copy:
        assert db.integrity_ok(copy.conn)
        assert {r.sku for r in ops.list_products(copy)} == {"TNN-001", "SEI-001"}
        assert len(ops.list_photos(copy, "TNN-001")) == 3
        for photo in ops.list_photos(copy, "TNN-001"):
            assert (copy.photos_dir / photo.filename).is_file()


def test_restore_over_a_library_keeps_the_previous_database(filled, tmp_path):
    backup = ops.make_backup(filled, tmp_path / "b.zip").path
    ops.remove_product(filled, "TNN-001")
    root = filled.root
    filled.close()
    result = ops.restore_backup(backup, root)
    assert result.previous_database is not None and result.previous_database.is_file()
    with open_library(root) as lib:
        assert ops.get_product(lib, "TNN-001").name_id == "Selendang Buna Insana"


@pytest.mark.parametrize("damage", ["not_zip", "no_manifest", "bad_db"])
def test_restore_of_a_damaged_backup_changes_nothing(filled, tmp_path, damage):
    from tests.conftest import library_state

    good = ops.make_backup(filled, tmp_path / "b.zip").path
    bad = tmp_path / "bad.zip"
    if damage == "not_zip":
        bad.write_bytes(b"PK\x03\x04 broken")
    else:
        with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
            for name in src.namelist():
                data = src.read(name)
                if damage == "no_manifest" and name.endswith(".json"):
                    continue
                if damage == "bad_db" and name == DB_NAME:
                    data = data[:4096] + b"\0" * 8192
                dst.writestr(name, data)
    before = library_state(filled)
    root = filled.root
    filled.close()
    with pytest.raises(UserError):
        ops.restore_backup(bad, root)
    with open_library(root) as lib:
        assert library_state(lib) == before


def test_migration_8_gives_old_products_a_condition_and_room_for_their_parcel(tmp_path):
    root = tmp_path / "lib"
    root.mkdir()
    _old_library(root / DB_NAME, 7)
    with open_library(root) as lib:
        assert migrations.version(lib.conn) == migrations.LATEST >= 8
        old = ops.get_product(lib, "OLD-1")
        assert old.condition == "new" and old.packed_weight_g is None
        ops.edit_product(lib, "OLD-1", {"packed_weight_g": 450.0, "package_height_cm": 6.5})
        from tenun_catalog.operations.channels import channel_categories, set_channel_category

        assert channel_categories(lib)[("shopee", "tenun")] == ""  # no default: the seller's id
        assert channel_categories(lib)[("google", "sei")].endswith("> Meat")
        set_channel_category(lib, "shopee", "tenun", "100643")
    with open_library(root) as lib:  # stored, and read back by a new connection
        product = ops.get_product(lib, "OLD-1")
        assert (product.packed_weight_g, product.package_height_cm) == (450.0, 6.5)
        assert channel_categories(lib)[("shopee", "tenun")] == "100643"
        assert set_channel_category(lib, "shopee", "tenun", None) == ""  # back to the default
