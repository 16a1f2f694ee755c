"""Spreadsheet import and export (operations.sheets over tenun_catalog.spreadsheet).

Real SQLite libraries in tmp_path, real JPEGs from the synthetic photo maker, real CSV bytes
in the encodings Excel writes, real XLSX files from openpyxl. No mocks. Every refused import
must leave the library exactly as it was (rows, photos/ files, integrity).
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from spreadsheet_helpers import (
    add_motifs,
    full_tenun,
    photo,
    rich_library,
    snapshot,
    write_csv,
)

from tenun_catalog.domain.entities import Producer, Product
from tenun_catalog.domain.errors import UserError
from tenun_catalog.operations import (
    add_producer,
    add_product,
    attach_photos,
    count_products,
    get_producer,
    get_product,
    list_photos,
    motifs_of,
    reorder_photos,
)
from tenun_catalog.operations.sheets import export_spreadsheet, import_spreadsheet
from tenun_catalog.spreadsheet import HEADERS, read_sheet
from tenun_catalog.store import Library, open_library


def errors_at(report) -> set[tuple[int, str]]:
    return {(e.row, e.column) for e in report.errors}


# ---- reading: encodings, separators, headers, XLSX -------------------------------------------


def test_utf8_csv_creates_products_producers_motifs_and_photos(lib: Library, tmp_path: Path):
    add_motifs(lib)
    sheet = tmp_path / "in"
    a, b = photo(sheet, "foto/a.jpg", 1), photo(sheet, "b.jpg", 2)
    write_csv(
        sheet / "produk.csv",
        [
            [
                "sku",
                "kind",
                "name_id",
                "price",
                "tenun.tenun_type",
                "tenun.techniques",
                "tenun.width_cm",
                "tenun.weavers",
                "sei.meat",
                "producer",
                "motifs",
                "photos",
            ],
            [
                "TN-1",
                "Tenun",
                "Selendang Sabu",
                "Rp1.500.000",
                "Selendang",
                "ikat_lungsi; Buna",
                "52,5",
                "Maria Lobo (setuju); Yuliana",
                "",
                "Kelompok Ina Ndao",
                "kaif; Earth pattern",
                "foto/a.jpg; b.jpg",
            ],
            [
                "SEI-1",
                "sei",
                "Sei Sapi",
                "85.000",
                "",
                "",
                "",
                "",
                "Sapi",
                "kelompok ina ndao",
                "",
                "",
            ],
        ],
    )
    report = import_spreadsheet(lib, sheet / "produk.csv")

    assert report.applied and not report.errors
    assert report.created == ["TN-1", "SEI-1"]
    assert report.new_producers == ["Kelompok Ina Ndao"]  # once, whatever the letter case
    assert report.photos_added == 2
    tenun = get_product(lib, "TN-1")
    assert (tenun.price, tenun.tenun.tenun_type, tenun.tenun.width_cm) == (
        1_500_000,
        "selendang",
        52.5,
    )
    assert tenun.tenun.techniques == ["ikat_lungsi", "buna"]
    assert [(w.name, w.consent) for w in tenun.tenun.weavers] == [
        ("Maria Lobo", True),
        ("Yuliana", False),
    ]
    assert [m.name_id for m in motifs_of(lib, tenun)] == ["Kaif", "Pating Tanah"]
    producer = get_producer(lib, "Kelompok Ina Ndao")
    assert tenun.producer_id == producer.id == get_product(lib, "SEI-1").producer_id
    assert get_product(lib, "SEI-1").sei.meat == "sapi"
    photos = list_photos(lib, "TN-1")
    assert [p.sha256 for p in photos] == [sha(a), sha(b)]
    assert [p.role for p in photos] == ["utama", "detail_motif"]
    assert all((lib.photos_dir / p.filename).is_file() for p in photos)


def test_utf8_bom_csv_with_indonesian_labels_as_headers(lib: Library, tmp_path: Path):
    path = write_csv(
        tmp_path / "label.csv",
        [
            [
                "SKU",
                "Jenis Produk",
                "nama (indonesia)",
                "HARGA ECERAN (RP)",
                "Lebar (cm)",
                "Produsen",
                "Stok",
            ],
            ["TN-2", "tenun", "Sarung Lio", "350000", "80", "", "3"],
        ],
        encoding="utf-8-sig",
    )
    assert read_sheet(path).encoding == "utf-8-sig"
    report = import_spreadsheet(lib, path)
    assert report.created == ["TN-2"] and not report.errors
    product = get_product(lib, "TN-2")
    assert (product.name_id, product.price, product.tenun.width_cm, product.stock) == (
        "Sarung Lio",
        350_000,
        80.0,
        3,
    )
    assert product.producer_id is None


def test_cp1252_semicolon_file_as_excel_writes_it_on_indonesian_windows(lib, tmp_path):
    path = write_csv(
        tmp_path / "excel.csv",
        [
            ["sku", "kind", "name_id", "price", "wholesale_price", "story_id", "tenun.width_cm"],
            [
                "TN-3",
                "tenun",
                "Selimut Amarasi",
                "Rp150.000",
                "125.000",
                "Dibuat di café Oesao é",
                "52,5",
            ],
            ["TN-4", "tenun", "Kain; bahan", "Rp 2.250.000", "", "Cerita\nbaris dua", ""],
        ],
        encoding="cp1252",
        delimiter=";",
        newline="\r\n",
    )
    sheet = read_sheet(path)
    assert (sheet.encoding, sheet.delimiter) == ("cp1252", ";")
    report = import_spreadsheet(lib, path)
    assert report.created == ["TN-3", "TN-4"], report.lines()
    three, four = get_product(lib, "TN-3"), get_product(lib, "TN-4")
    assert (three.price, three.wholesale_price, three.tenun.width_cm) == (150_000, 125_000, 52.5)
    assert three.story_id == "Dibuat di café Oesao é"
    assert (four.name_id, four.price, four.story_id) == (
        "Kain; bahan",
        2_250_000,
        "Cerita\nbaris dua",
    )


def test_tab_separated_utf16_unicode_text(lib, tmp_path):
    path = write_csv(
        tmp_path / "unicode.txt",
        [["sku", "kind", "name_id"], ["TN-5", "tenun", "Lawo Ende-Lio ñ"]],
        encoding="utf-16",
        delimiter="\t",
        newline="\r\n",
    )
    assert read_sheet(path).delimiter == "\t"
    assert import_spreadsheet(lib, path).created == ["TN-5"]
    assert get_product(lib, "TN-5").name_id == "Lawo Ende-Lio ñ"


def test_xlsx_import_converts_numbers_booleans_percent_and_keeps_row_numbers(lib, tmp_path):
    photo(tmp_path, "x.jpg", 3)
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(
        [
            "sku",
            "kind",
            "name_id",
            "price",
            "tenun.width_cm",
            "stock",
            "sei.meat",
            "sei.shared_facility_pork",
            "sei.main_ingredient_pct",
            "story_id",
            "photos",
        ]
    )
    ws.append(
        [
            "TN-6",
            "tenun",
            "Selendang",
            150000.0,
            52.5,
            3,
            None,
            None,
            None,
            datetime(2025, 1, 2),
            "x.jpg",
        ]
    )
    ws.append([1001, "sei", "Sei Babi", 90000, None, None, "babi", True, 0.925])
    ws["I3"].number_format = "0.0%"  # Excel shows 92.5% and stores 0.925
    ws.append([])  # a blank row 4 still counts when rows are numbered
    ws.append(["TN-7", "tenun", "Rusak", "abc"])
    book.save(tmp_path / "produk.xlsx")

    report = import_spreadsheet(lib, tmp_path / "produk.xlsx")
    assert errors_at(report) == {(5, "price")}
    assert report.errors[0].cell == "D5"
    assert count_products(lib) == 0

    report = import_spreadsheet(lib, tmp_path / "produk.xlsx", skip_invalid=True)
    assert report.created == ["TN-6", "1001"] and report.skipped_rows == [5]
    tenun, sei = get_product(lib, "TN-6"), get_product(lib, "1001")
    assert (tenun.price, tenun.tenun.width_cm, tenun.stock) == (150_000, 52.5, 3)
    assert tenun.story_id == "2025-01-02"
    assert (sei.price, sei.sei.meat, sei.sei.shared_facility_pork) == (90_000, "babi", True)
    assert sei.sei.main_ingredient_pct == 92.5
    assert len(list_photos(lib, "TN-6")) == 1


def test_sheets_made_by_hand_on_other_machines(lib, tmp_path):
    """Mac line endings, Windows backslash paths, another letter case, spare empty columns."""
    photo(tmp_path, "Foto/IMG_0001.JPG", 1)
    photo(tmp_path, "foto2.jpg", 2)
    path = write_csv(
        tmp_path / "mac.csv",
        [
            ["sku", "", "kind", "photos", "", ""],
            ["TN-1", "", "tenun", "Foto\\IMG_0001.JPG; FOTO2.jpg", "", ""],
            ["", "", "", "", "", ""],
        ],
        newline="\r",
    )
    report = import_spreadsheet(lib, path)
    assert report.created == ["TN-1"] and report.photos_added == 2, report.lines("en")


def test_values_without_header_and_numbers_sqlite_cannot_keep_are_row_errors(lib, tmp_path):
    path = write_csv(
        tmp_path / "aneh.csv",
        [
            ["sku", "kind", "", "stock", "tenun.width_cm"],
            ["A", "tenun", "lupa judul", "1", ""],
            ["B", "tenun", "", "99999999999999999999", ""],
            ["C", "tenun", "", "", "nan"],
            ["D", "tenun", "", "", "1e999"],
        ],
    )
    report = import_spreadsheet(lib, path)
    assert errors_at(report) == {
        (2, "(C)"),
        (3, "stock"),
        (4, "tenun.width_cm"),
        (5, "tenun.width_cm"),
    }
    assert count_products(lib) == 0


# ---- plan, dry run, refusals -----------------------------------------------------------------


def test_dry_run_reports_the_plan_and_changes_nothing(lib, tmp_path):
    add_product(lib, Product(sku="TN-1", kind="tenun", name_id="Lama", price=100_000, stock=2))
    photo(tmp_path, "a.jpg", 1)
    path = write_csv(
        tmp_path / "plan.csv",
        [
            ["sku", "kind", "name_id", "price", "stock", "producer", "photos"],
            ["TN-1", "tenun", "Lama", "120000", "2", "Koperasi Baru", "a.jpg"],
            ["TN-9", "tenun", "Baru", "90000", "", "Koperasi Baru", ""],
        ],
    )
    before = snapshot(lib)
    report = import_spreadsheet(lib, path, dry_run=True)
    assert report.dry_run and not report.applied and not report.errors
    assert report.created == ["TN-9"]
    assert report.updated == {"TN-1": ["price", "producer", "photos"]}
    assert report.new_producers == ["Koperasi Baru"] and report.photos_added == 1
    assert report.lines()[0].startswith("Uji coba")
    assert snapshot(lib) == before


BAD_ROWS = [
    ["sku", "kind", "name_id", "price", "wholesale_price", "tenun.width_cm", "sei.meat"],
    ["OK-1", "tenun", "Baik", "100000", "", "", ""],  # 2: fine
    ["BAD-KIND", "kain", "Jenis salah", "100000", "", "", ""],  # 3: kind
    ["BAD-PRICE", "tenun", "Harga", "abc", "", "", ""],  # 4: price
    ["WHOLESALE", "tenun", "Grosir", "100000", "150000", "", ""],  # 5: above retail (issue 11)
    ["RUSA", "sei", "Sei Rusa", "100000", "", "", "rusa"],  # 6: protected meat
    ["OK-1", "tenun", "Dua kali", "100000", "", "", ""],  # 7: SKU twice
    ["SEI-2", "sei", "Sei", "100000", "", "50", "sapi"],  # 8: tenun value on sei
    ["", "tenun", "Tanpa SKU", "100000", "", "", ""],  # 9: no SKU
    ["ZERO", "tenun", "Nol", "0", "", "", ""],  # 10: price 0
]
BAD_CELLS = {
    (3, "kind"),
    (4, "price"),
    (5, "wholesale_price"),
    (6, "sei.meat"),
    (7, "sku"),
    (8, "tenun.width_cm"),
    (9, "sku"),
    (10, "price"),
}


def test_bad_rows_are_reported_by_row_and_column_and_nothing_is_imported(lib, tmp_path):
    add_product(lib, Product(sku="OLD", kind="other", price=1000))
    path = write_csv(tmp_path / "bad.csv", BAD_ROWS)
    before = snapshot(lib)
    report = import_spreadsheet(lib, path)
    assert errors_at(report) == BAD_CELLS
    assert report.refused and not report.applied and not report.created
    assert snapshot(lib) == before
    by_cell = {(e.row, e.column): e for e in report.errors}
    assert "Jenis produk" in by_cell[3, "kind"].message_id
    assert "abc" in by_cell[4, "price"].message_en and by_cell[4, "price"].cell == "D4"
    assert "baris 2" in by_cell[7, "sku"].message_id
    assert by_cell[4, "price"].message("en").startswith("Row 4, column 'price' (D4): ")
    assert any("--skip-invalid" in line for line in report.lines("en"))


def test_skip_invalid_imports_the_valid_rows_and_lists_the_rest(lib, tmp_path):
    path = write_csv(tmp_path / "bad.csv", BAD_ROWS)
    report = import_spreadsheet(lib, path, skip_invalid=True)
    assert report.applied and not report.refused
    assert report.created == ["OK-1"]
    assert report.skipped_rows == [3, 4, 5, 6, 7, 8, 9, 10]
    assert count_products(lib) == 1


def test_missing_photo_file_is_a_row_error_and_imports_nothing(lib, tmp_path):
    photo(tmp_path, "ada.jpg", 1)
    path = write_csv(
        tmp_path / "foto.csv",
        [
            ["sku", "kind", "photos"],
            ["TN-1", "tenun", "ada.jpg"],
            ["TN-2", "tenun", "ada.jpg; foto/tidak-ada.jpg"],
        ],
    )
    before = snapshot(lib)
    report = import_spreadsheet(lib, path)
    assert errors_at(report) == {(3, "photos")}
    assert "tidak-ada.jpg" in report.errors[0].message_id
    assert snapshot(lib) == before  # not even ada.jpg was stored


def test_broken_photo_files_are_row_errors_and_leave_photos_untouched(lib, tmp_path):
    good = photo(tmp_path, "baik.jpg", 1)
    (tmp_path / "kosong.jpg").write_bytes(b"")
    data = good.read_bytes()
    (tmp_path / "potong.jpg").write_bytes(data[: len(data) // 2])
    (tmp_path / "bukan.jpg").write_text("bukan foto")
    path = write_csv(
        tmp_path / "rusak.csv",
        [
            ["sku", "kind", "photos"],
            ["TN-1", "tenun", "baik.jpg"],
            ["TN-2", "tenun", "kosong.jpg"],
            ["TN-3", "tenun", "baik.jpg; potong.jpg"],
            ["TN-4", "tenun", "bukan.jpg"],
        ],
    )
    before = snapshot(lib)
    report = import_spreadsheet(lib, path)
    assert errors_at(report) == {(3, "photos"), (4, "photos"), (5, "photos")}
    messages = " ".join(e.message_en for e in report.errors)
    assert "kosong.jpg" in messages and "potong.jpg" in messages and "bukan.jpg" in messages
    assert snapshot(lib) == before
    assert not list(lib.cache_dir.rglob("*.jpg"))


@pytest.mark.parametrize(
    "header, words",
    [
        (["sku", "kind", "harga ecer", "warna"], ["'harga ecer'", "'warna'", "price"]),
        (["kind", "name_id"], ["'sku'"]),
        (["sku", "price", "Harga eceran (Rp)"], ["'price' / 'Harga eceran (Rp)'"]),
    ],
)
def test_unknown_missing_or_repeated_columns_are_one_error(lib, tmp_path, header, words):
    add_product(lib, Product(sku="X", kind="other"))
    path = write_csv(tmp_path / "kolom.csv", [header, ["A"] * len(header)])
    before = snapshot(lib)
    with pytest.raises(UserError) as caught:
        import_spreadsheet(lib, path, strict_columns=True)
    for word in words:
        assert word in caught.value.message_id and word in caught.value.message_en
    assert snapshot(lib) == before


@pytest.mark.parametrize(
    "name, content, word",
    [
        ("lama.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "simpan ulang"),
        ("produk.pdf", b"%PDF-1.4", ".csv"),
        ("kosong.csv", b"", "kosong"),
        ("rusak.xlsx", b"bukan zip", "simpan ulang"),
        ("tidak-ada.csv", None, "tidak bisa dibuka"),
    ],
)
def test_whole_file_problems_are_one_user_error(lib, tmp_path, name, content, word):
    if content is not None:
        (tmp_path / name).write_bytes(content)
    before = snapshot(lib)
    with pytest.raises(UserError) as caught:
        import_spreadsheet(lib, tmp_path / name)
    assert word in caught.value.message_id
    assert snapshot(lib) == before


def test_damaged_xlsx_is_one_user_error(lib, tmp_path):
    import zipfile

    book = openpyxl.Workbook()
    book.active.append(["sku", "kind"])
    book.active.append(["A", "tenun"])
    book.save(tmp_path / "utuh.xlsx")
    with zipfile.ZipFile(tmp_path / "utuh.xlsx") as whole:
        parts = {n: whole.read(n) for n in whole.namelist()}
    sheet_xml = "xl/worksheets/sheet1.xml"
    parts[sheet_xml] = parts[sheet_xml][: len(parts[sheet_xml]) // 2]
    with zipfile.ZipFile(tmp_path / "rusak.xlsx", "w") as broken:
        for name, data in parts.items():
            broken.writestr(name, data)
    with pytest.raises(UserError) as caught:
        import_spreadsheet(lib, tmp_path / "rusak.xlsx")
    assert "rusak.xlsx" in caught.value.message_en and count_products(lib) == 0


def test_update_changes_only_the_sheet_columns_and_adds_only_new_photos(lib, tmp_path):
    a, b = photo(tmp_path, "a.jpg", 1), photo(tmp_path, "b.jpg", 2)
    tenun = full_tenun()
    add_product(lib, tenun)
    attach_photos(lib, "TN-001", [a])
    path = write_csv(
        tmp_path / "ubah.csv",
        [
            ["SKU", "price", "tenun.width_cm", "photos"],
            ["tn-001", "1.750.000", "52.5", "b.jpg; a.jpg; b.jpg"],
        ],
    )
    report = import_spreadsheet(lib, path)
    assert report.updated == {"tn-001": ["price", "photos"]} and report.photos_added == 1
    after = get_product(lib, "TN-001")
    assert after.price == 1_750_000
    assert dataclasses.replace(after, price=tenun.price) == dataclasses.replace(tenun, id=after.id)
    assert [p.sha256 for p in list_photos(lib, "TN-001")] == [sha(a), sha(b)]

    again = import_spreadsheet(lib, path)
    assert again.unchanged == ["tn-001"] and not again.updated and again.photos_added == 0


def test_update_can_change_kind_producer_and_clear_fields(lib, tmp_path):
    add_producer(lib, Producer(name="Lama"))
    add_product(
        lib,
        Product(
            sku="P-1",
            kind="other",
            name_id="Tas",
            stock=5,
            producer_id=get_producer(lib, "Lama").id,
        ),
    )
    path = write_csv(
        tmp_path / "jenis.csv",
        [
            ["sku", "kind", "stock", "tenun.tenun_type", "producer"],
            ["P-1", "tenun", "", "sarung", ""],
        ],
    )
    report = import_spreadsheet(lib, path)
    assert report.updated == {"P-1": ["kind", "stock", "tenun.tenun_type", "producer"]}
    product = get_product(lib, "P-1")
    assert (product.kind, product.stock, product.tenun.tenun_type, product.producer_id) == (
        "tenun",
        None,
        "sarung",
        None,
    )


def test_editing_an_exported_sheet_reports_only_what_changed(lib, tmp_path):
    add_product(lib, Product(sku="P-1", kind="other", name_id="Tas", price=90_000))
    add_product(lib, full_tenun())
    path = export_spreadsheet(lib, tmp_path / "edit.csv").path
    sheet = read_sheet(path)
    rows = [dict(zip(sheet.headers, r.cells, strict=True)) for r in sheet.rows]
    rows[0]["kind"] = "tenun"  # P-1 becomes a Tenun: its empty tenun cells are no change
    rows[1]["stock"] = "7"
    write_csv(path, [sheet.headers] + [list(r.values()) for r in rows], encoding="utf-8-sig")
    report = import_spreadsheet(lib, path)
    assert report.updated == {"P-1": ["kind"], "TN-001": ["stock"]}
    assert get_product(lib, "P-1").tenun is not None


# ---- export and the round trip ---------------------------------------------------------------


def comparable(lib: Library, sku: str) -> tuple:
    """A product as the sheet knows it: fields, producer name, motif names, photo bytes."""
    product = get_product(lib, sku)
    producer = get_producer(lib, product.producer_id).name if product.producer_id else ""
    motif_names = [m.name_id for m in motifs_of(lib, product)]
    photos = [(p.sha256, p.width, p.height, p.format, p.byte_size) for p in list_photos(lib, sku)]
    fields = dataclasses.replace(product, id=None, producer_id=None, motif_ids=[])
    return fields, producer, motif_names, photos


def skus(lib: Library) -> list[str]:
    return [r[0] for r in lib.conn.execute("SELECT sku FROM products ORDER BY sku")]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_round_trip_through_an_empty_library_loses_nothing(tmp_path, suffix):
    with open_library(tmp_path / "one") as one, open_library(tmp_path / "two") as two:
        rich_library(one, tmp_path / "src")
        order = [p.id for p in list_photos(one, "TN-001")]
        reorder_photos(one, "TN-001", [order[2], order[0], order[1]])

        first = export_spreadsheet(one, tmp_path / "a" / f"katalog{suffix}")
        assert (first.rows, first.photos_copied) == (3, 6)
        add_motifs(two)  # motifs are referenced by name: the target library has them
        report = import_spreadsheet(two, first.path)
        assert report.applied and not report.errors, report.lines("en")
        assert sorted(report.created) == skus(one) == skus(two)

        for sku in skus(one):
            assert comparable(two, sku) == comparable(one, sku)
        csv_one = export_spreadsheet(one, tmp_path / "b" / "katalog.csv").path.read_bytes()
        csv_two = export_spreadsheet(two, tmp_path / "c" / "katalog.csv").path.read_bytes()
        assert csv_one == csv_two
        assert csv_one.startswith(b"\xef\xbb\xbfsku,kind,name_id,")

        again = import_spreadsheet(two, first.path)  # the same sheet once more: nothing to do
        assert sorted(again.unchanged) == skus(one) and not again.updated


def test_export_csv_layout_and_photo_files(lib, tmp_path):
    rich_library(lib, tmp_path / "src")
    report = export_spreadsheet(lib, tmp_path / "out" / "Katalog Pameran.csv")
    sheet = read_sheet(report.path)
    assert sheet.headers == HEADERS
    assert sheet.headers[:2] == ["sku", "kind"] and sheet.headers[-3:] == [
        "producer",
        "motifs",
        "photos",
    ]
    rows = {r.cells[0]: dict(zip(sheet.headers, r.cells, strict=True)) for r in sheet.rows}
    assert list(rows) == ['LN/01:"a"', "SEI-001", "TN-001"]
    odd = rows['LN/01:"a"']["photos"].split("; ")
    assert odd == ["Katalog Pameran-foto/LN_01__a_-01.jpg", "Katalog Pameran-foto/LN_01__a_-02.jpg"]
    stored = [lib.photos_dir / p.filename for p in list_photos(lib, 'LN/01:"a"')]
    assert [(report.path.parent / f).read_bytes() for f in odd] == [p.read_bytes() for p in stored]
    assert rows["TN-001"]["price"] == "1500000" and rows["TN-001"]["sei.meat"] == ""
    assert rows["SEI-001"]["tenun.width_cm"] == "" and rows["SEI-001"]["sei.meat"] == "sapi"
    assert not list(report.path.parent.glob(".tmp-*"))


def test_export_xlsx_is_formatted_and_keeps_text_as_text(lib, tmp_path):
    add_product(
        lib, Product(sku="007", kind="other", name_id="=1+1", price=150_000, story_id="@cerita")
    )
    report = export_spreadsheet(lib, tmp_path / "produk.xlsx", with_photos=False)
    book = openpyxl.load_workbook(report.path)
    ws = book.worksheets[0]
    assert [c.value for c in ws[1]] == HEADERS and ws["A1"].font.bold
    assert ws.freeze_panes == "B2"
    assert (ws["A2"].value, ws["A2"].data_type) == ("007", "s")
    assert (ws["C2"].value, ws["C2"].data_type) == ("=1+1", "s")
    assert ws.cell(2, HEADERS.index("price") + 1).value == 150_000
    assert book.sheetnames == ["Produk", "Petunjuk"]
    with open_library(tmp_path / "two") as two:
        import_spreadsheet(two, report.path)
        assert get_product(two, "007").name_id == "=1+1"


def test_failed_export_leaves_no_half_file(lib, tmp_path):
    add_product(lib, Product(sku="A", kind="other"))
    (tmp_path / "ada.csv").mkdir()  # the target name is taken by a folder
    with pytest.raises(UserError):
        export_spreadsheet(lib, tmp_path / "ada.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ada.csv", "library"]
    with pytest.raises(UserError) as caught:
        export_spreadsheet(lib, tmp_path / "produk.ods")
    assert ".xlsx" in caught.value.message_id


def sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()
