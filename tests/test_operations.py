"""User actions on a real library: records, undo data, photos, bad input leaving nothing behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from tenun_catalog import operations as ops
from tenun_catalog.domain import Permit, Producer, Product
from tenun_catalog.domain.errors import NotFound, UserError
from tenun_catalog.images import synthetic
from tenun_catalog.store import db, open_library
from tests.conftest import library_state


def test_edit_returns_before_and_after_so_it_can_be_undone(filled):
    change = ops.edit_product(filled, "TNN-001", {"price": 475000, "tenun.width_cm": 55.5})
    assert change.action == "updated" and change.fields == ("price", "tenun.width_cm")
    assert change.before.price == 450000 and change.after.tenun.width_cm == 55.5
    undo = {path: _value(change.before, path) for path in change.fields}
    ops.edit_product(filled, "TNN-001", undo)
    assert ops.get_product(filled, "TNN-001") == change.before
    assert ops.edit_product(filled, "TNN-001", {"price": 450000}).action == "unchanged"


def _value(record, path):
    for part in path.split("."):
        record = getattr(record, part)
    return record


def test_remove_and_restore_a_product_with_its_photos(filled, photo_files):
    ops.attach_photos(filled, "TNN-001", photo_files)
    photos = ops.list_photos(filled, "TNN-001")
    ops.reorder_photos(filled, "TNN-001", [photos[2].id, photos[0].id, photos[1].id])
    before = ops.list_photos(filled, "TNN-001")
    change = ops.remove_product(filled, "TNN-001")
    with pytest.raises(NotFound):
        ops.get_product(filled, "TNN-001")
    assert [p.id for p in change.related] == [p.id for p in before]
    ops.restore_product(filled, change.before, change.related)
    restored = ops.get_product(filled, "TNN-001")
    assert restored == change.before  # same id, fields and motif links
    assert ops.list_photos(filled, "TNN-001") == before
    assert [r.sku for r in ops.search_products(filled, "songket")] == ["TNN-001"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"sei.meat": "rusa"}, "sei.meat"),  # protected animal: refused outright
        ({"price": 0}, "price"),
        ({"kind": "kapal"}, "kind"),
        ({"tenun.width_cm": 60}, "tenun.width_cm"),  # a Sei has no tenun detail
        ({"warna": "merah"}, "warna"),
    ],
)
def test_refused_edits_change_nothing(filled, changes, field):
    before = library_state(filled)
    product = ops.get_product(filled, "SEI-001")
    with pytest.raises(UserError) as caught:
        ops.edit_product(filled, "SEI-001", changes)
    assert caught.value.field == field
    assert caught.value.message_id and caught.value.message_en
    assert ops.get_product(filled, "SEI-001") == product
    assert library_state(filled) == before


def test_duplicate_sku_and_unknown_links_are_refused(filled):
    with pytest.raises(UserError, match="sudah dipakai"):
        ops.add_product(filled, Product(sku="tnn-001", kind="tenun"))
    with pytest.raises(NotFound):
        ops.add_product(filled, Product(sku="X-1", kind="tenun", producer_id=999))
    with pytest.raises(UserError, match="masih punya 2 produk"):
        ops.remove_producer(filled, "Kelompok Tenun Ina Ndao")
    with pytest.raises(UserError, match="masih dipakai"):
        ops.remove_motif(filled, "Bunga Sepe")


def test_changing_kind_gives_the_new_detail_record(filled):
    ops.add_product(filled, Product(sku="OTH-1", kind="other", name_id="Tas anyaman"))
    after = ops.edit_product(filled, "OTH-1", {"kind": "tenun", "tenun.width_cm": 40.0}).after
    assert after.tenun.width_cm == 40.0
    assert ops.get_product(filled, "OTH-1").tenun.width_cm == 40.0


def test_permits_cover_products_and_are_checked(filled):
    producer = ops.get_producer(filled, "Kelompok Tenun Ina Ndao")
    permit = Permit(
        kind="pirt", number="2065371010099-29", producer_id=producer.id, product_skus=["SEI-001"]
    )
    ops.add_permit(filled, permit)
    assert ops.list_permits(filled, producer.id)[0].product_skus == ["SEI-001"]
    with pytest.raises(NotFound):
        ops.add_permit(filled, Permit(kind="nib", number="1", product_skus=["NOPE"]))
    with pytest.raises(UserError):
        ops.add_permit(filled, Permit(kind="sim", number="1"))


def test_check_reports_findings_per_record(filled):
    ops.add_producer(filled, Producer(name="Koperasi NIB Salah", nib="812345678901"))
    by_key = {(c.entity, c.key): c for c in ops.check(filled)}
    codes = {f.code for f in by_key[("producer", "2")].findings}
    assert "nib_format" in codes
    assert "motif_withheld" in {f.code for f in by_key[("product", "TNN-001")].findings}


def test_photos_attach_reorder_cover_remove_restore(filled, photo_files):
    result = ops.attach_photos(filled, "TNN-001", photo_files)
    assert not result.errors and len(result.added) == 3
    photos = ops.list_photos(filled, "TNN-001")
    assert [p.role for p in photos] == ["utama", "detail_motif", "detail_motif"]
    assert (photos[1].width, photos[1].height) == (300, 400)  # EXIF orientation 6: upright size
    ids = [p.id for p in photos]
    ops.reorder_photos(filled, "TNN-001", [ids[2], ids[0], ids[1]])
    assert [p.id for p in ops.list_photos(filled, "TNN-001")] == [ids[2], ids[0], ids[1]]
    ops.set_cover(filled, ids[1])
    assert [p.id for p in ops.list_photos(filled, "TNN-001")] == [ids[1], ids[2], ids[0]]
    with pytest.raises(UserError):
        ops.reorder_photos(filled, "TNN-001", [ids[0], ids[0], ids[1]])
    removed = ops.remove_photo(filled, ids[2]).before
    assert len(ops.list_photos(filled, "TNN-001")) == 2
    assert (filled.photos_dir / removed.filename).is_file()  # kept for undo
    restored = ops.restore_photo(filled, removed).after
    assert restored.id == removed.id
    assert [p.id for p in ops.list_photos(filled, "TNN-001")] == [ids[1], ids[2], ids[0]]
    edited = ops.edit_photo(filled, ids[1], {"caption_id": "Detail motif", "alt_en": "Detail"})
    assert edited.fields == ("caption_id", "alt_en")
    assert ops.thumbnail(filled, photos[0]).is_file()


def test_the_same_photo_twice_is_stored_once(filled, photo_files):
    ops.attach_photos(filled, "TNN-001", photo_files[:1])
    ops.attach_photos(filled, "SEI-001", photo_files[:1])
    assert len(list(filled.photos_dir.iterdir())) == 1
    assert len(ops.list_photos(filled, "SEI-001")) == 1


def test_bad_photos_are_reported_and_the_good_ones_still_land(filled, photo_files, tmp_path):
    empty = tmp_path / "kosong.jpg"
    empty.write_bytes(b"")
    text = tmp_path / "catatan.jpg"
    text.write_text("bukan foto")
    truncated = tmp_path / "terpotong.jpg"
    truncated.write_bytes(photo_files[0].read_bytes()[:5000])
    result = ops.attach_photos(filled, "TNN-001", [empty, photo_files[1], text, truncated])
    assert [e.code for e in result.errors] == ["empty", "not_image", "truncated"]
    assert all(e.path.name in e.message_id for e in result.errors)
    assert len(result.added) == 1


def test_only_bad_photos_leave_the_library_unchanged(filled, tmp_path):
    empty = tmp_path / "kosong.jpg"
    empty.write_bytes(b"")
    before = library_state(filled)
    result = ops.attach_photos(filled, "TNN-001", [empty])
    assert result.added == [] and len(result.errors) == 1
    assert library_state(filled) == before


def test_attach_to_a_missing_product_stores_nothing(filled, photo_files):
    before = library_state(filled)
    with pytest.raises(NotFound):
        ops.attach_photos(filled, "NOPE", photo_files)
    assert library_state(filled) == before


_SLOW_ATTACH = """
import sys, pathlib
from tenun_catalog import operations as ops
from tenun_catalog.domain import Product
lib = ops.open_or_create(pathlib.Path(sys.argv[1]))
paths = sorted(pathlib.Path(sys.argv[2]).iterdir())
for i in range(1000):
    sku = f"K-{i:04d}"
    ops.add_product(lib, Product(sku=sku, kind="tenun", name_id=f"Kain {i}", price=100000 + i))
    ops.attach_photos(lib, sku, paths[i % len(paths):][:2])
    print(i, flush=True)
