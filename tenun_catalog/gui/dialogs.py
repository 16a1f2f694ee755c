"""The settings dialog: interface language (applied at once, remembered)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QPushButton, QVBoxLayout

from . import i18n, settings
from .i18n import translate

LANGUAGE_NAMES = [("id", "Bahasa Indonesia"), ("en", "English")]


class SettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        form = QFormLayout()
        form.setSpacing(10)
        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES:  # each language named in itself
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.language())))
        self.language.activated.connect(self._language_chosen)
        form.addRow(self.language_label, self.language)
        layout.addLayout(form)
        self.hint = QLabel(self)
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("primary")
        self.close_button.clicked.connect(self.accept)
        layout.addWidget(self.close_button)
        self.retranslate()

    @Slot(int)
    def _language_chosen(self, _index: int) -> None:
        lang = self.language.currentData()
        settings.set_language(lang)
        i18n.set_language(lang)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.language_label.setText(translate("SettingsDialog", "Interface language"))
        self.hint.setText(
            translate(
                "SettingsDialog",
                "The change applies at once. Catalogs keep their own language, chosen per catalog.",
            )
        )
        self.close_button.setText(translate("SettingsDialog", "Close"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
