"""The app's own label, hang-tag and submission-package jobs, driven end to end on the demo.

Sei labels and hang tags from the product list (preview of the sheet, then the PDF), a label the
rules refuse (the dialog says why and opens the product), and the submission package dialog that
leaves out the producer with the expired permit and packages the rest (read back: checksums).
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtPdf import QPdfDocument

from tenun_catalog import operations as ops
from tenun_catalog.domain import rules
from tests.test_gui_fixtures import *  # noqa: F403 - the GUI fixtures

SLOW = 90_000
BEEF, TENUN = "SEI-SPI-001", "TN-STM-001"


def _labels(qtbot, window, sku: str, output: str):
    page = window.products
    window.show_page("products")
    page.open_product(sku)
    qtbot.waitUntil(lambda: page.editor.product_id is not None, timeout=10_000)
    return page.open_labels(output)  # deletes itself when closed


def _batch(dialog, code: str = "B2611-07") -> None:
    today = date.today()
    dialog.produced.setDate(QDate(today.year, today.month, today.day).addDays(-1))
    dialog.best_before.setDate(QDate(today.year, today.month, today.day).addDays(10))
    dialog.batch.setText(code)


def test_sei_labels_preview_then_pdf(qtbot, window, tmp_path):
    dialog = _labels(qtbot, window, BEEF, "labels")
    assert dialog.chosen_skus() == [BEEF]  # the product in the editor is ticked
    skus = {dialog.products.item(i).data(Qt.UserRole) for i in range(dialog.products.count())}
    with ops.opened(window.session.root) as lib:
        sei = {s.sku for s in ops.list_products(lib) if s.kind == "sei"}
    assert skus == sei  # only Sei products can get a food label
    _batch(dialog)
    dialog.size.setCurrentIndex(dialog.size.findData("A4-sheet"))
    dialog.copies.setValue(8)
    job = dialog.preview()
    assert job is not None
    qtbot.waitUntil(lambda: dialog.preview_job is None, timeout=SLOW)
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() == 1  # 8 labels on one A4 sheet
    out = tmp_path / "label.pdf"
    assert dialog.save(out) is not None
    qtbot.waitUntil(lambda: not dialog.exporter.busy, timeout=SLOW)
    reader = PdfReader(out)
    assert len(reader.pages) == 1 and "B2611-07" in reader.pages[0].extract_text()
    dialog.exporter.message_box.close()
    dialog.close()


def test_a_refused_label_says_why_and_opens_the_product(qtbot, window):
    dialog = _labels(qtbot, window, BEEF, "labels")
    _batch(dialog, code="")  # no batch code: the label rules refuse
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.preview_job is None, timeout=SLOW)
    text = dialog.message.text()
    assert BEEF in text and "kode produksi" in text
    assert dialog.message.objectName() == "noticeError"
    assert dialog.open_button.isVisible() and BEEF in dialog.open_button.text()
    window.products.editor.show_product(None)
    dialog.open_button.click()
    with ops.opened(window.session.root) as lib:
        wanted = ops.get_product(lib, BEEF).id
    qtbot.waitUntil(lambda: window.products.editor.product_id == wanted, timeout=10_000)


def test_hang_tags_from_the_product_list(qtbot, window, tmp_path):
    dialog = _labels(qtbot, window, TENUN, "hang-tags")
    assert dialog.chosen_skus() == [TENUN]
    out = tmp_path / "tag.pdf"
    dialog.save(out)
    qtbot.waitUntil(lambda: not dialog.exporter.busy, timeout=SLOW)
    text = PdfReader(out).pages[0].extract_text()
    assert "Kombu" in text
    dialog.exporter.message_box.close()
    dialog.close()


def test_package_dialog_leaves_out_the_expired_permit_and_packages_the_rest(
    qtbot, window, tmp_path
):
    dialog = window._package()
    today = date.today()
    with ops.opened(window.session.root) as lib:
        producers = ops.list_producers(lib)
        expired = {
            p.name
            for p in producers
            if any(rules.permit_status(x, today) == "expired" for x in ops.list_permits(lib, p.id))
        }
    assert len(expired) == 1 and dialog.producers.count() == len(producers)
    blocked = []
    for row in range(dialog.producers.count()):
        item = dialog.producers.item(row)
        plan = dialog.plans[item.data(Qt.UserRole)]
        if plan.name in expired:
            blocked.append(item)
            assert item.checkState() == Qt.Unchecked and not item.flags() & Qt.ItemIsEnabled
    assert len(blocked) == 1
    dialog.producers.setCurrentItem(blocked[0])
    assert "kedaluwarsa" in dialog.details.text()
    assert len(dialog.ticked()) == len(producers) - 1
    assert not dialog.build_button.isEnabled()  # the demo's photos are small: incomplete
    dialog.allow_incomplete.setChecked(True)
    assert dialog.build_button.isEnabled()
    out = tmp_path / "paket.zip"
    assert dialog.build(out) is not None
    qtbot.waitUntil(lambda: not dialog.exporter.busy, timeout=SLOW)
    assert dialog.exporter.last_error == ""
    info = dialog.exporter.message_box.informativeText()
    assert next(iter(expired)) in info and "kedaluwarsa" in info
    with zipfile.ZipFile(out) as zf:
        folders = {n.split("/")[0] for n in zf.namelist()}
        assert len(folders) == len(producers) - 1
        for folder in folders:
            manifest = json.loads(zf.read(f"{folder}/manifest.json"))
            assert manifest["incomplete"] is True
            for entry in manifest["files"]:
                digest = hashlib.sha256(zf.read(f"{folder}/{entry['path']}")).hexdigest()
                assert digest == entry["sha256"]
    dialog.exporter.message_box.close()
    dialog.close()


def test_help_opens_the_guide_in_the_interface_language_and_says_where_things_are(qtbot, window):
    from tenun_catalog import __version__
    from tenun_catalog.gui import i18n
    from tenun_catalog.operations import faults

    dialog = window.show_guide()
    text = dialog.browser.toPlainText()
    assert "Paket kurasi" in text and "Label pangan Sei" in text  # docs/panduan.md
    images = dialog.browser.document().toHtml().count("<img")
    assert images >= 5
    dialog.close()
    i18n.set_language("en")
    dialog = window.show_guide()
    assert "Submission package" in dialog.browser.toPlainText()  # docs/guide.md
    dialog.close()
    box = window.show_about()
    about = box.text()
    assert __version__ in about and str(window.session.root) in about
    assert str(faults.log_dir()) in about
    box.close()


def test_an_undo_step_that_fails_leaves_stack_and_library_agreeing(qtbot, window):
    """A product removed behind the app's back: undoing its rename cannot work. The step is
    dropped from the history with a message, instead of the stack claiming an undo that the
    library never saw (and offering a redo of it)."""
    page = window.products
    window.show_page("products")
    page.open_product(TENUN)
    qtbot.waitUntil(lambda: page.editor.product_id is not None, timeout=10_000)
    stack = window.undo
    before = stack.count()
    product_id = page.editor.product_id
    change = window.session.edit("product", product_id, {"name_id": "Nama Baru"})
    from tenun_catalog.gui import undo

    old, new = undo.undo_values(change)
    stack.push(undo.FieldEdit(window.session, "product", product_id, old, new, "Ubah nama"))
    assert stack.count() == before + 1 and stack.canUndo()
    messages = []
    window.session.message.connect(lambda text, level: messages.append((text, level)))
    with ops.opened(window.session.root) as lib:
        ops.remove_product(lib, TENUN)
    stack.undo()
    assert stack.count() == before  # the failed step is gone, not waiting to be redone
    assert not stack.canRedo()
    assert messages[-1] == (f"Produk nomor {product_id} tidak ditemukan.", "error")
    with ops.opened(window.session.root) as lib:
        assert TENUN not in {s.sku for s in ops.list_products(lib)}


def test_social_cards_from_the_product_list(qtbot, window, tmp_path):
    from PIL import Image

    page = window.products
    window.show_page("products")
    page.open_product(TENUN)
    qtbot.waitUntil(lambda: page.editor.product_id is not None, timeout=10_000)
    assert page.social_cards_action in page.labels_menu.actions()
    assert page.social_cards_action.text() == "Kartu media sosial…"
    dialog = page.open_social_cards()
    assert dialog.chosen_skus() == [TENUN]  # the product in the editor is ticked
    for i in range(dialog.products.count()):
        item = dialog.products.item(i)
        if item.data(Qt.UserRole) == "SEI-BBI-001":
            item.setCheckState(Qt.Checked)
    dialog.sizes.setCurrentIndex(dialog.sizes.findData("instagram"))
    assert dialog.preview() is not None
    qtbot.waitUntil(lambda: dialog.preview_job is None, timeout=SLOW)
    shown = dialog.shown_pictures()
    assert len(shown) == 2 and all(label.pixmap().width() == 220 for label in shown)
    assert "2 gambar untuk 2 produk" in dialog.message.text()
    out = tmp_path / "kartu"
    assert dialog.save(out) is not None
    qtbot.waitUntil(lambda: not dialog.exporter.busy, timeout=SLOW)
    assert dialog.exporter.last_error == ""
    names = sorted(p.name for p in out.iterdir())
    assert names == ["SEI-BBI-001-instagram.jpg", f"{TENUN}-instagram.jpg"]
    assert Image.open(out / names[0]).size == (1080, 1350)
    dialog.exporter.message_box.close()
    # a folder holding other files is not replaced: the dialog says why
    (out / "catatan.txt").write_text("jangan hapus")
    dialog.save(out)
    qtbot.waitUntil(lambda: not dialog.exporter.busy, timeout=SLOW)
    assert "berisi berkas lain" in dialog.message.text()
    assert (out / "catatan.txt").exists()
    dialog.close()
