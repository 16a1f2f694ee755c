"""Qt's own dialogs speak Indonesian: file dialogs, message-box buttons, wizard buttons, menus.

PySide6 ships no Indonesian translation of Qt, so `gui/i18n/qtbase_id.ts` is ours. These tests
open the real dialogs the app uses (Qt's own file dialog, as on a Linux desktop without a
native one) and read their texts back; a recording translator also lists every string Qt asks
for while they are shown, so a Qt upgrade that adds one to these dialogs fails here until it is
translated.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QTranslator  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWizard,
    QWizardPage,
)

from tenun_catalog.gui import i18n  # noqa: E402

QT_TS = i18n.FOLDER / "qtbase_id.ts"


def qt_ts_messages() -> dict[tuple[str, str], str]:
    root = ET.parse(QT_TS).getroot()
    return {
        (ctx.findtext("name"), m.findtext("source")): m.findtext("translation") or ""
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }


class Recorder(QTranslator):
    """Notes every (context, source) Qt asks for and translates nothing itself."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        self.asked.add((context, source))
        return None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@pytest.fixture
def indonesian(qapp):
    i18n.set_language("id")
    yield qapp
    i18n.set_language("id")


def _texts(widget) -> set[str]:
    found = {b.text() for b in widget.findChildren(QPushButton)}
    found |= {label.text() for label in widget.findChildren(QLabel)}
    return found


def _file_dialog(qtbot, mode, accept, tmp_path) -> QFileDialog:
    dialog = QFileDialog(None, "Pilih", str(tmp_path), "Gambar (*.jpg)")
    dialog.setOption(QFileDialog.DontUseNativeDialog, True)
    dialog.setFileMode(mode)
    dialog.setAcceptMode(accept)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_file_dialog_is_in_indonesian(qtbot, indonesian, tmp_path) -> None:
    (tmp_path / "foto.jpg").write_bytes(b"x")
    opening = _file_dialog(qtbot, QFileDialog.ExistingFile, QFileDialog.AcceptOpen, tmp_path)
    texts = _texts(opening)
    assert "&Buka" in texts and "Batal" in texts
    assert {"&Lihat di:", "&Nama berkas:", "&Jenis berkas:"} <= texts
    assert not {"&Open", "Cancel", "&Look in:", "File &name:"} & texts
    saving = _file_dialog(qtbot, QFileDialog.AnyFile, QFileDialog.AcceptSave, tmp_path)
    assert "&Simpan" in _texts(saving)
    folder = _file_dialog(qtbot, QFileDialog.Directory, QFileDialog.AcceptOpen, tmp_path)
    assert "&Pilih" in _texts(folder)


def test_message_box_and_wizard_buttons_are_in_indonesian(qtbot, indonesian) -> None:
    box = QMessageBox(QMessageBox.Question, "Hapus?", "Hapus produk ini?")
    box.setStandardButtons(QMessageBox.Yes | QMessageBox.No | QMessageBox.Cancel)
    qtbot.addWidget(box)
    box.show()
    assert {"&Ya", "&Tidak", "Batal"} <= _texts(box)
    buttons = QDialogButtonBox(
        QDialogButtonBox.Ok | QDialogButtonBox.Cancel | QDialogButtonBox.Save
    )
    qtbot.addWidget(buttons)
    assert {"OK", "Batal", "Simpan"} <= {b.text() for b in buttons.buttons()}
    wizard = QWizard()
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    qtbot.addWidget(wizard)
    wizard.show()
    shown = {wizard.button(b).text() for b in (QWizard.NextButton, QWizard.CancelButton)}
    assert shown == {"&Lanjut >", "Batal"}


def test_english_is_qt_own_text(qtbot, indonesian, tmp_path) -> None:
    i18n.set_language("en")
    box = QMessageBox(QMessageBox.Question, "Delete?", "Delete this product?")
    box.setStandardButtons(QMessageBox.Yes | QMessageBox.No)
    qtbot.addWidget(box)
    box.show()
    assert {"&Yes", "&No"} <= _texts(box)
    dialog = _file_dialog(qtbot, QFileDialog.ExistingFile, QFileDialog.AcceptOpen, tmp_path)
    assert "&Open" in _texts(dialog)


def test_every_string_qt_asks_for_in_these_dialogs_is_translated(qtbot, indonesian, tmp_path):
    recorder = Recorder(QApplication.instance())
    QApplication.instance().installTranslator(recorder)
    try:
        for mode, accept in (
            (QFileDialog.ExistingFiles, QFileDialog.AcceptOpen),
            (QFileDialog.AnyFile, QFileDialog.AcceptSave),
            (QFileDialog.Directory, QFileDialog.AcceptOpen),
        ):
            _file_dialog(qtbot, mode, accept, tmp_path)
        box = QMessageBox(QMessageBox.Warning, "x", "y")
        box.setStandardButtons(
            QMessageBox.Ok | QMessageBox.Yes | QMessageBox.No | QMessageBox.Cancel
            | QMessageBox.Save | QMessageBox.Discard | QMessageBox.Close | QMessageBox.Retry
        )  # fmt: skip
        box.setDetailedText("rincian")
        qtbot.addWidget(box)
        box.show()
        wizard = QWizard()
        wizard.addPage(QWizardPage())
        wizard.addPage(QWizardPage())
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.next()
        field = QLineEdit()
        qtbot.addWidget(field)
        field.createStandardContextMenu().deleteLater()
    finally:
        QApplication.instance().removeTranslator(recorder)
    translated = qt_ts_messages()
    contexts = {context for context, _ in translated}
    asked = {key for key in recorder.asked if key[0] in contexts}
    assert len(asked) > 30
    missing = sorted(asked - set(translated))
    assert not missing, f"add these to {QT_TS.name}: {missing}"
    assert all(translated[key] for key in asked)
