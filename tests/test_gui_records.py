"""Producers, motifs and permits screens: forms from FieldSpecs, findings, colours, undo; and the
product editor's fields for selling online with its per-channel readiness."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tenun_catalog import operations as ops
from tenun_catalog.domain import rules
from tenun_catalog.gui import style
from tests.test_gui_fixtures import *  # noqa: F403 - the GUI fixtures
from tests.test_gui_fixtures import select_product


def _select(page, predicate):
    for i in range(page.list.count()):
        item = page.list.item(i)
        if predicate(page.records[item.data(Qt.UserRole)]):
            page.list.setCurrentItem(item)
            return page.records[item.data(Qt.UserRole)]
    raise AssertionError("no such record")


def test_permits_show_expiry_status_in_colour(window):
    window.show_page("permits")
    page = window.permits
    statuses = {rules.permit_status(p) for p in page.records.values()}
    assert {"valid", "expiring", "expired"} <= statuses
    expected = {"valid": style.GREEN, "expiring": style.KUNYIT_TEXT, "expired": style.MENGKUDU}
    for status, colour in expected.items():
        permit = _select(page, lambda p, s=status: rules.permit_status(p) == s)
        assert colour in page.chip.styleSheet(), (status, page.chip.styleSheet())
        assert page.chip.isVisibleTo(page)
        words = {"valid": "Berlaku sampai", "expiring": "Segera habis", "expired": "Habis"}
        assert page.chip.text().startswith(words[status]), page.chip.text()
        item = page.list.currentItem()
        assert str(permit.expires.year) in item.text()


def test_restricted_motif_is_marked_until_permission_is_recorded(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked = []  # recording the permission makes the motif public: the page asks first
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.Yes
    )
    window.show_page("motifs")
    page = window.motifs
    motif = _select(page, lambda m: not m.is_public)
    assert page.chip.status == "error" and page.note.isVisibleTo(page)
    assert "tidak akan tampil" in page.note.text()
    page.form.editors["permission_by"].edit.setText("Tetua adat Seba")
    page.form.editors["permission_by"].edit.editingFinished.emit()
    page.form.editors["permission_date"].edit.setDate(date(2025, 3, 1))
    assert len(asked) == 1
    assert ops.get_motif(window.session.lib, motif.id).is_public
    assert page.chip.status == "warning" and "Tetua adat Seba" in page.note.text()
    window.undo.undo()
    window.undo.undo()
    assert not ops.get_motif(window.session.lib, motif.id).is_public
    qtbot.waitUntil(lambda: page.chip.status == "error")


def test_producer_edit_shows_findings_inline_and_undo(qtbot, window):
    window.show_page("producers")
    page = window.producers
    producer = _select(page, lambda p: bool(p.nib))
    edit = page.form.editors["nib"].edit
    edit.setText("12345")
    edit.editingFinished.emit()
    assert ops.get_producer(window.session.lib, producer.id).nib == "12345"
    row = page.form._row_of["nib"]
    assert row.finding.isVisibleTo(page) and "13" in row.finding.text()
    window.undo.undo()
    assert ops.get_producer(window.session.lib, producer.id).nib == producer.nib
    qtbot.waitUntil(lambda: page.form.editors["nib"].edit.text() == producer.nib)


def test_add_and_remove_records_with_undo(qtbot, window):
    window.show_page("motifs")
    page = window.motifs
    count = len(ops.list_motifs(window.session.lib))
    qtbot.mouseClick(page.add_button, Qt.LeftButton)
    assert len(ops.list_motifs(window.session.lib)) == count + 1
    assert page.record_title.text() == "Motif baru"
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key_Delete)
    assert len(ops.list_motifs(window.session.lib)) == count
    window.undo.undo()
    assert len(ops.list_motifs(window.session.lib)) == count + 1
    window.undo.undo()
    assert len(ops.list_motifs(window.session.lib)) == count


def test_removing_a_producer_with_products_is_refused_in_the_status_bar(window):
    window.show_page("producers")
    page = window.producers
    _select(page, lambda p: True)
    page.remove_current()
    assert "masih punya" in window.message.text()


# ---- the product editor: parcel, condition, sales channels ----------------------------------

PARCEL = (
    "packed_weight_g",
    "package_length_cm",
    "package_width_cm",
    "package_height_cm",
    "condition",
)


def _lines(editor) -> list[str]:
    items = editor.findings_list
    return [items.item(i).text() for i in range(items.count())]


def test_the_product_editor_has_the_parcel_fields_in_their_own_section(qtbot, window):
    editor = select_product(qtbot, window, "TN-STM-001")  # the demo gives it no parcel
    form = editor.general
    titles = {label.text(): form.grid.indexOf(label) for label, _ in form._section_labels}
    section = "Paket dan kondisi, untuk jualan online"
    assert section in titles
    top = form.grid.getItemPosition(titles[section])[0]
    for path in PARCEL:
        editor_widget = form.editors[path]
        assert editor_widget.isVisibleTo(form), path
        row = form.grid.getItemPosition(form.grid.indexOf(editor_widget))[0]
        assert top < row <= top + 2 * len(PARCEL), path  # under that heading, not elsewhere
    assert form._row_of["packed_weight_g"].label.text() == "Berat kirim dengan kemasan (g)"
    assert form.editors["condition"].value() == "new"
    form.editors["packed_weight_g"].box.setValue(1800)
    lib = window.session.lib
    assert ops.get_product(lib, "TN-STM-001").packed_weight_g == 1800
    combo = form.editors["condition"].combo
    combo.setCurrentIndex(combo.findData("used"))
    combo.activated.emit(combo.currentIndex())
    assert ops.get_product(lib, "TN-STM-001").condition == "used"


def test_the_editor_says_which_channel_is_not_ready_and_why(qtbot, window):
    editor = select_product(qtbot, window, "TN-STM-001")  # demo photos here are 400 x 300
    chip = editor.channel_chip
    assert chip.status == "warning" and chip.text() == "Jualan online 0/4"
    assert "Belum siap: WhatsApp/Meta, Google, Shopee, Tokopedia" in chip.toolTip()
    before = editor.findings_list.count_to_do
    lines = _lines(editor)
    # ready for every output but not for two channels: the top line must not say "ready"
    assert before == 0
    assert lines[0].startswith("Siap untuk katalog dan kurasi; jualan online masih"), lines[0]
    assert "Jualan online" in lines
    shopee = next(i for i, line in enumerate(lines) if line.startswith("Belum siap: Shopee"))
    assert "2 belum ada" in lines[shopee]
    under = lines[shopee + 1 : shopee + 3]
    assert any("Berat kirim dengan kemasan belum diisi" in line for line in under), under
    assert any("500 piksel" in line for line in under), under
    meta = next(line for line in lines if line.startswith("Belum siap: WhatsApp/Meta"))
    assert "1 belum ada" in meta  # the photo only: no parcel needed for a feed
    editor.general.editors["packed_weight_g"].box.setValue(1800)
    lines = _lines(editor)
    shopee = next(i for i, line in enumerate(lines) if line.startswith("Belum siap: Shopee"))
    assert "1 belum ada" in lines[shopee] and "500 piksel" in lines[shopee + 1]
    assert editor.findings_list.count_to_do == before  # a channel is a choice, not work to do
    chip = editor.channel_chip
    qtbot.waitUntil(lambda: chip.isVisible())
    assert chip.width() >= chip.sizeHint().width()
    assert chip.mapTo(editor, chip.rect().topRight()).x() <= editor.width()


def test_a_packed_weight_below_the_net_weight_is_refused_under_its_field(qtbot, window):
    editor = select_product(qtbot, window, "SEI-BBI-002")  # 500 g net, no packed weight yet
    editor.general.editors["packed_weight_g"].box.setValue(300)
    lib = window.session.lib
    assert ops.get_product(lib, "SEI-BBI-002").packed_weight_g is None
    row = editor.general._row_of["packed_weight_g"]
    assert row.finding.isVisibleTo(editor.general)
    assert "berat bersih" in row.finding.text()
    assert window.undo.count() == 0
