"""The app's last line of defence: an exception nobody caught becomes a dialog, never a crash.

Owns `FaultDialog`, installed as `sys.excepthook` and `threading.excepthook` by `app.main`.
PySide6 hands an exception raised in a slot or a virtual method (paintEvent...) to
`sys.excepthook` and carries on; without this hook the traceback went to a terminal the person
does not have and the action silently stopped. The words come from `operations.faults`
(UserError as is, a full disk, a file error, else "unexpected error" with the traceback in the
fault log and its path), in the interface language of the moment.

Rules: the dialog is shown in the GUI thread (a hook called in a worker thread queues it
through a signal); at most one fault dialog is open at a time, and faults raised while it is
open are only logged (an exception repeated on every paint must not pile up dialogs); the
dialog is opened non-blocking (`open`, not `exec`), so no event loop runs inside the hook.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..operations import faults
from . import i18n

Places = Callable[[], list[Path]]


class FaultDialog(QObject):
    """Shows uncaught exceptions in a dialog in the interface language, and logs them."""

    _show = Signal(str)

    def __init__(self, window: QWidget | None = None, places: Places | None = None):
        super().__init__()
        self.window = window
        self.places = places
        self.box: QMessageBox | None = None
        self.shown = 0  # dialogs opened so far (tests and diagnostics)
        self._show.connect(self._present, Qt.QueuedConnection)
        self._previous: tuple[object, object] | None = None

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.hook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None

    def hook(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl-C in the terminal that started the app
            QApplication.quit()
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        try:
            places = self.places() if self.places is not None else []
        except Exception:  # noqa: BLE001 - the places only improve the wording
            places = []
        message = faults.describe(exc, places).message(i18n.language())
        self._show.emit(message)  # queued: shown by the GUI thread, whichever thread failed

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.hook(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str)
    def _present(self, text: str) -> None:
        if self.box is not None:  # one at a time; this fault is in the log already if unexpected
            return
        title = "Terjadi masalah" if i18n.language() == "id" else "Something went wrong"
        box = QMessageBox(QMessageBox.Critical, title, text, QMessageBox.Ok, self.window)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.setTextInteractionFlags(Qt.TextSelectableByMouse)  # the log path can be copied
        box.finished.connect(self._closed)
        self.box = box
        self.shown += 1
        box.open()

    @Slot()
    def _closed(self) -> None:
        self.box = None
