"""Marketplace templates made in the test, shaped like the ones Seller Centre hands out.

Shopee-like: technical keys in row 1 (ps_product_name...), the column names in row 2 (orange
fill, bold), "Wajib"/"Opsional" in row 3, descriptions in rows 4-5: products go from row 6.
Tokopedia-like: a title and a note in rows 1-2, the column names in row 3 with `*` on the
required ones (green fill), an example hint in row 4: products go from row 5. Both have a second
sheet "Petunjuk" with text and set column widths, which must come back untouched.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Font, PatternFill

SHOPEE_FILL = "FFEE4D2D"
TOKOPEDIA_FILL = "FF03AC0E"
PETUNJUK = "Isi satu produk per baris. Jangan mengubah judul kolom."

SHOPEE_COLUMNS = [  # (technical key, column name, required)
    ("ps_category", "Kategori", True),
    ("ps_product_name", "Nama Produk", True),
    ("ps_product_description", "Deskripsi Produk", True),
    ("ps_sku_parent_short", "SKU Induk", False),
    ("ps_price", "Harga", True),
    ("ps_stock", "Stok", True),
    ("ps_item_cover_image", "Foto Sampul", True),
    *((f"ps_item_image_{n}", f"Foto Produk {n}", False) for n in range(1, 9)),
    ("ps_weight", "Berat", True),
    ("ps_length", "Panjang", False),
    ("ps_width", "Lebar", False),
    ("ps_height", "Tinggi", False),
]
TOKOPEDIA_COLUMNS = [  # (column name as written, required)
    ("Nama Produk*", True),
    ("Deskripsi Produk", False),
    ("Kategori Kode*", True),
    ("Berat* (Gram)", True),
    ("Minimum Pemesanan*", True),
    ("Nomor Etalase", False),
    ("Waktu Proses Preorder", False),
    ("Kondisi*", True),
    *((f"Gambar {n}" + ("*" if n == 1 else ""), n == 1) for n in range(1, 6)),
    ("SKU Name", False),
    ("Jumlah Stok*", True),
    ("Harga (Rp)*", True),
]


def _petunjuk(book: openpyxl.Workbook) -> None:
    sheet = book.create_sheet("Petunjuk")
    sheet["A1"] = PETUNJUK
    sheet["A2"] = "Berat dalam kilogram, termasuk kemasan."
    sheet.column_dimensions["A"].width = 90


def shopee_template(path: Path, extra_required: tuple[str, ...] = ()) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Template"
    columns = SHOPEE_COLUMNS + [(f"ps_x_{i}", name, True) for i, name in enumerate(extra_required)]
    for index, (key, name, required) in enumerate(columns, start=1):
        sheet.cell(row=1, column=index, value=key)
        head = sheet.cell(row=2, column=index, value=name)
        head.fill = PatternFill("solid", fgColor=SHOPEE_FILL)
        head.font = Font(bold=True, color="FFFFFFFF")
        sheet.cell(row=3, column=index, value="Wajib" if required else "Opsional")
        sheet.cell(row=4, column=index, value=f"Petunjuk pengisian {name}")
        sheet.cell(row=5, column=index, value="-")
    sheet.column_dimensions["B"].width = 45
    sheet.column_dimensions["C"].width = 60
    _petunjuk(book)
    book.save(path)
    return path


def tokopedia_template(path: Path, extra_required: tuple[str, ...] = ()) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "ISI Template Impor Produk"
    sheet["A1"] = "Template Tambah Produk Sekaligus"
    sheet["A2"] = "Kolom bertanda bintang harus diisi."
    columns = TOKOPEDIA_COLUMNS + [(f"{name}*", True) for name in extra_required]
    for index, (name, _required) in enumerate(columns, start=1):
        head = sheet.cell(row=3, column=index, value=name)
        head.fill = PatternFill("solid", fgColor=TOKOPEDIA_FILL)
        head.font = Font(bold=True)
        sheet.cell(row=4, column=index, value="contoh")
    sheet.column_dimensions["A"].width = 50
    _petunjuk(book)
    book.save(path)
    return path


def make_template(path: Path, channel: str) -> Path:
    """A template for `channel` (shopee or tokopedia), as a seller would download it."""
    return tokopedia_template(path) if channel == "tokopedia" else shopee_template(path)