"""


@pytest.mark.parametrize("kill_after_lines", [0, 3])
def test_a_killed_process_leaves_a_consistent_library(tmp_path, kill_after_lines):
    incoming = tmp_path / "in"
    incoming.mkdir()
    for i in range(6):
        synthetic.make_ikat_photo(incoming / f"{i}.jpg", seed=i, size=(640, 480))
    root = tmp_path / "lib"
    proc = subprocess.Popen(
        [sys.executable, "-c", _SLOW_ATTACH, str(root), str(incoming)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ},
    )
    deadline = time.monotonic() + 60
    for _ in range(kill_after_lines):
        assert proc.stdout.readline()
    while kill_after_lines == 0 and not (root / "photos").exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with open_library(root) as lib:
        assert db.integrity_ok(lib.conn)
        for (filename,) in lib.conn.execute("SELECT filename FROM photos"):
            assert (lib.photos_dir / filename).is_file()
        fts = lib.conn.execute("SELECT count(*) FROM product_search").fetchone()[0]
        assert fts == ops.count_products(lib)


@pytest.mark.parametrize("name", sorted(__import__("tests.test_images", fromlist=["BAD"]).BAD))
def test_each_bad_photo_leaves_the_library_unchanged(filled, tmp_path, name):
    from tests.test_images import BAD, make_bad

    folder = tmp_path / "bad"
    folder.mkdir()
    path = make_bad(folder, name)
    before = library_state(filled)
    result = ops.attach_photos(filled, "TNN-001", [path])
    assert [e.code for e in result.errors] == [BAD[name][0]]
    assert result.added == []
    assert library_state(filled) == before
    assert db.integrity_ok(filled.conn)


def test_a_number_too_large_for_sqlite_is_a_user_error(filled):
    before = ops.get_product(filled, "TNN-001")
    with pytest.raises(UserError, match="terlalu besar"):
        ops.edit_product(filled, "TNN-001", {"stock": 10**20})
    assert ops.get_product(filled, "TNN-001") == before


def test_motifs_are_found_by_any_name_ignoring_case(filled):
    assert ops.get_motif(filled, "bunga sepe").name_id == "Bunga Sepe"
    assert ops.get_motif(filled, "HENA KAPA").name_id == "Bunga Sepe"
    with pytest.raises(NotFound):
        ops.get_motif(filled, "")
