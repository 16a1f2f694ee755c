"""Choosing and ordering a catalog's products: a product picker beside the catalog's sections.

Owns `CatalogProducts`. On the left, the products that match the same filters as the products
page (kind, regency, producer, search) with a check box each (ticked: in the catalog) and
"Add all shown"; new products go to the chosen section (or the last one; a first section is
made when there is none). On the right, the sections as a tree (models.section_model): drag a
product or a section to move it, or use the arrow buttons; add, rename and remove sections.
Every change is saved at once with operations.edit_catalog(sections=...) and pushed as an undo
step.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ... import operations as ops
from ...domain import vocab
from ...domain.entities import Catalog, ProductQuery
from ...domain.errors import UserError
from ...operations import gui_support as support
from .. import undo
from ..context import AppContext
from ..i18n import language, translate
from ..models.pick_model import PickModel, product_detail, product_name
from ..models.section_model import KindRole, ProductIdRole, SectionModel
from ..widgets.editors import guard_wheel, refill_combo
from ..widgets.pick_delegate import PickDelegate
from .catalog_dialogs import SectionDialog

SEARCH_DELAY_MS = 150


class SectionView(QTreeView):
    """The sections tree: rows move by drag and drop inside it (the model does the moving)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sectionTree")
        self.setHeaderHidden(True)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.InternalMove)
        self.setDefaultDropAction(Qt.MoveAction)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setUniformRowHeights(True)
        self.setAnimated(False)
        self.setIndentation(18)


