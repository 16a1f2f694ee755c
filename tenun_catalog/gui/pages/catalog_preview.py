"""The live preview of a catalog: its PDF pages, and its web catalog opened in the browser.

Owns `CatalogPreview`. After an edit the page calls `schedule(catalog)`.

A theme that lays out a piece at a time (its theme.toml names a `pdf-pieces` template, as
`pameran` does) is previewed page-wise: after a short pause (PIECE_DEBOUNCE_MS) the
preview_worker.PieceWorker plans the catalog and lays out only the pieces (cover, contents,
a section opener, one product) whose cached layout no longer fits; widgets.page_stack shows
every page, those on screen laid out first, with no cap on the number of products. An edit to
one product re-lays out that product's page, and the preview scrolls to it.

Any other theme is rendered whole after a longer pause (DEBOUNCE_MS) in a render_jobs.RenderJob
into a temporary file shown by a QPdfView, with the first PREVIEW_PRODUCTS products.
Either way a bar says "Updating the preview…" and the previous pages stay on screen until the
new ones are ready. The web catalog is not embedded (QtWebEngine is heavy): a short summary and
"Open in the browser", which renders it into a temporary folder first.
"""

from __future__ import annotations

import contextlib
import copy
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTemporaryDir, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import vocab
from ...domain.entities import Catalog
from ...domain.errors import UserError
from ...export.options import catalog_options
from ...render.theme_files import find_theme
from ..i18n import language, translate
from ..preview_worker import PieceWorker
from ..render_jobs import RenderJob
from ..session import Session
from ..widgets.page_stack import PageStack

DEBOUNCE_MS = 700
PIECE_DEBOUNCE_MS = 250
PREVIEW_PRODUCTS = 24
PIECES_ENTRY = "pdf-pieces"  # export.preview_pages.PIECES_ENTRY, without importing the renderer
PAPERS_MM = {"A4": (210.0, 297.0), "A5": (148.0, 210.0)}


def lays_out_pieces(catalog: Catalog, user_themes: Path | None) -> bool:
    """Whether the catalog's theme can be previewed a piece at a time."""
    try:
        theme = find_theme(catalog.theme or "pameran", user_themes)
    except UserError:
        return False
    return PIECES_ENTRY in theme.entry


def first_products(catalog: Catalog, limit: int) -> tuple[Catalog, bool]:
    """A copy of `catalog` with at most `limit` products (and whether some were left out)."""
    preview = copy.deepcopy(catalog)
    left = limit
    cut = False
    for section in preview.sections:
        if len(section.product_ids) > left:
            section.product_ids = section.product_ids[:left]
            cut = True
        left -= len(section.product_ids)
    preview.sections = [s for s in preview.sections if s.product_ids] or preview.sections[:1]
    return preview, cut


