"""The spreadsheet import wizard and the column mapping (issue 12 item 1).

A sheet as people make them in Excel: a "No." column, a `kabupaten` column the product has no
field for, a column renamed in Indonesian ("Nama Produk"), Indonesian labels ("Harga eceran
(Rp)", "Foto") and one bad row. The command line maps, warns and refuses (--strict-columns);
the app's wizard goes file -> mapping -> preview (bad row named) -> import of the valid rows and
offers the remembered mapping the second time. .ods sheets are read under the XLSX limits.
Everything runs on a real demo library in tmp_path (no mocks of our own code).
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWizard
from spreadsheet_helpers import photo, snapshot, write_csv

from tenun_catalog import operations as ops
from tenun_catalog.cli import main
from tenun_catalog.domain.errors import UserError
from tenun_catalog.spreadsheet import mapping, read
from tenun_catalog.store import integrity_ok
from tests.test_gui_fixtures import *  # noqa: F403 - the GUI fixtures

HEADER = ["No.", "sku", "kind", "Nama Produk", "Harga eceran (Rp)", "kabupaten", "Foto"]
SLOW = 60_000


def excel_sheet(folder: Path, photo_name: str = "foto/baru.jpg") -> Path:
    """Row 2 adds a Tenun with a photo, row 3 changes the demo Sei's price, row 4 is bad."""
    folder.mkdir(parents=True, exist_ok=True)
    photo(folder, "foto/baru.jpg", 7)
    return write_csv(
        folder / "produk.csv",
        [
            HEADER,
            ["1", "TN-BARU-01", "tenun", "Selendang Baru", "350000", "Sikka", photo_name],
            ["2", "SEI-SPI-001", "sei", "Sei Sapi Asap Kosambi 250 g", "99000", "Kupang", ""],
            ["3", "TN-BAD", "tenun", "Kain Buruk", "-5", "Ende", ""],
        ],
    )


