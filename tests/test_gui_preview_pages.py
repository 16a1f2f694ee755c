"""The page-wise preview in the app: a story edit lays out exactly one page (counted by the
piece cache) and the preview follows it; moving a product to another section changes the page
numbers in the contents. Real widgets, a real demo library and real layouts."""

from __future__ import annotations

import re

import pypdfium2 as pdfium

from tests.test_gui_fixtures import *  # noqa: F403 - the GUI fixtures

SLOW = 60_000


def _page(window):
    window.show_page("catalogs")
    return window.catalogs


def _sei_catalog(qtbot, page):
    page.create_catalog("Halaman")
    panel = page.products
    box = panel.kind_filter
    box.setCurrentIndex(box.findData("sei"))
    box.activated.emit(box.currentIndex())
    with qtbot.waitSignal(page.preview.updated, timeout=SLOW):
        panel.add_shown()
    return panel


def _contents_text(preview) -> str:
    slot = next(s for s in preview.pages.slots if s.piece == "contents")
    return pdfium.PdfDocument(slot.path)[0].get_textpage().get_text_range()


def _numbers(text: str) -> dict[str, int]:
    """Entry -> page number of a contents page (the names, leader dots, the number)."""
    found = {}
    for line in text.splitlines():
        match = re.match(r"^(.*?)[ .]*\.\s*(\d+)$", line.strip())
        if match:
            found[match.group(1).strip()] = int(match.group(2))
    return found


def test_a_story_edit_lays_out_one_page_and_the_preview_follows_it(qtbot, window):
    page = _page(window)
    preview = page.preview
    _sei_catalog(qtbot, page)
    assert preview.pagewise and all(s.path is not None for s in preview.pages.slots)
    cache = preview.worker.cache
    laid = []
    preview.worker.laidOut.connect(lambda result, _slots: laid.append(result.piece))
    product_id = page.catalog.sections[0].product_ids[-1]
    sku = window.session.sku_of(product_id)
    before = cache.layouts
    preview.pages.scroll_to_index(0)  # the edited page is off screen: the preview goes to it
    with qtbot.waitSignal(preview.updated, timeout=SLOW):
        window.session.edit(
            "product", product_id, {"story_id": "Cerita baru: diasap dengan kayu kusambi."}
        )
    assert cache.layouts == before + 1
    edited = next(s for s in preview.pages.slots if s.sku == sku)
    assert laid == [edited.piece]
    assert preview.pages.page_index_of(edited.piece) in preview.pages.visible_range()
    text = pdfium.PdfDocument(edited.path)[0].get_textpage().get_text_range()
    assert "kusambi" in text


def test_moving_a_product_to_another_section_renumbers_the_contents(qtbot, window):
    page = _page(window)
    preview = page.preview
    panel = _sei_catalog(qtbot, page)
    before = _numbers(_contents_text(preview))
    model = panel.sections
    panel.tree.setCurrentIndex(model.index(0, 0))
    with qtbot.waitSignal(preview.updated, timeout=SLOW):
        panel.add_section("Sei Babi", "Pork sei")  # after the first: an opener page more
    first = model.index(0, 0)
    last = model.index(model.rowCount(first) - 1, 0, first)
    panel.tree.setCurrentIndex(last)
    with qtbot.waitSignal(preview.updated, timeout=SLOW):
        assert panel.move_current(1)  # the last product goes to the new section
    after = _numbers(_contents_text(preview))
    moved = [name for name in after if before.get(name) not in (None, after[name])]
    assert len(moved) == 1  # the moved product, one page later: the new opener comes first
    assert after[moved[0]] == before[moved[0]] + 1
    assert after["Sei Babi"] == before[moved[0]]


def test_the_page_stack_draws_what_is_on_screen_and_keeps_its_place(qtbot):
    from tenun_catalog.export.preview_pages import PageSlot
    from tenun_catalog.gui.widgets.page_stack import PageStack

    stack = PageStack()
    qtbot.addWidget(stack)
    stack.resize(400, 700)
    stack.show()
    slots = tuple(PageSlot(n, f"p{n}", "product", 0, None, f"Produk {n}") for n in range(1, 51))
    stack.set_slots(slots)
    stack.scroll_to_page(20)
    shown = stack.visible_range()
    assert shown.start == 19 and 1 <= len(shown) <= 3  # page 20 at the top, no page above it
    with qtbot.waitSignal(stack.visiblePieces) as signal:
        stack.scroll_to_page(30)
    assert signal.args[0][0] == "p30"
    # the product on page 5 now takes two pages: page 30's product stays at the top
    grown = [*slots[:5], PageSlot(6, "p5", "product", 1, None), *slots[5:]]
    renumbered = tuple(
        PageSlot(i + 1, s.piece, s.kind, s.index, s.path, s.label) for i, s in enumerate(grown)
    )
    stack.set_slots(renumbered)
    top = stack.slots[stack.visible_range().start]
    assert top.piece == "p30" and top.number == 31


def test_an_export_pauses_the_page_wise_preview_and_it_goes_on_after(qtbot, window, tmp_path):
    page = _page(window)
    preview = page.preview
    _sei_catalog(qtbot, page)
    worker = preview.worker
    job = page.export("pdf", tmp_path / "katalog.pdf")
    assert job is not None and worker._paused  # the layout engine is the export's now
    qtbot.waitUntil(lambda: not page.exporter.busy, timeout=SLOW)
    assert (tmp_path / "katalog.pdf").is_file()
    qtbot.waitUntil(lambda: not worker._paused, timeout=5_000)
