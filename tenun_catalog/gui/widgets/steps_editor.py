"""The product editor's "Production steps" field: yarn, dyeing with the plants it uses, tying,
weaving, finishing, quality check, in the product's order (what a GI description asks).

Owns `StepsEditor` (a `ListEditor`: saved as one list, one undo step per change) and
`StepDialog` (the kind of step, what is done in Indonesian and English, the plants, the days).
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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import vocab
from ...domain.entities import ProductionStep
from ..i18n import language, translate
from .list_editor import ListEditor

MAX_DAYS = 3650


class StepDialog(QDialog):
    def __init__(self, step: ProductionStep | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stepDialog")
        self.setWindowTitle(translate("StepsEditor", "Production step"))
        self.resize(520, 420)
        self.kind = QComboBox(self)
        for term in vocab.PRODUCTION_STEPS:
            self.kind.addItem(vocab.PRODUCTION_STEPS.label(term.code, language()), term.code)
        self.description_id = QPlainTextEdit(self)
        self.description_en = QPlainTextEdit(self)
        self.plants = QLineEdit(self)
        self.plants.setPlaceholderText("mengkudu (Morinda citrifolia); tarum (Indigofera)")
        self.days = QSpinBox(self)
        self.days.setRange(0, MAX_DAYS)
        self.days.setSpecialValueText("—")  # 0: not known
        form = QFormLayout()
        form.addRow(translate("StepsEditor", "Step"), self.kind)
        form.addRow(translate("StepsEditor", "What is done (Indonesian)"), self.description_id)
        form.addRow(translate("StepsEditor", "What is done (English)"), self.description_en)
        form.addRow(translate("StepsEditor", "Plants (separate with ;)"), self.plants)
        form.addRow(translate("StepsEditor", "Days"), self.days)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(buttons)
        self.original = step or ProductionStep(0, vocab.PRODUCTION_STEPS.codes()[0])
        self.kind.setCurrentIndex(max(0, self.kind.findData(self.original.kind)))
        self.description_id.setPlainText(self.original.description_id)
        self.description_en.setPlainText(self.original.description_en)
        self.plants.setText("; ".join(self.original.plants))
        self.days.setValue(self.original.days or 0)

    def step(self) -> ProductionStep:
        plants = [p.strip() for p in self.plants.text().split(";") if p.strip()]
        return dataclasses.replace(
            self.original,
            kind=self.kind.currentData(),
            description_id=self.description_id.toPlainText().strip(),
            description_en=self.description_en.toPlainText().strip(),
            plants=plants,
            days=self.days.value() or None,
        )


def ask_step(parent: QWidget, step: ProductionStep | None) -> ProductionStep | None:
    dialog = StepDialog(step, parent)
    return dialog.step() if dialog.exec() == QDialog.Accepted else None


class StepsEditor(ListEditor):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list.setObjectName("stepList")
        self.ask = ask_step

    def describe(self, step: ProductionStep) -> str:
        lang = language()
        text = step.description_en if lang == "en" and step.description_en else step.description_id
        parts = [vocab.PRODUCTION_STEPS.label(step.kind, lang)]
        if step.days:
            parts.append(translate("StepsEditor", "{n} days").format(n=step.days))
        if step.plants:
            parts.append(", ".join(step.plants))
        first = " · ".join(parts)
        return f"{first}\n{text}" if text else first
