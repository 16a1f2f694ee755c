"""The spreadsheet import wizard and the spreadsheet export, from the File menu.

Owns `ImportWizard`: pick a .csv/.xlsx/.xls/.ods file -> map each column to a product field
(header, three sample values, a field chooser pre-filled from the header, the mapping remembered
for this header set, unknown columns on "Ignore") -> preview of what would change, computed in the
background (operations.import_spreadsheet with dry_run: rows to add, updates with before and
after, photos, new producers, bad rows by row and column) -> the import in the background with
progress and cancel (all-or-nothing, or only the valid rows) -> the result. Photo paths outside
the sheet's folder are listed in a question; only a yes reads them. Owns `export_sheet`: a save
dialog, then operations.export_spreadsheet in the background. Work goes through runner.LibraryOp.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from .. import operations as ops
from ..domain.errors import UserError
from ..export.cancel import Cancelled
from ..spreadsheet import mapping as sheet_mapping
from ..spreadsheet.columns import BY_KEY, COLUMNS
from ..spreadsheet.plan import OutsidePaths
from .i18n import language, translate
from .runner import LibraryOp
from .session import Session

SHEET_FILTER = "*.xlsx *.xls *.ods *.csv *.txt *.tsv"
PREVIEW_LINES = 400  # lines of the preview shown (the counts above it are always complete)


def _label(key: str) -> str:
    """A field's label in the interface language (producer, motifs, photos included)."""
    column = BY_KEY.get(key)
    if column is None:
        return key
    return column.label_en if language() == "en" else column.label_id


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wiz = wizard
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setObjectName("sheetPath")
        self.path.textChanged.connect(self.completeChanged)
        self.read_path: Path | None = None  # the file `wizard.columns` was read from
        self.op: LibraryOp | None = None
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setObjectName("error")
        layout.addWidget(self.problem)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(translate("ImportWizard", "Choose the spreadsheet"))
        self.intro.setText(
            translate(
                "ImportWizard",
                "One row per product: Excel (.xlsx, .xls), LibreOffice (.ods) or CSV. Photo "
                "files are named relative to the sheet's folder.",
            )
        )
        self.browse.setText(translate("ImportWizard", "Choose…"))

    @Slot()
    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            translate("ImportWizard", "Choose the spreadsheet"),
            "",
            translate("ImportWizard", "Spreadsheets") + f" ({SHEET_FILTER})",
        )
        if chosen:
            self.path.setText(chosen)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        """The sheet is read in the background (a big one takes seconds); Next goes on when
        it has been read, or the page names what is wrong with the file."""
        path = Path(self.path.text().strip())
        if self.read_path == path and self.wiz.columns is not None:
            return True
        if self.op is None:
            self.problem.setText(translate("ImportWizard", "Reading the sheet…"))

            def work(lib, progress, cancelled):
                return ops.sheet_columns(lib, path)

            self.op = LibraryOp(self.wiz.session.root, work, name="import-columns", parent=self)
            self.op.on_success(lambda columns: self._read(path, columns))
            self.op.on_failure(self._failed)
            self.op.finished.connect(self._op_done)
            self.op.start()
        return False

    def _read(self, path: Path, columns: ops.SheetColumns) -> None:
        self.wiz.columns, self.read_path = columns, path
        self.problem.clear()
        if self.wiz.currentPage() is self:
            self.wiz.next()

    @Slot(object)
    def _failed(self, exc: UserError) -> None:
        self.wiz.columns = None
        self.problem.setText(exc.message(language()))

    @Slot()
    def _op_done(self) -> None:
        if self.op is not None:
            self.op.deleteLater()
        self.op = None


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wiz = wizard
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("mappingTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setObjectName("error")
        layout.addWidget(self.problem)
        self.combos: list[QComboBox] = []

    def retranslate(self) -> None:
        self.setTitle(translate("ImportWizard", "Match the columns"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("ImportWizard", "Column in the sheet"),
                translate("ImportWizard", "Examples"),
                translate("ImportWizard", "Product field"),
            ]
        )
        self._intro()

    def _intro(self) -> None:
        columns = self.wiz.columns
        text = translate(
            "ImportWizard",
            "Choose which product field each column fills. Columns set to Ignore are not read.",
        )
        if columns is not None and columns.remembered:
            text += " " + translate(
                "ImportWizard", "The choices made last time for these columns are filled in."
            )
        self.intro.setText(text)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        columns = self.wiz.columns
        assert columns is not None
        self._intro()
        self.problem.clear()
        self.table.setRowCount(len(columns.headers))
        self.combos = []
        en = language() == "en"
        for row, (header, samples, key) in enumerate(
            zip(columns.headers, columns.samples, columns.keys, strict=True)
        ):
            self.table.setItem(row, 0, QTableWidgetItem(header or f"({row + 1})"))
            item = QTableWidgetItem(" · ".join(samples))
            item.setToolTip("\n".join(samples))
            self.table.setItem(row, 1, item)
            combo = QComboBox(self.table)
            combo.addItem(translate("ImportWizard", "Ignore"), sheet_mapping.IGNORE)
            for column in COLUMNS:
                combo.addItem(
                    f"{column.label_en if en else column.label_id} ({column.key})", column.key
                )
            combo.setCurrentIndex(max(0, combo.findData(key)))
            self.table.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(2)

    def keys(self) -> list[str]:
        return [c.currentData() for c in self.combos]

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        headers = self.wiz.columns.headers
        try:
            sheet_mapping.resolve(headers, self.wiz.mapping(), strict=False)
        except UserError as exc:
            self.problem.setText(exc.message(language()))
            return False
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wiz = wizard
        self.report: ops.SheetImportReport | None = None
        self.op: LibraryOp | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("previewText")
        self.text.setReadOnly(True)
        layout.addWidget(self.text, 1)
        self.valid_only = QCheckBox(self)
        self.valid_only.setObjectName("validOnly")
        self.valid_only.toggled.connect(self.completeChanged)
        layout.addWidget(self.valid_only)

    def retranslate(self) -> None:
        self.setTitle(translate("ImportWizard", "Check what will change"))
        self.valid_only.setText(
            translate("ImportWizard", "Import only the valid rows (skip the rows with errors)")
        )

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.report = None
        self.valid_only.setChecked(False)
        self.valid_only.hide()
        self.text.clear()
        self.summary.setText(translate("ImportWizard", "Reading the sheet and checking every row…"))
        self._run()

    def _run(self) -> None:
        mapping, outside, path = self.wiz.mapping(), self.wiz.allow_outside, self.wiz.path()

        def work(lib, progress, cancelled):
            return ops.import_spreadsheet(
                lib,
                path,
                dry_run=True,
                skip_invalid=True,
                mapping=mapping,
                allow_outside_paths=outside,
            )

        self.op = LibraryOp(self.wiz.session.root, work, name="import-preview", parent=self)
        self.op.on_success(self._shown).on_failure(self._failed).start()

    @Slot(object)
    def _shown(self, report: ops.SheetImportReport) -> None:
        self.report = report
        lang = language()
        bad = report.skipped_rows
        self.summary.setText(
            translate(
                "ImportWizard",
                "{new} products to add, {updated} to update, {unchanged} unchanged, {photos} "
                "photos to attach, {producers} new producers, {bad} rows with errors.",
            ).format(
                new=len(report.created),
                updated=len(report.updated),
                unchanged=len(report.unchanged),
                photos=report.photos_added,
                producers=len(report.new_producers),
                bad=len(bad),
            )
        )
        lines = [e.message(lang) for e in report.errors]
        if report.errors:
            lines.append("")
        lines += [translate("ImportWizard", "Add: {sku}").format(sku=sku) for sku in report.created]
        for sku, changed in report.updated.items():
            lines.append(translate("ImportWizard", "Update: {sku}").format(sku=sku))
            detail = report.changes.get(sku, [])
            lines += [
                f"    {_label(path)}: {old or '∅'} → {new or '∅'}" for path, old, new in detail
            ]
            named = {path for path, _, _ in detail}
            lines += [f"    {_label(name)}" for name in changed if name not in named]
        for sku, files in report.photo_files.items():
            lines.append(
                translate("ImportWizard", "Photos for {sku}: {files}").format(
                    sku=sku, files=", ".join(files)
                )
            )
        lines += [
            translate("ImportWizard", "New producer: {name}").format(name=n)
            for n in report.new_producers
        ]
        lines += [
            translate("ImportWizard", "Column ignored: {name}").format(name=h)
            for h in report.ignored_columns
        ]
        if len(lines) > PREVIEW_LINES:
            more = len(lines) - PREVIEW_LINES
            lines = [
                *lines[:PREVIEW_LINES],
                translate("ImportWizard", "…and {n} more lines.").format(n=more),
            ]
        self.text.setPlainText("\n".join(lines))
        self.valid_only.setVisible(bool(bad))
        self.completeChanged.emit()

    @Slot(object)
    def _failed(self, exc: UserError) -> None:
        if isinstance(exc, OutsidePaths) and not self.wiz.allow_outside:
            answer = QMessageBox.question(
                self,
                translate("ImportWizard", "Photos outside the sheet's folder"),
                translate(
                    "ImportWizard",
                    "The sheet names photo files outside its own folder. Read them anyway? Only "
                    "say yes for a sheet you trust.",
                )
                + "\n\n"
                + exc.message(language()),
            )
            if answer == QMessageBox.Yes:
                self.wiz.allow_outside = True
                self._run()
                return
        self.summary.setText(exc.message(language()))

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        report = self.report
        if report is None:
            return False
        if report.skipped_rows and not self.valid_only.isChecked():
            return False
        return bool(report.created or report.updated)

    def cleanupPage(self) -> None:  # noqa: N802 - Qt API
        if self.op is not None and self.op.isRunning():
            self.op.cancel()
            self.op.wait()


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wiz = wizard
        self.op: LibraryOp | None = None
        self.done = False
        self.report: ops.SheetImportReport | None = None
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.bar = QProgressBar(self)
        layout.addWidget(self.bar)
        self.cancel = QPushButton(self)
        self.cancel.setObjectName("cancelImport")
        self.cancel.clicked.connect(self._cancel)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel)
        layout.addLayout(row)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        layout.addWidget(self.text, 1)
        self.setFinalPage(True)

    def retranslate(self) -> None:
        self.setTitle(translate("ImportWizard", "Import"))
        self.cancel.setText(translate("ImportWizard", "Cancel the import"))

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.done = False
        self.report = None
        self.text.clear()
        self.bar.setRange(0, 0)
        self.cancel.setEnabled(True)
        self.cancel.show()
        self.status.setText(
            translate(
                "ImportWizard", "Importing… The library changes only when every step succeeds."
            )
        )
        mapping, outside, path = self.wiz.mapping(), self.wiz.allow_outside, self.wiz.path()
        skip = self.wiz.preview.valid_only.isChecked()

        def work(lib, progress, cancelled):
            try:
                return ops.import_spreadsheet(
                    lib,
                    path,
                    skip_invalid=skip,
                    mapping=mapping,
                    allow_outside_paths=outside,
                    progress=progress,
                    cancelled=cancelled,
                )
            except ops.ImportCancelled:
                raise Cancelled from None

        self.op = LibraryOp(self.wiz.session.root, work, name="import-sheet", parent=self)
        self.op.on_progress(self._progress).on_success(self._imported).on_failure(self._failed)
        self.op.aborted.connect(self._aborted)
        self.op.start()

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    @Slot()
    def _cancel(self) -> None:
        if self.op is not None:
            self.op.cancel()
            self.cancel.setEnabled(False)
            self.status.setText(translate("ImportWizard", "Cancelling…"))

    def _finish(self, text: str) -> None:
        self.done = True
        self.cancel.hide()
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.status.setText(text)
        self.completeChanged.emit()

    @Slot(object)
    def _imported(self, report: ops.SheetImportReport) -> None:
        self.report = report
        session = self.wiz.session
        session.changed.emit("producer", 0)
        session.changed.emit("product", 0)  # not a row of the list: the list reloads
        if report.applied:
            text = translate(
                "ImportWizard",
                "Imported: {new} products added, {updated} updated, {photos} photos.",
            )
        else:
            text = translate(
                "ImportWizard",
                "Nothing was imported: fix the rows below, or import only the valid rows.",
            )
        text = text.format(
            new=len(report.created), updated=len(report.updated), photos=report.photos_added
        )
        self.text.setPlainText("\n".join(report.lines(language())))
        session.notify(text, "info" if report.applied else "error")
        self._finish(text)

    @Slot(object)
    def _failed(self, exc: UserError) -> None:
        self._finish(exc.message(language()))

    @Slot()
    def _aborted(self) -> None:
        self._finish(translate("ImportWizard", "Import cancelled. The library was not changed."))

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.done