class CatalogProducts(QWidget):
    saved = Signal()  # the catalog's sections were saved

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.session
        self.catalog: Catalog | None = None
        self.saving = False
        self._names: dict[int, tuple[str, str]] = {}
        self._edit_text = ""
        self.picks = PickModel(self)
        self.picks.toggled.connect(self._on_toggled)
        self.sections = SectionModel(self)
        self.sections.edited.connect(self._on_sections_edited)

        split = QSplitter(Qt.Horizontal, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self._picker(split))
        split.addWidget(self._tree(split))
        split.setSizes([300, 300])
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 10, 10, 10)
        box.addWidget(split)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_query)
        self.retranslate()

    # ---- building ---------------------------------------------------------------------------

    def _picker(self, parent: QWidget) -> QWidget:
        panel = QWidget(parent)
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 6, 0)
        column.setSpacing(6)
        self.picker_title = QLabel(panel)
        self.picker_title.setObjectName("panelTitle")
        column.addWidget(self.picker_title)
        self.search = QLineEdit(panel)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._typed)
        self.search.returnPressed.connect(self.apply_query)
        column.addWidget(self.search)
        self.kind_filter = QComboBox(panel)
        self.place_filter = QComboBox(panel)
        self.producer_filter = QComboBox(panel)
        row = QHBoxLayout()
        row.setSpacing(6)
        for box in (self.kind_filter, self.place_filter):
            row.addWidget(box, 1)
        column.addLayout(row)
        column.addWidget(self.producer_filter)
        for box in (self.kind_filter, self.place_filter, self.producer_filter):
            box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
            guard_wheel(box)
            box.activated.connect(self._filter_changed)
        self.pick_list = QListView(panel)
        self.pick_list.setObjectName("pickList")
        self.pick_list.setModel(self.picks)
        self.pick_list.setUniformItemSizes(True)
        self.pick_list.setItemDelegate(PickDelegate(self.pick_list))
        self.pick_list.setMouseTracking(True)
        self.pick_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.pick_list.setSelectionMode(QAbstractItemView.SingleSelection)
        column.addWidget(self.pick_list, 1)
        self.shown_label = QLabel(panel)
        self.shown_label.setObjectName("muted")
        self.shown_label.setWordWrap(True)
        column.addWidget(self.shown_label)
        self.add_shown_button = QPushButton(panel)
        self.add_shown_button.clicked.connect(self.add_shown)
        column.addWidget(self.add_shown_button)
        return panel

    def _tree(self, parent: QWidget) -> QWidget:
        panel = QWidget(parent)
        column = QVBoxLayout(panel)
        column.setContentsMargins(6, 0, 0, 0)
        column.setSpacing(6)
        self.tree_title = QLabel(panel)
        self.tree_title.setObjectName("panelTitle")
        column.addWidget(self.tree_title)
        self.tree_hint = QLabel(panel)
        self.tree_hint.setObjectName("muted")
        self.tree_hint.setWordWrap(True)
        column.addWidget(self.tree_hint)
        self.tree = SectionView(panel)
        self.tree.setModel(self.sections)
        self.sections.modelReset.connect(self._expand)  # after the view's own reset
        self.sections.rowsInserted.connect(self._expand)
        self.tree.doubleClicked.connect(self._on_double_clicked)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current)
        column.addWidget(self.tree, 1)
        self.target_label = QLabel(panel)
        self.target_label.setObjectName("muted")
        self.target_label.setWordWrap(True)
        column.addWidget(self.target_label)
        moves = QHBoxLayout()
        moves.setSpacing(4)
        self.up_button = QToolButton(panel)
        self.up_button.setText("↑")
        self.up_button.clicked.connect(self._move_up)
        self.down_button = QToolButton(panel)
        self.down_button.setText("↓")
        self.down_button.clicked.connect(self._move_down)
        self.take_out_button = QPushButton(panel)
        self.take_out_button.clicked.connect(self.take_out_selected)
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        moves.addWidget(self.take_out_button, 1)
        column.addLayout(moves)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.add_section_button = QPushButton(panel)
        self.add_section_button.clicked.connect(self._ask_new_section)
        self.rename_button = QPushButton(panel)
        self.rename_button.clicked.connect(self._ask_rename)
        self.remove_section_button = QPushButton(panel)
        self.remove_section_button.setObjectName("danger")
        self.remove_section_button.clicked.connect(self._remove_current_section)
        buttons.setSpacing(4)
        for button in (self.add_section_button, self.rename_button, self.remove_section_button):
            button.setProperty("compact", True)
            buttons.addWidget(button)
        self.take_out_button.setProperty("compact", True)
        column.addLayout(buttons)
        return panel

    # ---- showing a catalog ------------------------------------------------------------------

    def set_catalog(self, catalog: Catalog | None) -> None:
        """Show `catalog` (None: nothing). Keeps the section that was chosen when it can."""
        keep = self.current_section_row()
        self.catalog = catalog
        self._names.clear()
        self.sections.set_sections(catalog.sections if catalog else [], self._name)
        if 0 <= keep < self.sections.section_count():
            self.tree.setCurrentIndex(self.sections.index(keep, 0))
        self.picks.set_checked(self.sections.product_ids())
        self._update_labels()

    def _name(self, product_id: int) -> tuple[str, str]:
        if product_id not in self._names:
            lib = self.session.lib
            summary = support.product_summary(lib, product_id) if lib is not None else None
            lang = language()
            self._names[product_id] = (
                (product_name(summary, lang), product_detail(summary, lang))
                if summary is not None
                else (translate("CatalogProducts", "(removed product)"), "")
            )
        return self._names[product_id]

    def refresh_names(self) -> None:
        self._names.clear()
        self.sections.refresh_names()

    @Slot()
    def _expand(self, *_args) -> None:
        self.tree.expandAll()

    # ---- the picker -------------------------------------------------------------------------

    @Slot(str)
    def _typed(self, _text: str) -> None:
        self.search_timer.start()

    @Slot(int)
    def _filter_changed(self, _index: int = 0) -> None:
        self.apply_query()

    def current_query(self) -> ProductQuery:
        text = self.search.text().strip()
        return ProductQuery(
            text=text,
            kind=self.kind_filter.currentData() or "",
            kabupaten=self.place_filter.currentData() or "",
            producer_id=self.producer_filter.currentData(),
            sort="relevance" if text else "name",
        )

    @Slot()
    def apply_query(self) -> None:
        self.search_timer.stop()
        lib = self.session.lib
        rows = ops.list_products(lib, self.current_query()) if lib is not None else []
        self.picks.set_rows(rows)
        self.picks.set_checked(self.sections.product_ids())
        self._update_labels()

    def fill_producers(self) -> None:
        current = self.producer_filter.currentData()
        self.producer_filter.clear()
        self.producer_filter.addItem(translate("CatalogProducts", "All producers"), None)
        if self.session.lib is not None:
            for producer in ops.list_producers(self.session.lib):
                self.producer_filter.addItem(producer.name, producer.id)
        self.producer_filter.setCurrentIndex(max(0, self.producer_filter.findData(current)))

    @Slot(int, bool)
    def _on_toggled(self, product_id: int, ticked: bool) -> None:
        name = self._name(product_id)[0]
        if ticked:
            row = self.target_section()
            self._edit_text = translate("CatalogProducts", "Add {name} to the catalog").format(
                name=name
            )
            self.sections.add_products([product_id], row)
        else:
            self._edit_text = translate("CatalogProducts", "Take {name} out of the catalog").format(
                name=name
            )
            self.sections.remove_products([product_id])

    @Slot()
    def add_shown(self) -> int:
        """Add every product the picker shows (after filtering) that is not in the catalog."""
        if self.catalog is None:
            return 0
        present = set(self.sections.product_ids())
        new = [pid for pid in self.picks.shown_ids() if pid not in present]
        if not new:
            self.session.notify(
                translate("CatalogProducts", "Every product shown is already in the catalog.")
            )
            return 0
        row = self.target_section()
        self._edit_text = translate("CatalogProducts", "Add {n} products to the catalog").format(
            n=len(new)
        )
        added = self.sections.add_products(new, row)
        return len(added)

    # ---- sections ---------------------------------------------------------------------------

    def current_section_row(self) -> int:
        return self.sections.section_row_of(self.tree.currentIndex())

    def target_section(self) -> int:
        """Where new products go: the chosen section, else the last; made when none exists."""
        row = self.current_section_row()
        if row >= 0:
            return row
        if self.sections.section_count():
            return self.sections.section_count() - 1
        # one save (the new section with its products) instead of two
        self.sections.edited.disconnect(self._on_sections_edited)
        try:
            row = self.sections.add_section("Produk", "Products")
        finally:
            self.sections.edited.connect(self._on_sections_edited)
        return row

    @Slot()
    def _ask_new_section(self) -> None:
        if self.catalog is None:
            return
        dialog = SectionDialog("", "", self)
        if dialog.exec() == QDialog.Accepted:
            title_id, title_en = dialog.titles()
            self.add_section(title_id or translate("CatalogProducts", "New section"), title_en)

    def add_section(self, title_id: str, title_en: str = "") -> int:
        after = self.current_section_row()
        self._edit_text = translate("CatalogProducts", "Add section {name}").format(name=title_id)
        row = self.sections.add_section(title_id, title_en, after + 1 if after >= 0 else None)
        self.tree.setCurrentIndex(self.sections.index(row, 0))
        return row

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.data(KindRole) == "section":
            self._ask_rename()

    @Slot()
    def _ask_rename(self) -> None:
        row = self.current_section_row()
        if row < 0:
            self.session.notify(translate("CatalogProducts", "Choose a section first."))
            return
        dialog = SectionDialog(*self.sections.section_titles(row), self)
        if dialog.exec() == QDialog.Accepted:
            self.rename_section(row, *dialog.titles())

    def rename_section(self, row: int, title_id: str, title_en: str) -> None:
        if not title_id and not title_en:
            self.session.notify(translate("CatalogProducts", "A section needs a title."), "error")
            return
        self._edit_text = translate("CatalogProducts", "Rename section {name}").format(
            name=title_id or title_en
        )
        self.sections.rename_section(row, title_id, title_en)

    @Slot()
    def _remove_current_section(self) -> None:
        row = self.current_section_row()
        if row >= 0:
            self.remove_section(row)

    def remove_section(self, row: int) -> None:
        title_id, title_en = self.sections.section_titles(row)
        name = (title_en if language() == "en" else title_id) or title_id or title_en
        self._edit_text = translate("CatalogProducts", "Remove section {name}").format(name=name)
        products = self.sections.remove_section(row)
        self.session.notify(
            translate(
                "CatalogProducts",
                "Section “{name}” removed with its {n} products. Ctrl+Z brings it back.",
            ).format(name=name, n=len(products))
        )

    @Slot()
    def take_out_selected(self) -> None:
        index = self.tree.currentIndex()
        if index.data(KindRole) == "product":
            self._on_toggled(index.data(ProductIdRole), False)
        elif index.data(KindRole) == "section":
            self.remove_section(index.row())

    @Slot()
    def _move_up(self) -> None:
        self.move_current(-1)

    @Slot()
    def _move_down(self) -> None:
        self.move_current(1)

    def move_current(self, step: int) -> bool:
        """Move the chosen product (or section) one place up or down; a product at the edge
        of its section goes to the next section."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return False
        model = self.sections
        self._edit_text = translate("CatalogProducts", "Change the order")
        parent = index.parent()
        count = model.rowCount(parent)
        row = index.row()
        if index.data(KindRole) == "section" or 0 <= row + step < count:
            target = row + step if step < 0 else row + step + 1
            if not 0 <= row + step < count:
                return False
            moved = model.moveRows(parent, row, 1, parent, target)
            destination = model.index(row + step, 0, parent)
        else:
            section = parent.row() + step
            if not 0 <= section < model.section_count():
                return False
            other = model.index(section, 0)
            at = model.rowCount(other) if step < 0 else 0
            moved = model.moveRows(parent, row, 1, other, at)
            destination = model.index(at, 0, other)
        if moved:
            self.tree.selectionModel().setCurrentIndex(
                destination, QItemSelectionModel.ClearAndSelect
            )
        return moved

    @Slot(QModelIndex, QModelIndex)
    def _on_tree_current(self, _current, _previous) -> None:
        self._update_labels()

    # ---- saving -----------------------------------------------------------------------------

    @Slot()
    def _on_sections_edited(self) -> None:
        catalog = self.catalog
        if catalog is None:
            return
        text = self._edit_text or translate("CatalogProducts", "Change the order")
        self._edit_text = ""
        before = undo.CatalogState(sections=catalog.sections)
        after = undo.CatalogState(sections=self.sections.sections())
        self.saving = True
        try:
            change = self.session.edit_catalog(catalog.id, sections=after.sections)
        except UserError as exc:
            self.session.report(exc)
            self.set_catalog(catalog)
            return
        finally:
            self.saving = False
        self.picks.set_checked(self.sections.product_ids())
        self._update_labels()
        if change.action != "updated":
            return
        self.catalog = change.after
        self.ctx.undo.push(
            undo.CatalogEdit(self.session, catalog.id, before, after, text, "sections")
        )
        self.session.notify(translate("CatalogProducts", "Saved: {what}").format(what=text))
        self.saved.emit()

    def _update_labels(self) -> None:
        in_catalog = len(self.sections.product_ids())
        self.shown_label.setText(
            translate("CatalogProducts", "{shown} shown · {n} in the catalog").format(
                shown=len(self.picks.rows), n=in_catalog
            )
        )
        row = self.current_section_row()
        if row < 0 and self.sections.section_count():
            row = self.sections.section_count() - 1
        if row >= 0:
            title_id, title_en = self.sections.section_titles(row)
            name = (title_en if language() == "en" else title_id) or title_id or title_en
            self.target_label.setText(
                translate("CatalogProducts", "Ticked products go into: {name}").format(name=name)
            )
        else:
            self.target_label.setText(
                translate("CatalogProducts", "Tick products on the left to add them.")
            )
        has_catalog = self.catalog is not None
        for widget in (self.add_shown_button, self.add_section_button):
            widget.setEnabled(has_catalog)

    # ---- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        lang = language()
        self.picker_title.setText(translate("CatalogProducts", "Choose products"))
        self.tree_title.setText(translate("CatalogProducts", "Order in the catalog"))
        self.tree_hint.setText(
            translate("CatalogProducts", "Drag a product or a section to move it, or use ↑ and ↓.")
        )
        self.search.setPlaceholderText(translate("CatalogProducts", "Search name, motif, place…"))
        refill_combo(
            self.kind_filter,
            translate("CatalogProducts", "All kinds"),
            [(t.code, t.label(lang)) for t in vocab.PRODUCT_KINDS],
        )
        refill_combo(
            self.place_filter,
            translate("CatalogProducts", "All regencies"),
            [(t.code, t.label(lang)) for t in vocab.KABUPATEN],
        )
        if self.producer_filter.count():
            self.producer_filter.setItemText(0, translate("CatalogProducts", "All producers"))
        self.add_shown_button.setText(translate("CatalogProducts", "Add all shown"))
        self.add_shown_button.setToolTip(
            translate(
                "CatalogProducts", "Add every product in the list above that is not in it yet"
            )
        )
        self.add_section_button.setText(translate("CatalogProducts", "New section"))
        self.rename_button.setText(translate("CatalogProducts", "Rename"))
        self.remove_section_button.setText(translate("CatalogProducts", "Remove section"))
        self.take_out_button.setText(translate("CatalogProducts", "Take out of the catalog"))
        self.up_button.setToolTip(translate("CatalogProducts", "Move up"))
        self.down_button.setToolTip(translate("CatalogProducts", "Move down"))
        self.refresh_names()
        self._update_labels()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
            self.picks.set_rows(self.picks.rows)
        super().changeEvent(event)
