"""The Motif page shows and edits the motif registry fields of issue 13 (forms from FieldSpecs)."""

from __future__ import annotations

from PySide6.QtCore import Qt

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
