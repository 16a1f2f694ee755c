"""The Motif page shows and edits the motif registry fields of issue 13 (forms from FieldSpecs)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tenun_catalog import operations as ops
from tenun_catalog.domain.entities import Narrative
from tests.test_gui_fixtures import *  # noqa: F403 - the GUI fixtures

REGISTRY_FIELDS = (
    "holder", "holder_name", "protocols", "permitted_use", "audiences", "permission_uses",
    "lc_project_id", "tk_labels", "notice", "kik_type", "kik_number",
)  # fmt: skip


def test_motif_page_edits_the_registry_fields(qtbot, window):
    window.show_page("motifs")
    page = window.motifs
    for path in REGISTRY_FIELDS:
        assert path in page.form.editors, path
    for i in range(page.list.count()):
        item = page.list.item(i)
        if page.records[item.data(Qt.UserRole)].name_id == "Belah Ketupat":
            page.list.setCurrentItem(item)
            break
    motif = ops.get_motif(window.session.lib, "Belah Ketupat")
    assert motif.is_public and page.chip.status == "ok"
    assert page.form.editors["notice"].value() == "attribution_incomplete"
    # The community keeps the motif to itself: one tick on the audiences check boxes.
    page.form.editors["audiences"].boxes["internal"].setChecked(True)
    stored = ops.get_motif(window.session.lib, motif.id)
    assert stored.audiences == ["internal"] and not stored.is_public
    qtbot.waitUntil(lambda: page.chip.status == "error")  # no longer "free to use"
    window.undo.undo()
    assert ops.get_motif(window.session.lib, motif.id).is_public
    qtbot.waitUntil(lambda: page.chip.status == "ok")


def test_undo_of_a_motif_removal_brings_its_narratives_back(qtbot, window):
    lib = window.session.lib
    window.show_page("motifs")
    page = window.motifs
    qtbot.mouseClick(page.add_button, Qt.LeftButton)
    [motif] = [m for m in ops.list_motifs(lib) if m.name_id == "Motif baru"]
    told = [
        Narrative(0, "Mama Ina", audience="internal", text_id="Cerita garis."),
        Narrative(0, "Mama Lado", community="Seba", audience="public", text_en="Told."),
    ]
    for narrative in told:
        ops.add_narrative(lib, motif.id, narrative)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key_Delete)
    assert not [m for m in ops.list_motifs(lib) if m.name_id == "Motif baru"]
    window.undo.undo()
    [back] = [m for m in ops.list_motifs(lib) if m.name_id == "Motif baru"]
    restored = ops.list_narratives(lib, back.id)
    assert [(n.teller, n.community, n.audience, n.text_id, n.text_en) for n in restored] == [
        (n.teller, n.community, n.audience, n.text_id, n.text_en) for n in told
    ]


def _select(qtbot, page, name_id: str) -> None:
    for i in range(page.list.count()):
        item = page.list.item(i)
        if page.records[item.data(Qt.UserRole)].name_id == name_id:
            page.list.setCurrentItem(item)
            break
    qtbot.waitUntil(lambda: page.records[page.current_id].name_id == name_id)


def test_the_panel_says_where_a_motif_appears_and_which_cloths_carry_it(qtbot, window):
    window.show_page("motifs")
    page = window.motifs
    _select(qtbot, page, "Patola Ratu")
    text = page.audience_panel.text()
    assert "Di mana motif ini tampil" in text
    assert "✗ Katalog, web, feed, label dan kartu — terbatas, belum ada izin" in text
    assert "✓ Buku motif komunitas" in text
    assert "Dipakai di 1 kain:" in text and "TN-STM-002" in text
    _select(qtbot, page, "Belah Ketupat")
    assert "✓ Katalog, web, feed, label dan kartu" in page.audience_panel.text()


def test_making_a_withheld_motif_public_is_asked_first(qtbot, window, monkeypatch):
    window.show_page("motifs")
    page = window.motifs
    lib = window.session.lib
    _select(qtbot, page, "Belah Ketupat")
    motif_id = page.current_id
    boxes = page.form.editors["audiences"].boxes
    asked: list[str] = []
    answers = [QMessageBox.No, QMessageBox.Yes]

    def question(parent, title, text, *args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    boxes["internal"].setChecked(True)  # withholding needs no question
    assert ops.get_motif(lib, motif_id).audiences == ["internal"] and not asked
    qtbot.waitUntil(lambda: "✗ Katalog" in page.audience_panel.text())
    boxes["internal"].setChecked(False)  # public again: asked, and "No" keeps it withheld
    assert len(asked) == 1 and "Belah Ketupat" in asked[0] and "koperasi" in asked[0]
    assert ops.get_motif(lib, motif_id).audiences == ["internal"]
    qtbot.waitUntil(lambda: page.form.editors["audiences"].boxes["internal"].isChecked())
    page.form.editors["audiences"].boxes["internal"].setChecked(False)  # "Yes" saves it
    assert len(asked) == 2
    assert ops.get_motif(lib, motif_id).is_public
    qtbot.waitUntil(lambda: "✓ Katalog" in page.audience_panel.text())


def test_the_gi_draft_and_motif_book_from_the_motif_page(qtbot, window, tmp_path):
    from docx import Document
    from pypdf import PdfReader

    window.show_page("motifs")
    page = window.motifs
    _select(qtbot, page, "Patola Ratu")
    assert [a.text() for a in page.documents_menu.actions()] == [
        "Draf deskripsi IG (DOCX)…",
        "Buku motif komunitas (PDF)…",
    ]
    draft = tmp_path / "draf.docx"
    assert page.make_document("gi-draft", "sumba_timur", draft) is not None
    qtbot.waitUntil(lambda: not page.exporter.busy, timeout=90_000)
    assert page.exporter.last_error == ""
    text = "\n".join(p.text for p in Document(str(draft)).paragraphs)
    assert "Sumba Timur" in text and "patola" not in text.casefold()
    page.exporter.message_box.close()
    book = tmp_path / "buku.pdf"
    assert page.make_document("motif-book", "sumba_timur", book) is not None
    qtbot.waitUntil(lambda: not page.exporter.busy, timeout=90_000)
    pages = [p.extract_text() for p in PdfReader(book).pages]
    assert pages and all("Untuk kalangan sendiri" in p for p in pages)
    assert any("Patola Ratu" in p for p in pages)  # the community's own book shows it
    page.exporter.message_box.close()


def test_narratives_are_added_changed_removed_and_undone_on_the_motif_page(qtbot, window):
    lib = window.session.lib
    window.show_page("motifs")
    page = window.motifs
    _select(qtbot, page, "Belah Ketupat")
    motif_id = page.current_id
    editor = page.narratives_editor
    start = ops.list_narratives(lib, motif_id)
    assert editor.list.count() == len(start)
    told = Narrative(0, "Mama Ester", community="Nunbaun", audience="public",
                     text_id="Belah ketupat adalah jalan yang rata.")  # fmt: skip
    editor.ask = lambda parent, narrative: told
    editor.add_button.click()
    after_add = ops.list_narratives(lib, motif_id)
    assert [n.teller for n in after_add] == [*(n.teller for n in start), "Mama Ester"]
    qtbot.waitUntil(lambda: editor.list.count() == len(start) + 1)
    assert "Mama Ester · Nunbaun — Keluaran publik" in editor.list.item(len(start)).text()
    # change it: the dialog gives the same telling for the community only
    editor.list.setCurrentRow(len(start))
    editor.ask = lambda parent, narrative: dataclasses.replace(narrative, audience="internal")
    editor.change_button.click()
    assert ops.list_narratives(lib, motif_id)[-1].audience == "internal"
    editor.list.setCurrentRow(len(start))
    editor.remove_button.click()
    assert len(ops.list_narratives(lib, motif_id)) == len(start)
    window.undo.undo()  # the removal
    assert ops.list_narratives(lib, motif_id)[-1].audience == "internal"
    window.undo.undo()  # the change
    assert ops.list_narratives(lib, motif_id)[-1].audience == "public"
    window.undo.undo()  # the addition
    assert [n.teller for n in ops.list_narratives(lib, motif_id)] == [n.teller for n in start]
    qtbot.waitUntil(lambda: editor.list.count() == len(start))
    window.undo.redo()
    assert ops.list_narratives(lib, motif_id)[-1].teller == "Mama Ester"


def test_an_empty_narrative_is_refused_with_a_message(qtbot, window):
    window.show_page("motifs")
    page = window.motifs
    _select(qtbot, page, "Belah Ketupat")
    before = ops.list_narratives(window.session.lib, page.current_id)
    page.narratives_editor.ask = lambda parent, narrative: Narrative(0, "Mama Ina")
    page.narratives_editor.add_button.click()
    assert ops.list_narratives(window.session.lib, page.current_id) == before
    assert "Cerita motif masih kosong" in window.message.text()


def test_the_narrative_dialog_reads_back_what_was_typed(qtbot, window):
    from tenun_catalog.gui.widgets.narratives_editor import NarrativeDialog

    dialog = NarrativeDialog(Narrative(3, "Mama Ina", community="Seba", audience="internal"))
    qtbot.addWidget(dialog)
    assert dialog.audience.currentData() == "internal"
    dialog.text_en.setPlainText("  Told at the loom.  ")
    dialog.audience.setCurrentIndex(dialog.audience.findData("submission"))
    made = dialog.record()
    assert (made.teller, made.community, made.audience, made.text_en) == (
        "Mama Ina", "Seba", "submission", "Told at the loom."
    )  # fmt: skip


def test_the_permission_letter_is_chosen_on_the_motif_page_and_undone(qtbot, window, tmp_path):
    from tenun_catalog.demo.permit_scans import letter_pdf

    lib = window.session.lib
    window.show_page("motifs")
    page = window.motifs
    _select(qtbot, page, "Bunga Karang")
    motif_id = page.current_id
    before = ops.get_motif(lib, motif_id).permission_scan
    assert before  # the demo scanned the letters of motifs with a permission record
    assert page.scan_editor.label.text().startswith("PDF · ")
    letter = tmp_path / "surat-baru.pdf"
    letter.write_bytes(letter_pdf(ops.get_motif(lib, motif_id)) + b"\n% dipindai ulang\n")
    assert page.scan_editor.choose_file(letter)
    stored = ops.get_motif(lib, motif_id).permission_scan
    assert stored != before and (lib.photos_dir / stored).read_bytes() == letter.read_bytes()
    window.undo.undo()
    assert ops.get_motif(lib, motif_id).permission_scan == before
