"""The Motif page's "Narratives" field: the attributed tellings of a motif, added, changed and
removed in place.

Owns `NarrativesEditor` (the list, with Add / Change / Remove) and `NarrativeDialog` (who told
it, for which community, who may read it, the text in Indonesian and English). The editor never
saves by itself: it emits `edited` with the motif's whole new list, and the page saves that in
one step (operations.replace_narratives), so one undo brings the previous list back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import vocab
from ...domain.entities import Narrative
from ..i18n import language, translate
from .editors import FieldEditor

PREVIEW_CHARS = 90


class NarrativeDialog(QDialog):
    def __init__(self, narrative: Narrative | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("narrativeDialog")
        self.setWindowTitle(translate("NarrativesEditor", "Motif narrative"))
        self.resize(560, 480)
        form = QFormLayout()
        self.teller = QLineEdit(self)
        self.community = QLineEdit(self)
        self.audience = QComboBox(self)
        for term in vocab.AUDIENCES:
            self.audience.addItem(vocab.AUDIENCES.label(term.code, language()), term.code)
        self.text_id = QPlainTextEdit(self)
        self.text_en = QPlainTextEdit(self)
        form.addRow(translate("NarrativesEditor", "Told by"), self.teller)
        form.addRow(translate("NarrativesEditor", "Community"), self.community)
        form.addRow(translate("NarrativesEditor", "Who may read it"), self.audience)
        form.addRow(translate("NarrativesEditor", "Text (Indonesian)"), self.text_id)
        form.addRow(translate("NarrativesEditor", "Text (English)"), self.text_en)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(buttons)
        self.original = narrative or Narrative(0, "")
        self.teller.setText(self.original.teller)
        self.community.setText(self.original.community)
        self.audience.setCurrentIndex(max(0, self.audience.findData(self.original.audience)))
        self.text_id.setPlainText(self.original.text_id)
        self.text_en.setPlainText(self.original.text_en)

    def narrative(self) -> Narrative:
        return dataclasses.replace(
            self.original,
            teller=self.teller.text().strip(),
            community=self.community.text().strip(),
            audience=self.audience.currentData(),
            text_id=self.text_id.toPlainText().strip(),
            text_en=self.text_en.toPlainText().strip(),
        )


def ask_narrative(parent: QWidget, narrative: Narrative | None) -> Narrative | None:
    dialog = NarrativeDialog(narrative, parent)
    return dialog.narrative() if dialog.exec() == QDialog.Accepted else None


class NarrativesEditor(FieldEditor):
    edited = Signal(list)  # the motif's whole new list of narratives

    def __init__(self, parent: QWidget | None = None):
        super().__init__(None, parent)
        self.ask: Callable[[QWidget, Narrative | None], Narrative | None] = ask_narrative
        self.narratives: list[Narrative] = []
        column = QVBoxLayout()
        self.list = QListWidget(self)
        self.list.setObjectName("narrativeList")
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

    def value(self) -> object:
        return list(self.narratives)

    def show_value(self, value: object) -> None:
        self.show_narratives(list(value or []))  # type: ignore[arg-type]

    def show_narratives(self, narratives: list[Narrative]) -> None:
        self.narratives = list(narratives)
        row = self.list.currentRow()
        self.list.clear()
        lang = language()
        for narrative in self.narratives:
            text = narrative.text_en if lang == "en" and narrative.text_en else narrative.text_id
            text = text or narrative.text_en
            short = text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"
            who = " · ".join(x for x in (narrative.teller, narrative.community) if x)
            audience = vocab.AUDIENCES.label(narrative.audience, lang)
            item = QListWidgetItem(f"{who} — {audience}\n{short}", self.list)
            item.setData(Qt.UserRole, narrative.id)
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)
        self._enable()

    @Slot()
    def add(self) -> None:
        made = self.ask(self, None)
        if made is not None:
            self.edited.emit([*self.narratives, made])

    @Slot()
    def change_current(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.narratives):
            return
        changed = self.ask(self, self.narratives[row])
        if changed is not None and changed != self.narratives[row]:
            self.edited.emit([*self.narratives[:row], changed, *self.narratives[row + 1 :]])

    @Slot()
    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.narratives):
            self.edited.emit([*self.narratives[:row], *self.narratives[row + 1 :]])

    @Slot()
    def _enable(self, *_args) -> None:
        chosen = 0 <= self.list.currentRow() < len(self.narratives)
        self.change_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def retranslate(self) -> None:
        self.add_button.setText(translate("NarrativesEditor", "Add…"))
        self.change_button.setText(translate("NarrativesEditor", "Change…"))
        self.remove_button.setText(translate("NarrativesEditor", "Remove"))
