"""What the app says is true (issue 11 items 1, 2, 4, 5): every error-level rule refuses the
save (CLI, spreadsheet import, app), `check` exits 1 on an error, one honest readiness summary
with visible links, one library rule for the CLI and the app, and permit scans.

Real parts only: a real library in tmp_path, the real command line (`cli.main` with capsys),
real files (PDF bytes, Pillow photos), the real main window offscreen for the app tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tenun_catalog import operations as ops
from tenun_catalog.cli import main
from tenun_catalog.demo.permit_scans import scan_pdf
from tenun_catalog.domain import Permit, Producer, Product, readiness
from tenun_catalog.domain.errors import UserError
from tenun_catalog.images import synthetic
from tenun_catalog.operations import library_choice
from tenun_catalog.store import products as product_rows
from tenun_catalog.store import transaction
from tests.conftest import library_state
from tests.test_gui_fixtures import *  # noqa: F403 - the GUI fixtures
from tests.test_gui_fixtures import make_window, select_product


def cli(capsys, *args: str, lang: str = "en") -> tuple[int, str, str]:
    code = main(["--lang", lang, *args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    return code, captured.out, captured.err


def in_lib(lib, capsys, *args: str, lang: str = "en") -> tuple[int, str, str]:
    return cli(capsys, "--library", str(lib.root), *args, lang=lang)


def pork_sei(**detail: object) -> Product:
    product = Product(sku="SEI-BBI-9", kind="sei", name_id="Sei Babi Baun", price=95_000)
    product.sei.meat = "babi"
    product.sei.halal_status = "tidak_halal"
    for name, value in detail.items():
        setattr(product.sei, name, value)
    return product


# ---- item 1: an error-level rule refuses the save ------------------------------------------

SEI = ["product", "add", "--sku", "SEI-X", "--kind", "sei", "--name-id", "Sei", "--price", "90000"]
TENUN = ["product", "add", "--sku", "TN-X", "--kind", "tenun", "--name-id", "Kain"]


@pytest.mark.parametrize(
    "args, words_en, words_id",
    [
        (SEI + ["--meat", "babi", "--halal-status", "bersertifikat", "--halal-number",
                "ID53110000123450125"], "Pork Sei must", "Sei babi"),
        (SEI + ["--meat", "sapi", "--halal-number", "KH.123/2025"], "ID", "ID"),
        (SEI + ["--meat", "sapi", "--storage", "beku", "--permit-kind", "pirt"],
         "cannot carry a P-IRT", "P-IRT"),
        (TENUN + ["--origin-kabupaten", "ende", "--gi-claim", "Tenun Ikat Sikka"],
         "may only be used", "hanya boleh"),
        (TENUN + ["--price", "100000", "--wholesale-price", "150000"], "wholesale", "grosir"),
        (TENUN + ["--stock", "-3"], "Stock", "Stok"),
    ],
    ids=["pork-halal", "halal-KH", "pirt-frozen", "gi-kabupaten", "wholesale", "stock"],
)  # fmt: skip
def test_product_add_refuses_every_error_rule(lib, capsys, args, words_en, words_id):
    before = library_state(lib)
    code, out, err = in_lib(lib, capsys, *args)
    assert code == 1 and out == "" and words_en in err, err
    code, _out, err = in_lib(lib, capsys, *args, lang="id")
    assert code == 1 and words_id in err, err
    assert library_state(lib) == before and before[2] == "ok"


def test_product_edit_refuses_and_keeps_the_stored_value(lib, capsys):
    ops.add_product(lib, pork_sei())
    before = library_state(lib)
    code, _out, err = in_lib(lib, capsys, "product", "edit", "SEI-BBI-9", "--halal-number", "ID1")
    assert code == 1 and "Pork Sei must not show a halal number" in err
    code, _out, err = in_lib(
        lib, capsys, "product", "edit", "SEI-BBI-9", "--halal-status", "bersertifikat"
    )
    assert code == 1 and "Not halal" in err
    stored = ops.get_product(lib, "SEI-BBI-9").sei
    assert (stored.halal_status, stored.halal_number) == ("tidak_halal", "")
    assert library_state(lib) == before


def test_a_rule_that_only_asks_for_an_empty_field_does_not_block(lib):
    """People fill a record in gradually: a pork Sei without a halal status yet is saved (and
    `check` reports it), a halal status that contradicts the meat is not."""
    change = ops.add_product(lib, pork_sei(halal_status=""))
    assert change.action == "created"
    found = {f.code for c in ops.check(lib) for f in c.findings if f.is_error}
    assert "pork_halal_status" in found


def test_import_refuses_a_pork_row_marked_halal(lib, capsys, tmp_path):
    sheet = tmp_path / "produk.csv"
    sheet.write_text(
        "sku,kind,name_id,price,sei.meat,sei.halal_status,sei.halal_number\n"
        "SEI-OK,sei,Sei Sapi,90000,sapi,bersertifikat,ID53110000123450125\n"
        "SEI-BAD,sei,Sei Babi,90000,babi,bersertifikat,ID53110000123450125\n",
        encoding="utf-8",
    )
    before = library_state(lib)
    code, _out, err = in_lib(lib, capsys, "import", str(sheet))
    assert code == 1 and "Row 3" in err and "Pork Sei" in err, err
    assert library_state(lib) == before


def _save_behind_the_rules(lib, product: Product) -> None:
    """A record saved before these rules existed (an older library): straight into the store."""
    with transaction(lib.conn):
        product_rows.insert(lib.conn, product)


def test_check_exits_1_on_an_error_and_0_with_warnings_only(lib, capsys):
    warned = Product(sku="SEI-SAPI", kind="sei", name_id="Sei Sapi", price=90_000)
    warned.sei.meat = "sapi"  # no halal certificate: a warning
    ops.add_product(lib, warned)
    code, out, _err = in_lib(lib, capsys, "check")
    assert code == 0 and "0 errors" in out and "WARNING" in out
    code, out, _err = in_lib(lib, capsys, "check", "--json")
    assert code == 0 and json.loads(out)
    _save_behind_the_rules(lib, pork_sei(halal_status="bersertifikat", halal_number="ID5311"))
    for extra in ([], ["--json"], ["--errors-only"]):
        code, out, _err = in_lib(lib, capsys, "check", *extra)
        assert code == 1, (extra, out)
    assert "Pork Sei" in in_lib(lib, capsys, "check")[1]


def test_check_for_an_output_exits_0_when_only_items_are_missing(filled, capsys):
    code, out, _err = in_lib(filled, capsys, "check", "--for", "submission")
    assert code == 0 and "Ready: 0 of" in out  # missing items are readiness, not rule errors
    assert "required items missing." in out and "\n0 errors" in out


def test_the_demo_library_still_builds_and_has_no_error(demo_root):
    with ops.opened(demo_root) as lib:
        assert not [f for c in ops.check(lib) for f in c.findings if f.is_error]


def test_the_app_refuses_pork_marked_halal_and_keeps_the_old_value(qtbot, window):
    editor = select_product(qtbot, window, "SEI-BBI-001")
    combo = editor.sei.editors["sei.halal_status"].combo
    combo.setCurrentIndex(combo.findData("bersertifikat"))
    combo.activated.emit(combo.currentIndex())
    lib = window.session.lib
    assert ops.get_product(lib, "SEI-BBI-001").sei.halal_status == "tidak_halal"
    row = editor.sei._row_of["sei.halal_status"]
    assert row.finding.isVisibleTo(editor.sei) and "Sei babi" in row.finding.text()
    assert editor.sei.editors["sei.halal_status"].value() == "tidak_halal"
    assert window.undo.count() == 0


# ---- item 2: one honest readiness summary ---------------------------------------------------


def _lines(editor) -> list[str]:
    items = editor.findings_list
    return [items.item(i).text() for i in range(items.count())]


def test_readiness_never_says_ready_while_an_output_is_not(qtbot, window):
    editor = select_product(qtbot, window, "TN-KPG-003")  # the demo's product without photos
    lines = _lines(editor)
    assert not any("siap" in line.lower() and "Tidak ada" in line for line in lines), lines
    assert editor.readiness.status == "error" and "Siap" not in editor.readiness.text()
    heading = next(line for line in lines if line.startswith("Pameran"))
    assert "%" in heading and "belum ada" in heading
    photo_line = next(i for i in range(len(lines)) if "foto" in lines[i].lower())
    item = editor.findings_list.item(photo_line)
    assert item.font().underline()  # a link, visible, not a tooltip
    editor.tabs.setCurrentWidget(editor.findings_list)
    editor.findings_list.itemClicked.emit(item)
    assert editor.tabs.currentWidget() is editor.photos
    count_in_tab = int(editor.tabs.tabText(3).split("(")[1].rstrip(")"))
    assert count_in_tab == editor.findings_list.count_to_do > 0


def test_a_missing_field_line_focuses_the_field(qtbot, window):
    editor = select_product(qtbot, window, "TN-SBR-001")  # no wholesale price (deliberate)
    lines = _lines(editor)
    index = next(i for i, line in enumerate(lines) if "Harga grosir" in line)
    editor.tabs.setCurrentWidget(editor.findings_list)
    editor.findings_list.itemClicked.emit(editor.findings_list.item(index))
    assert editor.tabs.currentIndex() == 0
    box = editor.general.editors["wholesale_price"].box
    qtbot.waitUntil(lambda: box.hasFocus() or box.lineEdit().hasFocus())


def test_output_chips_are_never_clipped(qtbot, window):
    editor = select_product(qtbot, window, "SEI-BBI-001")  # four chips: every output
    qtbot.waitUntil(lambda: editor.output_chips["label"].isVisible())
    chips = [editor.readiness, editor.kind_chip, editor.channel_chip]
    for chip in [*chips, *editor.output_chips.values()]:
        assert chip.width() >= chip.sizeHint().width(), chip.text()
        right = chip.mapTo(editor, chip.rect().topRight()).x()
        assert right <= editor.width(), chip.text()


# ---- item 4: one library rule for the CLI and the app --------------------------------------


@pytest.fixture
def config(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv(library_choice.CONFIG_ENV_VAR, str(folder))
    monkeypatch.delenv("TENUN_CATALOG_LIBRARY", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the default library
    return folder


def test_given_then_env_then_last_opened_then_default(config, tmp_path, monkeypatch, capsys):
    default = library_choice.choose_library()
    assert default.source == "default" and str(default.root).startswith(str(tmp_path / "data"))
    chosen = tmp_path / "usb" / "pustaka"
    code, _out, err = cli(capsys, "--library", str(chosen), "init")
    assert code == 0 and f"Library: {chosen} (from --library)" in err
    assert (config / library_choice.LAST_FILE).read_text(encoding="utf-8").strip() == str(chosen)
    code, out, _err = cli(capsys, "info")  # no --library: the last one opened
    assert code == 0 and f"Library: {chosen} (last opened)" in out
    monkeypatch.setenv("TENUN_CATALOG_LIBRARY", str(tmp_path / "env"))
    code, out, _err = cli(capsys, "info")
    assert code == 0 and "(from $TENUN_CATALOG_LIBRARY)" in out
    code, out, _err = cli(capsys, "--library", str(chosen), "info")
    assert code == 0 and "(from --library)" in out


@pytest.mark.parametrize(
    "content",
    ["relative/path\n", "x" * 5000, "", "\x00\n", "/no/such/library\n"],
    ids=["relative", "too-long", "empty", "nul", "gone"],
)
def test_a_bad_last_library_file_falls_back_to_the_default(config, content):
    config.mkdir(parents=True)
    (config / library_choice.LAST_FILE).write_text(content, encoding="utf-8")
    assert library_choice.choose_library().source == "default"


def test_the_app_opens_the_library_the_cli_used_and_says_so(qtbot, config, tmp_path, gui_settings):
    from tenun_catalog.gui import app as gapp

    chosen = tmp_path / "dipakai-cli"
    assert main(["--library", str(chosen), "init"]) == 0
    gapp.application()
    window = gapp.open_window(None, "en")
    qtbot.addWidget(window)
    assert window.session.lib.root == chosen
    assert window.message.text() == f"Library: {chosen} (last opened)"
    window.session.close()


def test_a_library_opened_in_the_app_is_the_cli_default(
    qtbot, config, tmp_path, demo_root, gui_settings, capsys
):
    window = make_window(qtbot, demo_root)
    assert window.session.lib.root == demo_root
    window.session.close()
    code, out, _err = cli(capsys, "info")
    assert code == 0 and f"Library: {demo_root} (last opened)" in out


# ---- item 5: permit scans --------------------------------------------------------------------


def write_pdf(path: Path, number: str = "8120001234567") -> Path:
    path.write_bytes(scan_pdf(Permit("nib", number), "Koperasi"))
    return path


@pytest.fixture
def producer(lib) -> Producer:
    return ops.add_producer(lib, Producer(name="Koperasi Ina", kabupaten="kota_kupang")).after


def test_permit_add_and_edit_with_a_scan(lib, producer, capsys, tmp_path):
    pdf = write_pdf(tmp_path / "nib.pdf")
    code, out, err = in_lib(
        lib, capsys, "permit", "add", "--kind", "nib", "--number", "8120001234567",
        "--producer", "Koperasi Ina", "--scan", str(pdf),
    )  # fmt: skip
    assert code == 0, err
    [permit] = ops.list_permits(lib)
    assert permit.scan_filename.endswith(".pdf")
    assert (lib.photos_dir / permit.scan_filename).read_bytes() == pdf.read_bytes()
    photo = synthetic.make_ikat_photo(tmp_path / "foto-izin.jpg", seed=3, size=(600, 800))
    code, out, err = in_lib(lib, capsys, "permit", "edit", str(permit.id), "--scan", str(photo))
    assert code == 0 and "scan_filename" in out, err
    shown = json.loads(in_lib(lib, capsys, "permit", "show", str(permit.id), "--json")[1])
    assert shown["scan_filename"].endswith(".jpg")


@pytest.mark.parametrize(
    "name, data, words",
    [
        ("catatan.txt", b"hello", "not a PDF, JPEG or PNG"),
        ("terpotong.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\n", "cut off"),
        ("kosong.pdf", b"", "empty"),
        ("rusak.jpg", b"\xff\xd8\xff\xe0" + b"\0" * 64, "damaged"),
    ],
)
def test_a_bad_scan_is_refused_and_nothing_is_written(
    lib, producer, capsys, tmp_path, name, data, words
):
    bad = tmp_path / name
    bad.write_bytes(data)
    before = library_state(lib)
    code, out, err = in_lib(lib, capsys, "permit", "add", "--kind", "nib", "--scan", str(bad))
    assert code == 1 and out == "" and words in err, err
    assert library_state(lib) == before
    ops.add_permit(lib, Permit("nib", "8120001234567"))
    before = library_state(lib)
    code, _out, err = in_lib(lib, capsys, "permit", "edit", "1", "--scan", str(bad))
    assert code == 1 and words in err, err
    assert library_state(lib) == before


def test_a_scan_over_the_size_limit_is_refused(lib, capsys, tmp_path, monkeypatch):
    from tenun_catalog.images import scans

    monkeypatch.setattr(scans, "MAX_SCAN_BYTES", 1000)
    big = tmp_path / "besar.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * 2000 + b"\n%%EOF\n")
    before = library_state(lib)
    code, _out, err = in_lib(lib, capsys, "permit", "add", "--kind", "nib", "--scan", str(big))
    assert code == 1 and "too large" in err and "limit" in err
    assert library_state(lib) == before


def test_a_refused_permit_leaves_no_scan_file_behind(lib, capsys, tmp_path):
    pdf = write_pdf(tmp_path / "izin.pdf")
    before = library_state(lib)
    code, _out, err = in_lib(
        lib, capsys, "permit", "add", "--kind", "nib", "--product-skus", "NO-SUCH", "--scan",
        str(pdf),
    )  # fmt: skip
    assert code == 1 and "NO-SUCH" in err
    assert library_state(lib) == before


def _tenun(producer_id: int) -> Product:
    product = Product(
        sku="TN-1", kind="tenun", producer_id=producer_id, name_id="Selendang", price=300_000,
        wholesale_price=250_000, min_order=1, lead_time_days=14, stock=2, packaging="Kotak",
        story_id="Ditenun di Kupang.",
    )  # fmt: skip
    product.tenun.origin_kabupaten = "kota_kupang"
    product.tenun.techniques = ["ikat_lungsi"]
    return product


def test_submission_readiness_counts_a_permit_without_its_scan(lib, producer, tmp_path):
    product = ops.add_product(lib, _tenun(producer.id)).after
    files = [
        synthetic.make_ikat_photo(tmp_path / f"{i}.jpg", seed=i, size=(300, 200)) for i in range(3)
    ]
    ops.attach_photos(lib, product.sku, files)
    change = ops.add_permit(lib, Permit("nib", "8120001234567", producer_id=producer.id))
    [checked] = [c for c in ops.check(lib, output="submission") if c.key == "TN-1"]
    assert checked.ready is False and checked.score < 100
    assert [f.code for f in checked.findings if f.code.startswith("missing_")] == [
        "missing_permit_scan"
    ]
    ops.edit_permit(lib, change.after.id, {}, scan=write_pdf(tmp_path / "nib.pdf"))
    [checked] = [c for c in ops.check(lib, output="submission") if c.key == "TN-1"]
    assert checked.ready is True and checked.score == 100
    assert readiness.product_readiness(product, "exhibition", photo_count=3).ready


def test_the_package_izin_folder_holds_the_scan(lib, producer, tmp_path):
    import zipfile

    from tenun_catalog.export.package import build_submission

    ops.add_product(lib, _tenun(producer.id))
    files = [
        synthetic.make_ikat_photo(tmp_path / f"{i}.jpg", seed=i, size=(1400, 1050))
        for i in range(3)
    ]
    ops.attach_photos(lib, "TN-1", files)
    pdf = write_pdf(tmp_path / "nib.pdf")
    ops.add_permit(lib, Permit("nib", "8120001234567", producer_id=producer.id), scan=pdf)
    result = build_submission(
        lib, tmp_path / "paket.zip", producers=[producer.id], allow_incomplete=True
    )  # the producer profile is not complete: the izin/ folder is written all the same
    with zipfile.ZipFile(result.path) as zf:
        scans = [n for n in zf.namelist() if "/izin/" in n]
        assert len(scans) == 1 and scans[0].endswith(".pdf")
        assert zf.read(scans[0]) == pdf.read_bytes()


def test_a_pdf_scan_survives_backup_and_restore(lib, producer, tmp_path):
    pdf = write_pdf(tmp_path / "nib.pdf")
    permit = ops.add_permit(lib, Permit("nib", "8120001234567"), scan=pdf).after
    archive = tmp_path / "cadangan.zip"
    ops.make_backup(lib, archive)
    ops.restore_backup(archive, tmp_path / "pulih")
    with ops.opened(tmp_path / "pulih") as other:
        restored = ops.get_permit(other, permit.id)
        assert other.stored_file(restored.scan_filename).read_bytes() == pdf.read_bytes()


def test_a_fake_pdf_in_a_backup_is_refused(lib, tmp_path):
    import zipfile

    from tenun_catalog.store import safe_paths

    assert safe_paths.content_matches("a" * 64 + ".pdf", b"%PDF-1.7\n")
    assert not safe_paths.content_matches("a" * 64 + ".pdf", b"MZ\x90\x00 an exe")
    pdf = write_pdf(tmp_path / "nib.pdf")
    ops.add_permit(lib, Permit("nib", "8120001234567"), scan=pdf)
    archive = tmp_path / "cadangan.zip"
    ops.make_backup(lib, archive)
    hostile = tmp_path / "palsu.zip"
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(hostile, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith(".pdf"):
                data = b"MZ" + data[2:]  # same length, not a PDF any more
            dst.writestr(info, data)
    with pytest.raises(UserError) as refused:
        ops.restore_backup(hostile, tmp_path / "pulih")
    assert "of its type" in refused.value.message("en")  # the magic bytes, before the hash


def test_the_app_permit_editor_attaches_a_scan(qtbot, window, tmp_path):
    window.show_page("permits")
    page = window.permits
    permit = next(p for p in ops.list_permits(window.session.lib) if p.kind == "merek")
    page.select(permit.id)
    qtbot.waitUntil(lambda: page.current_id == permit.id)
    editor = page.scan_editor
    assert editor.value().endswith(".pdf")  # the demo's permits come with their scans
    photo = synthetic.make_ikat_photo(tmp_path / "merek.jpg", seed=5, size=(500, 700))
    assert editor.choose_file(photo)
    stored = ops.get_permit(window.session.lib, permit.id).scan_filename
    assert stored.endswith(".jpg") and editor.value() == stored
    assert window.undo.count() == 1
    window.undo.undo()
    assert ops.get_permit(window.session.lib, permit.id).scan_filename.endswith(".pdf")
    bad = tmp_path / "bukan.txt"
    bad.write_text("bukan pindaian", encoding="utf-8")
    assert not editor.choose_file(bad)
    row = page.form._row_of["scan_filename"]
    assert row.finding.isVisible() and "PDF, JPEG atau PNG" in row.finding.text()
    assert ops.get_permit(window.session.lib, permit.id).scan_filename.endswith(".pdf")
