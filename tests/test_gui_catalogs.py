"""The catalog builder: make a catalog, choose and order its products, settings with undo, the
withheld-motif strip, the live PDF preview, and export (finished and cancelled)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from tenun_catalog import operations as ops
from tests.test_gui_fixtures import *  # noqa: F403 - the GUI fixtures

SLOW = 60_000


def _page(window):
    window.show_page("catalogs")
    return window.catalogs


def _stored(window, name):
    return ops.get_catalog(window.session.lib, name)


def _filter_kind(panel, kind):
    box = panel.kind_filter
    box.setCurrentIndex(box.findData(kind))
    box.activated.emit(box.currentIndex())


def test_new_catalog_pick_shown_products_reorder_rename_and_undo(qtbot, window):
    page = _page(window)
    assert page.right.currentWidget() is page.empty  # the demo has no catalogs
    page.create_catalog("Pameran Uji")
    assert page.list.count() == 1 and page.catalog.name == "Pameran Uji"
    panel = page.products
    assert panel.sections.section_count() == 1 and not panel.sections.product_ids()

    _filter_kind(panel, "sei")
    sei = [row.id for row in panel.picks.rows]
    assert len(sei) == 4 and all(row.kind == "sei" for row in panel.picks.rows)
    assert panel.add_shown() == 4
    stored = _stored(window, "Pameran Uji")
    assert stored.sections[0].product_ids == sei
    assert all(
        panel.picks.data(panel.picks.index(r), Qt.CheckStateRole) == Qt.Checked for r in range(4)
    )

    model = panel.sections
    first = model.index(0, 0)
    assert model.moveRows(first, 0, 1, first, 4)  # the first product to the end
    assert _stored(window, "Pameran Uji").sections[0].product_ids == [*sei[1:], sei[0]]

    panel.tree.setCurrentIndex(first)
    panel.add_section("Sei Babi", "Pork sei")
    assert model.section_count() == 2
    product = model.index(0, 0, model.index(0, 0))
    data = model.mimeData([product])
    assert model.canDropMimeData(data, Qt.MoveAction, -1, 0, model.index(1, 0))
    assert model.dropMimeData(data, Qt.MoveAction, -1, 0, model.index(1, 0))  # onto section 2
    sections = _stored(window, "Pameran Uji").sections
    assert [len(s.product_ids) for s in sections] == [3, 1]
    assert sections[1].product_ids == [sei[1]]

    panel.rename_section(0, "Sei Sapi", "Beef sei")
    assert _stored(window, "Pameran Uji").sections[0].title_id == "Sei Sapi"
    window.undo.undo()
    assert _stored(window, "Pameran Uji").sections[0].title_id == "Produk"
    qtbot.waitUntil(lambda: model.section_titles(0)[0] == "Produk")
    window.undo.undo()  # the drop
    assert [len(s.product_ids) for s in _stored(window, "Pameran Uji").sections] == [4, 0]
    window.undo.redo()
    assert [len(s.product_ids) for s in _stored(window, "Pameran Uji").sections] == [3, 1]


def test_settings_save_on_change_and_undo(qtbot, window):
    page = _page(window)
    page.create_catalog("Katalog Harga")
    form = page.settings.form
    paper = form.editors["paper"].combo
    paper.setCurrentIndex(paper.findData("A5"))
    paper.activated.emit(paper.currentIndex())
    assert _stored(window, "Katalog Harga").paper == "A5"
    prices = form.editors["show_prices"].box
    assert prices.isChecked()
    prices.setChecked(False)
    assert _stored(window, "Katalog Harga").options["show_prices"] is False
    name = form.editors["name"].edit
    name.setText("Katalog Pameran Juni")
    name.editingFinished.emit()
    assert _stored(window, "Katalog Pameran Juni").paper == "A5"
    assert "Katalog" in page.list.item(0).text()

    window.undo.undo()  # the name
    assert _stored(window, "Katalog Harga").name == "Katalog Harga"
    window.undo.undo()  # prices
    assert _stored(window, "Katalog Harga").options["show_prices"] is True
    qtbot.waitUntil(lambda: form.editors["show_prices"].box.isChecked())
    window.undo.undo()  # paper
    assert _stored(window, "Katalog Harga").paper == "A4"
    assert form.editors["paper"].combo.currentData() == "A4"

    language = form.editors["language"].combo
    language.setCurrentIndex(language.findData(""))  # "—" is refused in plain words
    language.activated.emit(language.currentIndex())
    assert _stored(window, "Katalog Harga").language == "id"
    assert form.editors["language"].combo.currentData() == "id"


def test_remove_catalog_and_undo(qtbot, window):
    page = _page(window)
    page.create_catalog("Sementara", everything=True)
    before = _stored(window, "Sementara").sections
    page.remove_current()
    assert not ops.list_catalogs(window.session.lib)
    assert page.right.currentWidget() is page.empty
    window.undo.undo()
    assert _stored(window, "Sementara").sections == before
    assert page.list.count() == 1 and page.catalog.name == "Sementara"


def test_withheld_strip_names_the_restricted_motif_before_export(qtbot, window):
    page = _page(window)
    page.create_catalog("Semua", everything=True)
    qtbot.waitUntil(page.withheld_strip.isVisible, timeout=10_000)  # found in the background
    text = page.withheld_strip.text()
    assert "Patola Ratu" in text and "belum ada izin" in text
    assert [m.name for m in page.withheld] == ["Patola Ratu"]
    restricted = next(p for p in ops.list_products(window.session.lib) if "Patola" in p.name_id)
    page.products._on_toggled(restricted.id, False)  # take that cloth out
    qtbot.waitUntil(lambda: not page.withheld_strip.isVisible(), timeout=10_000)


def test_preview_renders_after_an_edit(qtbot, window):
    page = _page(window)
    page.create_catalog("Pratinjau")
    preview = page.preview
    panel = page.products
    _filter_kind(panel, "sei")
    with qtbot.waitSignal(preview.updated, timeout=SLOW) as signal:
        panel.add_shown()
        assert preview.busy and preview.status.text()  # "Memperbarui pratinjau…"
    slots = preview.pages.slots  # the pameran theme is previewed page-wise
    assert preview.pagewise and signal.args[0] == len(slots) > 0
    assert all(slot.path is not None for slot in slots)
    assert preview.stack.currentWidget() is preview.pages
    panel.rename_section(0, "Sei dari Baun", "Sei from Baun")
    qtbot.waitUntil(lambda: preview.busy, timeout=2000)
    assert preview.pages.slots  # the old pages stay until the new ones are ready
    qtbot.waitUntil(lambda: not preview.busy, timeout=SLOW)
    assert preview.pages.slots != slots and all(s.path for s in preview.pages.slots)
    assert not preview.status.text()


def _pdf_catalog(page, name):
    page.create_catalog(name)
    _filter_kind(page.products, "sei")
    page.products.add_shown()
    page.preview.stop()  # the test is about export; no preview render competes with it
    return len(page.products.sections.product_ids())


def test_export_pdf_through_the_dialog_path(qtbot, window, tmp_path):
    import pypdf

    page = _page(window)
    products = _pdf_catalog(page, "Ekspor")
    out = tmp_path / "keluar" / "katalog.pdf"
    out.parent.mkdir()
    job = page.export("pdf", out)
    assert job is not None and page.exporter.dialog.isVisible()
    assert not page.export_pdf_button.isEnabled()
    qtbot.waitUntil(lambda: not page.exporter.busy, timeout=SLOW)
    assert out.is_file() and page.exporter.last_result.path == out
    assert len(pypdf.PdfReader(out).pages) >= products
    box = page.exporter.message_box
    assert box.isVisible() and not box.isModal()
    assert str(out) in box.text()
    labels = {b.text() for b in box.buttons()}
    assert {"Buka berkas", "Buka folder"} <= labels
    box.close()
    assert page.export_pdf_button.isEnabled()


def test_export_pdf_menu_offers_a_light_pdf_to_share(qtbot, window, tmp_path):
    from pdf_helpers import pdfimages

    page = _page(window)
    _pdf_catalog(page, "Bagikan")
    actions = page.export_pdf_button.menu().actions()
    assert [a.text() for a in actions] == [
        "PDF untuk dicetak (foto 300 dpi)",
        "PDF ringan untuk dibagikan lewat WhatsApp atau e-mail (150 dpi)",
    ]
    out = tmp_path / "ringan.pdf"
    page.export("pdf-screen", out)
    assert page.exporter.dialog.windowTitle() == "Mengekspor PDF untuk dibagikan"
    qtbot.waitUntil(lambda: not page.exporter.busy, timeout=SLOW)
    assert page.exporter.last_result.path == out
    ppi = [int(row["x-ppi"]) for row in pdfimages(out) if row["type"] == "image"]
    assert ppi and max(ppi) <= 152  # photos at 150 dpi where placed, not 300
    page.exporter.message_box.close()


def test_cancel_export_writes_nothing(qtbot, window, tmp_path):
    page = _page(window)
    _pdf_catalog(page, "Batal")
    out = tmp_path / "batal.pdf"
    page.export("pdf", out)
    page.exporter.dialog.findChild(QPushButton).click()  # the Cancel button
    qtbot.waitUntil(lambda: not page.exporter.busy, timeout=SLOW)
    assert not out.exists()
    assert not list(tmp_path.glob("*.part"))
    assert page.exporter.last_result is None
    assert page.exporter.message_box is None


def test_export_error_is_shown_in_plain_words(qtbot, window, tmp_path):
    page = _page(window)
    _pdf_catalog(page, "Galat")
    busy = tmp_path / "web"
    busy.mkdir()
    (busy / "catatan.txt").write_text("bukan katalog")
    page.export("html", busy)  # a folder holding other files is refused
    qtbot.waitUntil(lambda: not page.exporter.busy, timeout=SLOW)
    box = page.exporter.message_box
    assert box.icon() == QMessageBox.Warning
    assert "berisi berkas lain" in box.informativeText()
    assert (busy / "catatan.txt").exists()
    box.close()


def test_section_model_refuses_impossible_drops(window):
    page = _page(window)
    page.create_catalog("Aturan", everything=True)
    model = page.products.sections
    section = model.index(0, 0)
    product = model.index(0, 0, section)
    section_data = model.mimeData([model.index(1, 0)])
    # a section dropped into another section takes its place instead of nesting
    assert model.canDropMimeData(section_data, Qt.MoveAction, 0, 0, section)
    assert model.dropMimeData(section_data, Qt.MoveAction, 0, 0, section)
    assert model.rowCount(model.index(0, 0)) > 0 and model.rowCount(product) == 0
    assert not model.moveRows(QModelIndex(), 0, 1, section, 0)  # no section inside a section
    assert not model.moveRows(section, 0, 1, QModelIndex(), 0)  # no product at the top level


def test_web_preview_and_price_list(qtbot, window, tmp_path):
    import pypdf

    page = _page(window)
    _pdf_catalog(page, "Web dan harga")
    preview = page.preview
    preview.open_when_ready = False  # no browser in the tests
    preview.show_web()
    assert "4" in preview.web_summary.text()
    with qtbot.waitSignal(preview.webReady, timeout=SLOW) as signal:
        preview.open_web()
    index = signal.args[0]
    assert index.endswith("index.html") and Path(index).is_file()
    out = tmp_path / "harga.pdf"
    page.export("price-list", out)
    qtbot.waitUntil(lambda: not page.exporter.busy, timeout=SLOW)
    assert len(pypdf.PdfReader(out).pages) == 1
    page.exporter.message_box.close()


def test_more_outputs_menu_comes_from_the_registry(qtbot, window, tmp_path):
    """Hang tags sit in the menu, and an output registered at runtime appears there and runs,
    with no change to the app's code."""
    from tenun_catalog.export import outputs
    from tenun_catalog.export.audience import build_view
    from tenun_catalog.export.result import OutputResult

    def run(lib, selection, out, options, progress, cancelled):
        view = build_view(lib, selection)
        out.write_text("\n".join(p.sku for p in view.products), encoding="utf-8")
        return OutputResult(out, 1, len(view.products))

    page = _page(window)
    _pdf_catalog(page, "Lainnya")
    page.fill_more_outputs()
    labels = [a.text() for a in page.export_more_menu.actions()]
    assert "Label gantung tenun (A4)" in labels and "Daftar SKU" not in labels
    outputs.register(
        outputs.OutputSpec("daftar-sku", "Daftar SKU", "SKU list", "file", ".txt", run=run)
    )
    try:
        page.export_more_menu.aboutToShow.emit()  # the menu is made again as it opens
        action = next(a for a in page.export_more_menu.actions() if a.text() == "Daftar SKU")
        assert action.data() == "daftar-sku"
        out = tmp_path / "sku.txt"
        job = page.export("daftar-sku", out)
        assert job is not None and page.exporter.dialog.windowTitle() == "Daftar SKU"
        qtbot.waitUntil(lambda: not page.exporter.busy, timeout=SLOW)
        catalog = page.catalog
        expected = sum(len(s.product_ids) for s in catalog.sections)
        assert len(out.read_text(encoding="utf-8").splitlines()) == expected
        page.exporter.message_box.close()
    finally:
        outputs.unregister("daftar-sku")


