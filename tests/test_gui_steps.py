"""The product editor edits a tenun's production steps (issue 13): added, changed, removed,
each one undo step, saved as one list through operations.replace_steps."""

from __future__ import annotations

import dataclasses

import pytest

from tenun_catalog import operations as ops
from tenun_catalog.domain.entities import ProductionStep
from tenun_catalog.domain.errors import UserError
from tests.test_gui_fixtures import *  # noqa: F403 - the GUI fixtures
from tests.test_gui_fixtures import select_product

ROTE = "TN-RTN-001"  # the demo gives it steps with dye plants


def _kinds(lib, sku):
    return [(s.kind, s.days) for s in ops.list_steps(lib, sku)]


def test_steps_are_edited_in_the_product_editor_with_undo(qtbot, window) -> None:
    lib = window.session.lib
    editor = select_product(qtbot, window, ROTE)
    steps = editor.steps_editor
    start = _kinds(lib, ROTE)
    assert start and steps.list.count() == len(start)
    assert "mengkudu" in " ".join(steps.list.item(i).text() for i in range(steps.list.count()))
    added = ProductionStep(0, "pemeriksaan_mutu", description_id="Diperiksa ketua kelompok.",
                           days=1)  # fmt: skip
    steps.ask = lambda parent, step: added
    steps.add_button.click()
    assert _kinds(lib, ROTE) == [*start, ("pemeriksaan_mutu", 1)]
    qtbot.waitUntil(lambda: steps.list.count() == len(start) + 1)
    steps.list.setCurrentRow(0)
    steps.ask = lambda parent, step: dataclasses.replace(step, days=99)
    steps.change_button.click()
    assert _kinds(lib, ROTE)[0][1] == 99
    steps.list.setCurrentRow(0)
    steps.remove_button.click()
    assert len(_kinds(lib, ROTE)) == len(start)
    window.undo.undo()  # the removal
    assert _kinds(lib, ROTE)[0][1] == 99
    window.undo.undo()  # the change
    assert _kinds(lib, ROTE)[0] == start[0]
    window.undo.undo()  # the addition
    assert _kinds(lib, ROTE) == start
    qtbot.waitUntil(lambda: steps.list.count() == len(start))
    window.undo.redo()
    assert _kinds(lib, ROTE)[-1] == ("pemeriksaan_mutu", 1)


def test_a_bad_step_is_refused_and_nothing_changes(qtbot, window) -> None:
    lib = window.session.lib
    editor = select_product(qtbot, window, ROTE)
    start = _kinds(lib, ROTE)
    editor.steps_editor.ask = lambda parent, step: ProductionStep(0, "menyulam")
    editor.steps_editor.add_button.click()
    assert _kinds(lib, ROTE) == start
    assert "menyulam" in window.message.text()


def test_the_step_dialog_reads_back_what_was_typed(qtbot, window) -> None:
    from tenun_catalog.gui.widgets.steps_editor import StepDialog

    dialog = StepDialog(ProductionStep(4, "pewarnaan", plants=["tarum"]))
    qtbot.addWidget(dialog)
    assert dialog.plants.text() == "tarum" and dialog.days.value() == 0
    dialog.plants.setText(" mengkudu (Morinda citrifolia) ;; loba ")
    dialog.days.setValue(21)
    made = dialog.record()
    assert (made.kind, made.plants, made.days) == (
        "pewarnaan", ["mengkudu (Morinda citrifolia)", "loba"], 21
    )  # fmt: skip


def test_replace_steps_is_all_or_nothing(filled) -> None:
    ops.add_step(filled, "TNN-001", ProductionStep(0, "benang"))
    with pytest.raises(UserError):
        ops.replace_steps(filled, "TNN-001", [ProductionStep(0, "penenunan"),
                                              ProductionStep(0, "tidak-ada")])  # fmt: skip
    assert [s.kind for s in ops.list_steps(filled, "TNN-001")] == ["benang"]
    ops.replace_steps(filled, "TNN-001", [ProductionStep(0, "penenunan", days=30)])
    assert [(s.kind, s.position) for s in ops.list_steps(filled, "TNN-001")] == [("penenunan", 0)]