class CatalogPreview(QWidget):
    updated = Signal(int)  # pages in the new preview
    webReady = Signal(str)  # index.html of the web preview

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("previewPanel")
        self.session = session
        self.catalog: Catalog | None = None
        self.job: RenderJob | None = None
        self.web_job: RenderJob | None = None
        self.pending = False
        self.cut = False
        self.last_error = ""
        self.serial = 0
        self.temp = QTemporaryDir()
        self.document: QPdfDocument | None = None
        self.open_when_ready = True
        self.pagewise = False
        self.worker: PieceWorker | None = None
        self.pieces_busy = False
        self.follow: list[str] = []  # pieces an edit touched: scroll to the first once laid out
        self.piece_error = ""
        self.touched_skus: set[str] | None = None

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self._bar())
        self.status = QLabel(self)
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        box.addWidget(self.status)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("previewProgress")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(4)
        self.progress.hide()
        box.addWidget(self.progress)
        self.stack = QStackedWidget(self)
        box.addWidget(self.stack, 1)
        self.view = QPdfView(self.stack)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.stack.addWidget(self.view)
        self.placeholder = QLabel(self.stack)
        self.placeholder.setObjectName("muted")
        self.placeholder.setAlignment(Qt.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setMargin(24)
        self.stack.addWidget(self.placeholder)
        self.web_page = self._web_page()
        self.stack.addWidget(self.web_page)
        self.pages = PageStack(self.stack)
        self.pages.visiblePieces.connect(self._on_visible_pieces)
        self.stack.addWidget(self.pages)
        self.stack.setCurrentWidget(self.placeholder)
        self.footer = QLabel(self)
        self.footer.setObjectName("previewFooter")
        self.footer.setWordWrap(True)
        box.addWidget(self.footer)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._start)
        self.retranslate()

    # ---- building ---------------------------------------------------------------------------

    def _bar(self) -> QWidget:
        bar = QWidget(self)
        bar.setObjectName("previewBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(12, 8, 12, 8)
        row.setSpacing(0)
        self.title = QLabel(bar)
        self.title.setObjectName("panelTitle")
        row.addWidget(self.title)
        row.addSpacing(12)
        self.pdf_button = QToolButton(bar)
        self.web_button = QToolButton(bar)
        group = QButtonGroup(self)
        for button in (self.pdf_button, self.web_button):
            button.setObjectName("viewToggle")
            button.setCheckable(True)
            group.addButton(button)
            row.addWidget(button)
        self.pdf_button.setChecked(True)
        self.pdf_button.clicked.connect(self.show_pdf)
        self.web_button.clicked.connect(self.show_web)
        row.addStretch(1)
        return bar

    def _web_page(self) -> QWidget:
        page = QWidget(self.stack)
        page.setObjectName("webSummary")
        column = QVBoxLayout(page)
        column.setContentsMargins(24, 24, 24, 24)
        column.setSpacing(12)
        self.web_heading = QLabel(page)
        self.web_heading.setObjectName("panelTitle")
        column.addWidget(self.web_heading)
        self.web_summary = QLabel(page)
        self.web_summary.setWordWrap(True)
        self.web_summary.setTextFormat(Qt.PlainText)
        column.addWidget(self.web_summary)
        self.web_button_open = QPushButton(page)
        self.web_button_open.setObjectName("primary")
        self.web_button_open.clicked.connect(self.open_web)
        column.addWidget(self.web_button_open, 0, Qt.AlignLeft)
        self.web_note = QLabel(page)
        self.web_note.setObjectName("muted")
        self.web_note.setWordWrap(True)
        column.addWidget(self.web_note)
        column.addStretch(1)
        return page

    # ---- the PDF ----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.job is not None or self.timer.isActive() or self.pieces_busy

    @property
    def has_pages(self) -> bool:
        return self.document is not None or bool(self.pages.slots)

    @property
    def _pdf_widget(self) -> QWidget:
        return self.pages if self.pagewise else self.view

    def schedule(
        self, catalog: Catalog | None, delay: int | None = None, products: set[str] | None = None
    ) -> None:
        """Render `catalog` after a pause; a render under way is cancelled and restarted.

        `products`: the SKUs whose own records are all that changed since the last schedule
        (a story, a price, a photo), so the page-wise preview can patch just those pages."""
        if self.pending and self.touched_skus is not None and products:
            products = self.touched_skus | products
        elif self.pending:
            products = None  # something else changed too, not yet planned
        self.touched_skus = set(products) if products else None
        self.catalog = copy.deepcopy(catalog)
        self._refresh_web_summary()
        if catalog is None:
            self.clear()
            return
        self.pending = True
        pagewise = self.session.root is not None and lays_out_pieces(
            catalog, self.session.root / "themes"
        )
        if pagewise != self.pagewise:
            self._set_document(None)
            self.pages.clear()
            self.pagewise = pagewise
            if not pagewise and self.worker is not None:
                self.worker.request(None)  # another theme: the pieces of this one stop
        self._show_updating(True)
        if self.job is not None:
            self.job.cancel()
        default = PIECE_DEBOUNCE_MS if self.pagewise else DEBOUNCE_MS
        self.timer.start(default if delay is None else delay)

    def clear(self) -> None:
        self.timer.stop()
        self.pending = False
        if self.job is not None:
            self.job.cancel()
        if self.worker is not None:
            self.worker.request(None)
        self.pieces_busy = False
        self.pages.clear()
        self._set_document(None)
        self._show_updating(False)
        self.footer.clear()

    @Slot()
    def _start(self) -> None:
        if self.pagewise and self.catalog is not None and self.session.root is not None:
            self._start_pieces()
            return
        if self.job is not None or self.catalog is None or self.session.root is None:
            return  # the running job starts the next one when it ends
        self.pending = False
        catalog, self.cut = first_products(self.catalog, PREVIEW_PRODUCTS)
        self.serial += 1
        out = Path(self.temp.path()) / f"preview-{self.serial}.pdf"
        self.job = RenderJob(self.session.root, "pdf", out, catalog, subprocess=False, parent=self)
        self.job.progress.connect(self._on_progress)
        self.job.succeeded.connect(self._on_rendered)
        self.job.failed.connect(self._on_failed)
        self.job.finished.connect(self._on_thread_done)
        self.progress.setRange(0, 0)
        self.job.start()

    # ---- page-wise ---------------------------------------------------------------------------

    def _start_pieces(self) -> None:
        self.pending = False
        root = self.session.root
        if self.worker is not None and (self.worker.root != root or self.worker.isFinished()):
            # another library, or a worker that ended (its library could not be opened)
            self.worker.stop()
            self.worker.deleteLater()
            self.worker = None
        if self.worker is None:
            self.worker = PieceWorker(root, self)
            self.worker.planned.connect(self._on_planned)
            self.worker.laidOut.connect(self._on_laid_out)
            self.worker.failed.connect(self._on_piece_failed)
            self.worker.idle.connect(self._on_pieces_idle)
            self.worker.finished.connect(self._on_worker_finished)
            self.worker.start()
        self.pieces_busy = True
        self.piece_error = ""
        self.progress.setRange(0, 0)
        width, height = PAPERS_MM.get((self.catalog.paper or "A4").upper(), PAPERS_MM["A4"])
        self.pages.set_paper(width, height)
        self.worker.want(self.pages.visible_pieces())
        self.worker.request(self.catalog, self.touched_skus)
        self.touched_skus = None

    @Slot(list)
    def _on_visible_pieces(self, pieces: list) -> None:
        if self.worker is not None:
            self.worker.want(pieces)

    @Slot(object, object)
    def _on_planned(self, slots, touched) -> None:
        if self.sender() is not self.worker:
            return
        self.pages.set_slots(slots)
        if slots and self.pdf_button.isChecked():
            self.stack.setCurrentWidget(self.pages)
        self.follow = [t for t in touched if self.pages.page_index_of(t) is not None][:1]
        self._progress_pieces(slots)

    @Slot(object, object)
    def _on_laid_out(self, laid, slots) -> None:
        if self.sender() is not self.worker:
            return
        self.pages.set_slots(slots)
        if self.follow and laid.piece == self.follow[0]:
            self.follow = []
            index = self.pages.page_index_of(laid.piece)
            if index is not None and index not in self.pages.visible_range():
                self.pages.scroll_to_index(index)
        self._progress_pieces(slots)

    def _progress_pieces(self, slots) -> None:
        done = sum(1 for s in slots if s.path is not None)
        self.progress.setRange(0, max(1, len(slots)))
        self.progress.setValue(done)

    @Slot(object)
    def _on_piece_failed(self, exc: object) -> None:
        self.piece_error = exc.message(language()) if isinstance(exc, UserError) else str(exc)
        self._on_failed(exc)

    @Slot(int)
    def _on_pieces_idle(self, serial: int) -> None:
        worker = self.worker
        if self.sender() is not worker or self.timer.isActive() or serial != worker.requested:
            return
        self.pieces_busy = False
        self._show_updating(False)
        slots = self.pages.slots
        if not self.piece_error:
            self.last_error = ""
            self._write_piece_footer(slots)
        self.updated.emit(len(slots))

    @Slot()
    def _on_worker_finished(self) -> None:
        if self.sender() is self.worker and self.pieces_busy:  # it ended on a failure
            self.pieces_busy = False
            self._show_updating(False)

    def _write_piece_footer(self, slots) -> None:
        parts = [translate("CatalogPreview", "{n} pages").format(n=len(slots))]
        over = sorted({s.label or s.sku for s in slots if s.overflow})
        if over:
            parts.append(
                translate("CatalogPreview", "text too long for one page: {names}").format(
                    names=", ".join(over)
                )
            )
        missing = self.worker.missing_translations if self.worker is not None else 0
        if missing:
            parts.append(
                translate("CatalogPreview", "{n} texts without translation").format(n=missing)
            )
        self.footer.setText(" · ".join(parts))
        self.footer.setProperty("level", "error" if over else "info")
        self._repolish(self.footer)

    def resume(self) -> None:
        """After an export: the page-wise worker goes on with the pieces it had left."""
        if self.worker is not None and self.pagewise:
            self.worker.resume()

    def shutdown(self) -> None:
        """Stop every render and the page-wise worker (before the library closes)."""
        self.stop()
        if self.worker is not None:
            self.worker.stop()
            self.worker.deleteLater()
            self.worker = None
        self.pieces_busy = False

    # ---- whole-document preview -------------------------------------------------------------

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    @Slot(object)
    def _on_rendered(self, result) -> None:
        if self.pending:  # edited meanwhile: this one is already old
            with contextlib.suppress(OSError):
                Path(result.path).unlink()
            return
        document = QPdfDocument(self)
        error = document.load(str(result.path))
        if error != QPdfDocument.Error.None_:
            document.deleteLater()
            self._on_failed(RuntimeError(str(error)))
            return
        self._set_document(document, Path(result.path))
        self.last_error = ""
        self._write_footer(result)
        self.updated.emit(document.pageCount())

    def _set_document(self, document: QPdfDocument | None, path: Path | None = None) -> None:
        old = self.document
        self.document = document
        self.view.setDocument(document)
        if document is not None and self.pdf_button.isChecked():
            self.stack.setCurrentWidget(self.view)
        elif document is None and self.pdf_button.isChecked() and not self.pages.slots:
            self.stack.setCurrentWidget(self.placeholder)
        if old is not None:
            path = old.property("path")
            old.close()
            old.deleteLater()
            if path:
                with contextlib.suppress(OSError):
                    Path(path).unlink()
        if document is not None and path is not None:
            document.setProperty("path", str(path))

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        if isinstance(exc, UserError):
            text = exc.message(language())
        else:
            text = translate("CatalogPreview", "The preview could not be made: {error}").format(
                error=str(exc) or type(exc).__name__
            )
        self.last_error = text
        self.footer.setText(text)
        self.footer.setProperty("level", "error")
        self._repolish(self.footer)
        if not self.has_pages:
            self.placeholder.setText(text)

    @Slot()
    def _on_thread_done(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
        self.job = None
        if self.pending:
            if not self.timer.isActive():
                self._start()
        else:
            self._show_updating(False)

    def _show_updating(self, on: bool) -> None:
        self.status.setText(translate("CatalogPreview", "Updating the preview…") if on else "")
        self.status.setVisible(on)
        self.progress.setVisible(on)
        if on and not self.has_pages and self.pdf_button.isChecked():
            self.placeholder.setText(translate("CatalogPreview", "Making the first pages…"))
            self.stack.setCurrentWidget(self.placeholder)

    def _write_footer(self, result) -> None:
        parts = [translate("CatalogPreview", "{n} pages").format(n=result.pages)]
        if self.cut:
            parts.append(
                translate("CatalogPreview", "showing the first {n} products").format(
                    n=PREVIEW_PRODUCTS
                )
            )
        if result.missing_translations:
            parts.append(
                translate("CatalogPreview", "{n} texts without translation").format(
                    n=len(result.missing_translations)
                )
            )
        self.footer.setText(" · ".join(parts))
        self.footer.setProperty("level", "info")
        self._repolish(self.footer)

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def stop(self) -> None:
        """Cancel and wait for renders; the page-wise worker rests until the next schedule
        (an export is about to run)."""
        self.timer.stop()
        self.pending = False
        if self.worker is not None:
            self.worker.pause()
        self.pieces_busy = False
        for job in (self.job, self.web_job):
            if job is not None:
                job.cancel()
                job.wait()

    # ---- the web catalog --------------------------------------------------------------------

    @Slot()
    def show_pdf(self) -> None:
        self.pdf_button.setChecked(True)
        self.stack.setCurrentWidget(self._pdf_widget if self.has_pages else self.placeholder)
        self.footer.show()

    @Slot()
    def show_web(self) -> None:
        self.web_button.setChecked(True)
        self._refresh_web_summary()
        self.stack.setCurrentWidget(self.web_page)
        self.footer.hide()

    def _refresh_web_summary(self) -> None:
        catalog = self.catalog
        if catalog is None:
            self.web_summary.clear()
            return
        lang = language()
        count = sum(len(s.product_ids) for s in catalog.sections)
        lines = [
            translate("CatalogPreview", "{n} products in {s} sections, one page each.").format(
                n=count, s=len(catalog.sections)
            ),
            translate("CatalogPreview", "Language: {lang}").format(
                lang=vocab.CATALOG_LANGUAGES.label(catalog.language, lang)
            ),
        ]
        options = catalog_options(catalog)
        lines.append(
            translate("CatalogPreview", "Prices shown")
            if options.show_prices
            else translate("CatalogPreview", "Prices hidden")
        )
        url = options.base_url
        lines.append(
            translate("CatalogPreview", "Web address: {url}").format(url=url)
            if url
            else translate("CatalogPreview", "No web address yet: QR codes open WhatsApp.")
        )
        self.web_summary.setText("\n".join(lines))

    @Slot()
    def open_web(self) -> None:
        """Render the web catalog into a temporary folder, then open it in the browser."""
        if self.web_job is not None or self.catalog is None or self.session.root is None:
            return
        out = Path(self.temp.path()) / "web"
        self.web_job = RenderJob(
            self.session.root, "html", out, copy.deepcopy(self.catalog), parent=self
        )
        self.web_job.succeeded.connect(self._on_web_ready)
        self.web_job.failed.connect(self._on_web_failed)
        self.web_job.finished.connect(self._on_web_done)
        self.web_button_open.setEnabled(False)
        self.web_note.setText(translate("CatalogPreview", "Preparing the web catalog…"))
        self.web_job.start()

    @Slot(object)
    def _on_web_ready(self, result) -> None:
        self.web_note.setText(
            translate("CatalogPreview", "Ready: {n} product pages. Opened in the browser.").format(
                n=result.products
            )
        )
        self.webReady.emit(str(result.path))
        if self.open_when_ready:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))

    @Slot(object)
    def _on_web_failed(self, exc: object) -> None:
        text = exc.message(language()) if isinstance(exc, UserError) else str(exc)
        self.web_note.setText(text)

    @Slot()
    def _on_web_done(self) -> None:
        if self.web_job is not None:
            self.web_job.deleteLater()
        self.web_job = None
        self.web_button_open.setEnabled(True)

    # ---- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(translate("CatalogPreview", "Preview"))
        self.pdf_button.setText("PDF")
        self.web_button.setText(translate("CatalogPreview", "Web"))
        self.web_heading.setText(translate("CatalogPreview", "Web catalog"))
        self.web_button_open.setText(translate("CatalogPreview", "Open in the browser"))
        if not self.has_pages and not self.busy:
            self.placeholder.setText(
                translate(
                    "CatalogPreview", "The preview appears here once the catalog has products."
                )
            )
        if self.job is not None or self.timer.isActive():
            self._show_updating(True)
        self._refresh_web_summary()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
