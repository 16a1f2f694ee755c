"""Starting the app: arguments, QApplication, style, language, the library, the main window.

`main(argv)` is what `python -m tenun_catalog.gui [--library DIR] [--lang id|en]` runs. The
library follows the command line's rule (operations.library_choice): the one given, else
$TENUN_CATALOG_LIBRARY, else the last one opened, else the default library folder; the status
bar says which and why. The language is the one given (for this run only), else the remembered
one, else Indonesian.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ..domain.errors import UserError
from ..operations import library_choice
from ..store import default_root
from . import i18n, settings, style
from .fault_dialog import FaultDialog
from .main_window import MainWindow
from .session import Session


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tenun_catalog.gui")
    parser.add_argument("--library", type=Path, metavar="DIR", help="library folder")
    parser.add_argument("--lang", choices=list(i18n.LANGUAGES), help="interface language")
    known, _qt_args = parser.parse_known_args(argv)
    return known


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Tenun Catalog")
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationDisplayName("Tenun Catalog")
    if not app.property("tenun_styled"):
        style.apply(app)
        app.setProperty("tenun_styled", True)
    return app


def open_window(library: Path | None = None, lang: str | None = None) -> MainWindow:
    """Language, session and main window, with a library opened (for main and for tests)."""
    i18n.set_language(lang or settings.language())
    session = Session()
    if library_choice.last_opened() is None and settings.last_library() is not None:
        library_choice.remember_library(settings.last_library())  # remembered by an older app
    choice = library_choice.choose_library(library)
    candidates = [choice]
    if choice.source == "last":  # it may have gone (a USB stick): then the default one
        candidates.append(library_choice.LibraryChoice(default_root(), "default"))
    error: UserError | None = None
    opened = None
    for candidate in candidates:
        try:
            session.open(candidate.root, create=candidate.source != "last")
            opened = candidate
            break
        except UserError as exc:
            error = exc
    window = MainWindow(session)
    if opened is not None:
        session.notify(opened.describe(i18n.language()))
    session.setParent(window)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(session.close)
    if session.lib is None and error is not None:
        session.report(error)
    return window


def settle() -> None:
    """After start-up: move everything made so far (modules, widgets) out of the garbage
    collector's reach. A full collection over them took ~200 ms, a visible stall while
    scrolling; what stays collectable afterwards is small."""
    gc.collect()
    gc.freeze()


def main(argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = application(sys.argv[:1])
    window = open_window(args.library, args.lang)
    faults = FaultDialog(window, lambda: [r for r in [window.session.root] if r is not None])
    faults.install()  # an exception nobody caught: a dialog and the fault log, never a crash
    window.show()
    QTimer.singleShot(1500, settle)  # once the first screen is painted
    return app.exec()
