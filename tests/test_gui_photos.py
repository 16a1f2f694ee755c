"""Photos in the product editor: reorder by dragging (model moves), cover, removal with undo,
details, and importing a folder with a broken file while the window stays responsive."""

from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, Qt, QTimer

from tenun_catalog import operations as ops
from tenun_catalog.images import synthetic
from tests.test_gui_fixtures import *  # noqa: F403 - the GUI fixtures
from tests.test_gui_fixtures import select_product

SKU = "TN-SBR-001"


def _order(window) -> list[int]:
    return [p.id for p in ops.list_photos(window.session.lib, SKU)]


def _photo_panel(qtbot, window):
    editor = select_product(qtbot, window, SKU)
    editor.tabs.setCurrentWidget(editor.photos)
    qtbot.waitUntil(lambda: editor.photos.model.rowCount() == 3)
    return editor.photos


def test_dragging_a_photo_in_the_strip_saves_the_order_and_undo_restores_it(qtbot, window):
    panel = _photo_panel(qtbot, window)
    before = _order(window)
    model = panel.model
    # What QListView does for an internal move in list mode: moveRow to the drop position.
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    assert _order(window) == [before[1], before[2], before[0]]
    assert model.ids() == _order(window)
    window.undo.undo()
    assert _order(window) == before
    # A drop carrying the strip's own mime data (another view, or a drag that ends on an item).
    data = model.mimeData([model.index(2)])
    model.dropMimeData(data, Qt.MoveAction, 0, 0, QModelIndex())
    assert _order(window) == [before[2], before[0], before[1]]
    cover = ops.list_products(window.session.lib)
    card = next(s for s in cover if s.sku == SKU)
    assert card.cover_filename == ops.list_photos(window.session.lib, SKU)[0].filename


def test_make_cover_remove_and_undo(qtbot, window):
    panel = _photo_panel(qtbot, window)
    before = _order(window)
    panel.strip.setCurrentIndex(panel.model.index(2))
    qtbot.mouseClick(panel.cover_button, Qt.LeftButton)
    assert _order(window)[0] == before[2]
    window.undo.undo()
    assert _order(window) == before
    panel.strip.setCurrentIndex(panel.model.index(1))
    panel.strip.setFocus()
    qtbot.keyClick(panel.strip, Qt.Key_Delete)
    assert len(_order(window)) == 2
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    window.undo.undo()
    restored = ops.list_photos(window.session.lib, SKU)
    assert (
        len(restored) == 3
        and restored[1].filename == ops.get_photo(window.session.lib, restored[1].id).filename
    )
    window.undo.redo()
    assert len(_order(window)) == 2


def test_photo_details_save_and_undo(qtbot, window):
    panel = _photo_panel(qtbot, window)
    panel.strip.setCurrentIndex(panel.model.index(0))
    photo_id = panel.current_photo().id
    edit = panel.form.editors["caption_en"].edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Front of the sarong")  # saved after a short pause in typing
    qtbot.waitUntil(
        lambda: ops.get_photo(window.session.lib, photo_id).caption_en == "Front of the sarong"
    )
    combo = panel.form.editors["role"].combo
    combo.setCurrentIndex(combo.findData("dipakai"))
    combo.activated.emit(combo.currentIndex())
    assert ops.get_photo(window.session.lib, photo_id).role == "dipakai"
    window.undo.undo()
    window.undo.undo()
    assert ops.get_photo(window.session.lib, photo_id).caption_en != "Front of the sarong"


def test_importing_a_folder_with_a_broken_photo(qtbot, window, tmp_path):
    folder = tmp_path / "from-phone"
    folder.mkdir()
    for i in range(5):
        synthetic.make_ikat_photo(folder / f"IMG_{i}.jpg", seed=100 + i, size=(640, 480))
    good = (folder / "IMG_0.jpg").read_bytes()
    (folder / "rusak.jpg").write_bytes(good[: len(good) // 3])
    panel = _photo_panel(qtbot, window)
    progress: list[tuple[int, int]] = []
    window.importer.progress.connect(lambda d, t: progress.append((d, t)))
    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    heartbeat.start(10)
    with qtbot.waitSignal(window.importer.finished, timeout=60_000):
        panel.import_files([str(folder)])
        assert window.import_bar.isVisibleTo(window)
    heartbeat.stop()
    assert progress and progress[-1] == (6, 6)
    assert len(ops.list_photos(window.session.lib, SKU)) == 3 + 5
    assert "rusak.jpg" in panel.notice.text() and panel.notice.isVisibleTo(window)
    assert "rusak.jpg" in window.message.text()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert len(ticks) > 3 and max(gaps) < 0.5  # the event loop kept running
    qtbot.waitUntil(lambda: panel.model.rowCount() == 8)
    window.undo.undo()  # one undo step removes the imported photos
    assert len(ops.list_photos(window.session.lib, SKU)) == 3


def test_files_dropped_on_a_card_are_imported_for_that_product(qtbot, window, photo_files):
    from PySide6.QtCore import QMimeData, QUrl

    page = window.products
    lib = window.session.lib
    target = ops.get_product(lib, "TN-KPG-003")  # the product without photos
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in photo_files])
    index = page.model.index(page.model.row_of(target.id))
    assert page.model.canDropMimeData(data, Qt.CopyAction, -1, -1, index)
    with qtbot.waitSignal(window.importer.finished, timeout=30_000):
        page.model.dropMimeData(data, Qt.CopyAction, -1, -1, index)
    assert len(ops.list_photos(lib, "TN-KPG-003")) == 3
    row = page.model.row_of(target.id)
    qtbot.waitUntil(lambda: page.model.rows[row].photo_count == 3)
