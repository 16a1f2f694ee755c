"""Screenshots for the user guides (docs/panduan.md in Indonesian, docs/guide.md in English).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_guide_screenshots.py
    ... [--lang id|en]... [--only NAME]... [--out docs/img]

Builds the demo library (phone-style photos of 1600×1200) in a temporary folder, opens the app
without a screen at 1366×800, in Indonesian for docs/img/id/ and in English for docs/img/en/,
brings it into the state each shot needs, grabs the window (dialogs are drawn onto it where
they would open), scales the picture to 1200 px wide and writes an optimised PNG. The guides
show exactly the shots in SHOTS (tests/test_guide.py checks both ways), so run this after a
change to the app and the pictures never go stale. Settings go to the temporary folder too.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QIODevice, QPoint, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter, QPen  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from tenun_catalog import operations as ops  # noqa: E402
from tenun_catalog.demo import build_demo  # noqa: E402

OUT = ROOT / "docs" / "img"
WIDTH = 1200
WINDOW = (1366, 800)
LANGS = ("id", "en")
CATALOG = {"id": "Pameran Dekranasda Kupang", "en": "Dekranasda Kupang Exhibition"}

# name -> what the picture shows; the guides reference img/<lang>/<name>.png for each
SHOTS: dict[str, str] = {
    "products": "the products page: search, filters, cards and the product editor",
    "new-product": "a new product just made, waiting for its name",
    "photos": "the Photos tab of a product",
    "readiness": "the Readiness tab: per output, what is still missing",
    "catalog-new": "the New catalog dialog",
    "catalog-products": "choosing and ordering a catalog's products, with the preview",
    "catalog-settings": "a catalog's settings and the withheld-motif warning",
    "catalog-export": "the message after exporting the PDF",
    "labels": "the Sei food label dialog with the preview of an A4 sheet",
    "package": "the submission package dialog: producers, what is missing, what blocks one",
    "import-mapping": "the spreadsheet import wizard matching the sheet's columns to fields",
    "import-preview": "the import wizard's preview: what will change, the bad row named",
}


# ---- helpers --------------------------------------------------------------------------------


def settle(seconds: float = 0.3) -> None:
    app = QApplication.instance()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def wait(condition: Callable[[], bool], seconds: float = 120) -> None:
    app = QApplication.instance()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if condition():
            return
        time.sleep(0.01)
    raise TimeoutError("the app did not reach the state for the screenshot")


def grab(window: QWidget, dialogs: list[QWidget] = ()) -> QImage:
    """The window, with each dialog drawn in its middle (offscreen windows have no frames)."""
    image = window.grab().toImage()
    painter = QPainter(image)
    for dialog in dialogs:
        picture = dialog.grab()
        x = (window.width() - picture.width()) // 2
        y = (window.height() - picture.height()) // 2
        for spread, alpha in ((6, 18), (3, 30)):
            painter.fillRect(
                x - spread, y - spread + 2, picture.width() + 2 * spread,
                picture.height() + 2 * spread, QColor(0, 0, 0, alpha),
            )  # fmt: skip
        painter.drawPixmap(QPoint(x, y), picture)
        painter.setPen(QPen(QColor("#9A958C"), 1))
        painter.drawRect(x, y, picture.width() - 1, picture.height() - 1)
    painter.end()
    return image


def save_png(image: QImage, path: Path) -> Path:
    """Scale to WIDTH px and write a small PNG (256 colours are plenty for a screenshot)."""
    scaled = image.scaledToWidth(WIDTH, Qt.SmoothTransformation)
    buffer = QBuffer()
    buffer.open(QIODevice.WriteOnly)
    scaled.save(buffer, "PNG")
    picture = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    small = picture.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    path.parent.mkdir(parents=True, exist_ok=True)
    small.save(path, optimize=True)
    return path


def select_product(window, sku: str):
    page = window.products
    window.show_page("products")
    product_id = ops.get_product(window.session.lib, sku).id
    wait(lambda: page.model.row_of(product_id) >= 0)
    page.grid.setCurrentIndex(page.model.index(page.model.row_of(product_id)))
    wait(lambda: page.editor.product_id == product_id)
    return page.editor


def ensure_catalog(window, lang: str):
    """The demo catalog of the shots (every product, one section per producer), shown."""
    page = window.catalogs
    window.show_page("catalogs")
    name = CATALOG[lang]
    if page.catalog is None or page.catalog.name != name:
        page.create_catalog(name, everything=True)
        form = page.settings.form
        for path, value in (
            ("title_en", "Woven cloth and Sei of Kupang"),
            ("event_name", "Pameran Dekranasda NTT 2025"),
            ("venue", "Gedung Sasando, Kupang"),
            ("booth", "B-12"),
        ):
            form.editors[path].edit.setText(value)
            form.editors[path].edit.editingFinished.emit()
            form.editors[path].edit.setCursorPosition(0)
    wait(lambda: page.preview.document is not None and not page.preview.busy)
    settle(1.0)  # the PDF view draws its pages in the background
    return page


# ---- the shots ------------------------------------------------------------------------------


def shot_products(window, lang):
    page = window.products
    window.show_page("products")
    editor = select_product(window, "TN-SBR-001")
    editor.tabs.setCurrentIndex(0)
    page.grid.scrollToTop()
    settle(1.0)  # cover thumbnails
    return []


def shot_new_product(window, lang):
    window.show_page("products")
    window.products.add_product("tenun")
    settle(0.5)
    window.after_shot = window.undo.undo  # the empty product must not reach the catalog shots
    return []


def shot_photos(window, lang):
    editor = select_product(window, "TN-SBR-001")
    editor.tabs.setCurrentWidget(editor.photos)
    wait(lambda: editor.photos.model.rowCount() == 3)
    settle(1.0)
    return []


def shot_readiness(window, lang):
    editor = select_product(window, "TN-KPG-003")  # no photos: every output lists what it misses
    editor.tabs.setCurrentWidget(editor.findings_list)
    settle(0.5)
    return []


def shot_catalog_new(window, lang):
    from tenun_catalog.gui.pages.catalog_dialogs import NewCatalogDialog

    window.show_page("catalogs")
    dialog = NewCatalogDialog(lambda name, everything: "", window)
    dialog.name.setText(CATALOG[lang])
    dialog.start.setCurrentIndex(1)
    dialog.show()
    settle(0.3)
    return [dialog]


def shot_catalog_products(window, lang):
    page = ensure_catalog(window, lang)
    page.tabs.setCurrentWidget(page.products)
    panel = page.products
    panel.tree.setCurrentIndex(panel.sections.index(1, 0))
    navigator = page.preview.view.pageNavigator()
    navigator.jump(9, navigator.currentLocation())  # a product page
    settle(1.5)
    return []


def shot_catalog_settings(window, lang):
    page = ensure_catalog(window, lang)
    page.tabs.setCurrentWidget(page.settings)
    navigator = page.preview.view.pageNavigator()
    navigator.jump(0, navigator.currentLocation())  # the cover
    settle(1.5)
    return []


def shot_catalog_export(window, lang):
    page = ensure_catalog(window, lang)
    page.tabs.setCurrentWidget(page.products)
    folder = Path(tempfile.mkdtemp(prefix="guide-export-"))
    page.export("pdf", folder / "katalog-pameran.pdf")
    wait(lambda: not page.exporter.busy)
    settle(0.5)
    return [page.exporter.message_box]


def shot_labels(window, lang):
    from datetime import date

    from PySide6.QtCore import QDate

    page = window.products
    window.show_page("products")
    page.open_product("SEI-SPI-001")
    wait(lambda: page.editor.product_id is not None)
    dialog = page.open_labels("labels")
    today = date.today()
    dialog.produced.setDate(QDate(today.year, today.month, today.day).addDays(-1))
    dialog.best_before.setDate(QDate(today.year, today.month, today.day).addDays(10))
    dialog.batch.setText("B2611-07")
    dialog.size.setCurrentIndex(dialog.size.findData("A4-sheet"))
    dialog.copies.setValue(8)
    dialog.preview()
    wait(lambda: dialog.preview_job is None)
    settle(0.8)
    return [dialog]


def shot_package(window, lang):
    dialog = window._package()
    blocked = next(
        dialog.producers.item(i)
        for i in range(dialog.producers.count())
        if dialog.plans[dialog.producers.item(i).data(Qt.UserRole)].blocked
    )
    dialog.producers.setCurrentItem(blocked)
    dialog.allow_incomplete.setChecked(True)
    settle(0.3)
    return [dialog]


def _import_wizard(window, lang):
    import csv

    from PIL import Image as PilImage

    folder = Path(tempfile.mkdtemp(prefix="guide-sheet-"))
    (folder / "foto").mkdir()
    PilImage.new("RGB", (1200, 900), (150, 40, 40)).save(folder / "foto" / "baru.jpg")
    sheet = folder / "produk.csv"
    with open(sheet, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([
            ["No.", "sku", "kind", "Nama Produk", "Harga eceran (Rp)", "kabupaten", "Foto"],
            ["1", "TN-BARU-01", "tenun", "Selendang Baru", "350000", "Sikka", "foto/baru.jpg"],
            ["2", "SEI-SPI-001", "sei", "Sei Sapi Asap Kosambi 250 g", "99000", "Kupang", ""],
            ["3", "TN-BAD", "tenun", "Kain Buruk", "-5", "Ende", ""],
        ])  # fmt: skip
    wizard = window.import_sheet()
    wizard.file_page.path.setText(str(sheet))
    wizard.next()
    wait(lambda: wizard.currentPage() is wizard.mapping_page)
    combo = wizard.mapping_page.combos[3]
    combo.setCurrentIndex(combo.findData("name_id"))
    settle(0.3)
    return wizard


def shot_import_mapping(window, lang):
    return [_import_wizard(window, lang)]


def shot_import_preview(window, lang):
    wizard = _import_wizard(window, lang)
    wizard.next()
    wait(lambda: wizard.preview.report is not None)
    settle(0.3)
    return [wizard]


MAKERS: dict[str, Callable] = {
    "products": shot_products,
    "new-product": shot_new_product,
    "photos": shot_photos,
    "readiness": shot_readiness,
    "catalog-new": shot_catalog_new,
    "catalog-products": shot_catalog_products,
    "catalog-settings": shot_catalog_settings,
    "catalog-export": shot_catalog_export,
    "labels": shot_labels,
    "package": shot_package,
    "import-mapping": shot_import_mapping,
    "import-preview": shot_import_preview,
}
assert list(MAKERS) == list(SHOTS)


# ---- running --------------------------------------------------------------------------------


def build_library(folder: Path, photo_size: tuple[int, int]) -> Path:
    root = folder / "Pustaka Koperasi"
    with ops.opened(root) as lib:
        build_demo(lib, photo_size=photo_size)
    return root


def make(
    out: Path = OUT,
    names: list[str] | None = None,
    langs: tuple[str, ...] = LANGS,
    photo_size: tuple[int, int] = (1600, 1200),
) -> list[Path]:
    """Make the shots `names` (all when None) for each language; returns the PNG files."""
    from tenun_catalog.gui import app as gapp
    from tenun_catalog.gui import i18n

    names = list(SHOTS) if names is None else names
    unknown = set(names) - set(SHOTS)
    if unknown:
        raise SystemExit(f"unknown shots: {', '.join(sorted(unknown))}")
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="tenun-guide-") as temp:
        folder = Path(temp)
        QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(folder / "settings"))
        template = build_library(folder / "template", photo_size)
        gapp.application()
        for lang in langs:
            root = Path(shutil.copytree(template, folder / lang / template.name))
            window = gapp.open_window(root, lang)
            window.resize(*WINDOW)
            window.show()
            wait(lambda w=window: not w.products.model.loading)
            for name in names:
                window.after_shot = None
                window.message.clear()  # no status line left over from the shot before
                dialogs = MAKERS[name](window, lang)
                written.append(save_png(grab(window, dialogs), out / lang / f"{name}.png"))
                for dialog in dialogs:
                    dialog.close()
                if window.after_shot is not None:
                    window.after_shot()
                    settle(0.3)
            window.close()
            window.deleteLater()
            settle(0.2)
        i18n.set_language("id")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--only", action="append", choices=list(SHOTS), metavar="NAME")
    parser.add_argument("--lang", action="append", choices=list(LANGS))
    args = parser.parse_args(argv)
    started = time.monotonic()
    files = make(args.out, args.only, tuple(args.lang or LANGS))
    total = sum(p.stat().st_size for p in files)
    for path in files:
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  "
              f"{path.stat().st_size // 1024} KB")  # fmt: skip
    print(f"{len(files)} pictures, {total / 1e6:.2f} MB, {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
