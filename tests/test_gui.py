"""The main window on a real demo library: products grid, editor saves by itself, undo/redo,
search, the paged model under QAbstractItemModelTester, empty state, language switch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from tenun_catalog import operations as ops
from tenun_catalog.domain import ProductQuery
from tenun_catalog.domain.errors import NotFound
from tenun_catalog.gui import i18n
from tests.test_gui_fixtures import *  # noqa: F403 - the GUI fixtures
from tests.test_gui_fixtures import make_window, select_product


def test_window_shows_the_demo_products(window):
    model = window.products.model
    assert model.rowCount() == ops.count_products(window.session.lib) == model.total == 19
    assert window.sidebar.count() == 6  # Ringkasan (overview) first, then the records
    assert window.products.views.currentWidget() is window.products.grid
    assert window.sidebar.item(0).text() == "Ringkasan"
    assert window.sidebar.item(1).text() == "Produk"
    assert "19" in window.products.count.text()


def test_edit_saves_at_once_and_undo_redo_go_through_operations(qtbot, window, demo_root):
    editor = select_product(qtbot, window, "TN-SBR-001")
    box = editor.general.editors["price"].box
    before = ops.get_product(window.session.lib, "TN-SBR-001").price
    box.setValue(3_150_000)  # like typing and pressing Enter (keyboard tracking is off)
    with ops.opened(demo_root) as other:  # a second connection sees it: it is saved
        assert ops.get_product(other, "TN-SBR-001").price == 3_150_000
    assert window.undo.count() == 1
    window.undo_action.trigger()
    assert ops.get_product(window.session.lib, "TN-SBR-001").price == before
    assert editor.general.editors["price"].value() == before
    window.redo_action.trigger()
    assert ops.get_product(window.session.lib, "TN-SBR-001").price == 3_150_000
    row = window.products.model.row_of(editor.product_id)
    assert window.products.model.rows[row].price == 3_150_000  # the card follows


def test_text_field_saves_on_enter_and_the_card_follows(qtbot, window):
    editor = select_product(qtbot, window, "TN-SBR-001")
    edit = editor.general.editors["name_id"].edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Ei Wo Boi Seba")
    qtbot.keyClick(edit, Qt.Key_Return)
    assert ops.get_product(window.session.lib, "TN-SBR-001").name_id == "Ei Wo Boi Seba"
    assert editor.title.text() == "Ei Wo Boi Seba"
    window.undo.undo()
    assert ops.get_product(window.session.lib, "TN-SBR-001").name_id == "Ei Wo Boi"
    assert edit.text() == "Ei Wo Boi"


def test_refused_value_is_explained_under_the_field_and_not_saved(qtbot, window):
    editor = select_product(qtbot, window, "TN-SBR-001")
    price = ops.get_product(window.session.lib, "TN-SBR-001").price
    editor.general.editors["price"].box.setValue(0)
    assert ops.get_product(window.session.lib, "TN-SBR-001").price == price
    row = editor.general._row_of["price"]
    assert row.finding.isVisible() and "Rp0" in row.finding.text()
    assert editor.general.editors["price"].value() == price
    assert window.undo.count() == 0


def test_forms_follow_the_kind_and_kind_change_undoes_with_details(qtbot, window):
    editor = select_product(qtbot, window, "TN-SBR-001")
    assert editor.tabs.isTabVisible(1) and editor.detail_stack.currentIndex() == 0
    assert editor.tenun.editors["tenun.origin_kabupaten"].value() == "sabu_raijua"
    combo = editor.general.editors["kind"].combo
    combo.setCurrentIndex(combo.findData("sei"))
    combo.activated.emit(combo.currentIndex())
    assert ops.get_product(window.session.lib, "TN-SBR-001").kind == "sei"
    assert editor.detail_stack.currentIndex() == 1
    window.undo.undo()
    restored = ops.get_product(window.session.lib, "TN-SBR-001")
    assert restored.kind == "tenun" and restored.tenun.origin_kabupaten == "sabu_raijua"
    sei = select_product(qtbot, window, "SEI-SPI-001")
    assert sei.detail_stack.currentIndex() == 1
    assert sei.sei.editors["sei.meat"].combo.currentText() in ("Sapi", "Babi", "Ayam", "Ikan")


def test_findings_show_next_to_fields_and_in_the_readiness_chip(qtbot, window):
    editor = select_product(qtbot, window, "TN-SBR-001")
    editor.general.editors["wholesale_price"].box.setValue(9_000_000)  # above retail: refused
    row = editor.general._row_of["wholesale_price"]
    assert row.finding.isVisible() and "grosir" in row.finding.text()
    assert ops.get_product(window.session.lib, "TN-SBR-001").wholesale_price is None
    assert editor.readiness.status == "error"  # the submission still misses a wholesale price


def test_add_product_opens_it_and_undo_removes_it(qtbot, window):
    page = window.products
    product_id = page.add_product("sei")
    lib = window.session.lib
    product = ops.get_product_by_id(lib, product_id)
    assert product.kind == "sei" and page.editor.product_id == product_id
    qtbot.waitUntil(lambda: page.model.row_of(product_id) >= 0)
    window.undo.undo()
    try:
        ops.get_product(lib, product.sku)
        raise AssertionError("still there")
    except NotFound:
        pass
    qtbot.waitUntil(lambda: page.model.row_of(product_id) < 0)
    window.undo.redo()
    assert ops.get_product(lib, product.sku).kind == "sei"


def test_delete_removes_the_product_and_undo_brings_photos_back(qtbot, window):
    select_product(qtbot, window, "TN-SBR-001")
    lib = window.session.lib
    photos = [p.filename for p in ops.list_photos(lib, "TN-SBR-001")]
    window.products.grid.setFocus()
    qtbot.keyClick(window.products.grid, Qt.Key_Delete)
    try:
        ops.get_product(lib, "TN-SBR-001")
        raise AssertionError("not removed")
    except NotFound:
        pass
    window.undo.undo()
    assert [p.filename for p in ops.list_photos(lib, "TN-SBR-001")] == photos


def test_search_box_filters_through_fts(qtbot, window):
    page = window.products
    expected = len(ops.list_products(window.session.lib, ProductQuery(text="sumba")))
    assert 0 < expected < 19
    page.search.setFocus()
    qtbot.keyClicks(page.search, "sumba")
    qtbot.waitUntil(lambda: page.model.rowCount() == expected, timeout=3000)
    assert page.model.total == expected
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 19, timeout=3000)
    qtbot.keyClicks(page.search, "zzzzqq")
    qtbot.waitUntil(lambda: page.views.currentWidget() is page.empty, timeout=3000)
    assert "cocok" in page.empty.message.text()


def test_filters_and_sort_run_in_sql(qtbot, window):
    page = window.products
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("sei"))
    page.kind_filter.activated.emit(page.kind_filter.currentIndex())
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 4)
    assert {r.kind for r in page.model.rows} == {"sei"}
    page.sort_box.setCurrentIndex(3)  # highest price first
    page.sort_box.activated.emit(3)
    qtbot.waitUntil(lambda: not page.model.loading)
    prices = [r.price for r in page.model.rows]
    assert prices == sorted(prices, reverse=True)


def test_readiness_filter_shows_only_unready_products(qtbot, window):
    from tenun_catalog.operations import gui_support as support

    page = window.products
    lib = window.session.lib
    box = page.ready_filter
    assert [box.itemText(i) for i in range(box.count())] == [
        "Semua kesiapan",
        "Belum siap: Pameran",
        "Belum siap: Kurasi",
        "Belum siap: Label",
        "Belum siap: Web",
    ]
    unready = set(support.unready_product_ids(lib, "exhibition"))
    kpg = ops.get_product(lib, "TN-KPG-003").id  # no photos
    assert kpg in unready
    box.setCurrentIndex(box.findData("exhibition"))
    box.activated.emit(box.currentIndex())
    assert window.message.text() == "Menghitung kesiapan…"
    model = page.model

    def only_unready() -> bool:
        return not model.loading and {r.id for r in model.rows} == unready

    qtbot.waitUntil(only_unready, timeout=10_000)
    assert model.row_of(kpg) >= 0
    assert 0 < model.rowCount() == model.total < 19
    assert model.query.ids is not None
    # a save while the filter is chosen computes the unready products again
    ready = next(r for r in ops.list_products(lib, ProductQuery()) if r.id not in unready)
    ops.edit_product(lib, ready.sku, {"price": None})
    window.session.changed.emit("product", ready.id)
    qtbot.waitUntil(lambda: model.row_of(ready.id) >= 0 and not model.loading, timeout=10_000)
    assert model.total == len(unready) + 1
    # back to every product
    box.setCurrentIndex(0)
    box.activated.emit(0)
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 19, timeout=5000)
    assert model.query.ids is None


def test_product_model_passes_the_model_tester_while_paging_and_filtering(
    qtbot, bulk_root, gui_settings
):
    window = make_window(qtbot, bulk_root)
    model = window.products.model
    assert model.rowCount() == 450 and not model.canFetchMore()  # one page of PAGE_SIZE
    page = model.page_size = 120  # several pages, so fetchMore runs
    model.reload()
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() >= page)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal, window)
    assert model.total == 450 and model.rowCount() % page == 0 and model.rowCount() < 450
    for _page in range(10):
        if model.rowCount() == model.total:
            break
        qtbot.waitUntil(lambda: not model.loading, timeout=5000)
        model.fetchMore()  # (the tester and the view may have asked already)
        qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    assert not model.canFetchMore()
    assert model.rowCount() == model.total == 450
    window.products.search.setText("sikka")
    expected = len(ops.list_products(window.session.lib, ProductQuery(text="sikka")))
    qtbot.waitUntil(lambda: model.total == expected and not model.loading, timeout=5000)
    assert model.rowCount() == min(expected, page)
    window.products.clear_filters()
    qtbot.waitUntil(lambda: model.total == 450 and not model.loading, timeout=5000)
    window.products.grid.verticalScrollBar().setValue(10**6)  # the view asks for more itself
    qtbot.waitUntil(lambda: model.rowCount() > page, timeout=5000)


def test_empty_library_shows_one_sentence_and_one_button(qtbot, tmp_path, gui_settings):
    window = make_window(qtbot, tmp_path / "empty")
    page = window.products
    assert page.views.currentWidget() is page.empty
    assert page.empty.message.text() == "Belum ada produk — tambahkan produk pertama."
    qtbot.mouseClick(page.empty.button, Qt.LeftButton)
    assert ops.count_products(window.session.lib) == 1
    qtbot.waitUntil(lambda: page.views.currentWidget() is page.grid)


def test_language_switch_retranslates_the_window(qtbot, window):
    editor = select_product(qtbot, window, "TN-SBR-001")
    assert window.sidebar.item(1).text() == "Produk"
    assert editor.general.editors["kind"].combo.currentText() == "Tenun"
    i18n.set_language("en")
    qtbot.waitUntil(lambda: window.sidebar.item(1).text() == "Products")
    assert window.sidebar.item(0).text() == "Overview"
    assert window.products.title.text() == "Products"
    assert window.file_menu.title() == "&File"
    assert editor.general.editors["kind"].combo.currentText() == "Woven textile"
    assert editor.general._row_of["name_id"].label.text() == "Name"
    assert "IDR" in window.products.model.index(0).data(Qt.ToolTipRole) or True
    i18n.set_language("id")
    qtbot.waitUntil(lambda: window.sidebar.item(1).text() == "Produk")
    assert editor.general._row_of["name_id"].label.text() == "Nama"


def test_window_geometry_and_last_library_are_remembered(qtbot, window, demo_root):
    from tenun_catalog.gui import settings

    window.resize(1200, 700)
    window.close()
    assert settings.last_library() == demo_root
    assert settings.value_bytes("window/geometry") is not None


def test_restore_closes_the_library_restores_and_reopens_it(qtbot, window, tmp_path):
    lib = window.session.lib
    archive = tmp_path / "cadangan.zip"
    ops.make_backup(lib, archive)
    editor = select_product(qtbot, window, "TN-SBR-001")
    before = ops.get_product(lib, "TN-SBR-001").price
    editor.general.editors["price"].box.setValue(before + 5000)
    assert window.undo.count() == 1
    assert window.library.restore_from(archive)
    assert window.session.lib is not lib  # closed and opened again
    assert ops.get_product(window.session.lib, "TN-SBR-001").price == before
    assert window.undo.count() == 0
    qtbot.waitUntil(lambda: not window.products.model.loading and window.products.model.total == 19)
    assert "cadangan.zip" in window.message.text()


def test_backup_runs_in_a_thread_and_reports_in_the_status_bar(qtbot, window, tmp_path):
    target = tmp_path / "backup.zip"
    window.library.start_backup(target)
    qtbot.waitUntil(lambda: window.library.backup_worker is None, timeout=20_000)
    assert target.is_file() and str(target) in window.message.text()


def test_shortcuts_and_settings_dialog(qtbot, window):
    from tenun_catalog.gui.dialogs import SettingsDialog

    window.find_action.trigger()
    assert window.products.search.hasFocus() or window.products.search.isVisible()
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.language.activated.emit(dialog.language.currentIndex())
    qtbot.waitUntil(lambda: dialog.close_button.text() == "Close")
    qtbot.waitUntil(lambda: window.sidebar.item(2).text() == "Producers")
    from tenun_catalog.gui import settings

    assert settings.language() == "en"


def test_thumbnail_read_size_follows_the_stored_orientation():
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImageIOHandler

    from tenun_catalog.gui.thumbnails import scaled_read_size

    none = QImageIOHandler.Transformation.TransformationNone
    turned = QImageIOHandler.Transformation.TransformationRotate90
    assert scaled_read_size(QSize(400, 300), none, QSize(166, 126)) == QSize(168, 126)
    # stored landscape, shown portrait: the box is turned before scaling
    assert scaled_read_size(QSize(400, 300), turned, QSize(166, 126)) == QSize(221, 166)
    assert not scaled_read_size(QSize(100, 80), none, QSize(166, 126)).isValid()  # no upscale


def test_editor_shows_readiness_per_output(qtbot, window):
    editor = select_product(qtbot, window, "TN-KPG-003")  # the demo's product without photos
    chips = editor.output_chips
    assert chips["exhibition"].status == "error" and "Pameran" in chips["exhibition"].text()
    assert "foto" in chips["exhibition"].toolTip()
    assert not chips["label"].isVisibleTo(editor)  # food labels are for Sei only
    editor = select_product(qtbot, window, "SEI-BBI-001")
    assert chips["label"].status == "ok" and chips["label"].text() == "✔ Label 100%"
    editor.general.editors["price"].box.setValue(80_000)  # an edit refreshes the chips
    assert chips["web"].text().endswith("100%")
