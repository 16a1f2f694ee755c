"""The Motif page's "Narratives" field: the attributed tellings of a motif.

Owns `NarrativesEditor` (a `ListEditor`: saved as one list, one undo step per change) and
`NarrativeDialog` (who told it, for which community, who may read it, the text in Indonesian and
English).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from ...domain import vocab
from ...domain.entities import Narrative
from ..i18n import language, translate
from .list_editor import ListEditor, RecordDialog, asking, vocabulary_choice

PREVIEW_CHARS = 90


class NarrativeDialog(RecordDialog):
    def __init__(self, narrative: Narrative | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("narrativeDialog")
        self.setWindowTitle(translate("NarrativesEditor", "Motif narrative"))
        self.resize(560, 480)
        self.original = narrative or Narrative(0, "")
        self.teller = QLineEdit(self.original.teller, self)
        self.community = QLineEdit(self.original.community, self)
        self.audience = vocabulary_choice(self, vocab.AUDIENCES, self.original.audience)
        self.text_id = QPlainTextEdit(self.original.text_id, self)
        self.text_en = QPlainTextEdit(self.original.text_en, self)
        self.finish(
            [
                (translate("NarrativesEditor", "Told by"), self.teller),
                (translate("NarrativesEditor", "Community"), self.community),
                (translate("NarrativesEditor", "Who may read it"), self.audience),
                (translate("NarrativesEditor", "Text (Indonesian)"), self.text_id),
                (translate("NarrativesEditor", "Text (English)"), self.text_en),
            ]
        )

    def record(self) -> Narrative:
        return dataclasses.replace(
            self.original,
            teller=self.teller.text().strip(),
            community=self.community.text().strip(),
            audience=self.audience.currentData(),
            text_id=self.text_id.toPlainText().strip(),
            text_en=self.text_en.toPlainText().strip(),
        )


class NarrativesEditor(ListEditor):
    """The motif's narratives: who told it and for whom, and the start of the text."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list.setObjectName("narrativeList")
        self.ask = asking(NarrativeDialog)

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
