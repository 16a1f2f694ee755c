"""Production steps of a product (issue 13): migration 7, operations, the command line, the
demo, and the motif view that reads them for documents.

- A library (and a backup) from schema 6 opens with the new table and loses nothing.
- Steps are added in order, checked (kind, days, length), removed, and go with their product.
- `product step add|list|remove` work from the command line with the usual exit codes.
- The demo gives Rote Ndao and Sumba Timur cloths their steps with the plants of their dyes.
- The motif view cuts a step's sentence that names a withheld motif.
"""

from __future__ import annotations

import json
import sqlite3
import zipfile

import pytest

from tenun_catalog import operations as ops
from tenun_catalog.cli import main
from tenun_catalog.demo import build_demo
from tenun_catalog.domain.entities import Motif, Producer, Product, ProductionStep
from tenun_catalog.domain.errors import NotFound, UserError
from tenun_catalog.export.audience_motifs import build_motif_view
from tenun_catalog.store import db, migrations, open_library
from tenun_catalog.store.backup_archive import MANIFEST
from tenun_catalog.store.library import DB_NAME


def _schema6_file(path) -> None:
    """A database as the release before production steps left it, with a tenun in it."""
    conn = db.connect(path)
    migrations.upgrade(conn, target=6)
    conn.execute("INSERT INTO producers (name, kabupaten) VALUES ('Kelompok Lama', 'rote_ndao')")
    conn.execute(
        "INSERT INTO products (sku, kind, producer_id, name_id, price)"
        " VALUES ('OLD-RT-1', 'tenun', 1, 'Lafa Lama', 900000)"
    )
    conn.execute("INSERT INTO tenun_details (product_id, dyes) VALUES (1, '[\"mengkudu\"]')")
    conn.close()


def test_a_schema_6_library_opens_with_the_steps_table(tmp_path) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    _schema6_file(root / DB_NAME)
    with open_library(root) as lib:
        latest = migrations.LATEST  # 7 added the steps; later ones must keep them
        assert latest >= 7 and migrations.version(lib.conn) == latest
        assert migrations.schema(lib.conn) == migrations.expected_schema(latest)
        assert ops.get_product(lib, "OLD-RT-1").tenun.dyes == ["mengkudu"]
        assert ops.list_steps(lib, "OLD-RT-1") == []
        ops.add_step(lib, "OLD-RT-1", ProductionStep(0, "pewarnaan", plants=["mengkudu"]))
        assert [s.kind for s in ops.list_steps(lib, "OLD-RT-1")] == ["pewarnaan"]


def test_a_backup_from_schema_6_restores_and_upgrades(tmp_path) -> None:
    old = tmp_path / "old.sqlite3"
    _schema6_file(old)
    archive = tmp_path / "cadangan-lama.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        manifest = {"format": 1, "schema": 6, "created": "2026-11-01T10:00:00", "photos": 0}
        zf.writestr(MANIFEST, json.dumps(manifest))
        zf.write(old, DB_NAME)
    root = tmp_path / "restored"
    ops.restore_backup(archive, root)
    with open_library(root) as lib:
        assert migrations.version(lib.conn) == migrations.LATEST
        assert ops.get_product(lib, "OLD-RT-1").name_id == "Lafa Lama"
        tables = {r[0] for r in lib.conn.execute("SELECT name FROM sqlite_master")}
        assert "production_steps" in tables


