"""File menu actions on the library: new, open, back up, restore, remove unused photo files;
and the settings dialog.

Owns `LibraryActions`. Backups run in a worker thread (workers.Backup) and report in the status
bar. Restore replaces the library's content, so it asks once; it closes the library (waiting for
imports and thumbnails), restores, and opens the library again. Removing unused photo files
(operations.gc) spares every file the undo history can still bring back (`undo_needs`).
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .. import operations as ops
from ..domain.entities import Permit, Photo
from ..domain.errors import UserError
from ..operations import gc
from .dialogs import SettingsDialog
from .i18n import translate
from .workers import Backup

# How far `undo_needs` looks into the undo history (a bound on time for a long history).
UNDO_SCAN_DEPTH = 6
UNDO_SCAN_OBJECTS = 200_000


def undo_needs(stack) -> set[str]:
    """Names of the stored files the commands of `stack` (a QUndoStack) hold: removed photos
    and permit scans that an undo or redo would bring back."""
    names: set[str] = set()
    seen: set[int] = set()

    def walk(value: object, depth: int) -> None:
        if depth > UNDO_SCAN_DEPTH or id(value) in seen or len(seen) > UNDO_SCAN_OBJECTS:
            return
        seen.add(id(value))
        if isinstance(value, Photo):
            names.add(value.filename)
        elif isinstance(value, Permit):
            if value.scan_filename:
                names.add(value.scan_filename)
        elif isinstance(value, (list, tuple, set, frozenset)):
            for item in value:
                walk(item, depth + 1)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item, depth + 1)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name, None), depth + 1)

    for index in range(stack.count()):
        command = stack.command(index)
        state = {k: v for k, v in vars(command).items() if k != "session"}
        walk(state, 0)
    return names


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
    def remove_unused_photos(self) -> None:
        """Ask, then remove the photo files nothing uses (older than an hour, not in undo)."""
        lib = self.session.lib
        if lib is None:
            return
        keep = undo_needs(self.window.undo)
        unused = [f for f in gc.unused_files(lib) if f.name not in keep]
        if not unused:
            self.session.notify(translate("LibraryActions", "No unused photo files."))
            return
        size = gc.size_text(sum(f.size for f in unused))
        answer = QMessageBox.question(
            self.window,
            translate("LibraryActions", "Remove unused photo files"),
            translate(
                "LibraryActions",
                "{n} photo files in the library are used by no product, producer, motif or "
                "permit ({size}). Remove them? Files of the last hour and photos that Undo can "
                "bring back are kept.",
            ).format(n=len(unused), size=size),
        )
        if answer == QMessageBox.Yes:
            self.collect_unused(keep)

    def collect_unused(self, keep: set[str] | None = None) -> gc.GcResult | None:
        lib = self.session.lib
        if lib is None:
            return None
        keep = undo_needs(self.window.undo) if keep is None else keep
        try:
            result = gc.collect(lib, keep)
        except UserError as exc:
            self.session.report(exc)
            return None
        text = translate("LibraryActions", "{n} unused photo files removed ({size}).")
        self.session.notify(
            text.format(n=len(result.removed), size=gc.size_text(result.removed_bytes))
        )
        return result

    @Slot()
    def settings(self) -> None:
        SettingsDialog(self.window).exec()
