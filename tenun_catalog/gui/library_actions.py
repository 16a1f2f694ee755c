"""File menu actions on the library: new, open, back up, restore; and the settings dialog.

Owns `LibraryActions`. Backups run in a worker thread (workers.Backup) and report in the status
bar. Restore replaces the library's content, so it asks once; it closes the library (waiting for
imports and thumbnails), restores, and opens the library again.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .. import operations as ops
from ..domain.errors import UserError
from .dialogs import SettingsDialog
from .i18n import translate
from .workers import Backup


class LibraryActions(QObject):
    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.backup_worker: Backup | None = None

    def _folder(self, title: str) -> Path | None:
        start = str(self.session.root.parent) if self.session.root else ""
        chosen = QFileDialog.getExistingDirectory(self.window, title, start)
        return Path(chosen) if chosen else None

    @Slot()
    def new_library(self) -> None:
        folder = self._folder(translate("LibraryActions", "Choose an empty folder for the library"))
        if folder is not None:
            self.open(folder, create=True)

    @Slot()
    def open_library(self) -> None:
        folder = self._folder(translate("LibraryActions", "Choose the library folder"))
        if folder is not None:
            self.open(folder, create=False)

    def open(self, root: Path, create: bool) -> bool:
        try:
            self.session.open(root, create=create)
        except UserError as exc:
            self.session.report(exc)
            return False
        self.session.notify(translate("LibraryActions", "Library opened: {path}").format(path=root))
        return True

    @Slot()
    def backup(self) -> None:
        lib = self.session.lib
        if lib is None or self.backup_worker is not None:
            return
        suggested = lib.backups_dir / f"tenun-catalog-{date.today().isoformat()}.zip"
        target, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("LibraryActions", "Save the backup as"),
            str(suggested),
            translate("LibraryActions", "Backup") + " (*.zip)",
        )
        if target:
            self.start_backup(Path(target))

    def start_backup(self, target: Path) -> None:
        self.backup_worker = Backup(self.session.root, target, self)
        self.backup_worker.succeeded.connect(self._backup_done)
        self.backup_worker.failed.connect(self._backup_failed)
        self.backup_worker.finished.connect(self._backup_thread_done)
        self.session.notify(translate("LibraryActions", "Making the backup…"))
        self.backup_worker.start()

    @Slot(object)
    def _backup_done(self, result) -> None:
        text = translate("LibraryActions", "Backup saved: {path} ({n} photos).")
        self.session.notify(text.format(path=result.path, n=result.photos))

    @Slot(object)
    def _backup_failed(self, exc: object) -> None:
        if isinstance(exc, UserError):
            self.session.report(exc)
        else:
            text = translate("LibraryActions", "The backup could not be made: {error}")
            self.session.notify(text.format(error=exc), "error")

    @Slot()
    def _backup_thread_done(self) -> None:
        if self.backup_worker is not None:
            self.backup_worker.deleteLater()
        self.backup_worker = None

    @Slot()
    def restore(self) -> None:
        if self.session.lib is None:
            return
        archive, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("LibraryActions", "Choose a backup to restore"),
            str(self.session.lib.backups_dir),
            translate("LibraryActions", "Backup") + " (*.zip)",
        )
        if not archive:
            return
        answer = QMessageBox.question(
            self.window,
            translate("LibraryActions", "Restore from backup"),
            translate(
                "LibraryActions",
                "Replace what this library holds now with the backup {name}? Changes made "
                "after that backup will be lost.",
            ).format(name=Path(archive).name),
        )
        if answer == QMessageBox.Yes:
            self.restore_from(Path(archive))

    def restore_from(self, archive: Path) -> bool:
        """Close the library, restore the archive into its folder, open it again."""
        root = self.session.root
        if self.backup_worker is not None:
            self.backup_worker.wait()
        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            self.session.close()
            try:
                ops.restore_backup(archive, root)
            except UserError as exc:
                self.session.report(exc)
                return False
            finally:
                self.session.open(root, create=True)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.session.notify(
            translate("LibraryActions", "Library restored from {name}.").format(name=archive.name)
        )
        return True

    @Slot()
    def settings(self) -> None:
        SettingsDialog(self.window).exec()
