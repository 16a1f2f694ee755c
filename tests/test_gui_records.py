"""Producers, motifs and permits screens: forms from FieldSpecs, findings, colours, undo."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tenun_catalog import operations as ops
from tenun_catalog.domain import rules
from tenun_catalog.gui import style
from tests.test_gui_fixtures import *  # noqa: F403 - the GUI fixtures


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


def test_restricted_motif_is_marked_until_permission_is_recorded(qtbot, window):
    window.show_page("motifs")
    page = window.motifs
    motif = _select(page, lambda m: not m.is_public)
    assert page.chip.status == "error" and page.note.isVisibleTo(page)
    assert "tidak akan tampil" in page.note.text()
    page.form.editors["permission_by"].edit.setText("Tetua adat Seba")
    page.form.editors["permission_by"].edit.editingFinished.emit()
    page.form.editors["permission_date"].edit.setDate(date(2025, 3, 1))
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
