"""The "Pindaian / Scan" field of a permit (and of a motif's permission letter): choose a PDF,
JPEG or PNG, open it, remove it.

Owns `ScanEditor`. Its value is the stored name of the scan in the library's photos/ folder
(`<sha256>.pdf|jpg|png`, "" for none). Choosing a file hands it to `store` (set by the page:
it keeps the file in the library and returns its stored name, or None after showing why it was
refused); the new name is then committed like any field, so the save goes through
operations.edit_permit and Ctrl+Z brings the previous scan back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget

from ... import operations as ops
from ...domain.errors import UserError
from ..i18n import translate
from .editors import FieldEditor


class ScanEditor(FieldEditor):
    def __init__(self, parent: QWidget | None = None, letter: bool = False):
        super().__init__(None, parent)
        self.letter = letter  # a motif's permission letter, not a permit
        self.store: Callable[[Path], str | None] = lambda _path: None
        self.locate: Callable[[str], Path | None] = lambda _name: None
        self._value = ""
        self.label = QLabel(self)
        self.label.setObjectName("muted")
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self._choose)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self._open)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self._remove)
        self.layout_.addWidget(self.label, 1)
        for button in (self.choose_button, self.open_button, self.remove_button):
            self.layout_.addWidget(button)
        self.retranslate()

    def value(self) -> object:
        return self._value

    def show_value(self, value: object) -> None:
        self._value = str(value or "")
        self.retranslate()

    def focus_widget(self) -> QWidget:
        return self.choose_button

    def choose_file(self, path: Path) -> bool:
        """Keep `path` as the permit's scan (what the file dialog does); False when refused."""
        name = self.store(Path(path))
        if name is None:
            return False
        self._value = name
        self.retranslate()
        self.maybe_commit()
        return True

    @Slot()
    def _choose(self) -> None:
        title = (
            translate("ScanEditor", "Choose the scan of the permission letter")
            if self.letter
            else translate("ScanEditor", "Choose the permit scan")
        )
        path, _filter = QFileDialog.getOpenFileName(
            self,
            title,
            "",
            translate("ScanEditor", "PDF or photo (*.pdf *.jpg *.jpeg *.png)"),
        )
        if path:
            self.choose_file(Path(path))

    @Slot()
    def _open(self) -> None:
        path = self.locate(self._value) if self._value else None
        if path is not None and path.is_file():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    @Slot()
    def _remove(self) -> None:
        self._value = ""
        self.retranslate()
        self.maybe_commit()

    def retranslate(self) -> None:
        if self._value:
            # The stored name is a hash, which tells a person nothing: show the kind and size.
            kind = "PDF" if self._value.endswith(".pdf") else self._value.rsplit(".", 1)[-1].upper()
            path = self.locate(self._value)
            if path is not None and path.is_file():
                size = QLocale().formattedDataSize(path.stat().st_size, 0)
                self.label.setText(f"{kind} · {size}")
                self.label.setToolTip(str(path))
            else:
                self.label.setText(f"{kind} · " + translate("ScanEditor", "file missing"))
                self.label.setToolTip(self._value)
        else:
            self.label.setText(translate("ScanEditor", "No scan yet"))
            self.label.setToolTip("")
        self.choose_button.setText(translate("ScanEditor", "Choose file…"))
        self.open_button.setText(translate("ScanEditor", "Open"))
        self.remove_button.setText(translate("ScanEditor", "Remove"))
        self.open_button.setEnabled(bool(self._value))
        self.remove_button.setEnabled(bool(self._value))


def keep_in_library(editor: ScanEditor, session, form, field: str) -> None:
    """Let `editor` keep chosen files in the session's library (a refusal is shown under
    `field` in `form`) and find them again by their stored names."""

    def store(path: Path) -> str | None:
        try:
            return ops.store_permit_scan(session.require(), path, field)
        except UserError as exc:
            form.show_error(field, session.report(exc))
            return None

    def locate(name: str) -> Path | None:
        try:
            return session.require().stored_file(name)
        except UserError:
            return None

    editor.store, editor.locate = store, locate