def test_migration_seven_is_one_transaction(tmp_path, monkeypatch) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    _schema6_file(root / DB_NAME)

    def broken(conn):
        migrations._script(migrations._V7_PRODUCTION_STEPS)(conn)
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS[:6], broken])
    with pytest.raises(RuntimeError):
        open_library(root)
    conn = sqlite3.connect(root / DB_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 6
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "production_steps" not in names
    conn.close()


def _tenun(lib, sku: str = "TN-RT-9") -> None:
    producer = ops.add_producer(lib, Producer(name="Kelompok Uji", kabupaten="rote_ndao")).after
    ops.add_product(lib, Product(sku=sku, kind="tenun", name_id="Lafa", producer_id=producer.id))


def test_steps_are_kept_in_order_checked_and_go_with_their_product(lib) -> None:
    _tenun(lib)
    for kind in ("benang", "pewarnaan", "penenunan"):
        ops.add_step(lib, "TN-RT-9", ProductionStep(0, kind, days=3, plants=[" tarum ", ""]))
    found = ops.list_steps(lib, "TN-RT-9")
    assert [s.kind for s in found] == ["benang", "pewarnaan", "penenunan"]
    assert [s.position for s in found] == [0, 1, 2] and found[1].plants == ["tarum"]
    ops.remove_step(lib, found[1].id)
    assert [s.kind for s in ops.list_steps(lib, "TN-RT-9")] == ["benang", "penenunan"]
    with pytest.raises(UserError, match="tidak dikenal"):
        ops.add_step(lib, "TN-RT-9", ProductionStep(0, "memasak"))
    with pytest.raises(UserError, match="negatif"):
        ops.add_step(lib, "TN-RT-9", ProductionStep(0, "penenunan", days=-1))
    with pytest.raises(UserError, match="terlalu panjang"):
        ops.add_step(lib, "TN-RT-9", ProductionStep(0, "penenunan", description_id="x" * 6000))
    with pytest.raises(NotFound):
        ops.add_step(lib, "TIDAK-ADA", ProductionStep(0, "penenunan"))
    with pytest.raises(NotFound):
        ops.remove_step(lib, 9999)
    assert len(ops.list_steps(lib, "TN-RT-9")) == 2  # refusals changed nothing
    ops.remove_product(lib, "TN-RT-9")
    assert lib.conn.execute("SELECT COUNT(*) FROM production_steps").fetchone()[0] == 0


def test_cli_product_step(tmp_path, capsys) -> None:
    root = str(tmp_path / "lib")
    base = ["--library", root]
    assert (
        main([*base, "product", "add", "--kind", "tenun", "--sku", "A-1", "--name-id", "Kain"]) == 0
    )
    code = main(
        [*base, "product", "step", "add", "A-1", "--kind", "Pewarnaan", "--days", "21",
         "--plants", "mengkudu (Morinda citrifolia); tarum", "--description-id", "Dicelup."]
    )  # fmt: skip
    assert code == 0
    assert main([*base, "product", "step", "add", "A-1", "--kind", "weaving"]) == 0
    capsys.readouterr()
    assert main([*base, "product", "step", "list", "A-1", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(s["kind"], s["days"]) for s in listed] == [("pewarnaan", 21), ("penenunan", None)]
    assert listed[0]["plants"] == ["mengkudu (Morinda citrifolia)", "tarum"]
    assert main([*base, "product", "step", "add", "A-1", "--kind", "memasak"]) == 1
    assert "memasak" in capsys.readouterr().err
    assert main([*base, "product", "step", "remove", str(listed[0]["id"])]) == 0
    assert main([*base, "product", "step", "remove", "999"]) == 1
    capsys.readouterr()
    assert main([*base, "product", "step", "list", "A-1"]) == 0
    out = capsys.readouterr().out
    assert "Penenunan" in out and "Pewarnaan" not in out


def test_the_demo_describes_rote_and_sumba_cloths_with_their_dye_plants(tmp_path) -> None:
    with ops.opened(tmp_path / "demo") as lib:
        build_demo(lib, photo_size=(64, 48))
        for sku in ("TN-RTN-001", "TN-RTN-002", "TN-STM-001", "TN-STM-002"):
            steps = ops.list_steps(lib, sku)
            kinds = [s.kind for s in steps]
            assert {"benang", "pewarnaan", "pengikatan", "penenunan"} <= set(kinds), sku
            dyeing = next(s for s in steps if s.kind == "pewarnaan")
            plants = " ".join(dyeing.plants)
            assert "Morinda citrifolia" in plants and "Indigofera" in plants, sku
            assert all(s.days and s.days > 0 for s in steps)
            assert not any("patola" in (s.description_id + s.description_en).lower() for s in steps)


def test_the_motif_view_cuts_a_step_that_names_a_withheld_motif(lib) -> None:
    _tenun(lib)
    secret = ops.add_motif(
        lib, Motif(name_id="Motif Raja", kabupaten="rote_ndao", restriction="bangsawan")
    ).after
    ops.edit_product(lib, "TN-RT-9", {"motif_ids": [secret.id]})
    text = "Motif Raja diikat lebih dahulu. Lalu benang dicelup."
    ops.add_step(lib, "TN-RT-9", ProductionStep(0, "pengikatan", description_id=text))
    for audience, kept in (("submission", "Lalu benang dicelup."), ("internal", text)):
        view = build_motif_view(lib, audience, "rote_ndao")
        assert [s.description_id for s in view.steps["TN-RT-9"]] == [kept], audience


def test_undo_of_a_removed_product_brings_its_steps_back(lib) -> None:
    from tenun_catalog.operations.gui_support import remove_product_fully, restore_removed_product

    _tenun(lib)
    for kind in ("benang", "pewarnaan", "penenunan"):
        ops.add_step(lib, "TN-RT-9", ProductionStep(0, kind, description_id=f"Tahap {kind}."))
    before = ops.list_steps(lib, "TN-RT-9")
    removed = remove_product_fully(lib, "TN-RT-9")
    assert lib.conn.execute("SELECT COUNT(*) FROM production_steps").fetchone()[0] == 0
    restore_removed_product(lib, removed)
    assert ops.list_steps(lib, "TN-RT-9") == before
