"""Overview page ("Ringkasan"): legality and readiness across every producer of the library.

Owns `OverviewPage`: the counts of operations/overview.py (computed on the background runner,
so the window stays responsive at 17,000 producers), two charts (NIB coverage, readiness per
output; QtCharts) whose numbers are also given as text in their accessible description, and
number buttons that open the list behind them: `open_products(ids)` / `open_producers(ids)`
signals, wired to the products and producers pages by `connect_click_through`. The legality
report (PDF or XLSX) is made from here too, through the output registry.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ... import formats
from ...domain import readiness, vocab
from ...domain.entities import ProductQuery
from ...operations import overview as ov
from ..i18n import language, translate
from ..runner import LibraryOp

COLOURS = {"valid": "#2e6b34", "without": "#8E2C1F", "invalid": "#C8962E"}


class NumberButton(QPushButton):
    """A number that opens the list behind it: "12  Without an NIB ›"."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("overviewNumber")
        self.setFlat(True)
        self.setCursor(Qt.PointingHandCursor)
        self.setStyleSheet("text-align: left; padding: 3px 6px;")
        self.target = ""

    def show_number(self, count: str, label: str, target: str, bad: bool = False) -> None:
        self.target = target
        colour = "#8E2C1F" if bad else "#1F2A44"
        self.setText(f"{count}   {label}  ›")
        self.setStyleSheet(f"text-align: left; padding: 3px 6px; color: {colour};")
        self.setToolTip(translate("OverviewPage", "Open the list behind this number"))
        self.setAccessibleName(f"{count} {label}")


