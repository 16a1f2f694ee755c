"""The products screen: search, filters and sort above a grid (or list) of product cards, and
the product editor beside it.

Owns `ProductsPage` and `ProductGrid`. Typing in the search box filters after a 150 ms pause
(FTS in the store through ProductQuery.text); kind, kabupaten, producer and sort are SQL too.
The readiness filter ("Not ready: Exhibition", ...) computes the ids of the unready products in
a `workers.UnreadyIds` thread and then queries with ProductQuery.ids; while it is chosen, the
ids are computed again 400 ms after a product, its photos, a producer or a motif changed.
New products are created at once (Ctrl+N: choose Tenun, Sei or other) with a fresh SKU and
opened in the editor; Delete removes the selected product with undo. Photos dropped on a card
are imported for that product.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QItemSelectionModel, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ... import formats
from ... import operations as ops
from ...domain import readiness, vocab
from ...domain.entities import Product, ProductQuery
from ...domain.errors import UserError
from ...operations import gui_support as support
from .. import undo
from ..context import AppContext
from ..i18n import language, translate
from ..models.product_model import IdRole, ProductModel
from ..style import title_font
from ..widgets.editors import guard_wheel, refill_combo
from ..widgets.empty_state import EmptyState
from ..widgets.product_card import GRID, ProductCardDelegate
from ..workers import UnreadyIds
from .product_editor import ProductEditor

SEARCH_DELAY_MS = 150
READINESS_DELAY_MS = 400  # after an edit, before the unready products are computed again
SORTS = [  # (English label, sort, descending)
    (QT_TRANSLATE_NOOP("ProductsPage", "Name A–Z"), "name", False),
    (QT_TRANSLATE_NOOP("ProductsPage", "Name Z–A"), "name", True),
    (QT_TRANSLATE_NOOP("ProductsPage", "Lowest price"), "price", False),
    (QT_TRANSLATE_NOOP("ProductsPage", "Highest price"), "price", True),
    (QT_TRANSLATE_NOOP("ProductsPage", "SKU"), "sku", False),
    (QT_TRANSLATE_NOOP("ProductsPage", "Recently changed"), "updated", True),
    (QT_TRANSLATE_NOOP("ProductsPage", "Best match"), "relevance", False),
]


class ProductGrid(QListView):
    """Cards in a wrapping grid, or rows in a list; uniform sizes so 10,000 items lay out fast."""

    def __init__(self, thumbnails=None, parent=None):
        super().__init__(parent)
        self.setObjectName("productGrid")
        self.card_delegate = ProductCardDelegate(thumbnails, self)
        self.setItemDelegate(self.card_delegate)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setMouseTracking(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DropOnly)
        self.setDropIndicatorShown(True)
        self.set_grid(True)

    def set_grid(self, grid: bool) -> None:
        """Cards wrap left to right in rows (list mode with wrapping: with uniform sizes Qt lays
        out 10,000 items about twice as fast as in icon mode), or one row per product."""
        self.card_delegate.grid_mode = grid
        self.setViewMode(QListView.ListMode)
        self.setMovement(QListView.Static)
        self.setResizeMode(QListView.Adjust)
        # (Batched layout stopped after its first batch in wrapping list mode: scrolling ended
        # at item 2000 of 10,000. A single pass over 10,000 uniform items takes ~12 ms.)
        self.setLayoutMode(QListView.SinglePass)
        if grid:
            self.setFlow(QListView.LeftToRight)
            self.setWrapping(True)
            self.setGridSize(GRID)
        else:
            self.setFlow(QListView.TopToBottom)
            self.setWrapping(False)
            self.setGridSize(QSize())
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DropOnly)
        self.doItemsLayout()


class ProductsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.session
        self.model = ProductModel(ctx.session, ctx.thumbnails, self)
        self._want_id: int | None = None
        self._ready_output = ""  # the output `_ready_ids` were computed for
        self._ready_ids: tuple[int, ...] | None = None
        self._ready_generation = 0  # results of older computations are dropped
        self._ready_workers: list[UnreadyIds] = []

        split = QSplitter(Qt.Horizontal, self)
        split.setChildrenCollapsible(False)
        self.splitter = split
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(split)

        left = QWidget(split)
        column = QVBoxLayout(left)
        column.setContentsMargins(18, 14, 10, 6)
        column.setSpacing(10)
        column.addLayout(self._toolbar(left))
        column.addLayout(self._filters(left))
        self.views = QStackedWidget(left)
        self.grid = ProductGrid(ctx.thumbnails, self.views)
        self.grid.setModel(self.model)
        self.views.addWidget(self.grid)
        self.empty = EmptyState(self.views)
        self.empty.activated.connect(self._empty_action)
        self.views.addWidget(self.empty)
        column.addWidget(self.views, 1)

        self.editor = ProductEditor(ctx, split)
        self.editor.removeRequested.connect(self.remove_product)
        split.addWidget(left)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([640, 620])
        left.setMinimumWidth(300)
        self.editor.setMinimumWidth(460)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_query)
        self.search.textChanged.connect(self._typed)
        self.search.returnPressed.connect(self.apply_query)
        self.ready_timer = QTimer(self)
        self.ready_timer.setSingleShot(True)
        self.ready_timer.setInterval(READINESS_DELAY_MS)
        self.ready_timer.timeout.connect(self._compute_readiness)
        self.grid.selectionModel().currentChanged.connect(self._on_current)
        self.model.loaded.connect(self._on_loaded)
        self.model.totalChanged.connect(self._show_count)
        self.model.filesDropped.connect(self._on_files_dropped)
        self.session.changed.connect(self._on_changed)
        self.session.opened.connect(self._on_opened)
        self.session.closing.connect(self._on_closing)

        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence.Delete)
        self.delete_action.setShortcutContext(Qt.WidgetShortcut)
        self.delete_action.triggered.connect(self._delete_selected)
        self.grid.addAction(self.delete_action)
        self.retranslate()
        self._fill_producers()

    # ---- building ---------------------------------------------------------------------------

    def _toolbar(self, parent: QWidget) -> QVBoxLayout:
        rows = QVBoxLayout()
        rows.setSpacing(10)
        top = QHBoxLayout()
        top.setSpacing(10)
        self.title = QLabel(parent)
        self.title.setObjectName("pageTitle")
        self.title.setFont(title_font(20))
        self.count = QLabel(parent)
        self.count.setObjectName("muted")
        self.add_button = QPushButton(parent)
        self.add_button.setObjectName("primary")
        self.add_menu = QMenu(self.add_button)
        self.add_actions = {}
        for kind in vocab.PRODUCT_KINDS.codes():
            action = self.add_menu.addAction("")
            action.setData(kind)
            action.triggered.connect(self._add_from_menu)
            self.add_actions[kind] = action
        self.add_button.setMenu(self.add_menu)
        # Labels and hang tags for the product in the editor (and any others ticked in the dialog)
        self.labels_button = QPushButton(parent)
        self.labels_menu = QMenu(self.labels_button)
        self.sei_labels_action = self.labels_menu.addAction("")
        self.sei_labels_action.triggered.connect(lambda: self.open_labels("labels"))
        self.hang_tags_action = self.labels_menu.addAction("")
        self.hang_tags_action.triggered.connect(lambda: self.open_labels("hang-tags"))
        self.social_cards_action = self.labels_menu.addAction("")
        self.social_cards_action.triggered.connect(self.open_social_cards)
        self.labels_button.setMenu(self.labels_menu)
        top.addWidget(self.title)
        top.addWidget(self.count, 0, Qt.AlignBottom)
        top.addStretch(1)
        top.addWidget(self.labels_button)
        top.addWidget(self.add_button)
        rows.addLayout(top)
        second = QHBoxLayout()
        second.setSpacing(0)
        self.search = QLineEdit(parent)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        self.grid_button = QToolButton(parent)
        self.list_button = QToolButton(parent)
        group = QButtonGroup(self)
        for button, grid in ((self.grid_button, True), (self.list_button, False)):
            button.setObjectName("viewToggle")
            button.setCheckable(True)
            group.addButton(button)
            button.clicked.connect(self._grid_clicked if grid else self._list_clicked)
        self.grid_button.setChecked(True)
        second.addWidget(self.search, 1)
        second.addSpacing(10)
        second.addWidget(self.grid_button)
        second.addWidget(self.list_button)
        rows.addLayout(second)
        return rows

    def _filters(self, parent: QWidget) -> QGridLayout:
        # Two rows (what to show / readiness and order): five combos in one row were too
        # narrow to read beside the editor on a 1200-1366 px laptop screen.
        row = QGridLayout()
        row.setHorizontalSpacing(8)
        row.setVerticalSpacing(6)
        self.kind_filter = QComboBox(parent)
        self.place_filter = QComboBox(parent)
        self.producer_filter = QComboBox(parent)
        self.ready_filter = QComboBox(parent)
        self.ready_filter.setObjectName("readinessFilter")
        self.sort_box = QComboBox(parent)
        self.place_filter.setMinimumContentsLength(12)
        self.producer_filter.setMinimumContentsLength(14)
        self.ready_filter.setMinimumContentsLength(12)
        boxes = (
            self.kind_filter,
            self.place_filter,
            self.producer_filter,
            self.ready_filter,
            self.sort_box,
        )
        for box in boxes:
            box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            guard_wheel(box)
            if box is self.ready_filter:
                box.activated.connect(self._readiness_chosen)
            else:
                box.activated.connect(self._filter_changed)
        for column, box in enumerate(boxes[:3]):
            row.addWidget(box, 0, column)
            row.setColumnStretch(column, 1)
        row.addWidget(self.ready_filter, 1, 0)
        row.addWidget(self.sort_box, 1, 1, 1, 2)
        return row

    def _fill_producers(self) -> None:
        current = self.producer_filter.currentData()
        self.producer_filter.clear()
        self.producer_filter.addItem(translate("ProductsPage", "All producers"), None)
        if self.session.lib is not None:
            for producer in ops.list_producers(self.session.lib):
                self.producer_filter.addItem(producer.name, producer.id)
        self.producer_filter.setCurrentIndex(max(0, self.producer_filter.findData(current)))

    # ---- query ------------------------------------------------------------------------------

    @Slot(str)
    def _typed(self, _text: str) -> None:
        self.search_timer.start()

    @Slot(int)
    def _filter_changed(self, _index: int = 0) -> None:
        self.apply_query()

    def current_query(self) -> ProductQuery:
        _label, sort, descending = SORTS[max(0, self.sort_box.currentIndex())]
        return ProductQuery(
            text=self.search.text().strip(),
            kind=self.kind_filter.currentData() or "",
            kabupaten=self.place_filter.currentData() or "",
            producer_id=self.producer_filter.currentData(),
            ids=self._ready_ids if self._ready_output == self.ready_filter.currentData() else None,
            sort=sort,
            descending=descending,
        )

    @Slot()
    def apply_query(self) -> None:
        self.search_timer.stop()
        query = self.current_query()
        if query != self.model.query or not self.model.rows:
            self.model.set_query(query)

    def clear_filters(self) -> None:
        for box in (self.kind_filter, self.place_filter, self.producer_filter, self.ready_filter):
            box.setCurrentIndex(0)
        self._forget_readiness()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_query()

    # ---- readiness filter -------------------------------------------------------------------

    @Slot(int)
    def _readiness_chosen(self, _index: int = 0) -> None:
        if self.ready_filter.currentData():
            self._compute_readiness()
        else:
            self._forget_readiness()
            self.apply_query()

    def _forget_readiness(self) -> None:
        self.ready_timer.stop()
        self._ready_generation += 1  # a computation still running no longer counts
        self._ready_output, self._ready_ids = "", None

    @Slot()
    def _compute_readiness(self) -> None:
        """Compute the unready products for the chosen output in a thread; the list keeps
        its rows until they are in."""
        self.ready_timer.stop()
        output = self.ready_filter.currentData()
        if not output or self.session.lib is None:
            return
        self._ready_generation += 1
        worker = UnreadyIds(self.session.root, output, self._ready_generation, self)
        # Bound slots (not lambdas): queued into the GUI thread; the sender says which run.
        worker.succeeded.connect(self._on_unready_ids)
        worker.failed.connect(self._on_unready_error)
        worker.finished.connect(self._on_readiness_thread_done)
        self._ready_workers.append(worker)
        self.session.notify(translate("ProductsPage", "Computing readiness…"))
        worker.start()

    @Slot(object)
    def _on_unready_ids(self, ids: object) -> None:
        worker = self.sender()
        self._on_unready(worker.generation, worker.output, ids)

    @Slot(object)
    def _on_unready_error(self, exc: object) -> None:
        self._on_unready_failed(self.sender().generation, exc)

    @Slot(int, str, object)
    def _on_unready(self, generation: int, output: str, ids: object) -> None:
        if generation != self._ready_generation or output != self.ready_filter.currentData():
            return
        self._ready_output, self._ready_ids = output, tuple(ids)
        self.apply_query()
        self.session.notify("")

    @Slot(int, object)
    def _on_unready_failed(self, generation: int, exc: object) -> None:
        if generation != self._ready_generation:
            return
        if isinstance(exc, UserError):
            self.session.report(exc)
        else:
            self.session.notify(str(exc), "error")

    @Slot()
    def _on_readiness_thread_done(self) -> None:
        worker = self.sender()
        if worker in self._ready_workers:
            self._ready_workers.remove(worker)
            worker.deleteLater()

    @Slot()
    def _on_closing(self) -> None:
        self.ready_timer.stop()
        self._ready_generation += 1
        for worker in list(self._ready_workers):
            worker.wait()

    @Slot()
    def _grid_clicked(self) -> None:
        self.set_grid(True)

    @Slot()
    def _list_clicked(self) -> None:
        self.set_grid(False)

    def set_grid(self, grid: bool) -> None:
        self.grid.set_grid(grid)
        self.grid_button.setChecked(grid)
        self.list_button.setChecked(not grid)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.ShortcutFocusReason)
        self.search.selectAll()

    # ---- model feedback ---------------------------------------------------------------------

    @Slot()
    def _on_opened(self) -> None:
        self._fill_producers()
        self._ready_output, self._ready_ids = "", None
        if self.ready_filter.currentData():
            self._compute_readiness()

    @Slot(int)
    def _show_count(self, total: int) -> None:
        self.count.setText(
            translate("ProductsPage", "{n} products").format(n=formats.number(total, language()))
        )

    @Slot()
    def _on_loaded(self) -> None:
        self._show_count(self.model.total)
        if self.model.rowCount() == 0 and not self.model.loading:
            self._update_empty()
            self.views.setCurrentWidget(self.empty)
        else:
            self.views.setCurrentWidget(self.grid)
        target = self._want_id or self.editor.product_id
        if target is not None:
            row = self.model.row_of(target)
            if row >= 0:
                self.grid.selectionModel().setCurrentIndex(
                    self.model.index(row), QItemSelectionModel.ClearAndSelect
                )
                if self._want_id is not None:
                    self.grid.scrollTo(self.model.index(row))
        self._want_id = None

    def _filtered(self) -> bool:
        q = self.model.query
        return bool(
            q.text or q.kind or q.kabupaten or q.producer_id is not None or q.ids is not None
        )

    def _update_empty(self) -> None:
        if self._filtered():
            self.empty.set_texts(
                translate("ProductsPage", "No product matches this search or filter."),
                translate("ProductsPage", "Clear search and filters"),
            )
        else:
            self.empty.set_texts(
                translate("ProductsPage", "No products yet — add your first product."),
                translate("ProductsPage", "Add product"),
            )

    @Slot()
    def _empty_action(self) -> None:
        if self._filtered():
            self.clear_filters()
        else:
            self.add_product("tenun")

    @Slot()
    def _on_current(self, current, _previous=None) -> None:
        if current.isValid():
            product_id = current.data(IdRole)
            if product_id != self.editor.product_id:
                self.editor.show_product(product_id)

    @Slot(str, int)
    def _on_changed(self, entity: str, record_id: int) -> None:
        if self.ready_filter.currentData() and entity in ("product", "photos", "producer", "motif"):
            self.ready_timer.start()  # readiness may have changed: compute it again
        if entity in ("product", "photos"):
            if self.model.row_of(record_id) >= 0:
                self.model.refresh_product(record_id)
            elif entity == "product":
                self._want_id = record_id if self._exists(record_id) else None
                self.model.reload()
            if entity == "product" and not self._exists(record_id):
                if self.editor.product_id == record_id:
                    self.editor.show_product(None)
        elif entity in ("producer", "motif"):
            if entity == "producer":
                self._fill_producers()
            self.model.reload()

    def _exists(self, product_id: int) -> bool:
        lib = self.session.lib
        return lib is not None and support.product_summary(lib, product_id) is not None

    @Slot(int, list)
    def _on_files_dropped(self, product_id: int, paths: list) -> None:
        self.ctx.importer.start(product_id, paths)
        if self.editor.product_id != product_id:
            row = self.model.row_of(product_id)
            if row >= 0:
                self.grid.selectionModel().setCurrentIndex(
                    self.model.index(row), QItemSelectionModel.ClearAndSelect
                )
        self.editor.tabs.setCurrentWidget(self.editor.photos)

    # ---- actions ----------------------------------------------------------------------------

    def open_labels(self, output: str):
        """The label dialog (Sei labels or hang tags), the product in the editor ticked."""
        from ..label_dialog import LabelDialog

        chosen = []
        if self.editor.product_id is not None:
            chosen = [self.session.sku_of(self.editor.product_id)]
        dialog = LabelDialog(
            self.session, output, chosen, open_product=self.open_product, parent=self
        )
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_social_cards(self):
        """Pictures for social media, the product in the editor ticked (others are ticked in
        the dialog)."""
        from ..social_cards_dialog import SocialCardsDialog

        chosen = []
        if self.editor.product_id is not None:
            chosen = [self.session.sku_of(self.editor.product_id)]
        dialog = SocialCardsDialog(self.session, chosen, parent=self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_product(self, sku: str) -> None:
        """Show the product with `sku` in the list and the editor."""
        try:
            product = ops.get_product(self.session.require(), sku)
        except UserError as exc:
            self.session.report(exc)
            return
        self.clear_filters()
        self._want_id = product.id
        self.model.reload()
        self.editor.show_product(product.id)

    def show_add_menu(self) -> None:
        self.add_menu.popup(self.add_button.mapToGlobal(self.add_button.rect().bottomLeft()))

    @Slot()
    def _add_from_menu(self) -> None:
        self.add_product(self.sender().data())

    def add_product(self, kind: str) -> int | None:
        """Create an empty product of `kind` with a fresh SKU and open it in the editor."""
        try:
            lib = self.session.require()
            product = Product(sku=support.new_sku(lib, kind), kind=kind)
            ops.add_product(lib, product)
        except UserError as exc:
            self.session.report(exc)
            return None
        text = translate("ProductsPage", "Add product {sku}").format(sku=product.sku)
        self.ctx.undo.push(undo.AddProduct(self.session, product.id, text))
        self.clear_filters()
        self._want_id = product.id
        self.model.reload()
        self.editor.show_product(product.id)
        self.editor.tabs.setCurrentIndex(0)
        self.editor.general.focus("name_id")
        self.session.notify(
            translate("ProductsPage", "New product {sku} made; write its name.").format(
                sku=product.sku
            )
        )
        return product.id

    @Slot()
    def _delete_selected(self) -> None:
        index = self.grid.currentIndex()
        if index.isValid():
            self.remove_product(index.data(IdRole))

    @Slot(int)
    def remove_product(self, product_id: int) -> None:
        try:
            sku = self.session.sku_of(product_id)
            removed = support.remove_product_fully(self.session.require(), sku)
        except UserError as exc:
            self.session.report(exc)
            return
        name = removed.product.name_id or removed.product.sku
        text = translate("ProductsPage", "Remove product {name}").format(name=name)
        self.ctx.undo.push(undo.RemoveProduct(self.session, removed, text))
        self.session.changed.emit("product", removed.product.id)
        self.session.notify(
            translate("ProductsPage", "“{name}” removed. Ctrl+Z brings it back.").format(name=name)
        )

    def import_photos(self) -> None:
        """Ctrl+I: choose photos for the product in the editor."""
        if self.editor.product_id is None:
            self.session.notify(translate("ProductsPage", "Choose a product first."))
            return
        self.editor.tabs.setCurrentWidget(self.editor.photos)
        self.editor.photos.choose_files()

    # ---- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        lang = language()
        self.title.setText(translate("ProductsPage", "Products"))
        self.search.setPlaceholderText(
            translate("ProductsPage", "Search name, motif, place, producer… (Ctrl+F)")
        )
        self.grid_button.setText(translate("ProductsPage", "Grid"))
        self.list_button.setText(translate("ProductsPage", "List"))
        self.add_button.setText(translate("ProductsPage", "Add product"))
        self.labels_button.setText(translate("ProductsPage", "Labels"))
        self.sei_labels_action.setText(translate("ProductsPage", "Sei food labels…"))
        self.hang_tags_action.setText(translate("ProductsPage", "Tenun hang tags…"))
        self.social_cards_action.setText(translate("ProductsPage", "Social media cards…"))
        self.add_button.setToolTip("Ctrl+N")
        for kind, action in self.add_actions.items():
            action.setText(vocab.PRODUCT_KINDS.label(kind, lang))
        refill_combo(
            self.kind_filter,
            translate("ProductsPage", "All kinds"),
            [(t.code, t.label(lang)) for t in vocab.PRODUCT_KINDS],
        )
        refill_combo(
            self.place_filter,
            translate("ProductsPage", "All regencies"),
            [(t.code, t.label(lang)) for t in vocab.KABUPATEN],
        )
        index = max(0, self.sort_box.currentIndex())
        self.sort_box.clear()
        for label, _sort, _desc in SORTS:
            self.sort_box.addItem(translate("ProductsPage", label))
        self.sort_box.setCurrentIndex(index)
        self.producer_filter.setItemText(0, translate("ProductsPage", "All producers"))
        short = 1 if lang == "en" else 0
        refill_combo(
            self.ready_filter,
            translate("ProductsPage", "All readiness"),
            [
                (
                    output,
                    translate("ProductsPage", "Not ready: {output}").format(output=names[short]),
                )
                for output, names in readiness.SHORT_NAMES.items()
            ],
        )
        self._show_count(self.model.total)
        if self.views.currentWidget() is self.empty:
            self._update_empty()
        self.grid.viewport().update()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
