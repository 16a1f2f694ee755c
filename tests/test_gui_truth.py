"""Issue 11 items 6 and 7 in the app: the catalog's "keep in sync" checkbox, and the File menu's
removal of unused photo files that spares what Undo can still bring back."""

from __future__ import annotations

import hashlib
import os
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tenun_catalog import operations as ops
from tenun_catalog.domain import Product
from tenun_catalog.export.audience import Selection, selected_product_ids
from tenun_catalog.images import synthetic
from tests.test_gui_fixtures import *  # noqa: F403 - the GUI fixtures
from tests.test_gui_fixtures import select_product

SKU = "TN-SBR-001"
HOURS_2 = 2 * 3600


def _age_everything(photos_dir) -> None:
    old = time.time() - HOURS_2
    for path in photos_dir.iterdir():
        os.utime(path, (old, old))


def test_file_menu_removes_unused_photos_but_keeps_what_undo_needs(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    lib = window.session.lib
    assert window.gc_action in window.file_menu.actions()
    assert window.gc_action.text() == "Hapus berkas foto yang tak terpakai…"
    editor = select_product(qtbot, window, SKU)
    editor.tabs.setCurrentWidget(editor.photos)
    panel = editor.photos
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    removed = ops.list_photos(lib, SKU)[1]
    panel.strip.setCurrentIndex(panel.model.index(1))
    panel.strip.setFocus()
    qtbot.keyClick(panel.strip, Qt.Key_Delete)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    # an original an interrupted import left behind
    made = synthetic.make_ikat_photo(tmp_path / "sisa.jpg", seed=77, size=(120, 90))
    data = made.read_bytes()
    orphan = lib.photos_dir / f"{hashlib.sha256(data).hexdigest()}.jpg"
    orphan.write_bytes(data)
    _age_everything(lib.photos_dir)
    files_before = {p.name for p in lib.photos_dir.iterdir()}

    asked = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.gc_action.trigger()
    assert asked and asked[0].startswith("1 berkas foto di pustaka tidak dipakai")
    assert not orphan.exists()
    assert (lib.photos_dir / removed.filename).exists()  # Undo can still bring it back
    assert {p.name for p in lib.photos_dir.iterdir()} == files_before - {orphan.name}
    assert "1 berkas foto yang tak terpakai dihapus" in window.message.text()
    window.undo.undo()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    assert removed.filename in {p.filename for p in ops.list_photos(lib, SKU)}
    assert lib.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_catalog_keep_in_sync_checkbox_with_undo(qtbot, window) -> None:
    window.show_page("catalogs")
    page = window.catalogs
    page.create_catalog("Katalog Pintar")
    lib = window.session.lib
    form = page.settings.form
    box = form.editors["sync"].box
    assert not box.isChecked()
    box.setChecked(True)
    stored = ops.get_catalog(lib, "Katalog Pintar")
    assert stored.options["sync"] is True
    ops.add_product(lib, Product(sku="TN-BARU-01", kind="tenun", name_id="Kain Baru",
                                 price=250000))  # fmt: skip
    new_id = ops.get_product(lib, "TN-BARU-01").id
    ids = selected_product_ids(lib, Selection(ops.get_catalog(lib, "Katalog Pintar")))
    assert new_id in ids and len(ids) == ops.count_products(lib)
    window.undo.undo()
    assert ops.get_catalog(lib, "Katalog Pintar").options["sync"] is False
    qtbot.waitUntil(lambda: not form.editors["sync"].box.isChecked())
    ops.add_product(lib, Product(sku="TN-BARU-02", kind="tenun", name_id="Kain Lagi",
                                 price=250000))  # fmt: skip
    ids = selected_product_ids(lib, Selection(ops.get_catalog(lib, "Katalog Pintar")))
    assert ops.get_product(lib, "TN-BARU-02").id not in ids


def test_a_permit_scan_chosen_in_the_app_is_kept_shown_and_undone(qtbot, window, tmp_path):
    from tenun_catalog.demo.permit_scans import scan_pdf
    from tenun_catalog.domain.entities import Permit

    lib = window.session.lib
    permit = ops.list_permits(lib)[0]
    before = permit.scan_filename
    assert before  # every demo permit has its scan
    pdf = tmp_path / "nib.pdf"
    pdf.write_bytes(scan_pdf(Permit("nib", "0220001234567"), "Koperasi"))
    window.show_page("permits")
    page = window.permits
    page.select(permit.id)
    editor = page.scan_editor
    qtbot.waitUntil(lambda: editor.value() == before)
    assert editor.choose_file(pdf)
    stored = ops.get_permit(lib, permit.id).scan_filename
    assert stored.endswith(".pdf") and stored != before
    assert (lib.photos_dir / stored).read_bytes() == pdf.read_bytes()
    # what a person reads: the kind and the size, not the stored hash
    assert editor.label.text().startswith("PDF · ") and stored[:8] not in editor.label.text()
    window.undo.undo()
    assert ops.get_permit(lib, permit.id).scan_filename == before
    editor.remove_button.click()
    assert ops.get_permit(lib, permit.id).scan_filename == ""
    qtbot.waitUntil(lambda: editor.label.text() == "Belum ada pindaian")
    assert not editor.open_button.isEnabled()
    window.undo.undo()
    assert ops.get_permit(lib, permit.id).scan_filename == before
