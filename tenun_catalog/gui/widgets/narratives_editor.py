"""The Motif page's "Narratives" field: the attributed tellings of a motif.

Owns `NarrativesEditor` (a `ListEditor`: saved as one list, one undo step per change) and
`NarrativeDialog` (who told it, for which community, who may read it, the text in Indonesian and
English).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain import vocab
from ...domain.entities import Narrative
from ..i18n import language, translate
from .list_editor import ListEditor

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


class NarrativesEditor(ListEditor):
    """The motif's narratives: who told it and for whom, and the start of the text."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list.setObjectName("narrativeList")
        self.ask = ask_narrative

    @property
    def narratives(self) -> list[Narrative]:
        return self.records

    def show_narratives(self, narratives: list[Narrative]) -> None:
        self.show_records(narratives)

    def describe(self, narrative: Narrative) -> str:
        lang = language()
        text = narrative.text_en if lang == "en" and narrative.text_en else narrative.text_id
        text = text or narrative.text_en
        short = text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"
        who = " · ".join(x for x in (narrative.teller, narrative.community) if x)
        audience = vocab.AUDIENCES.label(narrative.audience, lang)
        return f"{who} — {audience}\n{short}"
