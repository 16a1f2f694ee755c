"""Marketplace upload sheets: the seller's Shopee / Tokopedia template, filled and read back.

A real demo library (photos 1000x750, so the web catalog's largest JPEG is >= 500 px); templates
are made here with openpyxl (tests/marketplace_helpers.py): header rows with a fill, a second
sheet "Petunjuk", column widths. The filled workbook is read back with openpyxl: the header
block and its styles, the extra sheet and the widths are as they were; one row per ready
product from the first row the template expects; weights in kg (Shopee) or whole grams
(Tokopedia); a name over the channel's limit is cut at a word boundary and reported on its row;
a required column we do not know is reported by name. Hostile templates (macros, a zip that
unpacks to too much, 200 sheets, too big, not a template) are refused with a message and
nothing is written.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from tenun_catalog import operations as ops
from tenun_catalog.cli import main
from tenun_catalog.demo import build_demo
from tenun_catalog.domain.errors import UserError
from tenun_catalog.export import outputs
from tenun_catalog.export.audience import Selection
from tenun_catalog.export.marketplace import MAX_NAME, render_marketplace
from tenun_catalog.export.marketplace_template import (
    MAX_SHEETS,
    MAX_TEMPLATE_BYTES,
    field_of,
    fold,
)
from tenun_catalog.operations.channels import set_channel_category
from tests.marketplace_helpers import (
    PETUNJUK,
    SHOPEE_FILL,
    TOKOPEDIA_FILL,
    shopee_template,
    tokopedia_template,
)

BASE = "https://koperasi.example.id/katalog/"
LONG_SKU = "TN-SBR-002"
LONG_NAME = (
    "Selempang Ikat Sabu Raijua dengan motif belah ketupat kecil dan jalur merah mengkudu untuk "
    "busana adat dan tanda penghormatan tamu"
)  # 128 characters, spaces along the way
PORK_SKU = "SEI-BBI-001"


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("marketplace") / "library"
    with ops.opened(root) as lib:
        build_demo(lib, photo_size=(1000, 750))
        ops.edit_product(lib, LONG_SKU, {"name_id": LONG_NAME})
        set_channel_category(lib, "shopee", "tenun", "100643")
        set_channel_category(lib, "tokopedia", "tenun", "1759")
        set_channel_category(lib, "tokopedia", "sei", "2311")
    return root


def _expected(root: Path) -> dict[str, float]:
    """SKU -> packed weight (g) of every product a marketplace can take, judged from the
    records directly: a packed weight, a photo, a price and stock (the demo's other products
    miss the packed weight)."""
    with ops.opened(root) as lib:
        found = {}
        for line in ops.list_products(lib):
            product = ops.get_product(lib, line.sku)
            photos = ops.list_photos(lib, line.sku)
            if product.packed_weight_g and photos and product.price and product.stock is not None:
                found[line.sku] = product.packed_weight_g
    assert len(found) >= 5 and PORK_SKU in found and LONG_SKU in found
    return found


def _fill(root: Path, channel: str, template: Path, out: Path, **kw):
    with ops.opened(root) as lib:
        return render_marketplace(lib, out, template=template, channel=channel, base_url=BASE, **kw)


def _rows(sheet, first: int, header: int) -> list[dict[str, object]]:
    names = [c.value for c in sheet[header]]
    rows = []
    for values in sheet.iter_rows(min_row=first, values_only=True):
        if all(v is None for v in values):
            break
        rows.append(dict(zip(names, values, strict=False)))
    return rows


def _notes_en(result) -> str:
    return "\n".join(en for _, en in result.notes)


def test_a_shopee_template_is_filled_from_row_six_and_keeps_everything_else(demo, tmp_path):
    template = shopee_template(tmp_path / "shopee.xlsx", extra_required=("Merek Dagang Khusus",))
    before = openpyxl.load_workbook(template)
    out = tmp_path / "isi.xlsx"
    result = _fill(demo, "shopee", template, out)
    book = openpyxl.load_workbook(out)
    sheet = book["Template"]
    assert book.sheetnames == ["Template", "Petunjuk"]
    assert book["Petunjuk"]["A1"].value == PETUNJUK
    assert book["Petunjuk"].column_dimensions["A"].width == 90
    assert sheet.column_dimensions["B"].width == 45 and sheet.column_dimensions["C"].width == 60
    old = before["Template"]
    for row in range(1, 6):  # the header block, value and style, untouched
        for column in range(1, old.max_column + 1):
            assert sheet.cell(row, column).value == old.cell(row, column).value
    assert all(c.fill.fgColor.rgb == SHOPEE_FILL and c.font.b for c in sheet[2])
    expected = _expected(demo)
    rows = _rows(sheet, 6, 2)
    assert sorted(r["SKU Induk"] for r in rows) == sorted(expected)  # one per ready product
    assert sheet.max_row == 5 + len(expected)
    for row in rows:
        assert row["Berat"] == pytest.approx(round(expected[row["SKU Induk"]] / 1000, 2))
        assert isinstance(row["Harga"], int) and row["Harga"] > 0
        assert len(row["Nama Produk"]) <= MAX_NAME["shopee"]
        images = [row["Foto Sampul"]] + [row[f"Foto Produk {n}"] for n in range(1, 9)]
        images = [u for u in images if u]
        assert images and all(u.startswith(BASE + "img/") and u.endswith(".jpg") for u in images)
        assert row["Merek Dagang Khusus"] is None
    pork = next(r for r in rows if r["SKU Induk"] == PORK_SKU)
    assert pork["Berat"] == pytest.approx(0.32) and pork["Panjang"] == 22
    assert pork["Deskripsi Produk"].startswith("MENGANDUNG BABI.")
    tenun = next(r for r in rows if r["SKU Induk"] == "TN-KPG-001")
    assert tenun["Kategori"] == "100643"
    notes = _notes_en(result)
    assert "'Merek Dagang Khusus' (column T) is not one this program knows" in notes
    assert "The Shopee category for Sei (smoked meat) is not set" in notes
    assert "TN-STM-001: Packed weight is missing" in notes  # the left out, with the reason


def test_a_name_over_the_limit_is_cut_at_a_word_and_reported_on_its_row(demo, tmp_path):
    for channel, make in (("shopee", shopee_template), ("tokopedia", tokopedia_template)):
        out = tmp_path / f"{channel}.xlsx"
        result = _fill(demo, channel, make(tmp_path / f"t-{channel}.xlsx"), out)
        sheet = openpyxl.load_workbook(out).worksheets[0]
        header, first = (2, 6) if channel == "shopee" else (3, 5)
        rows = _rows(sheet, first, header)
        sku_column = "SKU Induk" if channel == "shopee" else "SKU Name"
        name_column = "Nama Produk" if channel == "shopee" else "Nama Produk*"
        index = next(i for i, r in enumerate(rows) if r[sku_column] == LONG_SKU)
        name = rows[index][name_column]
        assert len(name) <= MAX_NAME[channel] < len(LONG_NAME)
        assert LONG_NAME.startswith(name) and LONG_NAME[len(name)] == " "  # a whole word
        line = f"{LONG_SKU} (row {first + index}): name cut to {len(name)} characters"
        assert line in _notes_en(result)
        others = [r[name_column] for r in rows if r[sku_column] != LONG_SKU]
        assert all(n and len(n) <= MAX_NAME[channel] for n in others)


def test_a_tokopedia_template_takes_whole_grams_condition_and_five_photos(demo, tmp_path):
    template = tokopedia_template(tmp_path / "tokopedia.xlsx", extra_required=("Status",))
    out = tmp_path / "isi.xlsx"
    result = _fill(demo, "tokopedia", template, out)
    book = openpyxl.load_workbook(out)
    sheet = book.worksheets[0]
    assert book.sheetnames == ["ISI Template Impor Produk", "Petunjuk"]
    assert sheet["A1"].value == "Template Tambah Produk Sekaligus"
    assert [c.value for c in sheet[4]][:3] == ["contoh", "contoh", "contoh"]
    assert all(c.fill.fgColor.rgb == TOKOPEDIA_FILL for c in sheet[3])
    assert sheet.column_dimensions["A"].width == 50
    expected = _expected(demo)
    rows = _rows(sheet, 5, 3)
    assert sorted(r["SKU Name"] for r in rows) == sorted(expected)
    for row in rows:
        grams = row["Berat* (Gram)"]
        assert isinstance(grams, int) and grams == round(expected[row["SKU Name"]])
        assert row["Kondisi*"] == "Baru"
        assert row["Gambar 1*"].startswith(BASE)
        assert row["Kategori Kode*"] in ("1759", "2311")
        assert row["Minimum Pemesanan*"] >= 1
    assert sheet.max_column == len(rows[0])  # nothing written past the last header
    notes = _notes_en(result)
    assert "'Status*' (column Q) is not one this program knows" in notes
    assert "category for" not in notes  # both kinds have their Tokopedia category


def test_used_condition_and_the_grams_of_a_light_parcel(demo, tmp_path):
    with ops.opened(demo) as lib:
        ops.edit_product(lib, "TN-SBR-002", {"condition": "used", "packed_weight_g": 120.4})
    try:
        out = tmp_path / "isi.xlsx"
        _fill(
            demo,
            "tokopedia",
            tokopedia_template(tmp_path / "t.xlsx"),
            out,
            selection=Selection(skus=("TN-SBR-002",)),
        )
        row = _rows(openpyxl.load_workbook(out).worksheets[0], 5, 3)[0]
        assert row["Kondisi*"] == "Bekas" and row["Berat* (Gram)"] == 121  # rounded up
    finally:
        with ops.opened(demo) as lib:
            ops.edit_product(lib, "TN-SBR-002", {"condition": "new", "packed_weight_g": 120})


def test_without_a_base_url_nothing_is_written_and_the_message_says_where(demo, tmp_path):
    out = tmp_path / "isi.xlsx"
    with ops.opened(demo) as lib, pytest.raises(UserError) as refused:
        render_marketplace(lib, out, template=shopee_template(tmp_path / "s.xlsx"))
    assert "--base-url" in refused.value.message_en and "catalog edit" in refused.value.message_en
    assert not out.exists()


def test_the_cli_runs_it_and_the_app_menu_leaves_it_out(demo, tmp_path, capsys):
    template = shopee_template(tmp_path / "s.xlsx")
    out = tmp_path / "isi.xlsx"
    args = ["--library", str(demo), "--lang", "en", "render", "marketplace"]
    args += ["--channel", "shopee", "--template", str(template), "--base-url", BASE]
    assert main([*args, "--out", str(out)]) == 0
    assert "Shopee upload sheet:" in capsys.readouterr().err
    assert out.is_file()
    assert not outputs.get("marketplace").in_app  # the template is asked for in the app
    without = [a for a in args if a not in ("--template", str(template))]
    with pytest.raises(SystemExit) as usage:  # --template is required: bad usage
        main([*without, "--out", str(tmp_path / "x.xlsx")])
    assert usage.value.code == 2
    assert "--template" in capsys.readouterr().err


# ---- hostile templates ------------------------------------------------------------------------


def _refused(demo: Path, template: Path, tmp_path: Path, *words: str) -> None:
    out = tmp_path / "hasil.xlsx"
    with pytest.raises(UserError) as refused:
        _fill(demo, "shopee", template, out)
    message = refused.value.message_en + " | " + refused.value.message_id
    for word in words:
        assert word in message, message
    assert template.name in message
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_a_macro_workbook_is_refused(demo, tmp_path):
    xlsm = tmp_path / "shopee.xlsm"
    shopee_template(xlsm)
    _refused(demo, xlsm, tmp_path, "macros", ".xlsm")
    disguised = tmp_path / "makro.xlsx"  # renamed, with a VBA project inside
    data = io.BytesIO(shopee_template(tmp_path / "plain.xlsx").read_bytes())
    with zipfile.ZipFile(data, "a") as archive:
        archive.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 not really")
    disguised.write_bytes(data.getvalue())
    _refused(demo, disguised, tmp_path, "macros")


def test_a_zip_that_unpacks_to_too_much_is_refused_before_unpacking(demo, tmp_path):
    bomb = tmp_path / "bom.xlsx"
    data = io.BytesIO(shopee_template(tmp_path / "plain.xlsx").read_bytes())
    with zipfile.ZipFile(data, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/filler.bin", b"\0" * (110 * 1024 * 1024))
    bomb.write_bytes(data.getvalue())
    assert bomb.stat().st_size < 2 * 1024 * 1024  # small on disk
    _refused(demo, bomb, tmp_path, "once unpacked", "100 MB")


def test_a_file_over_the_size_limit_is_refused(demo, tmp_path):
    big = tmp_path / "besar.xlsx"
    data = io.BytesIO(shopee_template(tmp_path / "plain.xlsx").read_bytes())
    with zipfile.ZipFile(data, "a", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("xl/media/photo.bin", bytes(range(256)) * (MAX_TEMPLATE_BYTES // 256))
    big.write_bytes(data.getvalue())
    _refused(demo, big, tmp_path, "larger than 20 MB")


def test_a_workbook_with_200_sheets_is_refused(demo, tmp_path):
    many = tmp_path / "lembar.xlsx"
    book = openpyxl.Workbook()
    for n in range(199):
        book.create_sheet(f"L{n}")
    book.save(many)
    _refused(demo, many, tmp_path, "200 sheets", str(MAX_SHEETS))


def test_not_a_template_or_not_a_workbook_is_refused(demo, tmp_path):
    other = tmp_path / "lain.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"] = "Daftar belanja"
    book.active["A2"] = "Benang"
    book.save(other)
    _refused(demo, other, tmp_path, "no Shopee header row", "Nama Produk")
    text = tmp_path / "teks.xlsx"
    text.write_text("Nama Produk,Harga\n", encoding="utf-8")
    _refused(demo, text, tmp_path, "not a complete .xlsx")


def test_formulas_in_the_template_are_kept_as_written_never_evaluated(demo, tmp_path):
    template = shopee_template(tmp_path / "s.xlsx")
    book = openpyxl.load_workbook(template)
    book["Petunjuk"]["B5"] = '=HYPERLINK("https://contoh.example","klik")'
    book.save(template)
    out = tmp_path / "isi.xlsx"
    _fill(demo, "shopee", template, out)
    kept = openpyxl.load_workbook(out)["Petunjuk"]["B5"]
    assert kept.data_type == "f" and kept.value.startswith("=HYPERLINK(")


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("Nama Produk", "name"),
        ("*Nama produk", "name"),
        ("PRODUCT NAME", "name"),
        ("ps_product_name", "name"),
        ("Berat (kg)", "weight"),
        ("Berat* (Gram)", "weight"),
        ("Harga (Rp)*", "price"),
        ("Foto Produk 3", "image:3"),
        ("Gambar 5*", "image:5"),
        ("Foto Sampul", "cover_image"),
        ("Kategori Kode*", "category"),
        ("SKU Induk", "sku"),
        ("Merek Dagang Khusus", None),
        ("Status*", None),
    ],
)
def test_headers_are_matched_tolerantly(header, key):
    assert field_of(header) == key, fold(header)
