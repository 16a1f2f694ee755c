"""Fixtures for the GUI tests (imported by the test_gui_* modules; holds no tests itself).

Real libraries only: the curated demo is built once per session (small photos) and copied for
each test; a 450-product library exercises paging. QSettings go to a temporary folder.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from tenun_catalog import operations as ops
from tenun_catalog.demo import build_demo


def _build(folder: Path, products: int | None, size: tuple[int, int]) -> Path:
    root = folder / "library"
    with ops.opened(root) as lib:
        build_demo(lib, products=products, photo_size=size)
    return root


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    return _build(tmp_path_factory.mktemp("demo"), None, (400, 300))


@pytest.fixture(scope="session")
def bulk_template(tmp_path_factory) -> Path:
    return _build(tmp_path_factory.mktemp("bulk"), 450, (96, 72))


@pytest.fixture
def demo_root(tmp_path, demo_template) -> Path:
    return Path(shutil.copytree(demo_template, tmp_path / "library"))


@pytest.fixture
def bulk_root(tmp_path, bulk_template) -> Path:
    return Path(shutil.copytree(bulk_template, tmp_path / "library"))


@pytest.fixture
def gui_settings(tmp_path):
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    yield tmp_path / "settings"


def _before_close(window) -> None:
    from tenun_catalog.gui import i18n

    i18n.set_language("id")
    window.setAttribute(Qt.WA_DeleteOnClose)  # free it: later tests do not repolish it


def make_window(qtbot, root: Path, lang: str = "id"):
    from tenun_catalog.gui import app as gapp

    gapp.application()
    window = gapp.open_window(root, lang)
    qtbot.addWidget(window, before_close_func=_before_close)
    window.resize(1366, 800)
    window.show()
    model = window.products.model
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    return window


@pytest.fixture
def window(qtbot, demo_root, gui_settings):
    return make_window(qtbot, demo_root)


def select_product(qtbot, window, sku: str):
    """Select the product with `sku` in the grid and wait for the editor to show it."""
    page = window.products
    lib = window.session.lib
    product_id = ops.get_product(lib, sku).id
    row = page.model.row_of(product_id)
    assert row >= 0, sku
    page.grid.setCurrentIndex(page.model.index(row))
    qtbot.waitUntil(lambda: page.editor.product_id == product_id)
    return page.editor
