"""Sei food labels and Tenun hang tags from the app: choose products, fill in the batch, see the
sheet, save the PDF.

Owns `LabelDialog`. It lists the library's products of the right kind (ticked: the ones the
caller chose), asks what the output needs (for Sei labels the production date, batch code,
best-before, size and copies; for hang tags the language and what the QR code opens), renders a
preview of the sheet in the background (the same registered output as the saved file, into a
temporary folder) and saves through the app's `Exporter`, which shows progress and the result.
A label the rules refuse says why in the dialog, naming each product and what to fix, with a
button that opens the first such product.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTemporaryDir, Slot
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..export.audience import Selection
from ..operations import faults
from .catalog_export import Exporter, default_folder
from .i18n import language, translate
from .product_pick import PreviewJobs, product_checklist, say
from .render_jobs import RenderJob
from .session import Session

KINDS = {"labels": "sei", "hang-tags": "tenun"}  # output key -> the product kind it is for


class LabelDialog(PreviewJobs, QDialog):
    def __init__(
        self,
        session: Session,
        output: str,
        chosen: list[str] | None = None,
        *,
        open_product: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        if output not in KINDS:
            raise ValueError(output)
        self.session, self.output = session, output
        self.open_product = open_product
        self.exporter = Exporter(session, self)
        self.preview_job: RenderJob | None = None
        self.temp = QTemporaryDir()
        self.refused_sku = ""
        self.previews = 0
        self.setObjectName("labelDialog")
        self.resize(1000, 680)
        split = QSplitter(Qt.Horizontal, self)
        split.addWidget(self._left(chosen or []))
        self.document = QPdfDocument(self)
        self.view = QPdfView(split)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        split.addWidget(self.view)
        split.setStretchFactor(1, 1)
        split.setSizes([400, 600])  # product names and the size choice readable in full
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self._open_refused)
        self.open_button.hide()
        self.preview_button = QPushButton(self)
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        for button in (self.preview_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.retranslate()

    # ---- building ---------------------------------------------------------------------------

    def _left(self, chosen: list[str]) -> QWidget:
        box = QWidget(self)
        box.setMinimumWidth(380)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 8, 0)
        self.products_label = QLabel(box)
        self.products = product_checklist(box, self.session, chosen, KINDS[self.output])
        self.products.setObjectName("labelProducts")
        self.products.itemChanged.connect(self._on_choice)
        column.addWidget(self.products_label)
        column.addWidget(self.products, 1)
        form = QFormLayout()
        self.form = form
        today = QDate.currentDate()
        if self.output == "labels":
            self.produced = QDateEdit(today, box)
            self.produced.setCalendarPopup(True)
            self.batch = QLineEdit(box)
            self.batch.setText(f"B{date.today():%y%m%d}")
            self.best_before = QDateEdit(today.addDays(14), box)
            self.best_before.setCalendarPopup(True)
            self.size = QComboBox(box)
            self.size.setSizeAdjustPolicy(QComboBox.AdjustToContents)
            self.copies = QSpinBox(box)
            self.copies.setRange(1, 1000)
            self.bilingual = QCheckBox(box)
            self.fields = [self.produced, self.batch, self.best_before, self.size, self.copies]
            self.field_labels = [QLabel(box) for _ in self.fields]
            for label, widget in zip(self.field_labels, self.fields, strict=True):
                form.addRow(label, widget)
            form.addRow(self.bilingual)
        else:
            self.lang = QComboBox(box)
            self.qr = QComboBox(box)
            self.base_url = QLineEdit(box)
            self.base_url.setPlaceholderText("https://")
            self.fields = [self.lang, self.qr, self.base_url]
            self.field_labels = [QLabel(box) for _ in self.fields]
            for label, widget in zip(self.field_labels, self.fields, strict=True):
                form.addRow(label, widget)
        column.addLayout(form)
        return box

    def retranslate(self) -> None:
        labels = self.output == "labels"
        self.setWindowTitle(
            translate("LabelDialog", "Sei food labels")
            if labels
            else translate("LabelDialog", "Tenun hang tags")
        )
        self.products_label.setText(translate("LabelDialog", "Products on the sheet:"))
        if labels:
            names = [
                translate("LabelDialog", "Production date"),
                translate("LabelDialog", "Batch code"),
                translate("LabelDialog", "Best before"),
                translate("LabelDialog", "Size"),
                translate("LabelDialog", "Copies of each"),
            ]
            self.size.clear()
            self.size.addItem(
                translate("LabelDialog", "One 100 × 70 mm label per page"), "100x70mm"
            )
            self.size.addItem(translate("LabelDialog", "8 labels on an A4 sheet"), "A4-sheet")
            self.bilingual.setText(translate("LabelDialog", "Add the English name"))
        else:
            names = [
                translate("LabelDialog", "Language"),
                translate("LabelDialog", "QR code opens"),
                translate("LabelDialog", "Web catalog address"),
            ]
            current = self.lang.currentData()
            self.lang.clear()
            for code, text in (
                ("id+en", translate("LabelDialog", "Indonesian and English")),
                ("id", translate("LabelDialog", "Indonesian")),
                ("en", translate("LabelDialog", "English")),
            ):
                self.lang.addItem(text, code)
            if current:
                self.lang.setCurrentIndex(self.lang.findData(current))
            self.qr.clear()
            self.qr.addItem(translate("LabelDialog", "an order chat on WhatsApp"), "whatsapp")
            self.qr.addItem(translate("LabelDialog", "the product's web page"), "page")
        for label, name in zip(self.field_labels, names, strict=True):
            label.setText(name)
        self.preview_button.setText(translate("LabelDialog", "Preview"))
        self.save_button.setText(translate("LabelDialog", "Save PDF…"))
        self.close_button.setText(translate("LabelDialog", "Close"))

    # ---- what to make -----------------------------------------------------------------------

    def options(self) -> dict[str, object]:
        if self.output == "labels":
            return {
                "produced": _iso(self.produced.date()),
                "batch": self.batch.text().strip(),
                "best_before": _iso(self.best_before.date()),
                "size": self.size.currentData(),
                "copies": self.copies.value(),
                "bilingual": self.bilingual.isChecked(),
            }
        return {
            "lang": self.lang.currentData(),
            "qr_target": self.qr.currentData(),
            "base_url": self.base_url.text().strip(),
        }

    # ---- preview and save -------------------------------------------------------------------

    @Slot()
    def preview(self) -> RenderJob | None:
        if not self.can_preview():
            return None
        out = self.next_preview_path(self.temp.path(), ".pdf")
        self.document.close()
        return self.start_preview(out, subprocess=False)

    @Slot(object)
    def _on_preview(self, result) -> None:
        self.document.load(str(result.path))
        lines = [
            translate("LabelDialog", "Pages: {pages} · products: {n}").format(
                pages=result.pages, n=result.products
            )
        ]
        lines += [f"⚠ {w}" for w in result.warnings[:5]]
        self._say("\n".join(lines))

    @Slot(object)
    def _on_failed(self, exc) -> None:
        error = faults.describe(exc, [self.session.root])
        text = error.message(language())
        self.refused_sku = _first_sku(text, self.chosen_skus())
        self._say(text, error=True)

    @Slot()
    def save(self, out: Path | None = None) -> RenderJob | None:
        if not self._ready() or self.exporter.busy:
            return None
        if out is None:
            name = "label-sei.pdf" if self.output == "labels" else "label-gantung.pdf"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.windowTitle(), str(default_folder() / name), "PDF (*.pdf)"
            )
            if not chosen:
                return None
            out = Path(chosen)
            if out.suffix.lower() != ".pdf":
                out = out.with_name(out.name + ".pdf")
        self.exporter.last_error = ""
        job = self.exporter.start(
            self.output, None, out,
            selection=Selection(skus=tuple(self.chosen_skus())), options=self.options(),
        )  # fmt: skip
        if job is not None:
            job.failed.connect(self._on_failed)
        return job

    # ---- messages ---------------------------------------------------------------------------

    def _say(self, text: str, error: bool = False) -> None:
        say(self.message, text, error)
        show = bool(error and self.refused_sku and self.open_product)
        self.open_button.setVisible(show)
        if show:
            self.open_button.setText(
                translate("LabelDialog", "Open {sku} to fix it").format(sku=self.refused_sku)
            )

    @Slot()
    def _open_refused(self) -> None:
        if self.open_product and self.refused_sku:
            self.open_product(self.refused_sku)
            self.accept()

    @Slot()
    def _on_choice(self, *_args) -> None:
        self.refused_sku = ""
        self.open_button.hide()

    def done(self, result: int) -> None:  # noqa: D102 - QDialog API
        for job in (self.preview_job, self.exporter.job):
            if job is not None:
                job.cancel()
                job.wait()
        super().done(result)


def _iso(value: QDate) -> str:
    return date(value.year(), value.month(), value.day()).isoformat()


def _first_sku(message: str, skus: list[str]) -> str:
    """The first chosen SKU a refusal names ("- SEI-001: ..."), to open that product."""
    for line in message.splitlines():
        for sku in skus:
            if line.lstrip("- ").startswith(f"{sku}:"):
                return sku
    return ""