def cli(capsys, root: Path, *args: str, lang: str = "en") -> tuple[int, str, str]:
    code = main(["--library", str(root), "--lang", lang, *args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


def state(root: Path) -> dict:
    with ops.opened(root, create=False) as lib:
        return snapshot(lib)


def product(root: Path, sku: str):
    from tenun_catalog.store import products

    with ops.opened(root, create=False) as lib:
        return products.get(lib.conn, sku)


# ---- command line ----------------------------------------------------------------------------


def test_cli_ignores_unknown_columns_with_a_warning_each_and_maps_with_map(
    capsys, demo_root, tmp_path
):
    sheet = excel_sheet(tmp_path / "sheet")
    code, out, err = cli(
        capsys, demo_root, "import", str(sheet), "--map", "Nama Produk=name_id", "--skip-invalid"
    )
    assert code == 0, err
    assert err.count("ignored (unknown)") == 2
    assert "column 'No.' ignored" in err and "column 'kabupaten' ignored" in err
    assert "Nama Produk" not in err  # mapped, not ignored
    assert "Row 4, column 'Harga eceran (Rp)' (E4)" in err
    assert "1 products added, 1 updated, 1 photos" in out
    assert product(demo_root, "TN-BARU-01").name_id == "Selendang Baru"
    assert product(demo_root, "SEI-SPI-001").price == 99000
    assert product(demo_root, "TN-BAD") is None
    assert state(demo_root)["integrity"] is True
    # the mapping is remembered for this header set: the next import needs no --map
    code, out, err = cli(capsys, demo_root, "import", str(sheet), "--skip-invalid", "--dry-run")
    assert "Nama Produk" not in err and err.count("ignored") == 2


def test_cli_map_ignore_silences_the_warning_and_a_bad_map_is_refused(capsys, demo_root, tmp_path):
    sheet = excel_sheet(tmp_path / "sheet")
    before = state(demo_root)
    code, _, err = cli(
        capsys, demo_root, "import", str(sheet), "--dry-run", "--skip-invalid",
        "--map", "No.=ignore", "--map", "Nama Produk=name_id", "--map", "kabupaten=abaikan",
    )  # fmt: skip
    assert "ignored" not in err and "Rows skipped: 4" in err, err  # dry run with a bad row: 1
    for bad, words in [
        ("Nama Produk=nama", "'nama' is not a product column"),
        ("Nama Produk", 'must be "COLUMN HEADER=field"'),
        ("Tidak Ada=name_id", "'Tidak Ada' are not in the sheet"),
        ("kabupaten=price", "mapped to the same field"),
    ]:
        code, _, err = cli(capsys, demo_root, "import", str(sheet), "--map", bad)
        assert code == 1 and words in err, (bad, err)
    assert state(demo_root) == before


def test_cli_strict_columns_keeps_the_refusal(capsys, demo_root, tmp_path):
    sheet = excel_sheet(tmp_path / "sheet")
    before = state(demo_root)
    code, out, err = cli(capsys, demo_root, "import", str(sheet), "--strict-columns", lang="id")
    assert code == 1
    assert "Kolom tidak dikenal: 'No.', 'Nama Produk', 'kabupaten'" in err
    assert state(demo_root) == before
    assert not (demo_root / mapping.MAPPINGS_FILE).exists()


def test_remembered_mappings_are_bounded_and_a_damaged_file_is_no_memory(tmp_path):
    headers = ["sku", "Nama Produk"]
    (tmp_path / mapping.MAPPINGS_FILE).write_text("{not json", encoding="utf-8")
    assert mapping.remembered(tmp_path, headers) is None
    for n in range(mapping.MAX_REMEMBERED + 5):
        mapping.remember(tmp_path, [*headers, f"x{n}"], ["sku", "name_id", "ignore"])
    assert mapping.remembered(tmp_path, [*headers, "x0"]) is None  # the oldest are forgotten
    assert mapping.remembered(tmp_path, [*headers, "x54"]) == ["sku", "name_id", "ignore"]
    assert (tmp_path / mapping.MAPPINGS_FILE).stat().st_size <= mapping.MAX_MAPPINGS_BYTES
    (tmp_path / mapping.MAPPINGS_FILE).write_text(
        json.dumps({mapping.header_set(headers): {"keys": ["sku", "tenun.nope"]}}), encoding="utf-8"
    )
    assert mapping.remembered(tmp_path, headers) is None  # a key that is no column


def test_a_cancelled_import_changes_nothing(demo_root, tmp_path):
    sheet = excel_sheet(tmp_path / "sheet")
    before = state(demo_root)
    with ops.opened(demo_root, create=False) as lib:
        with pytest.raises(ops.ImportCancelled):
            ops.import_spreadsheet(
                lib,
                sheet,
                skip_invalid=True,
                mapping={"Nama Produk": "name_id"},
                cancelled=lambda: True,
            )
    assert state(demo_root) == before


# ---- .ods (python-calamine) ------------------------------------------------------------------

ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"


def ods_bytes(rows: list[list[str]], pad: int = 0) -> bytes:
    cells = "".join(
        "<table:table-row>"
        + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{c}</text:p></table:table-cell>'
            for c in row
        )
        + "</table:table-row>"
        for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="Produk">{cells}'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("mimetype", ODS_MIME, compress_type=zipfile.ZIP_STORED)
        zf.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type='
            '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
            'manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>",
        )
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        if pad:
            zf.writestr("padding.xml", b" " * pad, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def test_ods_is_imported_with_the_mapping(capsys, demo_root, tmp_path):
    sheet = tmp_path / "produk.ods"
    sheet.write_bytes(
        ods_bytes([["No.", "sku", "kind", "Nama (Indonesia)"], ["1", "ODS-1", "other", "Tas"]])
    )
    code, out, err = cli(capsys, demo_root, "import", str(sheet))
    assert code == 0, err
    assert "column 'No.' ignored" in err and "1 products added" in out
    assert product(demo_root, "ODS-1").name_id == "Tas"


def test_ods_bomb_and_too_many_rows_are_refused_like_xlsx(capsys, demo_root, tmp_path):
    before = state(demo_root)
    bomb = tmp_path / "bom.ods"
    bomb.write_bytes(ods_bytes([["sku"], ["A"]], pad=read.MAX_XLSX_UNPACKED + 1))
    assert bomb.stat().st_size < 1_000_000
    code, _, err = cli(capsys, demo_root, "import", str(bomb))
    assert code == 1 and "too big once unpacked" in err and "100 MB" in err
    many = tmp_path / "banyak.ods"
    many.write_bytes(ods_bytes([["sku"], *([f"S{i}"] for i in range(read.MAX_ROWS + 1))]))
    code, _, err = cli(capsys, demo_root, "import", str(many))
    assert code == 1 and "more than 20,000 product rows" in err
    wide = tmp_path / "lebar.ods"
    wide.write_bytes(ods_bytes([["sku", *(f"c{i}" for i in range(read.MAX_COLUMNS + 1))]]))
    code, _, err = cli(capsys, demo_root, "import", str(wide))
    assert code == 1 and "more than 100 columns" in err
    broken = tmp_path / "rusak.ods"
    broken.write_bytes(ods_bytes([["sku"], ["A"]])[:300])
    code, _, err = cli(capsys, demo_root, "import", str(broken))
    assert code == 1 and ("cannot be read" in err or "not a complete" in err), err
    assert state(demo_root) == before


# ---- the app's wizard ------------------------------------------------------------------------


def open_wizard(qtbot, window, sheet: Path):
    wizard = window.import_sheet()
    wizard.file_page.path.setText(str(sheet))
    wizard.next()  # the sheet is read in the background, then the wizard goes on
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=SLOW)
    return wizard


def keys_by_header(wizard) -> dict[str, str]:
    return dict(zip(wizard.columns.headers, wizard.mapping_page.keys(), strict=True))


def test_wizard_maps_previews_and_imports_the_valid_rows(qtbot, window, tmp_path):
    root = window.session.root
    sheet = excel_sheet(tmp_path / "sheet")
    wizard = open_wizard(qtbot, window, sheet)
    page = wizard.mapping_page
    assert keys_by_header(wizard) == {
        "No.": "ignore",
        "sku": "sku",
        "kind": "kind",
        "Nama Produk": "ignore",
        "Harga eceran (Rp)": "price",
        "kabupaten": "ignore",
        "Foto": "photos",
    }
    assert "Baru" in page.table.item(3, 1).text()  # sample values beside the header
    combo = page.combos[HEADER.index("Nama Produk")]
    combo.setCurrentIndex(combo.findData("name_id"))
    wizard.next()
    preview = wizard.preview
    assert wizard.currentPage() is preview
    qtbot.waitUntil(lambda: preview.report is not None, timeout=SLOW)
    text = preview.text.toPlainText()
    assert "Baris 4, kolom 'Harga eceran (Rp)' (E4)" in text
    assert "TN-BARU-01" in text and "baru.jpg" in text
    assert "Harga eceran (Rp): 95000 → 99000" in text  # before -> after
    assert "No." in text and "kabupaten" in text  # ignored columns are listed
    assert "1 baris" in preview.summary.text() or "1 rows" in preview.summary.text()
    assert product(root, "TN-BARU-01") is None  # the preview wrote nothing
    assert not wizard.button(QWizard.NextButton).isEnabled()  # all-or-nothing would refuse
    preview.valid_only.setChecked(True)
    assert wizard.button(QWizard.NextButton).isEnabled()
    wizard.next()
    page = wizard.import_page
    qtbot.waitUntil(lambda: page.done, timeout=SLOW)
    assert page.report is not None and page.report.applied, page.status.text()
    assert page.report.skipped_rows == [4]
    new = product(root, "TN-BARU-01")
    assert new.name_id == "Selendang Baru" and new.price == 350000
    assert product(root, "SEI-SPI-001").price == 99000 and product(root, "TN-BAD") is None
    with ops.opened(root, create=False) as lib:
        assert len(ops.list_photos(lib, "TN-BARU-01")) == 1
        assert integrity_ok(lib.conn)
    wizard.close()
    # the second time the remembered mapping is offered
    again = open_wizard(qtbot, window, sheet)
    assert again.columns.remembered
    assert keys_by_header(again)["Nama Produk"] == "name_id"
    assert "terakhir kali" in again.mapping_page.intro.text()
    again.close()


def test_wizard_refuses_a_mapping_without_sku_and_names_the_reason(qtbot, window, tmp_path):
    wizard = open_wizard(qtbot, window, excel_sheet(tmp_path / "sheet"))
    combo = wizard.mapping_page.combos[HEADER.index("sku")]
    combo.setCurrentIndex(combo.findData("ignore"))
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert "'sku'" in wizard.mapping_page.problem.text()
    from tenun_catalog.gui import i18n

    i18n.set_language("en")
    try:
        qtbot.waitUntil(lambda: wizard.mapping_page.title() == "Match the columns")
        assert wizard.windowTitle() == "Import a spreadsheet"
    finally:
        i18n.set_language("id")
    qtbot.waitUntil(lambda: wizard.mapping_page.title() == "Cocokkan kolom")
    wizard.close()


def test_wizard_asks_before_reading_photos_outside_the_sheet_folder(
    qtbot, window, tmp_path, monkeypatch
):
    outside = photo(tmp_path, "luar.jpg", 3)
    sheet = excel_sheet(tmp_path / "sheet", photo_name=str(outside))
    asked: list[str] = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)  # Qt's dialog, not our code
    wizard = open_wizard(qtbot, window, sheet)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview.report is not None, timeout=SLOW)
    assert len(asked) == 1 and "luar.jpg" in asked[0]
    assert wizard.allow_outside and "luar.jpg" in wizard.preview.text.toPlainText()
    wizard.close()


