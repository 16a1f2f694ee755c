"""The product editor's "Production steps" field: yarn, dyeing with the plants it uses, tying,
weaving, finishing, quality check, in the product's order (what a GI description asks).

Owns `StepsEditor` (a `ListEditor`: saved as one list, one undo step per change) and
`StepDialog` (the kind of step, what is done in Indonesian and English, the plants, the days).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from ...domain import vocab
from ...domain.entities import ProductionStep
from ..i18n import language, translate
from .list_editor import ListEditor, RecordDialog, asking, vocabulary_choice

MAX_DAYS = 3650


class StepDialog(RecordDialog):
    def __init__(self, step: ProductionStep | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stepDialog")
        self.setWindowTitle(translate("StepsEditor", "Production step"))
        self.resize(520, 420)
        self.original = step or ProductionStep(0, vocab.PRODUCTION_STEPS.codes()[0])
        self.kind = vocabulary_choice(self, vocab.PRODUCTION_STEPS, self.original.kind)
        self.description_id = QPlainTextEdit(self.original.description_id, self)
        self.description_en = QPlainTextEdit(self.original.description_en, self)
        self.plants = QLineEdit("; ".join(self.original.plants), self)
        self.plants.setPlaceholderText("mengkudu (Morinda citrifolia); tarum (Indigofera)")
        self.days = QSpinBox(self)
        self.days.setRange(0, MAX_DAYS)
        self.days.setSpecialValueText("—")  # 0: not known
        self.days.setValue(self.original.days or 0)
        self.finish(
            [
                (translate("StepsEditor", "Step"), self.kind),
                (translate("StepsEditor", "What is done (Indonesian)"), self.description_id),
                (translate("StepsEditor", "What is done (English)"), self.description_en),
                (translate("StepsEditor", "Plants (separate with ;)"), self.plants),
                (translate("StepsEditor", "Days"), self.days),
            ]
        )

    def record(self) -> ProductionStep:
        plants = [p.strip() for p in self.plants.text().split(";") if p.strip()]
        return dataclasses.replace(
            self.original,
            kind=self.kind.currentData(),
            description_id=self.description_id.toPlainText().strip(),
            description_en=self.description_en.toPlainText().strip(),
            plants=plants,
            days=self.days.value() or None,
        )


class StepsEditor(ListEditor):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list.setObjectName("stepList")
        self.ask = asking(StepDialog)

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
