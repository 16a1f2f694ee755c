"""A list of records edited in place with Add / Change / Remove: a motif's narratives, a
product's production steps.

Owns `ListEditor`. It never saves by itself: it emits `edited` with the whole new list, and the
page saves that in one step, so one undo brings the previous list back. Subclasses say how a
record reads in the list (`describe`) and which dialog asks for one (`ask`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.vocab import Vocabulary
from ..i18n import language, translate
from .editors import FieldEditor


class RecordDialog(QDialog):
    """The dialog of one record of a ListEditor: labelled rows, then OK / Cancel. Subclasses
    build their fields, call `finish(rows)` and return the edited record from `record()`."""

    def finish(self, rows: list[tuple[str, QWidget]]) -> None:
        form = QFormLayout()
        for label, widget in rows:
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(buttons)

    def record(self) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError


def vocabulary_choice(parent: QWidget, vocabulary: Vocabulary, current: str) -> QComboBox:
    """A combo box of a vocabulary's labels in the interface language, `current` chosen."""
    combo = QComboBox(parent)
    for term in vocabulary:
        combo.addItem(vocabulary.label(term.code, language()), term.code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def asking(dialog: type[RecordDialog]) -> Callable[[QWidget, Any], Any]:
    """A ListEditor's `ask`: open `dialog` on the record (None: a new one), return the edited
    record, or None when cancelled."""

    def ask(parent: QWidget, record: Any) -> Any:
        shown = dialog(record, parent)
        return shown.record() if shown.exec() == QDialog.Accepted else None

    return ask


class ListEditor(FieldEditor):
    """A list of records edited in place with Add / Change / Remove. Never saves by itself: it
    emits `edited` with the whole new list; `ask(parent, record or None)` shows the dialog and
    returns the new or changed record, or None when cancelled; `describe` gives a list line."""

    edited = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(None, parent)
        self.ask: Callable[[QWidget, Any], Any] = lambda _parent, _record: None
        self.records: list = []
        column = QVBoxLayout()
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(90)
        self.list.setSpacing(4)
        self.list.itemDoubleClicked.connect(lambda _item: self.change_current())
        self.list.currentRowChanged.connect(self._enable)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add)
        self.change_button = QPushButton(self)
        self.change_button.clicked.connect(self.change_current)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.change_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addWidget(self.list)
        self.layout_.addLayout(column, 1)
        self.layout_.addLayout(buttons)
        self.retranslate()
        self._enable()

    def describe(self, record: Any) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def value(self) -> object:
        return list(self.records)

    def show_value(self, value: object) -> None:
        self.show_records(list(value or []))  # type: ignore[arg-type]

    def show_records(self, records: list) -> None:
        self.records = list(records)
        row = self.list.currentRow()
        self.list.clear()
        for record in self.records:
            item = QListWidgetItem(self.describe(record), self.list)
            item.setData(Qt.UserRole, getattr(record, "id", None))
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)
        self._enable()

    @Slot()
    def add(self) -> None:
        made = self.ask(self, None)
        if made is not None:
            self.edited.emit([*self.records, made])

    @Slot()
    def change_current(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.records):
            return
        changed = self.ask(self, self.records[row])
        if changed is not None and changed != self.records[row]:
            self.edited.emit([*self.records[:row], changed, *self.records[row + 1 :]])

    @Slot()
    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.records):
            self.edited.emit([*self.records[:row], *self.records[row + 1 :]])

    @Slot()
    def _enable(self, *_args) -> None:
        chosen = 0 <= self.list.currentRow() < len(self.records)
        self.change_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def retranslate(self) -> None:
        self.add_button.setText(translate("NarrativesEditor", "Add…"))
        self.change_button.setText(translate("NarrativesEditor", "Change…"))
        self.remove_button.setText(translate("NarrativesEditor", "Remove"))