def test_a_marketplace_sheet_asks_for_the_template_and_fills_it(qtbot, window, tmp_path):
    """The "more outputs" menu offers the Shopee and Tokopedia sheets (they need the seller's
    template, so the registry's menu leaves them out); without the catalog's web address the
    export says where to set it and writes nothing; with it the template's copy is written."""
    import openpyxl

    from tests.marketplace_helpers import PETUNJUK, shopee_template

    page = _page(window)
    _pdf_catalog(page, "Jualan")
    page.fill_more_outputs()
    labels = [a.text() for a in page.export_more_menu.actions()]
    assert "Lembar unggah Shopee…" in labels and "Lembar unggah Tokopedia…" in labels
    template = shopee_template(tmp_path / "unduhan-shopee.xlsx")
    out = tmp_path / "jualan-shopee.xlsx"
    assert page.export_marketplace("shopee", template, out) is not None
    qtbot.waitUntil(lambda: not page.exporter.busy, timeout=SLOW)
    assert "Alamat web katalog" in page.exporter.last_error and not out.exists()
    page.exporter.message_box.close()
    ops.edit_catalog(window.session.lib, "Jualan", {}, options={"base_url": "https://x.example/"})
    page.reload()
    assert page.export_marketplace("shopee", template, out) is not None
    qtbot.waitUntil(lambda: not page.exporter.busy, timeout=SLOW)
    assert page.exporter.last_result is not None, page.exporter.last_error
    book = openpyxl.load_workbook(out)
    assert book["Petunjuk"]["A1"].value == PETUNJUK
    assert "Lembar unggah Shopee" in page.exporter.summary(page.exporter.last_result)
    page.exporter.message_box.close()