class OverviewPage(QWidget):
    open_products = Signal(object)  # product ids (a list)
    open_producers = Signal(object)  # producer ids (a list)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.session
        self.data: ov.Overview | None = None
        self._op: LibraryOp | None = None
        self._buttons: list[NumberButton] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 8)
        head = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.title.setStyleSheet("font-size: 18pt; color: #1F2A44;")
        self.dated = QLabel(self)
        self.place = QComboBox(self)
        self.place.setObjectName("overviewKabupaten")
        self.place.activated.connect(self.refresh)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        self.report_button = QPushButton(self)
        self.report_button.setObjectName("legalityReport")
        self.report_button.clicked.connect(self._ask_report)
        head.addWidget(self.title)
        head.addWidget(self.dated, 1)
        head.addWidget(self.place)
        head.addWidget(self.refresh_button)
        head.addWidget(self.report_button)
        column.addLayout(head)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        self.body = QWidget(scroll)
        self.grid = QGridLayout(self.body)
        scroll.setWidget(self.body)
        column.addWidget(scroll, 1)
        self.groups = {
            k: QGroupBox(self.body) for k in ("producers", "nib", "permits", "sei", "ready", "gi")
        }
        places = {
            "producers": (0, 0),
            "nib": (0, 1),
            "ready": (1, 0),
            "permits": (1, 1),
            "sei": (2, 0),
            "gi": (2, 1),
        }
        for key, (row, col) in places.items():
            QVBoxLayout(self.groups[key])
            self.grid.addWidget(self.groups[key], row, col)
        self.nib_chart = self._chart_view("nibChart")
        self.ready_chart = self._chart_view("readinessChart")
        self._stale = True  # recount when next shown (an edit, another library)
        self.session.opened.connect(self._on_opened)
        self.session.closing.connect(self._on_closing)
        self.session.changed.connect(self._on_changed)
        self.retranslate()

    def _chart_view(self, name: str) -> QChartView:
        view = QChartView(self.body)
        view.setObjectName(name)
        view.setRenderHint(QPainter.Antialiasing)
        view.setMinimumHeight(170)
        view.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        view.setFocusPolicy(Qt.TabFocus)  # reachable by keyboard: a screen reader reads it
        return view

    # ---- computing --------------------------------------------------------------------------

    @Slot()
    def _on_opened(self) -> None:
        self._fill_places()
        self._stale = True
        if self.isVisible():
            self.refresh()

    @Slot(str, int)
    def _on_changed(self, _entity: str, _record_id: int) -> None:
        self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            if self.place.count() == 0:
                self._fill_places()
            self.refresh()

    @Slot()
    def _on_closing(self) -> None:
        if self._op is not None:
            self._op.cancel()
            self._op.wait()
            self._op = None

    def _fill_places(self) -> None:
        current = self.place.currentData()
        self.place.clear()
        self.place.addItem(translate("OverviewPage", "Every regency"), None)
        for term in vocab.KABUPATEN:
            self.place.addItem(term.label(language()), term.code)
        self.place.setCurrentIndex(max(0, self.place.findData(current)))

    @Slot()
    def refresh(self) -> None:
        """Compute the overview on the runner; the page keeps its numbers until they are in."""
        root = self.session.root
        if root is None:
            return
        if self._op is not None and self._op.isRunning():
            self._op.cancel()
        self._stale = False
        kabupaten = self.place.currentData()
        today = date.today()
        op = LibraryOp(
            root,
            lambda lib, _p, _c: ov.overview(lib, today, kabupaten),
            name="overview",
            parent=self,
        )
        op.succeeded.connect(self._on_computed)
        op.failed.connect(self._on_failed)
        self._op = op
        self.session.notify(translate("OverviewPage", "Counting…"))
        op.start()

    @Slot(object)
    def _on_computed(self, data: object) -> None:
        if self.sender() is not self._op:
            return  # an older computation
        self.data = data  # type: ignore[assignment]
        self.show_overview()
        self.session.notify("")

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self.session.report(exc)

    # ---- showing ----------------------------------------------------------------------------

    def _clear(self, group: QGroupBox) -> QVBoxLayout:
        box = group.layout()
        while box.count():
            item = box.takeAt(0)
            if item.widget() is not None:
                item.widget().setParent(None)
        return box

    def _number(self, box, count: int | str, label: str, target: str, bad: bool = False):
        button = NumberButton(self.body)
        text = count if isinstance(count, str) else formats.number(count, language())
        button.show_number(text, label, target, bad)
        button.clicked.connect(self._clicked)
        box.addWidget(button)
        self._buttons.append(button)
        return button

    def _share(self, share: ov.Share) -> str:
        of = translate("OverviewPage", "of")
        n = formats.number
        return f"{n(share.count, language())} {of} {n(share.total, language())} ({share.percent}%)"

    def show_overview(self) -> None:
        o = self.data
        if o is None:
            return
        lang = language()
        self._buttons = []
        self.dated.setText(
            "  "
            + translate("OverviewPage", "As of {date}").format(
                date=formats.long_date(o.today, lang)
            )
        )
        box = self._clear(self.groups["producers"])
        self._number(box, o.producers, translate("OverviewPage", "producers"), "producers:all")
        for kind, count in o.by_type.items():
            label = vocab.PRODUCER_TYPES.label(kind, lang) if kind in vocab.PRODUCER_TYPES else kind
            self._number(box, count, label, f"producers:type:{kind}")
        for kab, count in list(o.by_kabupaten.items())[:8]:
            self._number(box, count, ov.kabupaten_label(kab, lang), f"producers:kabupaten:{kab}")
        box = self._clear(self.groups["nib"])
        self._pie(o)
        box.addWidget(self.nib_chart)
        self._number(
            box,
            self._share(o.nib["valid"]),
            translate("OverviewPage", "valid NIB (13 digits)"),
            "producers:nib:valid",
        )
        self._number(
            box,
            self._share(o.nib["without"]),
            translate("OverviewPage", "without an NIB"),
            "producers:nib:without",
            o.nib_without > 0,
        )
        self._number(
            box,
            self._share(o.nib["invalid"]),
            translate("OverviewPage", "NIB not valid"),
            "producers:nib:invalid",
            o.nib_invalid > 0,
        )
        box = self._clear(self.groups["permits"])
        p = o.permits
        self._number(
            box,
            p.expired,
            translate("OverviewPage", "permits expired"),
            "producers:permits:expired",
            p.expired > 0,
        )
        self._number(
            box,
            p.within30,
            translate("OverviewPage", "permits ending within 30 days"),
            "producers:permits:30",
            p.within30 > 0,
        )
        self._number(
            box,
            p.within90,
            translate("OverviewPage", "permits ending within 90 days"),
            "producers:permits:90",
        )
        box = self._clear(self.groups["sei"])
        s = o.sei
        self._number(
            box,
            f"{s.products} ({s.makers})",
            translate("OverviewPage", "Sei products (makers)"),
            "products:kind:sei",
        )
        self._number(
            box,
            self._share(ov.Share(s.pirt, s.products)),
            translate("OverviewPage", "with a P-IRT"),
            "products:sei:pirt",
        )
        bpom = ov.Share(s.bpom_required_present, s.bpom_required)
        label = translate("OverviewPage", "frozen Sei with the BPOM MD it needs")
        self._number(
            box, self._share(bpom), label, "products:sei:bpom_missing", bpom.count < bpom.total
        )
        self._number(
            box,
            s.no_permit,
            translate("OverviewPage", "Sei without a food permit"),
            "products:sei:no_permit",
            s.no_permit > 0,
        )
        halal = ov.Share(s.halal, s.non_pork)
        label = translate("OverviewPage", "non-pork Sei with a halal certificate")
        self._number(box, self._share(halal), label, "products:sei:halal_missing")
        pork = ov.Share(s.pork_marked, s.pork)
        label = translate("OverviewPage", "pork Sei marked not halal")
        self._number(
            box, self._share(pork), label, "products:sei:pork_unmarked", pork.count < pork.total
        )
        box = self._clear(self.groups["ready"])
        self._bars(o)
        box.addWidget(self.ready_chart)
        for output, share in o.readiness.items():
            label = readiness.SHORT_NAMES[output][1 if lang == "en" else 0]
            incomplete = share.total - share.count
            text = translate("OverviewPage", "{label}: complete; {n} incomplete").format(
                label=label, n=incomplete
            )
            self._number(
                box, self._share(share), text, f"products:unready:{output}", incomplete > 0
            )
        box = self._clear(self.groups["gi"])
        if not o.gi_claims:
            box.addWidget(
                QLabel(
                    translate("OverviewPage", "No product claims a Geographical Indication."),
                    self.body,
                )
            )
        for claim in o.gi_claims:
            bad = claim.outside > 0
            outside = translate("OverviewPage", "{n} outside its regency").format(n=claim.outside)
            label = claim.name + (f" ({outside})" if bad else "")
            self._number(box, claim.products, label, f"products:gi:{claim.name}", bad)
        for box in (self.groups[k].layout() for k in self.groups):
            box.addStretch(1)

    def _pie(self, o: ov.Overview) -> None:
        series = QPieSeries()
        parts = [
            ("valid", translate("OverviewPage", "valid NIB")),
            ("without", translate("OverviewPage", "no NIB")),
            ("invalid", translate("OverviewPage", "NIB not valid")),
        ]
        words = []
        for key, label in parts:
            share = o.nib[key]
            words.append(f"{label}: {self._share(share)}")
            if share.count:
                piece = series.append(f"{label} {share.percent}%", share.count)
                piece.setColor(QColor(COLOURS[key]))
                piece.setLabelVisible(True)
        chart = self._chart(series)
        self.nib_chart.setChart(chart)
        self.nib_chart.setAccessibleName(translate("OverviewPage", "Chart: NIB coverage"))
        self.nib_chart.setAccessibleDescription("; ".join(words))
        self.nib_chart.setToolTip("\n".join(words))

    def _bars(self, o: ov.Overview) -> None:
        lang = language()
        bars = QBarSet(translate("OverviewPage", "complete (%)"))
        bars.setColor(QColor("#2e6b34"))
        names, words = [], []
        for output, share in o.readiness.items():
            name = readiness.SHORT_NAMES[output][1 if lang == "en" else 0]
            bars.append(share.percent)
            names.append(name)
            words.append(f"{name}: {self._share(share)}")
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        chart = self._chart(series)
        axis_y = QBarCategoryAxis()
        axis_y.append(names)
        axis_x = QValueAxis()
        axis_x.setRange(0, 100)
        axis_x.setLabelFormat("%d%%")
        chart.addAxis(axis_y, Qt.AlignLeft)
        chart.addAxis(axis_x, Qt.AlignBottom)
        series.attachAxis(axis_y)
        series.attachAxis(axis_x)
        self.ready_chart.setChart(chart)
        self.ready_chart.setAccessibleName(
            translate("OverviewPage", "Chart: products complete per output")
        )
        self.ready_chart.setAccessibleDescription("; ".join(words))
        self.ready_chart.setToolTip("\n".join(words))

    def _chart(self, series) -> QChart:
        chart = QChart()
        chart.addSeries(series)
        chart.legend().hide()
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.setBackgroundVisible(False)
        return chart

    # ---- click-through ------------------------------------------------------------------------

    @Slot()
    def _clicked(self) -> None:
        button = self.sender()
        if isinstance(button, NumberButton):
            self.open_target(button.target)

    def open_target(self, target: str) -> None:
        """Emit the list behind `target` ("producers:nib:without", "products:sei:no_permit"...)."""
        lib = self.session.lib
        o = self.data
        if lib is None or o is None or not target:
            return
        whom, _, what = target.partition(":")
        if whom == "producers":
            self.open_producers.emit(ov.producer_ids(lib, what, o.today, o.kabupaten))
        elif what.startswith("kind:"):
            query = ProductQuery(kind=what.removeprefix("kind:"), limit=None)
            from ...operations import list_products

            ids = [s.id for s in list_products(lib, query)]
            if o.kabupaten:  # products of the chosen kabupaten's producers
                mine = set(ov.producer_ids(lib, f"kabupaten:{o.kabupaten}"))
                ids = [s.id for s in list_products(lib, query) if s.producer_id in mine]
            self.open_products.emit(ids)
        else:
            self.open_products.emit(ov.product_ids(lib, what, o.kabupaten))

    # ---- the legality report ----------------------------------------------------------------

    @Slot()
    def _ask_report(self) -> None:
        root = self.session.root
        if root is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("OverviewPage", "Legality report"),
            str(Path.home() / "laporan-legalitas.pdf"),
            translate(
                "OverviewPage", "PDF report (*.pdf);;Spreadsheet, one row per producer (*.xlsx)"
            ),
        )
        if path:
            self.make_report(Path(path))

    def make_report(self, out: Path) -> LibraryOp:
        from ...export import outputs
        from ...export.audience import Selection

        options = {"kabupaten": self.place.currentData(), "lang": language()}
        op = LibraryOp(
            self.session.root,
            lambda lib, progress, cancelled: outputs.run(
                "legality", lib, Selection(all_producers=True), out, options, progress, cancelled
            ),
            places=[out],
            name="legality-report",
            parent=self,
        )
        op.succeeded.connect(self._on_report)
        op.failed.connect(self._on_failed)
        self.session.notify(translate("OverviewPage", "Writing the legality report…"))
        op.start()
        self._report_op = op
        return op

    @Slot(object)
    def _on_report(self, result: object) -> None:
        path = getattr(result, "path", "")
        self.session.notify(
            translate("OverviewPage", "Legality report written: {path}").format(path=path)
        )

    # ---- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(translate("OverviewPage", "Overview"))
        self.refresh_button.setText(translate("OverviewPage", "Refresh"))
        self.report_button.setText(translate("OverviewPage", "Legality report…"))
        self.groups["producers"].setTitle(
            translate("OverviewPage", "Producers by kind and regency")
        )
        self.groups["nib"].setTitle(translate("OverviewPage", "NIB (business registration)"))
        self.groups["permits"].setTitle(translate("OverviewPage", "Permits"))
        self.groups["sei"].setTitle(
            translate("OverviewPage", "Sei: food permit, halal, pork marking")
        )
        self.groups["ready"].setTitle(
            translate("OverviewPage", "Products complete per output (required fields)")
        )
        self.groups["gi"].setTitle(translate("OverviewPage", "Geographical Indication claims"))
        if self.place.count():
            self.place.setItemText(0, translate("OverviewPage", "Every regency"))
        self.show_overview()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def connect_click_through(window) -> None:
    """Wire the overview's numbers to the products and producers pages of `window`."""
    page: OverviewPage = window.overview

    def products(ids: object) -> None:
        window.show_page("products")
        window.products.clear_filters()
        window.products.model.set_query(ProductQuery(ids=tuple(ids)))  # type: ignore[arg-type]
        window.show_message(
            translate("OverviewPage", "{n} products from the overview").format(n=len(ids))  # type: ignore[arg-type]
        )

    def producers(ids: object) -> None:
        window.show_page("producers")
        chosen = set(ids)  # type: ignore[arg-type]
        listing = window.producers.list
        window.producers.filter.clear()
        for i in range(listing.count()):
            item = listing.item(i)
            item.setHidden(item.data(Qt.UserRole) not in chosen)
        window.show_message(
            translate("OverviewPage", "{n} producers from the overview").format(n=len(chosen))
        )

    page.open_products.connect(products)
    page.open_producers.connect(producers)
