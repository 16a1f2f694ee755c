"""The photos tab of the product editor: the strip, import, cover, removal and photo details.

Owns `PhotoPanel`. Files dropped on the strip (or chosen with "Add photos…", Ctrl+I) go to the
app's PhotoImporter; its progress and its result (each refused file named) show here without
blocking anything. Reorder, cover, removal and detail edits go through operations and push
undo steps; Delete on the strip removes the selected photo (Ctrl+Z puts it back).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ... import operations as ops
from ...domain.errors import UserError
from ...domain.fields import PHOTO_FIELDS
from .. import undo
from ..context import AppContext
from ..i18n import translate
from ..models.photo_model import PhotoModel, PhotoRole
from ..widgets.field_form import FieldForm
from ..widgets.photo_strip import PhotoStrip

FILE_FILTER = "*.jpg *.jpeg *.png *.webp *.tif *.tiff *.heic *.JPG *.JPEG *.PNG"


class PhotoPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.session
        self.product_id: int | None = None
        self.model = PhotoModel(ctx.thumbnails, self)
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)

        top = QHBoxLayout()
        self.hint = QLabel(self)
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.choose_files)
        top.addWidget(self.hint, 1)
        top.addWidget(self.add_button)
        layout.addLayout(top)

        self.strip = PhotoStrip(self)
        self.strip.setModel(self.model)
        self.strip.selectionModel().currentChanged.connect(self._on_current)
        layout.addWidget(self.strip)

        buttons = QHBoxLayout()
        self.cover_button = QPushButton(self)
        self.cover_button.clicked.connect(self.make_cover)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("danger")
        self.remove_button.clicked.connect(self.remove_current)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        buttons.addWidget(self.cover_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.progress)
        layout.addLayout(buttons)

        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.notice.hide()
        layout.addWidget(self.notice)

        self.form = FieldForm(PHOTO_FIELDS, self)
        self.form.committed.connect(self._on_committed)
        scroll = QScrollArea(self)
        scroll.setObjectName("formScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        layout.addWidget(scroll, 1)

        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence.Delete)
        self.delete_action.setShortcutContext(Qt.WidgetShortcut)
        self.delete_action.triggered.connect(self.remove_current)
        self.strip.addAction(self.delete_action)

        self.model.reorderRequested.connect(self._on_reorder)
        self.model.filesDropped.connect(self.import_files)
        ctx.importer.started.connect(self._on_import_started)
        ctx.importer.progress.connect(self._on_import_progress)
        ctx.importer.finished.connect(self._on_import_finished)
        self.session.changed.connect(self._on_changed)
        self.retranslate()
        self._update_buttons()

    # ---- loading ----------------------------------------------------------------------------

    def set_product(self, product_id: int | None) -> None:
        self.form.flush()
        if product_id != self.product_id:
            self.notice.hide()
        self.product_id = product_id
        self.reload()

    def reload(self, keep: int | None = None) -> None:
        current = self.current_photo()
        keep = keep if keep is not None else (current.id if current else None)
        photos = []
        if self.product_id is not None and self.session.lib is not None:
            try:
                photos = ops.list_photos(self.session.lib, self.session.sku_of(self.product_id))
            except UserError:
                photos = []
        self.model.set_photos(photos)
        row = next((i for i, p in enumerate(photos) if p.id == keep), 0 if photos else -1)
        if row >= 0:
            self.strip.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.ClearAndSelect
            )
        self._show_photo(self.current_photo())
        self._update_buttons()

    def current_photo(self):
        index = self.strip.currentIndex()
        return index.data(PhotoRole) if index.isValid() else None

    @Slot()
    def _on_current(self, *_args) -> None:
        self.form.flush()
        self._show_photo(self.current_photo())
        self._update_buttons()

    def _show_photo(self, photo) -> None:
        self.form.setEnabled(photo is not None)
        if photo is not None:
            self.form.set_record(photo)
        else:
            for editor in self.form.editors.values():
                editor.set_value(None)

    def _update_buttons(self) -> None:
        has = self.current_photo() is not None
        self.cover_button.setEnabled(has and self.strip.currentIndex().row() > 0)
        self.remove_button.setEnabled(has)
        self.add_button.setEnabled(self.product_id is not None)

    @Slot(str, int)
    def _on_changed(self, entity: str, record_id: int) -> None:
        if self.product_id is None:
            return
        current = self.session.resolve("product", self.product_id)
        if entity == "photos" and record_id == current:
            self.reload()
        elif entity == "photo" and record_id in self.model.ids():
            self.reload(keep=record_id)
        elif entity == "product" and record_id == current:
            self.product_id = current

    # ---- actions ----------------------------------------------------------------------------

    @Slot()
    def choose_files(self) -> None:
        if self.product_id is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            translate("PhotoPanel", "Choose photos"),
            "",
            translate("PhotoPanel", "Photos") + f" ({FILE_FILTER})",
        )
        if paths:
            self.import_files(paths)

    @Slot(list)
    def import_files(self, paths: list) -> None:
        if self.product_id is not None:
            self.ctx.importer.start(self.product_id, paths)

    @Slot(list, list)
    def _on_reorder(self, before: list, after: list) -> None:
        self._save_order(before, after, translate("PhotoPanel", "Reorder photos"))

    def _save_order(self, before: list[int], after: list[int], text: str) -> None:
        try:
            ops.reorder_photos(self.session.require(), self.session.sku_of(self.product_id), after)
        except UserError as exc:
            self.session.report(exc)
            self.reload()
            return
        self.ctx.undo.push(undo.ReorderPhotos(self.session, self.product_id, before, after, text))
        self.session.changed.emit("photos", self.session.resolve("product", self.product_id))
        self.session.notify(translate("PhotoPanel", "Photo order saved."))

    @Slot()
    def make_cover(self) -> None:
        photo = self.current_photo()
        if photo is None:
            return
        before = self.model.ids()
        after = [photo.id] + [i for i in before if i != photo.id]
        if after != before:
            self._save_order(before, after, translate("PhotoPanel", "Set cover photo"))
            self.reload(keep=photo.id)

    @Slot()
    def remove_current(self) -> None:
        photo = self.current_photo()
        if photo is None:
            return
        try:
            ops.remove_photo(self.session.require(), photo.id)
        except UserError as exc:
            self.session.report(exc)
            return
        text = translate("PhotoPanel", "Remove photo")
        self.ctx.undo.push(undo.PhotoSet(self.session, self.product_id, [photo], True, text))
        self.session.changed.emit("photos", self.session.resolve("product", self.product_id))
        self.session.notify(translate("PhotoPanel", "Photo removed. Ctrl+Z puts it back."))

    @Slot(str, object)
    def _on_committed(self, path: str, value: object) -> None:
        photo = self.current_photo()
        if photo is None:
            return
        try:
            change = self.session.edit("photo", photo.id, {path: value})
        except UserError as exc:
            self.form.show_error(exc.field or path, self.session.report(exc))
            self.form.set_record(photo)
            return
        if change.action == "updated":
            before, after = undo.undo_values(change)
            text = translate("PhotoPanel", "Edit photo details")
            self.ctx.undo.push(undo.FieldEdit(self.session, "photo", photo.id, before, after, text))

    # ---- files dropped anywhere on the panel --------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls() and self.product_id is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    # ---- import feedback --------------------------------------------------------------------

    @Slot(int)
    def _on_import_started(self, count: int) -> None:
        if self.session.resolve("product", self.ctx.importer.product_id) == self.product_id:
            self.progress.setRange(0, count)
            self.progress.setValue(0)
            self.progress.show()

    @Slot(int, int)
    def _on_import_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    @Slot(int, object, str)
    def _on_import_finished(self, product_id: int, result: object, summary: str) -> None:
        self.progress.hide()
        if product_id != self.product_id:
            return
        failed = result is None or bool(getattr(result, "errors", None))
        self.notice.setObjectName("noticeError" if failed else "notice")
        self.notice.style().unpolish(self.notice)  # apply the style of the new object name
        self.notice.style().polish(self.notice)
        self.notice.setText(summary)
        self.notice.show()

    # ---- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.hint.setText(
            translate(
                "PhotoPanel",
                "Drag photos here from a folder, or add them with the button. "
                "Drag a photo to change the order; the first one is the cover.",
            )
        )
        self.add_button.setText(translate("PhotoPanel", "Add photos…"))
        self.add_button.setToolTip("Ctrl+I")
        self.cover_button.setText(translate("PhotoPanel", "Make cover"))
        self.remove_button.setText(translate("PhotoPanel", "Remove photo"))
        self.remove_button.setToolTip(translate("PhotoPanel", "Delete key; Ctrl+Z puts it back"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
