"""The catalog builder: the library's catalogs, and for the chosen one its settings, products
and order, a live preview, what the cultural protocol will leave out, and export.

Owns `CatalogsPage`. On the left the catalogs (new one with a name,
starting empty or with every product grouped by producer; remove with undo). On the right the
chosen catalog: a header with the export buttons (PDF, web, price list: catalog_export), a
warning strip naming the restricted motifs that will not be shown (export.preview, known
before any export), the tabs Settings (catalog_settings) and Products and order
(catalog_products), and the preview (catalog_preview) that follows every saved edit. The "more
outputs" menu also fills a Shopee or Tokopedia upload template the seller downloaded (asked for
with a file dialog, then where to save the filled copy).
"""

from __future__ import annotations

import contextlib
import copy
import html
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ... import formats
from ... import operations as ops
from ...domain import vocab
from ...domain.entities import Catalog, CatalogSection
from ...domain.errors import NotFound, UserError
from ...export import outputs
from ...export.preview import WithheldMotif, withheld_for
from .. import undo
from ..catalog_export import Exporter, default_folder, file_slug
from ..context import AppContext
from ..i18n import language, translate
from ..render_jobs import SHORT_KINDS
from ..runner import LibraryOp
from ..style import title_font
from ..widgets.empty_state import EmptyState
from ..widgets.record_delegate import DetailRole, RecordDelegate, StatusRole, TitleRole
from .catalog_dialogs import NewCatalogDialog
from .catalog_preview import CatalogPreview
from .catalog_products import CatalogProducts
from .catalog_settings import CatalogSettings

REFRESH_DELAY_MS = 150  # gathers the changes of one save (product, photos) into one refresh
# the withheld-motif strip is worked out a moment later, so that after an edit the preview's
# layout has both cores first
WITHHELD_DELAY_MS = 400


def catalog_title(catalog: Catalog, lang: str) -> str:
    first, second = (
        (catalog.title_en, catalog.title_id)
        if lang == "en"
        else (catalog.title_id, catalog.title_en)
    )
    return first or second or catalog.name


def product_count(catalog: Catalog) -> int:
    return len({pid for s in catalog.sections for pid in s.product_ids})


class CatalogsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.session
        self.catalogs: dict[int, Catalog] = {}
        self.current_id: int | None = None
        self.withheld: list[WithheldMotif] = []
        self._stale = False  # the preview is older than the catalog (page hidden, export)
        self._needs_refresh = False  # products or motifs changed while the page was hidden
        self._withheld_serial = 0  # the newest question for the withheld motifs
        self._withheld_jobs: set[LibraryOp] = set()
        # SKUs whose own records changed since the last refresh (None: something wider did),
        # so the page-wise preview patches only their pages
        self._touched_products: set[str] | None = set()
        self.exporter = Exporter(self.session, self)
        self.exporter.finished.connect(self._on_export_finished)

        split = QSplitter(Qt.Horizontal, self)
        split.setChildrenCollapsible(False)
        self.splitter = split
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(split)
        split.addWidget(self._list_panel(split))
        self.right = QStackedWidget(split)
        self.placeholder = QLabel(self.right)
        self.placeholder.setObjectName("muted")
        self.placeholder.setAlignment(Qt.AlignCenter)
        self.right.addWidget(self.placeholder)
        self.right.addWidget(self._builder(self.right))
        self.empty = EmptyState(self.right)  # no catalogs yet: one sentence, one button
        self.empty.activated.connect(self.ask_new_catalog)
        self.right.addWidget(self.empty)
        split.addWidget(self.right)
        split.setStretchFactor(1, 1)
        split.setSizes([210, 970])

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(REFRESH_DELAY_MS)
        self.refresh_timer.timeout.connect(self.refresh_products)
        self.withheld_timer = QTimer(self)
        self.withheld_timer.setSingleShot(True)
        self.withheld_timer.setInterval(WITHHELD_DELAY_MS)
        self.withheld_timer.timeout.connect(self._find_withheld)
        self.session.opened.connect(self._on_opened)
        self.session.closing.connect(self._on_closing)
        self.session.changed.connect(self._on_changed)
        self.retranslate()
        if self.session.lib is not None:
            self._on_opened()

    # ---- building ---------------------------------------------------------------------------

    def _list_panel(self, parent: QWidget) -> QWidget:
        left = QWidget(parent)
        left.setMinimumWidth(200)
        column = QVBoxLayout(left)
        column.setContentsMargins(18, 14, 10, 10)
        column.setSpacing(10)
        self.title = QLabel(left)
        self.title.setObjectName("pageTitle")
        self.title.setFont(title_font(20))
        column.addWidget(self.title)
        self.add_button = QPushButton(left)
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(self.ask_new_catalog)
        column.addWidget(self.add_button)
        self.list = QListWidget(left)
        self.list.setObjectName("recordList")
        self.list.setItemDelegate(RecordDelegate(self.list))
        self.list.setMouseTracking(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._on_current)
        column.addWidget(self.list, 1)
        return left

    def _builder(self, parent: QWidget) -> QWidget:
        body = QFrame(parent)
        body.setObjectName("editorPanel")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        header = QWidget(body)
        head = QVBoxLayout(header)
        head.setContentsMargins(18, 14, 18, 10)
        head.setSpacing(6)
        line = QHBoxLayout()
        line.setSpacing(8)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.catalog_title = QLabel(header)
        self.catalog_title.setObjectName("pageTitle")
        self.catalog_title.setFont(title_font(18))
        self.catalog_title.setWordWrap(True)
        self.catalog_detail = QLabel(header)
        self.catalog_detail.setObjectName("muted")
        self.catalog_detail.setWordWrap(True)
        texts.addWidget(self.catalog_title)
        texts.addWidget(self.catalog_detail)
        line.addLayout(texts, 1)
        self.export_pdf_button = QPushButton(header)
        self.export_pdf_button.setObjectName("primary")
        # two PDFs from one button: for a print shop (300 dpi) or light, to share (150 dpi)
        self.export_pdf_menu = QMenu(self.export_pdf_button)
        self.export_print_action = self.export_pdf_menu.addAction("")
        self.export_print_action.triggered.connect(self._export_pdf)
        self.export_screen_action = self.export_pdf_menu.addAction("")
        self.export_screen_action.triggered.connect(self._export_pdf_screen)
        self.export_pdf_button.setMenu(self.export_pdf_menu)
        self.export_web_button = QPushButton(header)
        self.export_web_button.clicked.connect(self._export_web)
        self.export_prices_button = QPushButton(header)
        self.export_prices_button.clicked.connect(self._export_prices)
        # Every other registered output (hang tags, and whatever is registered later).
        self.export_more_button = QPushButton(header)
        self.export_more_menu = QMenu(self.export_more_button)
        self.export_more_menu.aboutToShow.connect(self.fill_more_outputs)
        self.export_more_button.setMenu(self.export_more_menu)
        self.fill_more_outputs()
        self.remove_button = QPushButton(header)
        self.remove_button.setObjectName("danger")
        self.remove_button.clicked.connect(self.remove_current)
        for button in (
            self.export_pdf_button,
            self.export_web_button,
            self.export_prices_button,
            self.export_more_button,
            self.remove_button,
        ):
            line.addWidget(button, 0, Qt.AlignTop)
        head.addLayout(line)
        self.withheld_strip = QLabel(header)
        self.withheld_strip.setObjectName("notice")
        self.withheld_strip.setWordWrap(True)
        self.withheld_strip.setTextFormat(Qt.RichText)
        self.withheld_strip.linkActivated.connect(self._on_withheld_link)
        self.withheld_strip.hide()
        head.addWidget(self.withheld_strip)
        column.addWidget(header)

        split = QSplitter(Qt.Horizontal, body)
        split.setChildrenCollapsible(False)
        self.inner_splitter = split
        self.tabs = QTabWidget(split)
        self.tabs.setDocumentMode(True)
        self.settings = CatalogSettings(self.ctx)
        self.settings.saved.connect(self._on_saved)
        self.products = CatalogProducts(self.ctx)
        self.products.saved.connect(self._on_saved)
        self.tabs.addTab(self.settings, "")
        self.tabs.addTab(self.products, "")
        self.preview = CatalogPreview(self.session, split)
        self.preview.setMinimumWidth(300)
        split.addWidget(self.tabs)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([600, 370])
        column.addWidget(split, 1)
        return body

    # ---- the list ---------------------------------------------------------------------------

    @Slot()
    def _on_opened(self) -> None:
        self.current_id = None
        self.products.fill_producers()
        self.products.apply_query()
        self.reload()

    @Slot()
    def _on_closing(self) -> None:
        self.settings.flush()
        self.preview.shutdown()
        self.withheld_timer.stop()
        for job in list(self._withheld_jobs):
            job.cancel()
            job.wait()
        self.exporter.wait()

    def reload(self) -> None:
        """Read the catalogs again and show the chosen one (followed through undo aliases)."""
        keep = self.session.resolve("catalog", self.current_id) if self.current_id else None
        self.list.blockSignals(True)
        self.list.clear()
        self.catalogs = {}
        lang = language()
        if self.session.lib is not None:
            for catalog in ops.list_catalogs(self.session.lib):
                self.catalogs[catalog.id] = catalog
                item = QListWidgetItem(self.list)
                item.setData(Qt.UserRole, catalog.id)
                self._fill_item(item, catalog, lang)
        self.list.blockSignals(False)
        if keep not in self.catalogs:
            keep = next(iter(self.catalogs), None) if keep is None and self.catalogs else None
        self.select(keep)

    def _fill_item(self, item: QListWidgetItem, catalog: Catalog, lang: str) -> None:
        title = catalog_title(catalog, lang)
        detail = self.detail_text(catalog, lang)
        item.setText(f"{title}\n{detail}")
        item.setData(TitleRole, title)
        item.setData(DetailRole, detail)
        item.setData(StatusRole, "ok" if product_count(catalog) else "none")

    def detail_text(self, catalog: Catalog, lang: str) -> str:
        parts = [
            vocab.CATALOG_PURPOSES.label(catalog.purpose, lang),
            catalog.paper,
            translate("CatalogsPage", "{n} products").format(n=product_count(catalog)),
        ]
        if catalog.event_date:
            parts.append(formats.long_date(catalog.event_date, lang))
        return " · ".join(parts)

    def select(self, catalog_id: int | None) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.UserRole) == catalog_id:
                if self.list.currentItem() is item:
                    self.show_catalog(catalog_id)
                else:
                    self.list.setCurrentItem(item)
                return
        self.list.setCurrentItem(None)
        self.show_catalog(None)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_current(self, current, _previous) -> None:
        self.settings.flush()
        self.show_catalog(current.data(Qt.UserRole) if current is not None else None)

    # ---- the chosen catalog -----------------------------------------------------------------

    @property
    def catalog(self) -> Catalog | None:
        return self.catalogs.get(self.current_id) if self.current_id is not None else None

    def show_catalog(self, catalog_id: int | None) -> None:
        changed = catalog_id != self.current_id
        self.current_id = catalog_id
        catalog = self.catalog
        if catalog is None:
            self.current_id = None
            self.right.setCurrentWidget(self.placeholder if self.catalogs else self.empty)
            self.settings.set_catalog(None)
            self.products.set_catalog(None)
            self.preview.clear()
            self.preview.catalog = None
            return
        self.right.setCurrentIndex(1)
        self.settings.set_catalog(catalog)
        self.products.set_catalog(catalog)
        self._refresh_header()
        self._refresh_withheld()
        if changed or catalog != self.preview.catalog or not self.preview.has_pages:
            self._schedule_preview(0 if changed else None)

    def _refresh_header(self) -> None:
        catalog = self.catalog
        if catalog is None:
            return
        lang = language()
        self.catalog_title.setText(catalog_title(catalog, lang))
        parts = [self.detail_text(catalog, lang)]
        if catalog.event_name:
            parts.append(catalog.event_name)
        self.catalog_detail.setText(" · ".join(parts))
        has_products = product_count(catalog) > 0
        for button in (self.export_pdf_button, self.export_web_button, self.export_prices_button):
            button.setEnabled(has_products and not self.exporter.busy)

    def _refresh_withheld(self) -> None:
        """Find the catalog's withheld motifs in the background (the audience view of a
        500-product catalog takes about half a second) and show them when known."""
        catalog = self.catalog
        self._withheld_serial += 1
        if catalog is None or not any(s.product_ids for s in catalog.sections):
            self.withheld_timer.stop()
            self._show_withheld([])
            return
        self.withheld_timer.start()

    @Slot()
    def _find_withheld(self) -> None:
        catalog = self.catalog
        if self.session.root is None or catalog is None:
            return
        serial, wanted = self._withheld_serial, copy.deepcopy(catalog)
        job = LibraryOp(
            self.session.root, lambda lib, _p, _c: withheld_for(lib, wanted),
            name="withheld", parent=self,
        )  # fmt: skip
        job.succeeded.connect(lambda found: self._on_withheld(serial, found))
        job.finished.connect(lambda: self._withheld_jobs.discard(job))
        job.finished.connect(job.deleteLater)
        self._withheld_jobs.add(job)
        job.start()

    def _on_withheld(self, serial: int, found: list) -> None:
        if serial == self._withheld_serial:
            self._show_withheld(found)

    def _show_withheld(self, found: list) -> None:
        self.withheld = found
        if not self.withheld:
            self.withheld_strip.hide()
            self.withheld_strip.clear()
            return
        lang = language()
        lines = []
        for motif in self.withheld:
            products = motif.products_en if lang == "en" else motif.products_id
            lines.append(
                html.escape(
                    translate(
                        "CatalogsPage",
                        "Motif {name} will not be shown (no permission recorded yet): {products}.",
                    ).format(name=motif.name, products=", ".join(products))
                )
            )
        link = translate("CatalogsPage", "Record the permission on the Motifs page")
        lines.append(f'<a href="motifs">{html.escape(link)}</a>')
        self.withheld_strip.setText("▲ " + "<br>".join(lines))
        self.withheld_strip.show()

    def withheld_text(self) -> str:
        """The strip's words without markup (for tests and screen readers)."""
        return self.withheld_strip.text() if self.withheld_strip.isVisible() else ""

    @Slot(str)
    def _on_withheld_link(self, _link: str) -> None:
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page("motifs")

    def _schedule_preview(self, delay: int | None = None, products: set[str] | None = None) -> None:
        if self.isVisible() and not self.exporter.busy:
            self.preview.schedule(self.catalog, delay, products)
        else:
            self._stale = True
            self.preview.catalog = self.catalog

    @Slot()
    def _on_saved(self, *_args) -> None:
        """Settings or sections were saved: read the catalog back and follow it everywhere."""
        if self.current_id is None:
            return
        try:
            catalog = self.session.catalog(self.current_id)
        except UserError as exc:
            self.session.report(exc)
            self.reload()
            return
        self.catalogs[catalog.id] = catalog
        lang = language()
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.UserRole) == catalog.id:
                self._fill_item(item, catalog, lang)
        self._refresh_header()
        if self.sender() is self.products:
            self._refresh_withheld()
        self._schedule_preview()

    @Slot(str, int)
    def _on_changed(self, entity: str, record_id: int) -> None:
        if entity == "catalog":
            if not (self.settings.saving or self.products.saving):
                self.reload()  # undo, redo, or another window
        elif entity in ("product", "producer", "motif", "photos", "permit"):
            self._note_touched(entity, record_id)
            if entity == "producer":
                self.products.fill_producers()
            if self.isVisible():
                self.refresh_timer.start()
            else:
                self._needs_refresh = True

    def _note_touched(self, entity: str, record_id: int) -> None:
        if self._touched_products is None:
            return
        sku = ""
        if entity in ("product", "photos") and record_id > 0:
            with contextlib.suppress(NotFound):  # deleted meanwhile: a whole plan
                sku = self.session.sku_of(record_id)
        if sku:
            self._touched_products.add(sku)
        else:
            self._touched_products = None

    @Slot()
    def refresh_products(self) -> None:
        """Products, producers or motifs changed: names, membership, withheld motifs, preview."""
        self._needs_refresh = False
        if self.session.lib is None:
            return
        self.products.apply_query()
        self.products.refresh_names()
        touched, self._touched_products = self._touched_products, set()
        if self.current_id is not None:
            asked = self._withheld_serial
            self.reload()
            if self.catalog is not None:
                if asked == self._withheld_serial:  # reload did not ask already
                    self._refresh_withheld()
                # an edit of products' own records: no pause (the refresh timer was one)
                self._schedule_preview(0 if touched else None, touched or None)

    # ---- adding and removing ----------------------------------------------------------------

    @Slot()
    def ask_new_catalog(self) -> None:
        dialog = NewCatalogDialog(self._create_for_dialog, self)
        dialog.exec()

    def _create_for_dialog(self, name: str, everything: bool) -> str:
        try:
            self.create_catalog(name, everything)
        except UserError as exc:
            return exc.message(language())
        return ""

    def create_catalog(self, name: str, everything: bool = False) -> Catalog:
        """Make a catalog named `name` (empty, or with every product by producer) and show it.
        Raises UserError (a missing or taken name, no products to take)."""
        lib = self.session.require()
        catalog = Catalog(name=name.strip(), title_id=name.strip())
        if everything:
            ops.add_catalog(lib, catalog, ops.Selection())
        else:
            catalog.sections = [CatalogSection("Produk", "Products", [])]
            ops.add_catalog(lib, catalog)
        text = translate("CatalogsPage", "Add catalog {name}").format(name=catalog.name)
        self.ctx.undo.push(undo.AddCatalog(self.session, catalog, text))
        self.current_id = catalog.id
        self.reload()
        self.tabs.setCurrentWidget(self.products if not everything else self.settings)
        self.session.notify(
            translate("CatalogsPage", "Catalog “{name}” made.").format(name=catalog.name)
        )
        return catalog

    @Slot()
    def remove_current(self) -> None:
        catalog = self.catalog
        if catalog is None:
            return
        try:
            ops.remove_catalog(self.session.require(), catalog.name)
        except UserError as exc:
            self.session.report(exc)
            return
        text = translate("CatalogsPage", "Remove catalog {name}").format(name=catalog.name)
        self.ctx.undo.push(undo.RemoveCatalog(self.session, catalog, text))
        self.current_id = None
        self.reload()
        self.session.notify(
            translate("CatalogsPage", "Catalog “{name}” removed. Ctrl+Z brings it back.").format(
                name=catalog.name
            )
        )

    # ---- export -----------------------------------------------------------------------------

    @Slot()
    def fill_more_outputs(self) -> None:
        """The "more outputs" menu, made from the output registry each time it opens."""
        self.export_more_menu.clear()
        lang = language()
        for kind, label in more_outputs(lang):
            action = self.export_more_menu.addAction(label)
            action.setData(kind)
            action.triggered.connect(lambda _=False, k=kind: self.export(k))
        # Outputs that need a form first: a dialog each, with the catalog's products chosen.
        self.export_more_menu.addSeparator()
        self.sei_labels_action = self.export_more_menu.addAction(
            translate("CatalogsPage", "Sei food labels…")
        )
        self.sei_labels_action.triggered.connect(self.open_labels)
        self.package_action = self.export_more_menu.addAction(
            translate("CatalogsPage", "Submission package…")
        )
        self.package_action.triggered.connect(self.open_package)
        # A marketplace sheet fills the seller's own downloaded template: asked for first.
        self.marketplace_actions = {}
        for channel, label in (
            ("shopee", translate("CatalogsPage", "Shopee upload sheet…")),
            ("tokopedia", translate("CatalogsPage", "Tokopedia upload sheet…")),
        ):
            action = self.export_more_menu.addAction(label)
            action.triggered.connect(lambda _=False, c=channel: self.export_marketplace(c))
            self.marketplace_actions[channel] = action

    def _catalog_products(self) -> list:
        catalog = self.catalog
        if catalog is None:
            return []
        lib = self.session.require()
        ids = dict.fromkeys(pid for s in catalog.sections for pid in s.product_ids)
        return [ops.get_product_by_id(lib, pid) for pid in ids]

    @Slot()
    def open_labels(self):
        from ..label_dialog import LabelDialog

        skus = [p.sku for p in self._catalog_products() if p.kind == "sei"]
        dialog = LabelDialog(self.session, "labels", skus, parent=self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        return dialog

    @Slot()
    def open_package(self):
        from ..package_dialog import PackageDialog

        producers = [p.producer_id for p in self._catalog_products() if p.producer_id]
        dialog = PackageDialog(self.session, list(dict.fromkeys(producers)), parent=self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        return dialog

    @Slot()
    def _export_pdf(self) -> None:
        self.export("pdf")

    @Slot()
    def _export_pdf_screen(self) -> None:
        self.export("pdf-screen")

    @Slot()
    def _export_web(self) -> None:
        self.export("html")

    @Slot()
    def _export_prices(self) -> None:
        self.export("price-list")

    def export_marketplace(self, channel: str, template=None, out=None):
        """Fill the Shopee or Tokopedia template the seller downloaded with the catalog's ready
        products: asks for the template, then where to save the filled copy (unless given)."""
        name = {"shopee": "Shopee", "tokopedia": "Tokopedia"}[channel]
        folder = default_folder()
        if template is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                translate(
                    "CatalogsPage",
                    "Choose the template you downloaded from {channel} Seller Centre",
                ).format(channel=name),
                str(folder),
                translate("CatalogsPage", "Excel workbook (*.xlsx)"),
            )
            if not chosen:
                return None
            template = Path(chosen)
        if out is None and self.catalog is not None:
            suggested = Path(template).parent / f"{file_slug(self.catalog.name)}-{channel}.xlsx"
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                translate("CatalogsPage", "Save the filled {channel} sheet as").format(
                    channel=name
                ),
                str(suggested),
                translate("CatalogsPage", "Excel workbook (*.xlsx)"),
            )
            if not chosen:
                return None
            out = Path(chosen)
            if out.suffix.lower() != ".xlsx":
                out = out.with_name(out.name + ".xlsx")
        if out is None:
            return None
        options = {"channel": channel, "template": str(template)}
        return self.export("marketplace", out, options=options)

    def export(self, kind: str, out=None, options: dict | None = None):
        """Export the chosen catalog (asking where, unless `out` is given); returns the job."""
        self.settings.flush()
        if self.current_id is None or self.exporter.busy:
            return None
        try:
            catalog = self.session.catalog(self.current_id)
        except UserError as exc:
            self.session.report(exc)
            return None
        if product_count(catalog) == 0:
            self.session.notify(
                translate("CatalogsPage", "Add products to the catalog before exporting it."),
                "error",
            )
            return None
        if out is None:
            out = self.exporter.ask(kind, catalog)
            if out is None:
                return None
        if self.preview.busy:  # a render under way waits for the export: render it after
            self._stale = True
        self.preview.stop()
        job = self.exporter.start(kind, catalog, out, options=options)
        self._refresh_header()
        return job

    @Slot(str, object)
    def _on_export_finished(self, _kind: str, _result) -> None:
        self._refresh_header()
        if self._stale and self.isVisible():
            self._stale = False
            self.preview.schedule(self.catalog, 0)
        else:
            self.preview.resume()

    # ---- visibility and language ------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._needs_refresh:
            self.refresh_products()
        if self._stale and self.catalog is not None and not self.exporter.busy:
            self._stale = False
            self.preview.schedule(self.catalog, 0)
        elif self.catalog is not None and not self.preview.has_pages and not self.preview.busy:
            self.preview.schedule(self.catalog, 0)

    def retranslate(self) -> None:
        self.title.setText(translate("CatalogsPage", "Catalogs"))
        self.add_button.setText(translate("CatalogsPage", "New catalog"))
        self.placeholder.setText(translate("CatalogsPage", "Choose a catalog from the list."))
        self.empty.set_texts(
            translate(
                "CatalogsPage", "No catalogs yet. Make one for your next exhibition or buyer."
            ),
            translate("CatalogsPage", "Make a catalog"),
        )
        self.export_pdf_button.setText(translate("CatalogsPage", "Export PDF"))
        self.export_more_button.setText(translate("CatalogsPage", "More outputs"))
        self.export_print_action.setText(
            translate("CatalogsPage", "PDF for printing (photos at 300 dpi)")
        )
        self.export_screen_action.setText(
            translate("CatalogsPage", "Light PDF to share by WhatsApp or e-mail (150 dpi)")
        )
        self.export_web_button.setText(translate("CatalogsPage", "Export web"))
        self.export_prices_button.setText(translate("CatalogsPage", "Price list"))
        self.remove_button.setText(translate("CatalogsPage", "Remove"))
        self.remove_button.setToolTip(translate("CatalogsPage", "Ctrl+Z brings it back"))
        self.tabs.setTabText(0, translate("CatalogsPage", "Settings"))
        self.tabs.setTabText(1, translate("CatalogsPage", "Products and order"))
        if self.session.lib is not None:
            self.reload()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def more_outputs(lang: str) -> list[tuple[str, str]]:
    """(kind, menu label) of every registered output the catalog page can run that has no
    button of its own."""
    on_buttons = {key for key, _ in SHORT_KINDS.values()}
    out = []
    for spec in outputs.registered():
        if not spec.in_app or spec.key in on_buttons:
            continue
        for preset in spec.app_presets():
            kind = f"{spec.key}:{preset.key}" if preset.key else spec.key
            label = preset.label_en if lang == "en" else preset.label_id
            out.append((kind, label))
    return out