class ImportWizard(QWizard):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.columns: ops.SheetColumns | None = None
        self.allow_outside = False
        self.setObjectName("importWizard")
        self.setWizardStyle(QWizard.ClassicStyle)
        self.setOption(QWizard.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview = PreviewPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.mapping_page, self.preview, self.import_page):
            self.addPage(page)
        self.resize(860, 600)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("ImportWizard", "Import a spreadsheet"))
        for page in (self.file_page, self.mapping_page, self.preview, self.import_page):
            page.retranslate()
        self.setButtonText(QWizard.NextButton, translate("ImportWizard", "Next >"))
        self.setButtonText(QWizard.BackButton, translate("ImportWizard", "< Back"))
        self.setButtonText(QWizard.CancelButton, translate("ImportWizard", "Cancel"))
        self.setButtonText(QWizard.FinishButton, translate("ImportWizard", "Close"))
        self.preview.setButtonText(QWizard.NextButton, translate("ImportWizard", "Import"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def path(self) -> Path:
        return Path(self.file_page.path.text())

    def mapping(self) -> dict[str, str]:
        assert self.columns is not None
        return dict(zip(self.columns.headers, self.mapping_page.keys(), strict=True))

    def reject(self) -> None:
        for op in (self.file_page.op, self.preview.op, self.import_page.op):
            if op is not None and op.isRunning():
                op.cancel()
                op.wait()
        super().reject()


def export_sheet(session: Session, parent: QWidget, target: Path | None = None) -> LibraryOp | None:
    """Ask where (unless `target`), then write every product and its photos in the background."""
    if session.root is None:
        return None
    if target is None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            translate("ImportWizard", "Export the products to a spreadsheet"),
            str(Path.home() / "produk.xlsx"),
            translate("ImportWizard", "Excel workbook") + " (*.xlsx);;CSV (*.csv)",
        )
        if not chosen:
            return None
        target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(".xlsx")

    def work(lib, progress, cancelled):
        return ops.export_spreadsheet(lib, target)

    def done(report) -> None:
        session.notify(
            translate("ImportWizard", "{n} products exported to {path} ({photos} photos).").format(
                n=report.rows, path=report.path, photos=report.photos_copied
            )
        )

    session.notify(translate("ImportWizard", "Exporting the products…"))
    op = LibraryOp(session.root, work, places=[target.parent], name="export-sheet", parent=parent)
    op.on_success(done).on_failure(session.report)
    op.finished.connect(op.deleteLater)
    op.start()
    return op


__all__ = ["ImportWizard", "export_sheet"]
