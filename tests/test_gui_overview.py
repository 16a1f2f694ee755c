"""The overview page ("Ringkasan"): first in the sidebar, computed on the runner, every number
opens the list behind it, charts carry their numbers as text."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tenun_catalog import operations as ops
from tenun_catalog.domain import rules
from tenun_catalog.gui.pages.overview import NumberButton
from tenun_catalog.operations.overview import unready_product_ids
from tests.test_gui_fixtures import *  # noqa: F403 - the GUI fixtures


def _computed(qtbot, window):
    window.show_page("overview")
    page = window.overview
    qtbot.waitUntil(lambda: page.data is not None and bool(page._buttons), timeout=10000)
    return page


def _button(page, target: str) -> NumberButton:
    return next(b for b in page._buttons if b.target == target)


def test_overview_is_first_and_counts_the_library(qtbot, window):
    assert window.sidebar.item(0).text() == "Ringkasan"
    page = _computed(qtbot, window)
    lib = window.session.lib
    assert page.data.producers == len(ops.list_producers(lib))
    assert page.data.products == ops.count_products(lib)
    today = date.today()
    expired = sum(rules.permit_status(p, today) == "expired" for p in ops.list_permits(lib))
    assert page.data.permits.expired == expired
    assert _button(page, "producers:permits:expired").text().startswith(f"{expired} ")


def test_charts_have_their_numbers_as_text(qtbot, window):
    page = _computed(qtbot, window)
    n = len(ops.list_producers(window.session.lib))
    assert page.nib_chart.chart() is not None
    assert f"{n} dari {n} (100%)" in page.nib_chart.accessibleDescription()
    description = page.ready_chart.accessibleDescription()
    for name in ("Pameran", "Kurasi", "Label", "Web"):
        assert name in description
    assert page.ready_chart.accessibleName()


def test_a_readiness_number_opens_the_incomplete_products(qtbot, window):
    page = _computed(qtbot, window)
    lib = window.session.lib
    share = page.data.readiness["submission"]
    assert share.total - share.count > 0  # the demo has products not complete for curation
    qtbot.mouseClick(_button(page, "products:unready:submission"), Qt.LeftButton)
    assert window.pages.currentWidget() is window.products
    qtbot.waitUntil(lambda: window.products.model.rowCount() == share.total - share.count)
    shown = {window.products.model.rows[i].id for i in range(window.products.model.rowCount())}
    assert shown == set(unready_product_ids(lib, "submission"))


def test_a_permit_number_opens_the_producers_behind_it(qtbot, window):
    page = _computed(qtbot, window)
    lib = window.session.lib
    qtbot.mouseClick(_button(page, "producers:permits:expired"), Qt.LeftButton)
    assert window.pages.currentWidget() is window.producers
    listing = window.producers.list
    visible = {
        listing.item(i).data(Qt.UserRole)
        for i in range(listing.count())
        if not listing.item(i).isHidden()
    }
    today = date.today()
    expected = {
        p.producer_id for p in ops.list_permits(lib) if rules.permit_status(p, today) == "expired"
    }
    assert visible == expected and visible


def test_the_kabupaten_choice_narrows_the_numbers(qtbot, window):
    page = _computed(qtbot, window)
    first = page.data
    page.place.setCurrentIndex(page.place.findData("kupang"))
    page.refresh()
    qtbot.waitUntil(lambda: page.data is not first, timeout=10000)
    assert page.data.kabupaten == "kupang" and page.data.producers == 1


def test_the_legality_report_from_the_page(qtbot, window, tmp_path):
    page = _computed(qtbot, window)
    out = tmp_path / "laporan.xlsx"
    page.make_report(out)  # on the runner: the window stays responsive
    qtbot.waitUntil(lambda: "laporan.xlsx" in window.message.text(), timeout=30000)
    assert out.exists()
