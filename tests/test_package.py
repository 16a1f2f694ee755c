"""The submission package read back: manifest checksums, XLSX columns, photo sizes, PDF parts."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tenun_catalog import operations as ops
from tenun_catalog.demo.permit_scans import scan_pdf
from tenun_catalog.domain import Permit, Producer, Product
from tenun_catalog.domain.errors import UserError
from tenun_catalog.export.names import file_stem
from tenun_catalog.export.package import build_submission, safe_name
from tenun_catalog.images import synthetic


@pytest.fixture
def ready_producer(lib, tmp_path):
    """A producer with everything a curation desk asks for, and one complete product."""
    producer = Producer(
        name="Koperasi Tenun: Lii Ndao?",
        producer_type="koperasi",
        legal_form="koperasi",
        nib="8120001234567",
        person_in_charge="Maria Ndun",
        nik="5371010101800001",
        address="Jl. Timor Raya 12",
        kecamatan="Oebobo",
        kabupaten="kota_kupang",
        whatsapp="0812-3456-7890",
        capacity_per_month=20,
        capacity_unit="lembar",
        market_reach="nasional",
        story_id="Koperasi penenun di Kupang.",
    )
    ops.add_producer(lib, producer)
    product = Product(
        sku="TNN/001",
        kind="tenun",
        producer_id=producer.id,
        name_id="Selendang Ikat Kupang",
        name_en="Kupang ikat shawl",
        story_id="Ditenun dengan pewarna alam.",
        price=450000,
        wholesale_price=400000,
        min_order=2,
        lead_time_days=30,
        stock=5,
        packaging="Kotak",
    )
    product.tenun.origin_kabupaten = "kota_kupang"
    product.tenun.techniques = ["ikat_lungsi"]
    ops.add_product(lib, product)
    folder = tmp_path / "foto"
    folder.mkdir()
    files = [
        synthetic.make_ikat_photo(
            folder / f"{i}.jpg", seed=i, size=(1400, 1050), orientation=6 if i == 1 else 1
        )
        for i in range(3)
    ]
    ops.attach_photos(lib, "TNN/001", files)
    ops.add_permit(
        lib,
        Permit(
            kind="nib",
            number="8120001234567",
            producer_id=producer.id,
            expires=date.today() + timedelta(days=400),
        ),
        scan=scan_file(tmp_path / "nib.pdf"),  # a permit without its scan is incomplete
    )
    return producer


def scan_file(path):
    path.write_bytes(scan_pdf(Permit("nib", path.stem), "Koperasi"))
    return path


def test_a_complete_package_reads_back(lib, ready_producer, tmp_path):
    result = build_submission(lib, tmp_path / "paket.zip", producers=[ready_producer.id])
    assert not result.incomplete
    folder = safe_name(ready_producer.name)
    assert ":" not in folder and "?" not in folder
    with zipfile.ZipFile(result.path) as zf:
        zf.extractall(tmp_path / "x")
    root = tmp_path / "x" / folder
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["complete"] is True and manifest["generator"].startswith("Tenun Catalog")
    listed = {f["path"] for f in manifest["files"]}
    assert {"produk.xlsx", "katalog.pdf", "profil.pdf", "kesiapan.pdf"} <= listed
    for entry in manifest["files"]:
        data = (root / entry["path"]).read_bytes()
        assert len(data) == entry["size"]
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]
    photos = sorted(p for p in listed if p.startswith("foto/"))
    stem = file_stem("TNN/001")  # "/" is not safe in a file name: TNN_001 plus a hash
    assert stem.startswith("TNN_001-") and stem != file_stem("TNN_001")
    assert photos == [
        f"foto/{stem}/{stem}-0{i}-{r}.jpg"
        for i, r in ((1, "utama"), (2, "detail_motif"), (3, "detail_motif"))
    ]
    from tenun_catalog.images import check_image

    for photo in photos:
        kind, width, height = check_image(root / photo)
        assert kind == "JPEG" and min(width, height) >= 1000
    sheet = load_workbook(root / "produk.xlsx").active
    assert sheet.freeze_panes == "B3"
    headers_id = [c.value for c in sheet[1]]
    headers_en = [c.value for c in sheet[2]]
    assert headers_id[:3] == ["SKU", "Jenis produk", "Nama (Indonesia)"]
    assert headers_en[:3] == ["SKU", "Product kind", "Name (Indonesian)"]
    assert sheet.max_row == 3 and sheet.cell(3, 1).value == "TNN/001"
    assert sheet.cell(3, headers_id.index("Harga eceran (Rp)") + 1).value == 450000
    assert "Berkas foto" in headers_id and "Izin (nomor)" in headers_id
    assert len(PdfReader(root / "profil.pdf").pages) >= 1
    text = "".join(p.extract_text() for p in PdfReader(root / "profil.pdf").pages)
    assert "Koperasi Tenun" in text and "5371010101800001" not in text  # NIK never printed
    assert len(PdfReader(root / "kesiapan.pdf").pages) == 1
    catalog_text = "".join(p.extract_text() for p in PdfReader(root / "katalog.pdf").pages)
    assert "Selendang Ikat Kupang" in catalog_text


def test_an_incomplete_producer_is_refused_with_the_list(lib, ready_producer, tmp_path):
    ops.edit_product(lib, "TNN/001", {"stock": None, "packaging": ""})
    with pytest.raises(UserError) as caught:
        build_submission(lib, tmp_path / "paket.zip", producers=[ready_producer.id])
    message = caught.value.message_id
    assert "Stok" in message and "Kemasan" in message and "--allow-incomplete" in message
    assert not (tmp_path / "paket.zip").exists()
    result = build_submission(
        lib, tmp_path / "paket.zip", producers=[ready_producer.id], allow_incomplete=True
    )
    assert result.incomplete
    with zipfile.ZipFile(result.path) as zf:
        name = next(n for n in zf.namelist() if n.endswith("manifest.json"))
        manifest = json.loads(zf.read(name))
        report = next(n for n in zf.namelist() if n.endswith("kesiapan.pdf"))
        zf.extract(report, tmp_path / "y")
    assert manifest["incomplete"] is True and len(manifest["missing"]) == 2
    assert "BELUM LENGKAP" in PdfReader(tmp_path / "y" / report).pages[0].extract_text()


def test_small_photos_and_expired_permits(lib, ready_producer, tmp_path):
    small = synthetic.make_ikat_photo(tmp_path / "kecil.jpg", seed=9, size=(800, 600))
    ops.attach_photos(lib, "TNN/001", [small])
    with pytest.raises(UserError, match="1000"):
        build_submission(lib, tmp_path / "p.zip", producers=[ready_producer.id])
    ops.add_permit(
        lib,
        Permit(
            kind="pirt",
            number="2065371010099-20",
            producer_id=ready_producer.id,
            expires=date(2024, 1, 1),
        ),
    )
    with pytest.raises(UserError, match="kedaluwarsa") as caught:
        build_submission(
            lib, tmp_path / "p.zip", producers=[ready_producer.id], allow_incomplete=True
        )
    assert "--allow-incomplete" not in caught.value.message_id  # expired always blocks


def test_an_expiring_permit_is_reported_but_does_not_block(lib, ready_producer, tmp_path):
    ops.add_permit(
        lib,
        Permit(
            kind="halal",
            number="ID53110000123450125",
            producer_id=ready_producer.id,
            expires=date.today() + timedelta(days=30),
        ),
        scan=scan_file(tmp_path / "halal.pdf"),
    )
    result = build_submission(lib, tmp_path / "p.zip", producers=[ready_producer.id])
    assert not result.incomplete
    with zipfile.ZipFile(result.path) as zf:
        report = next(n for n in zf.namelist() if n.endswith("kesiapan.pdf"))
        zf.extract(report, tmp_path / "z")
    text = PdfReader(tmp_path / "z" / report).pages[0].extract_text()
    assert "Izin usaha (2)" in text and "ID53110000123450125" in text


def test_all_producers_packages_those_it_can_and_names_the_one_left_out(
    lib, ready_producer, tmp_path, capsys
):
    from tenun_catalog.cli import main

    blocked = ops.add_producer(
        lib, Producer(name="Sei Ibu Ana", kabupaten="kota_kupang", producer_type="umkm")
    ).after
    ops.add_permit(
        lib,
        Permit(
            kind="pirt", number="2065371010099-24", producer_id=blocked.id, expires=date(2024, 6, 1)
        ),
    )
    out = tmp_path / "semua.zip"
    args = ["--library", str(lib.root), "package", "submission", "--all", "--out", str(out)]
    lib.close()
    code = main([*args, "--allow-incomplete"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "1 produsen tidak dimasukkan" in captured.err and "Sei Ibu Ana" in captured.err
    assert "kedaluwarsa" in captured.err
    assert "--allow-incomplete diterapkan" not in captured.err
    assert "--allow-incomplete tidak diperlukan" in captured.err  # said, not silently identical
    with zipfile.ZipFile(out) as zf:
        folders = {n.split("/")[0] for n in zf.namelist()}
        manifest = json.loads(zf.read(f"{safe_name(ready_producer.name)}/manifest.json"))
        for entry in manifest["files"]:
            data = zf.read(f"{safe_name(ready_producer.name)}/{entry['path']}")
            assert hashlib.sha256(data).hexdigest() == entry["sha256"]
    assert folders == {safe_name(ready_producer.name)}
    # Only the blocked producer: nothing can be packaged, exit 1 with the reason.
    only = tmp_path / "sendiri.zip"
    assert main([*args[:4], "--producer", "Sei Ibu Ana", "--out", str(only)]) == 1
    assert "kedaluwarsa" in capsys.readouterr().err and not only.exists()