def test_a_bad_file_is_named_on_the_first_page(qtbot, window, tmp_path):
    bad = tmp_path / "rusak.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    wizard = window.import_sheet()
    wizard.file_page.path.setText(str(bad))
    wizard.next()
    qtbot.waitUntil(lambda: "rusak.xls" in wizard.file_page.problem.text(), timeout=SLOW)
    assert wizard.currentPage() is wizard.file_page
    wizard.close()


def test_export_from_the_file_menu_writes_the_sheet(qtbot, window, tmp_path):
    target = tmp_path / "ekspor.xlsx"
    from tenun_catalog.gui.import_wizard import export_sheet

    op = export_sheet(window.session, window, target)
    with qtbot.waitSignal(op.finished, timeout=SLOW):
        pass
    sheet = read.read_sheet(target)
    assert len(sheet.rows) == 19 and sheet.headers[0] == "sku"


def test_user_error_in_mapping_is_bilingual():
    with pytest.raises(UserError) as caught:
        mapping.parse_map_options(["x"] * (mapping.MAX_MAP_OPTIONS + 1))
    assert "--map" in caught.value.message_id and "--map" in caught.value.message_en


# ---- .xls (python-calamine) ------------------------------------------------------------------

XLS = Path(__file__).parent / "data" / "produk.xls"  # written once by xlwt (BIFF8, Excel 97)


def test_xls_is_imported_numbers_as_the_field_parser_reads_them(capsys, demo_root, tmp_path):
    code, out, err = cli(capsys, demo_root, "import", str(XLS), "--map", "Nama Produk=name_id")
    assert code == 0, err
    assert "column 'No.' ignored" in err and "2 products added" in out
    tenun = product(demo_root, "XLS-1")
    assert tenun.name_id == "Selendang Sumba" and tenun.price == 450000
    assert tenun.tenun.width_cm == 52.5
    assert state(demo_root)["integrity"] is True


def test_a_renamed_or_truncated_xls_is_one_message(capsys, demo_root, tmp_path):
    before = state(demo_root)
    cut = tmp_path / "potong.xls"
    cut.write_bytes(XLS.read_bytes()[:1500])
    renamed = tmp_path / "bukan.ods"
    renamed.write_bytes(b"ini bukan lembar kerja")
    for path in (cut, renamed):
        code, _, err = cli(capsys, demo_root, "import", str(path))
        assert code == 1 and path.name in err, err
    assert state(demo_root) == before
