"""The main window: sidebar, pages, menus, shortcuts, status bar, remembered geometry.

Owns `MainWindow`: the sidebar (Overview, Products, Producers, Motifs, Permits, Catalogs)
switching a stack of pages, the File menu (new, open, backup, restore: restore closes the
library first and reopens it), the Edit menu (undo/redo, new product, import photos, find), the
status bar where routine results are written (no dialogs for routine work) with the photo import
progress, and saving the window geometry. Library actions live in `library_actions`.

Only the page the app opens on (products) is built with the window: every other page is built,
and its module imported, the first time it is shown or asked for (`window.catalogs`...), so the
first paint waits for none of them (nor for what the catalogs page imports to render).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from . import settings
from .app_icon import app_icon
from .context import AppContext
from .i18n import translate
from .importer import PhotoImporter
from .library_actions import LibraryActions
from .pages.products import ProductsPage
from .session import Session
from .style import MENGKUDU
from .thumbnails import Thumbnails
from .warmup import Warmup

if TYPE_CHECKING:
    from .pages.catalogs import CatalogsPage
    from .pages.motifs import MotifsPage
    from .pages.overview import OverviewPage
    from .pages.permits import PermitsPage
    from .pages.producers import ProducersPage

PAGES = ["overview", "products", "producers", "motifs", "permits", "catalogs"]
START_PAGE = "products"  # the overview is first in the sidebar; the app opens on the products
# Pages built when first shown or asked for: name -> (module under gui/pages, class)
LATER_PAGES = {
    "overview": ("overview", "OverviewPage"),
    "producers": ("producers", "ProducersPage"),
    "motifs": ("motifs", "MotifsPage"),
    "permits": ("permits", "PermitsPage"),
    "catalogs": ("catalogs", "CatalogsPage"),
}


class MainWindow(QMainWindow):
    def __init__(self, session: Session | None = None):
        super().__init__()
        self.setWindowIcon(app_icon())
        self.session = session or Session(self)
        self.undo = QUndoStack(self)
        self.thumbnails = Thumbnails(self)
        self.importer = PhotoImporter(self.session, self.undo, self)
        self.warmup = Warmup(self.session, self)  # print/screen copies of imported photos
        self.importer.finished.connect(self._warm_imported)
        self.ctx = AppContext(self.session, self.undo, self.thumbnails, self.importer)
        self.session.opened.connect(self._on_opened)
        self.session.closing.connect(self._on_closing)
        self.session.message.connect(self.show_message)

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._sidebar(central))
        self.pages = QStackedWidget(central)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.products = ProductsPage(self.ctx)
        self._built: dict[str, QWidget] = {"products": self.products}
        for name in PAGES:  # an empty stand-in until the page is first shown
            self.pages.addWidget(self.products if name == "products" else QWidget(self.pages))
        self.sidebar.currentRowChanged.connect(self._on_page)
        self.sidebar.setCurrentRow(PAGES.index(START_PAGE))

        self.library = LibraryActions(self)
        self._status_bar()
        self._menus()
        self.retranslate()
        self._restore_geometry()
        if self.session.lib is not None:
            self._on_opened()

    # ---- building ---------------------------------------------------------------------------

    def _sidebar(self, parent: QWidget) -> QWidget:
        panel = QWidget(parent)
        panel.setObjectName("sidebarPanel")
        panel.setFixedWidth(188)
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        self.app_title = QLabel("Tenun Catalog", panel)
        self.app_title.setObjectName("appTitle")
        self.library_name = QLabel(panel)
        self.library_name.setObjectName("libraryName")
        self.library_name.setWordWrap(True)
        self.sidebar = QListWidget(panel)
        self.sidebar.setObjectName("sidebar")
        for _name in PAGES:
            QListWidgetItem("", self.sidebar)
        box.addWidget(self.app_title)
        box.addWidget(self.library_name)
        box.addWidget(self.sidebar, 1)
        return panel

    def _status_bar(self) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(True)
        self.message = QLabel(bar)
        self.message.setWordWrap(False)
        bar.addWidget(self.message, 1)
        self.import_label = QLabel(bar)
        self.import_bar = QProgressBar(bar)
        self.import_bar.setMaximumWidth(180)
        self.import_label.hide()
        self.import_bar.hide()
        bar.addPermanentWidget(self.import_label)
        bar.addPermanentWidget(self.import_bar)
        self.message_timer = QTimer(self)
        self.message_timer.setSingleShot(True)
        self.message_timer.timeout.connect(self.message.clear)
        self.importer.started.connect(self._import_started)
        self.importer.progress.connect(self._import_progress)
        self.importer.finished.connect(self._import_finished)

    def _action(self, menu, slot, shortcut=None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

    def _menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        lib = self.library
        self.new_library_action = self._action(self.file_menu, lib.new_library)
        self.open_library_action = self._action(self.file_menu, lib.open_library, QKeySequence.Open)
        self.file_menu.addSeparator()
        self.backup_action = self._action(self.file_menu, lib.backup)
        self.restore_action = self._action(self.file_menu, lib.restore)
        self.gc_action = self._action(self.file_menu, lib.remove_unused_photos)
        self.file_menu.addSeparator()
        self.package_action = self._action(self.file_menu, self._package)
        self.import_sheet_action = self._action(self.file_menu, self.import_sheet)
        self.export_sheet_action = self._action(self.file_menu, self.export_sheet)
        self.file_menu.addSeparator()
        self.settings_action = self._action(self.file_menu, lib.settings)
        self.quit_action = self._action(self.file_menu, self.close, QKeySequence.Quit)
        self.edit_menu = bar.addMenu("")
        self.undo_action = self._action(self.edit_menu, self.undo.undo, QKeySequence.Undo)
        redo_keys = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
        self.redo_action = self._action(self.edit_menu, self.undo.redo, redo_keys)
        self.undo.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo.undoTextChanged.connect(self._undo_texts)
        self.undo.redoTextChanged.connect(self._undo_texts)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.edit_menu.addSeparator()
        self.new_product_action = self._action(self.edit_menu, self._new_product, QKeySequence.New)
        self.import_action = self._action(self.edit_menu, self._import_photos, "Ctrl+I")
        self.find_action = self._action(self.edit_menu, self._find, QKeySequence.Find)
        self.help_menu = bar.addMenu("")
        self.guide_action = self._action(self.help_menu, self.show_guide, QKeySequence.HelpContents)
        self.about_action = self._action(self.help_menu, self.show_about)

    @Slot()
    def show_guide(self):
        """The user guide in the interface language, offline."""
        from .help import GuideDialog

        dialog = GuideDialog(self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        return dialog

    @Slot()
    def show_about(self):
        from PySide6.QtWidgets import QMessageBox

        from .help import about_text

        box = QMessageBox(QMessageBox.Information, translate("MainWindow", "About Tenun Catalog"),
                          about_text(self.session.root), QMessageBox.Close, self)  # fmt: skip
        box.setTextInteractionFlags(Qt.TextSelectableByMouse)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.button(QMessageBox.Close).setText(translate("MainWindow", "Close"))
        box.show()
        return box

    @Slot()
    def _undo_texts(self, *_args) -> None:
        undo_word = translate("MainWindow", "Undo")
        redo_word = translate("MainWindow", "Redo")
        self.undo_action.setText(f"{undo_word} {self.undo.undoText()}".strip())
        self.redo_action.setText(f"{redo_word} {self.undo.redoText()}".strip())

    # ---- pages built when first needed ------------------------------------------------------

    def page(self, name: str) -> QWidget:
        """The page `name`, built (and put in place of its stand-in) on first use."""
        built = self._built.get(name)
        if built is not None:
            return built
        module, cls = LATER_PAGES[name]
        page_class = getattr(importlib.import_module(f".pages.{module}", __package__), cls)
        page = page_class(self.ctx)
        self._built[name] = page
        index = PAGES.index(name)
        stand_in = self.pages.widget(index)
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(stand_in)
        stand_in.deleteLater()
        if name == "overview":
            from .pages.overview import connect_click_through

            connect_click_through(self)
        return page

    def is_built(self, name: str) -> bool:
        return name in self._built

    @property
    def overview(self) -> OverviewPage:
        return self.page("overview")  # type: ignore[return-value]

    @property
    def producers(self) -> ProducersPage:
        return self.page("producers")  # type: ignore[return-value]

    @property
    def motifs(self) -> MotifsPage:
        return self.page("motifs")  # type: ignore[return-value]

    @property
    def permits(self) -> PermitsPage:
        return self.page("permits")  # type: ignore[return-value]

    @property
    def catalogs(self) -> CatalogsPage:
        return self.page("catalogs")  # type: ignore[return-value]

    # ---- library ----------------------------------------------------------------------------

    @Slot()
    def _on_opened(self) -> None:
        lib = self.session.lib
        self.thumbnails.set_folders(lib.photos_dir, lib.cache_dir)
        self.undo.clear()
        settings.set_last_library(lib.root)
        self.library_name.setText(lib.root.name)
        self.library_name.setToolTip(str(lib.root))
        self.setWindowTitle(f"Tenun Catalog — {lib.root.name}")

    @Slot()
    def _on_closing(self) -> None:
        self.products.editor.flush()
        self.importer.wait()
        self.thumbnails.wait()
        self.thumbnails.set_folders(None, None)
        self.undo.clear()

    # ---- actions ----------------------------------------------------------------------------

    @Slot(int)
    def _on_page(self, row: int) -> None:
        self.products.editor.flush()
        if self.is_built("catalogs"):
            self.catalogs.settings.flush()
        if 0 <= row < len(PAGES):
            self.page(PAGES[row])  # built before it is shown
        self.pages.setCurrentIndex(row)

    def show_page(self, name: str) -> None:
        self.sidebar.setCurrentRow(PAGES.index(name))

    @Slot()
    def _new_product(self) -> None:
        self.show_page("products")
        self.products.show_add_menu()

    @Slot()
    def _package(self):
        """The submission package dialog, every producer that can be sent ticked."""
        from .package_dialog import PackageDialog

        if self.session.root is None:
            return None
        dialog = PackageDialog(self.session, parent=self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        return dialog

    @Slot()
    def import_sheet(self):
        """File -> Import spreadsheet: the wizard (gui/import_wizard)."""
        from .import_wizard import ImportWizard

        if self.session.root is None:
            return None
        wizard = ImportWizard(self.session, parent=self)
        wizard.setAttribute(Qt.WA_DeleteOnClose)
        wizard.show()
        return wizard

    @Slot()
    def export_sheet(self):
        from .import_wizard import export_sheet

        return export_sheet(self.session, self)

    def _import_photos(self) -> None:
        self.show_page("products")
        self.products.import_photos()

    @Slot()
    def _find(self) -> None:
        page = self.pages.currentWidget()
        if page is self.products:
            self.products.focus_search()
        elif hasattr(page, "filter"):
            page.filter.setFocus()
            page.filter.selectAll()

    @Slot(str, str)
    def show_message(self, text: str, level: str = "info") -> None:
        self.message.setStyleSheet(f"color: {MENGKUDU};" if level == "error" else "")
        self.message.setText(text)
        self.message.setToolTip(text)
        self.message_timer.start(20000 if level == "error" else 8000)

    @Slot(int)
    def _import_started(self, count: int) -> None:
        self.import_label.setText(translate("MainWindow", "Importing photos"))
        self.import_bar.setRange(0, count)
        self.import_bar.setValue(0)
        self.import_label.show()
        self.import_bar.show()

    @Slot(int, int)
    def _import_progress(self, done: int, total: int) -> None:
        self.import_bar.setRange(0, total)
        self.import_bar.setValue(done)
        self.import_bar.setFormat(f"{done}/{total}")

    @Slot(int, object, str)
    def _import_finished(self, *_args) -> None:
        self.import_label.hide()
        self.import_bar.hide()

    @Slot(int, object, str)
    def _warm_imported(self, product_id: int, result: object, _summary: str) -> None:
        """Photos were added: make their export copies in the background (gui/warmup)."""
        if result is None or not getattr(result, "added", None) or self.session.lib is None:
            return
        try:
            sku = self.session.sku_of(product_id)
        except UserError:
            return  # the product has gone meanwhile: nothing to warm
        self.warmup.add([sku])

    # ---- geometry and closing ---------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = settings.value_bytes("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1366, 800)
        split = settings.value_bytes("window/products_split")
        if split is not None:
            self.products.splitter.restoreState(split)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        settings.set_value("window/geometry", self.saveGeometry())
        settings.set_value("window/products_split", self.products.splitter.saveState())
        self.session.close()
        super().closeEvent(event)

    # ---- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        names = [
            translate("MainWindow", "Overview"),
            translate("MainWindow", "Products"),
            translate("MainWindow", "Producers"),
            translate("MainWindow", "Motifs"),
            translate("MainWindow", "Permits"),
            translate("MainWindow", "Catalogs"),
        ]
        for row, name in enumerate(names):
            self.sidebar.item(row).setText(name)
        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self.edit_menu.setTitle(translate("MainWindow", "&Edit"))
        self.new_library_action.setText(translate("MainWindow", "New library…"))
        self.open_library_action.setText(translate("MainWindow", "Open library…"))
        self.backup_action.setText(translate("MainWindow", "Back up…"))
        self.restore_action.setText(translate("MainWindow", "Restore from backup…"))
        self.gc_action.setText(translate("MainWindow", "Remove unused photo files…"))
        self.package_action.setText(translate("MainWindow", "Submission package…"))
        self.import_sheet_action.setText(translate("MainWindow", "Import spreadsheet…"))
        self.export_sheet_action.setText(translate("MainWindow", "Export spreadsheet…"))
        self.settings_action.setText(translate("MainWindow", "Settings…"))
        self.quit_action.setText(translate("MainWindow", "Quit"))
        self._undo_texts()
        self.new_product_action.setText(translate("MainWindow", "New product…"))
        self.import_action.setText(translate("MainWindow", "Import photos…"))
        self.find_action.setText(translate("MainWindow", "Find product"))
        self.help_menu.setTitle(translate("MainWindow", "&Help"))
        self.guide_action.setText(translate("MainWindow", "User guide"))
        self.about_action.setText(translate("MainWindow", "About Tenun Catalog"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
