"""Exporting a catalog from the app: where to write, progress that can be cancelled, the result.

Owns `Exporter`. `ask(kind, catalog)` asks where to write the PDF (for print, or the lighter one
for sharing), the price list or the web catalog folder (remembering the last folder), then
`start(kind, catalog, out)` runs a render_jobs.RenderJob with a QProgressDialog whose Cancel
button sets the job's cancel flag (a cancelled export writes nothing). When it is done a message
that does not block the window says what was written, what was withheld, and offers to open the
file or its folder; an error is written in plain words in the interface language.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ..domain.entities import Catalog
from ..operations import faults
from . import settings
from .i18n import language, translate
from .render_jobs import SHORT_KINDS, RenderJob, resolve_kind
from .session import Session

WEB_MARKER = ".tenun-catalog-web"  # export.html.MARKER: a previous web export, safe to replace


def file_slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "katalog"


def default_folder() -> Path:
    remembered = settings.text("export/folder")
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def web_target(folder: Path, catalog: Catalog) -> Path:
    """The chosen folder when it is empty or a previous web export, else a new folder in it."""
    if folder.is_dir() and ((folder / WEB_MARKER).is_file() or not any(folder.iterdir())):
        return folder
    return folder / f"{file_slug(catalog.name)}-web"


class Exporter(QObject):
    finished = Signal(str, object)  # kind, RenderResult or None (failed or cancelled)
    # (emitted when the thread has ended, so a new export can start at once)

    def __init__(self, session: Session, parent: QWidget):
        super().__init__(parent)
        self.session = session
        self.widget = parent
        self.job: RenderJob | None = None
        self.dialog: QProgressDialog | None = None
        self.message_box: QMessageBox | None = None
        self.last_result = None
        self.last_error = ""
        self.kind = ""
        self.opened_file: Path | None = None
        self.opened_folder: Path | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None

    # ---- where to write ---------------------------------------------------------------------

    def ask(self, kind: str, catalog: Catalog) -> Path | None:
        folder = default_folder()
        slug = file_slug(catalog.name)
        if kind not in SHORT_KINDS:
            return self._ask_registered(kind, catalog, folder, slug)
        if kind == "html":
            chosen = QFileDialog.getExistingDirectory(
                self.widget,
                translate("Exporter", "Choose the folder for the web catalog"),
                str(folder),
            )
            if not chosen:
                return None
            settings.set_value("export/folder", chosen)
            return web_target(Path(chosen), catalog)
        suffix = {"price-list": "-daftar-harga", "pdf-screen": "-ringan"}.get(kind, "")
        name = f"{slug}{suffix}.pdf"
        chosen, _ = QFileDialog.getSaveFileName(
            self.widget,
            translate("Exporter", "Save the PDF as"),
            str(folder / name),
            "PDF (*.pdf)",
        )
        if not chosen:
            return None
        out = Path(chosen)
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        settings.set_value("export/folder", str(out.parent))
        return out

    def _ask_registered(self, kind: str, catalog: Catalog, folder: Path, slug: str):
        """Where to write an output that has no button of its own (from the registry)."""
        spec, preset = resolve_kind(kind)
        if spec.writes == "folder":
            chosen = QFileDialog.getExistingDirectory(
                self.widget, spec.label(language()), str(folder)
            )
            if not chosen:
                return None
            settings.set_value("export/folder", chosen)
            return Path(chosen) / f"{slug}-{spec.key}"
        name = f"{slug}-{spec.key}{'-' + preset.key if preset.key else ''}{spec.suffix}"
        chosen, _ = QFileDialog.getSaveFileName(
            self.widget, spec.label(language()), str(folder / name), f"*{spec.suffix}"
        )
        if not chosen:
            return None
        out = Path(chosen)
        if spec.suffix and out.suffix.lower() != spec.suffix:
            out = out.with_name(out.name + spec.suffix)
        settings.set_value("export/folder", str(out.parent))
        return out

    # ---- running ----------------------------------------------------------------------------

    def start(
        self,
        kind: str,
        catalog: Catalog | None,
        out: Path,
        *,
        selection=None,
        options: dict | None = None,
    ) -> RenderJob | None:
        """Run output `kind` for the catalog (or `selection`) into `out`, with a progress
        dialog; the result or the failure is shown when it ends."""
        if self.job is not None or self.session.root is None:
            return None
        self.kind = kind
        self.last_result, self.last_error = None, ""
        self.job = RenderJob(
            self.session.root, kind, out, catalog, selection=selection, options=options,
            parent=self,
        )  # fmt: skip
        self.job.progress.connect(self._on_progress)
        self.job.succeeded.connect(self._on_succeeded)
        self.job.failed.connect(self._on_failed)
        self.job.aborted.connect(self._on_aborted)
        self.job.finished.connect(self._on_thread_done)
        self.dialog = QProgressDialog(self.widget)
        self.dialog.setWindowTitle(self._title(kind))
        self.dialog.setLabelText(translate("Exporter", "Preparing the photos and pages…"))
        self.dialog.setCancelButtonText(translate("Exporter", "Cancel"))
        self.dialog.setRange(0, 0)
        self.dialog.setMinimumDuration(0)
        self.dialog.setMinimumWidth(420)
        self.dialog.setWindowModality(Qt.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)  # the Cancel button, or closing the dialog
        self.dialog.rejected.connect(self.cancel)  # Esc
        self.dialog.show()
        self.job.start()
        return self.job

    def _title(self, kind: str) -> str:
        titles = {
            "pdf": translate("Exporter", "Exporting the PDF catalog"),
            "pdf-screen": translate("Exporter", "Exporting the PDF for sharing"),
            "price-list": translate("Exporter", "Exporting the price list"),
            "html": translate("Exporter", "Exporting the web catalog"),
        }
        if kind in titles:
            return titles[kind]
        spec, _ = resolve_kind(kind)
        return spec.label(language())

    @Slot()
    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            if self.dialog is not None:
                self.dialog.setLabelText(translate("Exporter", "Stopping…"))

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        dialog = self.dialog
        if dialog is None or self.job is None or self.job.is_cancelled():
            return
        dialog.setLabelText(
            translate("Exporter", "Making the pages… {percent}%").format(
                percent=100 * done // max(1, total)
            )
        )
        dialog.setRange(0, max(1, total))
        dialog.setValue(min(done, total))  # (a modal dialog processes events here)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.rejected.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    @Slot(object)
    def _on_succeeded(self, result) -> None:
        self._close_dialog()
        self.last_result = result
        self._show_result(result)

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self._close_dialog()
        # One message for any failure (a full disk says so; a bug is logged, never shown raw).
        out = self.job.out if self.job is not None else None
        text = faults.describe(exc, [self.session.root, out]).message(language())
        self.last_error = text
        self.session.notify(text, "error")
        box = self._box(QMessageBox.Warning, translate("Exporter", "The export did not finish"))
        box.setText(translate("Exporter", "Nothing was written."))
        box.setInformativeText(text)
        box.addButton(translate("Exporter", "Close"), QMessageBox.RejectRole)
        box.show()

    @Slot()
    def _on_aborted(self) -> None:
        self._close_dialog()
        self.session.notify(translate("Exporter", "Export cancelled; nothing was written."))

    @Slot()
    def _on_thread_done(self) -> None:
        self._close_dialog()
        if self.job is not None:
            self.job.deleteLater()
        self.job = None
        self.finished.emit(self.kind, self.last_result)  # now `busy` is False

    def wait(self) -> None:
        """Stop a running export (before the library closes)."""
        if self.job is not None:
            self.job.cancel()
            self.job.wait()

    # ---- the result -------------------------------------------------------------------------

    def _box(self, icon, title: str) -> QMessageBox:
        if self.message_box is not None:
            self.message_box.close()
            self.message_box.deleteLater()
        box = QMessageBox(self.widget)
        box.setIcon(icon)
        box.setWindowTitle(title)
        box.setWindowModality(Qt.NonModal)
        box.setTextFormat(Qt.PlainText)
        self.message_box = box
        return box

    def summary(self, result) -> str:
        spec, _ = resolve_kind(self.kind)
        lang = language()
        notes = [en if lang == "en" else id_ for id_, en in result.notes]
        if spec.per == "producers":
            first = translate("Exporter", "{n} producers, {files} files.").format(
                n=result.products, files=result.pages
            )
            return "\n".join([first, *notes[:12]] + (["…"] if len(notes) > 12 else []))
        if self.kind == "html":
            first = translate("Exporter", "Web catalog with {n} product pages.").format(
                n=result.products
            )
        else:
            unit = spec.unit_en if lang == "en" else spec.unit_id
            first = translate("Exporter", "{count} {unit}, {n} products.").format(
                count=result.pages, unit=unit, n=result.products
            )
        lines = [first]
        if result.withheld:
            lines.append(
                translate("Exporter", "Left out by the cultural protocol: {names}.").format(
                    names=", ".join(result.withheld)
                )
            )
        lines += notes[:12]
        if result.missing_translations:
            lines.append(
                translate(
                    "Exporter", "{n} texts had no translation; the other language was used."
                ).format(n=len(result.missing_translations))
            )
        return "\n".join(lines)

    def _show_result(self, result) -> None:
        path = Path(result.path)
        target = path.parent if self.kind == "html" else path
        title = translate("Exporter", "Export finished")
        box = self._box(QMessageBox.Information, title)
        box.setText(translate("Exporter", "Saved to {path}").format(path=target))
        box.setInformativeText(self.summary(result))
        open_file = box.addButton(
            translate("Exporter", "Open in the browser")
            if self.kind == "html"
            else translate("Exporter", "Open the file"),
            QMessageBox.AcceptRole,
        )
        open_folder = box.addButton(
            translate("Exporter", "Open the folder"), QMessageBox.ActionRole
        )
        box.addButton(translate("Exporter", "Close"), QMessageBox.RejectRole)
        self.opened_file = path
        self.opened_folder = target if self.kind == "html" else path.parent
        open_file.clicked.connect(self.open_result)
        open_folder.clicked.connect(self.open_folder)
        self.session.notify(translate("Exporter", "Saved to {path}").format(path=target))
        box.show()  # not modal: the window stays usable while the message is open

    @Slot()
    def open_result(self) -> None:
        open_path(self.opened_file)

    @Slot()
    def open_folder(self) -> None:
        open_path(self.opened_folder)


def open_path(path: Path) -> bool:
    """Open a file or folder with the program the computer uses for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
