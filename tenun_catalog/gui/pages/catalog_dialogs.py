"""The small dialogs of the catalog builder: a new catalog (name, how to start) and the
titles of a section in Indonesian and English."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import translate


class NewCatalogDialog(QDialog):
    """A name, and whether to start empty or with every product grouped by producer."""

    def __init__(self, create, parent: QWidget | None = None):
        super().__init__(parent)
        self.create = create  # callable(name, everything) -> error text or ""
        self.setWindowTitle(translate("CatalogsPage", "New catalog"))
        self.setMinimumWidth(460)
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 18, 20, 16)
        box.setSpacing(10)
        form = QFormLayout()
        form.setSpacing(10)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(translate("CatalogsPage", "e.g. Exhibition Kupang 2025"))
        self.start = QComboBox(self)
        self.start.addItem(translate("CatalogsPage", "No products yet: I will choose them"), False)
        self.start.addItem(
            translate("CatalogsPage", "Every product, one section per producer"), True
        )
        form.addRow(translate("CatalogsPage", "Catalog name"), self.name)
        form.addRow(translate("CatalogsPage", "Start with"), self.start)
        box.addLayout(form)
        self.error = QLabel(self)
        self.error.setObjectName("noticeError")
        self.error.setWordWrap(True)
        self.error.hide()
        box.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(translate("CatalogsPage", "Make the catalog"), self)
        self.ok_button.setObjectName("primary")
        self.ok_button.setDefault(True)
        cancel = QPushButton(translate("CatalogsPage", "Cancel"), self)
        buttons.addButton(self.ok_button, QDialogButtonBox.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)

    @Slot()
    def _try(self) -> None:
        error = self.create(self.name.text().strip(), bool(self.start.currentData()))
        if error:
            self.error.setText(error)
            self.error.show()
            self.name.setFocus()
            return
        self.accept()


class SectionDialog(QDialog):
    """The titles of a section in Indonesian and English."""

    def __init__(self, title_id: str, title_en: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("CatalogProducts", "Section title"))
        self.setMinimumWidth(420)
        form = QFormLayout(self)
        form.setSpacing(10)
        self.title_id = QLineEdit(title_id, self)
        self.title_en = QLineEdit(title_en, self)
        form.addRow(translate("CatalogProducts", "Title (Indonesian)"), self.title_id)
        form.addRow(translate("CatalogProducts", "Title (English)"), self.title_en)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(translate("CatalogProducts", "Save"))
        buttons.button(QDialogButtonBox.Cancel).setText(translate("CatalogProducts", "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def titles(self) -> tuple[str, str]:
        return self.title_id.text().strip(), self.title_en.text().strip()
